// Downloads never hammer, hang or lose anything (DESIGN §6): every retry waits, the tries of one
// file are capped in count and in bytes, progress thrown away is no progress, the backup service
// request has deadlines and its answer explicit limits. Each case against a simulator fault.

#include "backupsimfixture.h"

#include "backups/backupnaming.h"
#include "backups/backupresolver.h"
#include "backups/downloadqueue.h"
#include "backups/downloadtask.h"
#include "core/versioninfo.h"
#include "net/manualclock.h"

#include "testsupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

namespace {

const QString activity = QStringLiteral("activity");
const QDate day(2024, 1, 9);

} // namespace

class DownloadLimitsTest : public BackupSimFixture
{
protected:
    void configure(DownloadQueue &queue, const DownloadRetryPolicy &policy = fastPolicy())
    {
        queue.setRetryPolicy(policy);
        queue.setConcurrency(1);
        queue.setFolder(folder.path());
        queue.setEndpoint(endpoint());
    }

    /// The one download these tests queue: (activity, day).
    static DownloadItem download(const DownloadQueue &queue)
    {
        return itemOf(queue, {activity, day});
    }

    bool waitUntilFinished(const DownloadQueue &queue, int ms = 20000)
    {
        return TestSupport::waitUntil([&] { return download(queue).isFinished(); }, ms);
    }

    DownloadTask::Result runTask(const BackupKey &key, int stallMs = 0)
    {
        DownloadTask task(&network, endpoint(), key, folder.path());
        if (stallMs > 0)
            task.setStallTimeout(stallMs);
        std::optional<DownloadTask::Result> result;
        QObject::connect(&task, &DownloadTask::finished, &task,
                         [&](const DownloadTask::Result &r) { result = r; });
        task.start();
        EXPECT_TRUE(TestSupport::waitUntil([&] { return result.has_value(); }, 10000))
            << "the request hangs";
        if (result)
            return *result;
        task.abort();
        DownloadTask::Result timedOut;
        timedOut.error = DownloadTask::Error::Unexpected;
        timedOut.message = QStringLiteral("no answer: hangs");
        return timedOut;
    }

    qint64 fileSize() const { return sim->backupFile(activity, day)->size(); }

    QNetworkAccessManager network;
};

TEST_F(DownloadLimitsTest, CorruptOnEveryTransferWaitsBeforeEachTryAndGivesUp)
{
    sim->injectFault(SimFault::make(SimFault::Corrupt, SimFault::Storage));
    ManualClock clock;
    DownloadQueue queue;
    queue.setClock(&clock);
    DownloadRetryPolicy policy; // the real curve
    policy.setRandom([] { return 0.0; });
    configure(queue, policy);
    queue.enqueue({{activity, day}});

    int waits = 0;
    for (int round = 0; round < 20 && !download(queue).isFinished(); ++round) {
        // Either it gave up, or it waits for a retry time on the clock: never a try at once.
        ASSERT_TRUE(TestSupport::waitUntil(
            [&] {
                return download(queue).isFinished() ||
                       (download(queue).state == DownloadItem::State::Queued &&
                        download(queue).retryAtMs > clock.now().count());
            },
            5000))
            << "tried again without waiting: " << qPrintable(download(queue).message);
        if (download(queue).isFinished())
            break;
        EXPECT_GE(download(queue).retryAtMs - clock.now().count(), 250);
        const auto before = requestsTo(SimFault::Backups).size();
        QTest::qWait(30);
        EXPECT_EQ(requestsTo(SimFault::Backups).size(), before) << "a request before the time";
        ++waits;
        clock.advanceToNextTimer();
    }
    ASSERT_EQ(download(queue).state, DownloadItem::State::Failed);
    EXPECT_TRUE(download(queue).message.contains(QStringLiteral("Gave up")))
        << qPrintable(download(queue).message);
    EXPECT_TRUE(download(queue).message.contains(QStringLiteral("verification")))
        << qPrintable(download(queue).message);
    EXPECT_EQ(waits, 1) << "a corrupt file is fetched again once";
    EXPECT_EQ(requestsTo(SimFault::Backups).size(), 2);
    EXPECT_FALSE(QFileInfo::exists(pathOf(BackupNaming::fileName({activity, day}))));
    EXPECT_FALSE(QFileInfo::exists(pathOf(BackupNaming::partFileName({activity, day}))));
}

TEST_F(DownloadLimitsTest, EndlessBodyAfterAValidFileIsStoppedAndGivenUp)
{
    sim->injectFault(SimFault::make(SimFault::EndlessBody, SimFault::Storage));
    DownloadRetryPolicy::Intervals intervals = fastPolicy().intervals();
    intervals.maxBytesUnknownSize = 4 * 1024 * 1024;
    DownloadQueue queue;
    configure(queue, DownloadRetryPolicy(intervals));
    queue.enqueue({{activity, day}});
    ASSERT_TRUE(waitUntilFinished(queue)) << qPrintable(download(queue).message);
    EXPECT_EQ(download(queue).state, DownloadItem::State::Failed);
    EXPECT_TRUE(download(queue).message.contains(QStringLiteral("Gave up")) ||
                download(queue).message.contains(QStringLiteral("without saying how long")))
        << qPrintable(download(queue).message);
    EXPECT_LE(requestsTo(SimFault::Storage).size(), 2);
    EXPECT_LE(queue.totals().bytesTransferred, 2 * (intervals.maxBytesUnknownSize + 1024 * 1024));
    EXPECT_FALSE(QFileInfo::exists(pathOf(BackupNaming::fileName({activity, day}))));
}

TEST_F(DownloadLimitsTest, ABodyWithoutALengthStopsAtTheLimitAndSaysSo)
{
    sim->injectFault(SimFault::make(SimFault::EndlessBody, SimFault::Storage));
    DownloadTask task(&network, endpoint(), {activity, day}, folder.path());
    task.setMaxUnknownLengthBody(fileSize() / 2); // below the valid file: only the limit stops it
    std::optional<DownloadTask::Result> result;
    QObject::connect(&task, &DownloadTask::finished, &task,
                     [&](const DownloadTask::Result &r) { result = r; });
    task.start();
    ASSERT_TRUE(TestSupport::waitUntil([&] { return result.has_value(); }, 10000));
    EXPECT_EQ(result->error, DownloadTask::Error::TooLarge) << qPrintable(result->message);
    EXPECT_TRUE(result->message.contains(QStringLiteral("without saying how long")))
        << qPrintable(result->message);
    EXPECT_LE(result->bytesTransferred, fileSize() / 2 + 1024 * 1024);
    EXPECT_FALSE(QFileInfo::exists(pathOf(BackupNaming::partFileName({activity, day}))));
}

TEST_F(DownloadLimitsTest, RangeIgnoredWithCutsIsNoLivelockAndEndsFailedInWords)
{
    sim->injectFault(SimFault::make(SimFault::RangeIgnoredCut, SimFault::Storage));
    DownloadQueue queue;
    configure(queue);
    queue.enqueue({{activity, day}});
    ASSERT_TRUE(waitUntilFinished(queue)) << "livelock: " << qPrintable(download(queue).message);
    EXPECT_EQ(download(queue).state, DownloadItem::State::Failed);
    const QString message = download(queue).message;
    EXPECT_TRUE(message.contains(QStringLiteral("Gave up"))) << qPrintable(message);
    EXPECT_TRUE(message.contains(QStringLiteral("started over from zero"))) << qPrintable(message);
    // One try after the first cut kept its half, then at most maxAttempts tries that threw
    // their bytes away. (Qt may send a GET again on its own when the storage closed the pooled
    // connection: such a repeat carries no body and is no try of ours.)
    const int tries = fastPolicy().intervals().maxAttempts + 1;
    EXPECT_LE(requestsTo(SimFault::Backups).size(), tries);
    EXPECT_LE(requestsTo(SimFault::Storage).size(), 2 * tries);
    EXPECT_LE(queue.totals().bytesTransferred,
              fastPolicy().byteLimit(fileSize()) + fileSize());
}

TEST_F(DownloadLimitsTest, ProgressKeptOnEveryCutStillCompletes)
{
    // Resumable cuts keep their bytes: that is progress, and the file completes.
    sim->injectFault(SimFault::make(SimFault::DropAfterBytes, SimFault::Storage, 30 * 1024, 12));
    DownloadQueue queue;
    configure(queue);
    queue.enqueue({{activity, day}});
    ASSERT_TRUE(waitUntilFinished(queue));
    EXPECT_EQ(download(queue).state, DownloadItem::State::Done)
        << qPrintable(download(queue).message);
    EXPECT_EQ(sha256OfFile(pathOf(BackupNaming::fileName({activity, day}))),
              servedSha256(activity, day));
}

TEST_F(DownloadLimitsTest, AnApiThatNeverAnswersEndsWithASentenceAndIsRetried)
{
    sim->injectFault(SimFault::make(SimFault::Stall, SimFault::Backups, 0, 1));
    QElapsedTimer elapsed;
    elapsed.start();
    const auto stalled = runTask({activity, day}, 300);
    EXPECT_EQ(stalled.error, DownloadTask::Error::Network) << qPrintable(stalled.message);
    EXPECT_TRUE(stalled.message.contains(QStringLiteral("did not answer"))) << qPrintable(stalled.message);
    EXPECT_LT(elapsed.elapsed(), 5000);

    // Under the queue, the next try (after the policy's wait) gets the file.
    sim->injectFault(SimFault::make(SimFault::Stall, SimFault::Backups, 0, 1));
    DownloadQueue queue;
    queue.setStallTimeout(300);
    configure(queue);
    queue.enqueue({{activity, day}});
    ASSERT_TRUE(waitUntilFinished(queue));
    EXPECT_EQ(download(queue).state, DownloadItem::State::Done)
        << qPrintable(download(queue).message);
}

TEST_F(DownloadLimitsTest, ALocationOverTheLimitIsRefusedInWords)
{
    sim->injectFault(SimFault::make(SimFault::HugeLocation, SimFault::Backups, 20 * 1024, 1));
    const auto result = runTask({activity, day}, 2000);
    EXPECT_EQ(result.error, DownloadTask::Error::Refused) << qPrintable(result.message);
    EXPECT_TRUE(result.message.contains(QStringLiteral("longer than"))) << qPrintable(result.message);
    EXPECT_TRUE(requestsTo(SimFault::Storage).isEmpty());
}

TEST_F(DownloadLimitsTest, AHugeLocationNeverHangs)
{
    sim->injectFault(SimFault::make(SimFault::HugeLocation, SimFault::Backups, 120 * 1024, 1));
    QElapsedTimer elapsed;
    elapsed.start();
    const auto result = runTask({activity, day}, 1000);
    EXPECT_NE(result.error, DownloadTask::Error::None);
    EXPECT_NE(result.message, QStringLiteral("no answer: hangs"));
    EXPECT_FALSE(result.message.isEmpty());
    EXPECT_LT(elapsed.elapsed(), 5000);
    EXPECT_TRUE(requestsTo(SimFault::Storage).isEmpty());
}

TEST_F(DownloadLimitsTest, ARelativeLocationIsResolvedAgainstTheApiUrl)
{
    sim->injectFault(SimFault::make(SimFault::RelativeLocation, SimFault::Backups, 0, 1));
    const auto result = runTask({activity, day}, 2000);
    ASSERT_EQ(result.error, DownloadTask::Error::None) << qPrintable(result.message);
    EXPECT_EQ(sha256OfFile(pathOf(BackupNaming::fileName({activity, day}))),
              servedSha256(activity, day));
    const auto storage = requestsTo(SimFault::Storage);
    ASSERT_EQ(storage.size(), 1);
    EXPECT_FALSE(storage[0].hadAuthorization);
}

TEST_F(DownloadLimitsTest, BothRequestsCarryHydrantsUserAgent)
{
    ASSERT_EQ(runTask({activity, day}).error, DownloadTask::Error::None);
    for (const SimRequest &request : sim->requests())
        EXPECT_EQ(request.userAgent, VersionInfo::userAgent()) << qPrintable(request.target);
    EXPECT_TRUE(VersionInfo::userAgent().startsWith("Hydrant/"));
}

TEST_F(DownloadLimitsTest, ATypeFoundOnNoDayIsNamed)
{
    DownloadQueue queue;
    configure(queue);
    queue.enqueue(DownloadQueue::keysFor({activity, QStringLiteral("messages")}, QDate(2024, 1, 8),
                                         QDate(2024, 1, 9)));
    ASSERT_TRUE(TestSupport::waitUntil(
        [&] {
            for (const DownloadItem &item : queue.items()) {
                if (!item.isFinished())
                    return false;
            }
            return true;
        },
        20000));
    EXPECT_EQ(queue.typesNotFound(), QStringList{QStringLiteral("messages")});
    EXPECT_TRUE(DownloadQueue::typeNotFoundMessage(QStringLiteral("messages"), 2)
                    .contains(QStringLiteral("does not seem to exist")));
}

TEST(DownloadRetryPolicy, CapsTriesInCountAndInBytes)
{
    DownloadRetryPolicy policy;
    using E = DownloadRetryPolicy::ErrorClass;
    using V = DownloadRetryPolicy::Verdict;
    const qint64 size = 10 * 1024 * 1024;
    EXPECT_EQ(policy.verdict(E::Network, {1, 1, 0, size}), V::Retry);
    EXPECT_EQ(policy.verdict(E::Network, {8, 8, 0, size}), V::TooManyFailures);
    EXPECT_EQ(policy.verdict(E::Network, {1, 30, 0, size}), V::TooManyTries);
    EXPECT_EQ(policy.verdict(E::Network, {1, 2, 3 * size + 2 * 1024 * 1024, size}),
              V::TooManyBytes);
    EXPECT_EQ(policy.verdict(E::Network, {1, 2, 3 * size, size}), V::Retry);
    EXPECT_EQ(policy.byteLimit(-1), qint64(32) << 30) << "an absolute cap when the size is unknown";
    EXPECT_EQ(policy.verdict(E::Corrupt, {2, 2, 0, size}), V::TooManyFailures);
    // Every retry waits, a corrupt one too.
    policy.setRandom([] { return 0.0; });
    for (E kind : {E::Network, E::Server, E::RateLimited, E::ExpiredLink, E::Corrupt})
        EXPECT_GE(policy.delayMs(kind, 1), 250);
}
