// Download fault matrix (DESIGN §6): the transfer cut at many byte offsets, the server restarted
// mid-download, the disk full, permission denied. After every fault, each file in the download
// folder with a final name is a complete, valid gzip file identical to what the server holds,
// and every interrupted day completes on the next run of the queue.

#include "../backups/backupsimfixture.h"

#include "backups/backupnaming.h"
#include "backups/downloadqueue.h"
#include "net/manualclock.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <sys/fsuid.h>
#include <sys/resource.h>
#include <unistd.h>
#include <zlib.h>

namespace {

const QString activity = QStringLiteral("activity");
const QDate day(2024, 1, 9);

/// Inflates every gzip member of \a path: true when all of them end with a correct CRC32 and
/// length and nothing but members follows. Independent of Hydrant's own verifier.
bool isCompleteGzip(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return false;
    }
    const QByteArray data = file.readAll();
    qsizetype offset = 0;
    int members = 0;
    std::vector<unsigned char> out(1 << 16);
    while (offset < data.size()) {
        z_stream z{};
        if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK)
            return false;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData() + offset));
        z.avail_in = uInt(data.size() - offset);
        int ret = Z_OK;
        while (ret == Z_OK) {
            z.next_out = out.data();
            z.avail_out = uInt(out.size());
            ret = inflate(&z, Z_NO_FLUSH);
        }
        offset += qsizetype(z.total_in);
        inflateEnd(&z);
        if (ret != Z_STREAM_END) {
            *why = QStringLiteral("member %1 ends badly (zlib %2) at byte %3")
                       .arg(members + 1)
                       .arg(ret)
                       .arg(offset);
            return false;
        }
        ++members;
    }
    if (members == 0)
        *why = QStringLiteral("empty file");
    return members > 0;
}

} // namespace

class DownloadFaultTest : public BackupSimFixture
{
protected:
    void configure(DownloadQueue &queue)
    {
        queue.setRetryPolicy(fastPolicy());
        queue.setConcurrency(1);
        queue.setFolder(folder.path());
        queue.setEndpoint(endpoint());
        queue.setStatePath(statePath());
    }

    QString statePath() const { return pathOf(QStringLiteral("state/downloads.json")); }

    /// The promise that holds after any fault: a final name means a complete, correct file.
    void expectOnlyCompleteFilesHaveFinalNames()
    {
        const QStringList names = QDir(folder.path()).entryList(QDir::Files);
        for (const QString &name : names) {
            if (!name.endsWith(QLatin1String(".gz")))
                continue; // NAME.part and the state folder
            const BackupKey key = BackupNaming::keyFromFileName(name);
            ASSERT_TRUE(key.date.isValid()) << "unexpected file " << qPrintable(name);
            QString why;
            EXPECT_TRUE(isCompleteGzip(pathOf(name), &why)) << qPrintable(name + ": " + why);
            EXPECT_EQ(sha256OfFile(pathOf(name)), servedSha256(key.fileType, key.date))
                << qPrintable(name) << " differs from the served file";
        }
    }

    /// A second run of the queue from its saved state: the day completes, intact.
    void expectNextRunCompletes(const BackupKey &key)
    {
        DownloadQueue queue;
        queue.setStatePath(statePath());
        ASSERT_TRUE(queue.restoreState());
        configure(queue);
        ASSERT_EQ(queue.count(), 1);
        ASSERT_TRUE(queue.contains(key));
        if (itemOf(queue, key).state == DownloadItem::State::Failed)
            queue.retry(key); // a failed day is retried by the user
        ASSERT_TRUE(
            TestSupport::waitUntil([&] { return itemOf(queue, key).isFinished(); }, 30'000));
        ASSERT_EQ(itemOf(queue, key).state, DownloadItem::State::Done)
            << qPrintable(itemOf(queue, key).message);
        EXPECT_EQ(sha256OfFile(pathOf(BackupNaming::fileName(key))),
                  servedSha256(key.fileType, key.date));
        EXPECT_FALSE(QFileInfo::exists(pathOf(BackupNaming::partFileName(key))));
        expectOnlyCompleteFilesHaveFinalNames();
    }
};

/// The transfer cut after N bytes, for N all over the file: in the gzip header, on and around
/// 32 KiB and 64 KiB boundaries, between members, in the last member's trailer, one byte short.
class CutAtOffset : public DownloadFaultTest, public ::testing::WithParamInterface<qint64>
{
};

TEST_P(CutAtOffset, TheDayCompletesOnTheNextRunAndNoPartialFileHasTheFinalName)
{
    const BackupKey key{activity, day};
    const qint64 size = sim->backupFile(activity, day)->size();
    const qint64 offset = GetParam() >= 0 ? GetParam() : size + GetParam();
    ASSERT_GT(offset, 0);
    ASSERT_LT(offset, size);
    sim->injectFault(SimFault::make(SimFault::DropAfterBytes, SimFault::Storage, offset, 1));
    {
        // First run: the cut happens, and the application quits right after it (whether or not
        // its immediate retry has begun).
        DownloadQueue queue;
        configure(queue);
        bool interrupted = false;
        QObject::connect(&queue, &DownloadQueue::itemChanged, [&](const BackupKey &changed) {
            const DownloadItem item = itemOf(queue, changed);
            interrupted =
                interrupted || (!item.message.isEmpty() && item.state != DownloadItem::State::Done);
        });
        queue.enqueue({key});
        ASSERT_TRUE(TestSupport::waitUntil(
            [&] { return interrupted || itemOf(queue, key).state == DownloadItem::State::Done; },
            20'000))
            << "state " << int(itemOf(queue, key).state) << " "
            << qPrintable(itemOf(queue, key).message);
        EXPECT_TRUE(interrupted) << "the cut at " << offset << " went unnoticed";
        expectOnlyCompleteFilesHaveFinalNames();
    }
    expectOnlyCompleteFilesHaveFinalNames();
    expectNextRunCompletes(key);
    // The second run resumed where the first stopped (unless nothing at all had arrived).
    const auto storage = requestsTo(SimFault::Storage);
    ASSERT_GE(storage.size(), 2);
    EXPECT_TRUE(storage.last().range.isEmpty() || storage.last().range.startsWith("bytes="));
}

INSTANTIATE_TEST_SUITE_P(DownloadFaults, CutAtOffset,
                         ::testing::Values(1, 9, 10, 11, 512, 4095, 4096, 32767, 32768, 32769,
                                           65536, 100'000, 150'001, 200'000, -20, -9, -8, -4, -1));

TEST_F(DownloadFaultTest, ServerRestartedMidDownload)
{
    const BackupKey key{activity, day};
    // Slow enough to stop the server in the middle.
    sim->injectFault(SimFault::make(SimFault::Throttle, SimFault::Storage, qint64(100 * 1024), 1));
    DownloadQueue queue;
    configure(queue);
    queue.enqueue({key});
    ASSERT_TRUE(
        TestSupport::waitUntil([&] { return itemOf(queue, key).bytesReceived > 60 * 1024; }));

    // The server goes away and comes back on the same ports with the same content.
    SimulatorOptions options = sim->options();
    options.apiPort = quint16(sim->apiBaseUrl().port());
    options.storagePort = quint16(sim->storageBaseUrl().port());
    sim->stop();
    QTest::qWait(100);
    expectOnlyCompleteFilesHaveFinalNames();
    startSimulator(options);

    ASSERT_TRUE(TestSupport::waitUntil([&] { return itemOf(queue, key).isFinished(); }, 30'000));
    EXPECT_EQ(itemOf(queue, key).state, DownloadItem::State::Done)
        << qPrintable(itemOf(queue, key).message);
    EXPECT_EQ(sha256OfFile(pathOf(BackupNaming::fileName(key))), servedSha256(activity, day));
    expectOnlyCompleteFilesHaveFinalNames();
}

/// The disk fills up mid-download: a limit on the size of the files this process may write
/// (RLIMIT_FSIZE) makes the kernel refuse the writes past it, as a full disk does.
TEST_F(DownloadFaultTest, DiskFullMidDownloadThenSpaceFreed)
{
    const BackupKey key{activity, day};
    std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails instead of killing us
    rlimit saved{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit limited = saved;
    limited.rlim_cur = 100 * 1024;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &limited), 0);
    QString message;
    {
        DownloadQueue queue;
        configure(queue);
        queue.enqueue({key});
        const bool finished =
            TestSupport::waitUntil([&] { return itemOf(queue, key).isFinished(); }, 20'000);
        setrlimit(RLIMIT_FSIZE, &saved);
        ASSERT_TRUE(finished);
        EXPECT_EQ(itemOf(queue, key).state, DownloadItem::State::Failed);
        message = itemOf(queue, key).message;
        EXPECT_TRUE(message.contains(QStringLiteral("could not be written")) ||
                    message.contains(QStringLiteral("disk is full")))
            << qPrintable(message);
        EXPECT_FALSE(QFileInfo::exists(pathOf(BackupNaming::fileName(key))));
        expectOnlyCompleteFilesHaveFinalNames();
    }
    expectNextRunCompletes(key);
}

/// The folder cannot be written. Root may write anywhere, so as root the test drops its
/// file-system identity to "nobody" (setfsuid, this thread only) instead of relying on modes;
/// its group stays root's, so the group bits matter too.
TEST_F(DownloadFaultTest, PermissionDeniedThenGranted)
{
    const BackupKey key{activity, day};
    const QString target = pathOf(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(target));
    // The temporary folder (0700) must be traversable for "nobody"; only "locked" is not writable.
    ASSERT_TRUE(QFile::setPermissions(
        folder.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                           QFileDevice::ReadOther | QFileDevice::ExeOther));
    const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                          QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    ASSERT_TRUE(QFile::setPermissions(target, readOnly));
    const bool root = geteuid() == 0;
    if (root)
        setfsuid(65534);
    QString message;
    {
        DownloadQueue queue;
        configure(queue);
        queue.setFolder(target);
        queue.enqueue({key});
        const bool finished =
            TestSupport::waitUntil([&] { return itemOf(queue, key).isFinished(); }, 20'000);
        if (root)
            setfsuid(0);
        ASSERT_TRUE(finished);
        EXPECT_EQ(itemOf(queue, key).state, DownloadItem::State::Failed);
        message = itemOf(queue, key).message;
        EXPECT_TRUE(message.contains(QStringLiteral("ermission denied"))) << qPrintable(message);
        EXPECT_TRUE(QDir(target).entryList(QDir::Files).isEmpty());
    }
    ASSERT_TRUE(QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner));
    DownloadQueue queue;
    queue.setStatePath(statePath());
    ASSERT_TRUE(queue.restoreState());
    configure(queue);
    queue.setFolder(target);
    queue.retry(key);
    ASSERT_TRUE(TestSupport::waitUntil([&] { return itemOf(queue, key).isFinished(); }, 20'000));
    EXPECT_EQ(itemOf(queue, key).state, DownloadItem::State::Done)
        << qPrintable(itemOf(queue, key).message);
    EXPECT_EQ(sha256OfFile(QDir(target).filePath(BackupNaming::fileName(key))),
              servedSha256(activity, day));
}

/// One day's download under each fault that used to make the queue hammer or hang, with the real
/// retry curve on a manual clock (no waiting on the wall clock for backoff): the requests each
/// fault costs per simulated minute and the bytes transferred per byte of the file. Prints the
/// figures for the README's Reliability section.
TEST_F(DownloadFaultTest, EveryFaultEndsWithoutHammeringAndTheFiguresArePrinted)
{
    struct Case
    {
        const char *name;
        QList<SimFault> faults;
        bool completes;
    };
    const QList<Case> cases{
        {"none", {}, true},
        {"storage: cut after 64 KiB (x4)",
         {SimFault::make(SimFault::DropAfterBytes, SimFault::Storage, 64 * 1024, 4)},
         true},
        {"storage: corrupt on every transfer", {SimFault::make(SimFault::Corrupt, SimFault::Storage)},
         false},
        {"storage: endless body after the file",
         {SimFault::make(SimFault::EndlessBody, SimFault::Storage)},
         false},
        {"storage: Range ignored, cut half-way",
         {SimFault::make(SimFault::RangeIgnoredCut, SimFault::Storage)},
         false},
        {"storage: 503 on every request",
         {SimFault::make(SimFault::ServiceUnavailable, SimFault::Storage)},
         false},
        {"backups API: never answers", {SimFault::make(SimFault::Stall, SimFault::Backups)}, false},
        {"backups API: 120 KiB Location",
         {SimFault::make(SimFault::HugeLocation, SimFault::Backups, qint64(120 * 1024))},
         false},
    };
    std::printf("\n| fault | outcome | API requests | storage requests | simulated time | "
                "requests per minute | bytes transferred per byte of the file |\n"
                "|---|---|---|---|---|---|---|\n");
    for (const Case &each : cases) {
        startSimulator();
        for (const SimFault &fault : each.faults)
            sim->injectFault(fault);
        const QString dayFolder = pathOf(QString::fromLatin1(each.name).replace(QLatin1Char(' '), QLatin1Char('_')).remove(QLatin1Char(':')).remove(QLatin1Char(',')));
        ManualClock clock;
        DownloadRetryPolicy::Intervals intervals;
        intervals.maxBytesUnknownSize = 16 * 1024 * 1024; // keeps the endless body short
        DownloadRetryPolicy policy(intervals);
        policy.setRandom([] { return 0.5; });
        DownloadQueue queue;
        queue.setClock(&clock);
        queue.setRetryPolicy(policy);
        queue.setStallTimeout(300); // the API that never answers: 0.3 s of wall clock per try
        queue.setConcurrency(1);
        queue.setFolder(dayFolder);
        queue.setEndpoint(endpoint());
        const BackupKey key{activity, day};
        const qint64 size = sim->backupFile(activity, day)->size();
        const auto start = clock.now();
        queue.enqueue({key});
        for (int round = 0; round < 200 && !itemOf(queue, key).isFinished(); ++round) {
            ASSERT_TRUE(TestSupport::waitUntil(
                [&] {
                    return itemOf(queue, key).isFinished() ||
                           (itemOf(queue, key).state == DownloadItem::State::Queued &&
                            itemOf(queue, key).retryAtMs > clock.now().count());
                },
                10'000))
                << each.name
                << ": neither finished nor waiting: " << qPrintable(itemOf(queue, key).message);
            // The retry timer is armed once the queue has scheduled (right after the failure).
            if (!itemOf(queue, key).isFinished()) {
                ASSERT_TRUE(
                    TestSupport::waitUntil([&] { return clock.advanceToNextTimer(); }, 5000))
                    << each.name << ": waiting without a retry time";
            }
        }
        ASSERT_TRUE(itemOf(queue, key).isFinished()) << each.name;
        EXPECT_EQ(itemOf(queue, key).state == DownloadItem::State::Done, each.completes)
            << each.name << ": " << qPrintable(itemOf(queue, key).message);
        const double seconds = double((clock.now() - start).count()) / 1000.0;
        const auto api = requestsTo(SimFault::Backups).size();
        const auto storage = requestsTo(SimFault::Storage).size();
        const double minutes = std::max(1.0, seconds / 60.0);
        const double perMinute = double(api + storage) / minutes;
        const double ratio = double(queue.totals().bytesTransferred) / double(size);
        // Never hammered: at most about one request a second, whatever the fault.
        EXPECT_LE(perMinute, 60.0) << each.name;
        EXPECT_LE(queue.totals().bytesTransferred,
                  std::max(policy.byteLimit(size), intervals.maxBytesUnknownSize) + 2 * size)
            << each.name;
        std::printf("| %s | %s | %lld | %lld | %.1f s | %.1f | %.2f |\n", each.name,
                    qPrintable(DownloadItem::stateName(itemOf(queue, key).state)), qint64(api),
                    qint64(storage), seconds, perMinute, ratio);
        std::fflush(stdout);
        sim.reset();
    }
}
