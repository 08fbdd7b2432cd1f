#include "backupsimfixture.h"

#include "backups/backupnaming.h"
#include "backups/backupresolver.h"
#include "backups/downloadtask.h"
#include "net/endpointpolicy.h"

#include "testsupport.h"

#include <QBuffer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <optional>

namespace {

const QDate day(2024, 1, 5);
const QString activity = QStringLiteral("activity");

} // namespace

/// DownloadTask and BackupResolver against the simulator: one file at a time.
class DownloadTaskTest : public BackupSimFixture
{
protected:
    DownloadTask::Result run(const BackupKey &key, const BackupEndpoint &service,
                             std::function<void(DownloadTask &)> during = {})
    {
        DownloadTask task(&network, service, key, folder.path());
        std::optional<DownloadTask::Result> result;
        QObject::connect(&task, &DownloadTask::finished, &task,
                         [&](const DownloadTask::Result &r) { result = r; });
        task.start();
        if (during)
            during(task);
        EXPECT_TRUE(TestSupport::waitUntil([&] { return result.has_value(); }, 20000));
        if (result)
            return *result;
        DownloadTask::Result timedOut;
        timedOut.error = DownloadTask::Error::Unexpected;
        timedOut.message = QStringLiteral("timed out");
        return timedOut;
    }
    DownloadTask::Result run(const BackupKey &key) { return run(key, endpoint()); }

    QString finalPath(const BackupKey &key) const { return pathOf(BackupNaming::fileName(key)); }
    QString partPath(const BackupKey &key) const { return pathOf(BackupNaming::partFileName(key)); }

    QNetworkAccessManager network;
};

TEST_F(DownloadTaskTest, StorageGetsNoAuthorizationAndTheFileArrivesIntact)
{
    const BackupKey key{activity, day};
    const auto result = run(key);
    ASSERT_EQ(result.error, DownloadTask::Error::None) << qPrintable(result.message);
    EXPECT_EQ(result.filePath, finalPath(key));
    EXPECT_EQ(sha256OfFile(finalPath(key)), servedSha256(activity, day));
    EXPECT_EQ(result.bytes, sim->backupFile(activity, day)->size());
    EXPECT_FALSE(QFileInfo::exists(partPath(key)));

    const auto api = requestsTo(SimFault::Backups);
    ASSERT_EQ(api.size(), 1);
    EXPECT_TRUE(api[0].hadAuthorization);
    EXPECT_EQ(api[0].status, 302);
    const auto storage = requestsTo(SimFault::Storage);
    ASSERT_EQ(storage.size(), 1);
    EXPECT_FALSE(storage[0].hadAuthorization);
    EXPECT_EQ(storage[0].status, 200);
}

TEST_F(DownloadTaskTest, MissingDayIsNotAvailableAndLeavesNothingOnDisk)
{
    const BackupKey key{activity, missingDay()};
    const auto result = run(key);
    EXPECT_EQ(result.error, DownloadTask::Error::NotAvailable);
    EXPECT_EQ(result.httpStatus, 404);
    EXPECT_TRUE(result.message.contains(QStringLiteral("no activity file")))
        << qPrintable(result.message);
    EXPECT_TRUE(QDir(folder.path()).isEmpty());
    EXPECT_TRUE(requestsTo(SimFault::Storage).isEmpty());
}

TEST_F(DownloadTaskTest, WrongPasswordIsUnauthorizedWithTheServersText)
{
    BackupEndpoint service = endpoint();
    service.credentials.password = QStringLiteral("wrong");
    const auto result = run({activity, day}, service);
    EXPECT_EQ(result.error, DownloadTask::Error::Unauthorized);
    EXPECT_EQ(result.httpStatus, 401);
    EXPECT_TRUE(requestsTo(SimFault::Storage).isEmpty());
    EXPECT_EQ(requestsTo(SimFault::Backups).size(), 1);
}

TEST_F(DownloadTaskTest, DateTheServiceRefusesIsABadRequestWithTheServersText)
{
    // After the simulator's "today" but not after ours: only the service can refuse it.
    const auto result = run({activity, QDate(2024, 3, 20)});
    EXPECT_EQ(result.error, DownloadTask::Error::BadRequest);
    EXPECT_EQ(result.httpStatus, 400);
    EXPECT_TRUE(result.message.contains(QStringLiteral("future"))) << qPrintable(result.message);
}

TEST_F(DownloadTaskTest, InvalidTypesAndDatesNeverReachTheNetwork)
{
    for (const BackupKey &key :
         {BackupKey{QStringLiteral("../x"), day}, BackupKey{QStringLiteral("a/b"), day},
          BackupKey{activity, QDate::currentDate().addDays(1)}, BackupKey{activity, QDate()}}) {
        const auto result = run(key);
        EXPECT_EQ(result.error, DownloadTask::Error::BadRequest) << qPrintable(key.fileType);
    }
    EXPECT_TRUE(sim->requests().isEmpty());
    EXPECT_TRUE(QDir(folder.path()).isEmpty());
}

TEST_F(DownloadTaskTest, InterruptedDownloadResumesWithRangeAndIsByteIdentical)
{
    const BackupKey key{activity, day};
    sim->injectFault(
        SimFault::make(SimFault::DropAfterBytes, SimFault::Storage, qint64(100 * 1024), 1));
    const auto first = run(key);
    ASSERT_EQ(first.error, DownloadTask::Error::Network) << qPrintable(first.message);
    EXPECT_TRUE(first.keptProgress);
    EXPECT_FALSE(QFileInfo::exists(finalPath(key)));
    EXPECT_EQ(QFileInfo(partPath(key)).size(), 100 * 1024);

    const auto second = run(key);
    ASSERT_EQ(second.error, DownloadTask::Error::None) << qPrintable(second.message);
    EXPECT_EQ(sha256OfFile(finalPath(key)), servedSha256(activity, day));
    const auto storage = requestsTo(SimFault::Storage);
    ASSERT_EQ(storage.size(), 2);
    EXPECT_TRUE(storage[0].range.isEmpty());
    EXPECT_EQ(storage[1].range, QByteArray("bytes=102400-"));
    EXPECT_EQ(storage[1].status, 206);
}

TEST_F(DownloadTaskTest, ServerIgnoringRangeRestartsCleanly)
{
    const BackupKey key{activity, day};
    sim->injectFault(
        SimFault::make(SimFault::DropAfterBytes, SimFault::Storage, qint64(64 * 1024), 1));
    ASSERT_EQ(run(key).error, DownloadTask::Error::Network);
    sim->injectFault(SimFault::make(SimFault::RefuseRange, SimFault::Storage, qint64(0), 1));
    const auto second = run(key);
    ASSERT_EQ(second.error, DownloadTask::Error::None) << qPrintable(second.message);
    EXPECT_EQ(sha256OfFile(finalPath(key)), servedSha256(activity, day));
    const auto storage = requestsTo(SimFault::Storage);
    ASSERT_EQ(storage.size(), 2);
    EXPECT_FALSE(storage[1].range.isEmpty());
    EXPECT_EQ(storage[1].status, 200);
}

TEST_F(DownloadTaskTest, CorruptTransferIsDetectedAndNeverRenamed)
{
    const BackupKey key{activity, day};
    // A partial file from an earlier run whose bytes were damaged on disk: the resumed download
    // completes it, and verification must notice.
    QByteArray served;
    {
        QBuffer buffer(&served);
        buffer.open(QIODevice::WriteOnly);
        sim->backupFile(activity, day)->write(&buffer, 0, 120 * 1024);
    }
    served[60 * 1024] = char(served[60 * 1024] ^ 0x5a);
    QFile part(partPath(key));
    ASSERT_TRUE(part.open(QIODevice::WriteOnly));
    part.write(served);
    part.close();

    const auto result = run(key);
    EXPECT_EQ(result.error, DownloadTask::Error::Corrupt);
    EXPECT_TRUE(result.message.contains(QStringLiteral("verification")))
        << qPrintable(result.message);
    EXPECT_FALSE(QFileInfo::exists(finalPath(key)));
    EXPECT_FALSE(QFileInfo::exists(partPath(key)));

    // From scratch, the same day downloads fine.
    const auto again = run(key);
    ASSERT_EQ(again.error, DownloadTask::Error::None) << qPrintable(again.message);
    EXPECT_EQ(sha256OfFile(finalPath(key)), servedSha256(activity, day));
}

TEST_F(DownloadTaskTest, ExpiredLinkIsResolvedAgainAndTheDownloadContinues)
{
    const BackupKey key{activity, day};
    sim->injectFault(SimFault::make(SimFault::ExpireLinks, SimFault::Backups, qint64(0), 1));
    const auto result = run(key);
    ASSERT_EQ(result.error, DownloadTask::Error::None) << qPrintable(result.message);
    EXPECT_EQ(sha256OfFile(finalPath(key)), servedSha256(activity, day));
    EXPECT_EQ(requestsTo(SimFault::Backups).size(), 2);
    const auto storage = requestsTo(SimFault::Storage);
    ASSERT_EQ(storage.size(), 2);
    EXPECT_EQ(storage[0].status, 403);
    EXPECT_EQ(storage[1].status, 200);
}

TEST_F(DownloadTaskTest, LinksThatAlwaysExpireGiveUpAfterAFewRenewals)
{
    sim->injectFault(SimFault::make(SimFault::ExpireLinks, SimFault::Backups, qint64(0)));
    const auto result = run({activity, day});
    EXPECT_EQ(result.error, DownloadTask::Error::ExpiredLink);
    EXPECT_EQ(requestsTo(SimFault::Backups).size(), 4); // the first link and 3 renewals
}

TEST_F(DownloadTaskTest, AlreadyCompleteFileIsNotDownloadedAgain)
{
    const BackupKey key{activity, day};
    ASSERT_EQ(run(key).error, DownloadTask::Error::None);
    const auto again = run(key);
    EXPECT_EQ(again.error, DownloadTask::Error::None);
    EXPECT_EQ(requestsTo(SimFault::Backups).size(), 1);
}

TEST_F(DownloadTaskTest, FullDiskIsReportedInWords)
{
    const BackupKey key{activity, day};
    if (!QFileInfo(QStringLiteral("/dev/full")).exists())
        GTEST_SKIP() << "no /dev/full";
    // Every write to /dev/full fails with ENOSPC, as on a full disk.
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/full"), partPath(key)));
    const auto result = run(key);
    EXPECT_EQ(result.error, DownloadTask::Error::Disk);
    EXPECT_TRUE(result.message.contains(QStringLiteral("disk is full")))
        << qPrintable(result.message);
    EXPECT_FALSE(QFileInfo::exists(finalPath(key)));
}

TEST_F(DownloadTaskTest, UnwritableFolderIsReportedInWords)
{
    DownloadTask task(&network, endpoint(), {activity, day}, QStringLiteral("/proc/hydrant-test"));
    std::optional<DownloadTask::Result> result;
    QObject::connect(&task, &DownloadTask::finished, &task,
                     [&](const DownloadTask::Result &r) { result = r; });
    task.start();
    ASSERT_TRUE(TestSupport::waitUntil([&] { return result.has_value(); }));
    EXPECT_EQ(result->error, DownloadTask::Error::Disk);
    EXPECT_TRUE(result->message.contains(QStringLiteral("cannot be created")))
        << qPrintable(result->message);
    EXPECT_TRUE(sim->requests().isEmpty());
}

TEST_F(DownloadTaskTest, RedirectToAPlainHttpRemoteHostIsRefused)
{
    // The policy check itself, on what a 302 could carry.
    EXPECT_FALSE(EndpointPolicy::isAllowed(QUrl(QStringLiteral("http://storage.example.com/x"))));
    EXPECT_TRUE(EndpointPolicy::isAllowed(sim->storageBaseUrl()));
    EXPECT_EQ(
        BackupResolver::requestUrl(QUrl(QStringLiteral("https://h.example/api/")), {activity, day})
            .toString(),
        QStringLiteral("https://h.example/api/backups/activity/2024/01/05"));
    EXPECT_EQ(BackupResolver::serverText(R"({"message":"Only one auth mechanism allowed"})"),
              QStringLiteral("Only one auth mechanism allowed"));
}
