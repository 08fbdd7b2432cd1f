#include "backupsimfixture.h"

#include "backups/backupcatalogue.h"
#include "backups/backupdaystatus.h"
#include "backups/backupnaming.h"
#include "backups/downloadqueue.h"
#include "backups/downloadqueuemodel.h"
#include "backups/downloadstatestore.h"
#include "net/manualclock.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString activity = QStringLiteral("activity");
const QString messages = QStringLiteral("message");

bool allFinished(const DownloadQueue &queue)
{
    for (const DownloadItem &item : queue.items()) {
        if (!item.isFinished())
            return false;
    }
    return true;
}

} // namespace

/// The queue over the simulator: states, retries, the 401 pause, concurrency, saved state.
class DownloadQueueTest : public BackupSimFixture
{
protected:
    void configure(DownloadQueue &queue, int jobs = 3)
    {
        queue.setRetryPolicy(fastPolicy());
        queue.setConcurrency(jobs);
        queue.setFolder(folder.path());
        queue.setEndpoint(endpoint());
    }

    bool waitForAll(const DownloadQueue &queue, int ms = 20000)
    {
        return TestSupport::waitUntil([&] { return allFinished(queue); }, ms);
    }
};

TEST_F(DownloadQueueTest, DownloadsEveryTypeAndDayAndMarksMissingDays)
{
    DownloadQueue queue;
    BackupCatalogue catalogue;
    catalogue.setFolder(folder.path());
    queue.setCatalogue(&catalogue);
    configure(queue);
    const auto keys =
        DownloadQueue::keysFor({activity, messages}, QDate(2024, 1, 4), QDate(2024, 1, 7));
    ASSERT_EQ(keys.size(), 8);
    const auto result = queue.enqueue(keys);
    EXPECT_EQ(result.added, 8);
    ASSERT_TRUE(waitForAll(queue));
    const auto totals = queue.totals();
    EXPECT_EQ(totals.done, 6);
    EXPECT_EQ(totals.notAvailable, 2);
    EXPECT_EQ(totals.failed, 0);
    for (const BackupKey &key : keys) {
        const bool missing = key.date == missingDay();
        EXPECT_EQ(QFileInfo::exists(pathOf(BackupNaming::fileName(key))), !missing);
        EXPECT_EQ(catalogue.isOnDisk(key), !missing);
        EXPECT_EQ(catalogue.isNotAvailable(key), missing);
    }
    EXPECT_EQ(BackupDayStatus::dayState(QDate(2024, 1, 5), {activity, messages}, catalogue, queue),
              BackupDayStatus::State::OnDisk);
    EXPECT_EQ(BackupDayStatus::dayState(missingDay(), {activity}, catalogue, queue),
              BackupDayStatus::State::NotAvailable);
    EXPECT_EQ(BackupDayStatus::dayState(QDate(2024, 1, 8), {activity}, catalogue, queue),
              BackupDayStatus::State::NotChecked);

    // Asking again skips what is on disk.
    const auto again = queue.enqueue(keys);
    EXPECT_EQ(again.skipped, 6);
    EXPECT_EQ(again.added, 2); // the missing days are asked again
}

TEST_F(DownloadQueueTest, ConcurrencyLimitHolds)
{
    sim->injectFault(SimFault::make(SimFault::Throttle, SimFault::Storage, qint64(1024 * 1024)));
    DownloadQueue queue;
    configure(queue, 2);
    int maxActive = 0;
    QObject::connect(&queue, &DownloadQueue::itemChanged, &queue, [&] {
        int active = 0;
        for (const DownloadItem &item : queue.items())
            active += item.isActive() ? 1 : 0;
        maxActive = std::max({maxActive, active, queue.activeCount()});
    });
    queue.enqueue(DownloadQueue::keysFor({activity}, QDate(2024, 1, 8), QDate(2024, 1, 13)));
    ASSERT_TRUE(waitForAll(queue));
    EXPECT_EQ(queue.totals().done, 6);
    EXPECT_EQ(maxActive, 2);
}

TEST_F(DownloadQueueTest, UnauthorizedPausesEverythingAndAsksOnce)
{
    DownloadQueue queue;
    configure(queue, 3);
    BackupEndpoint wrong = endpoint();
    wrong.credentials.password = QStringLiteral("wrong");
    queue.setEndpoint(wrong);
    QSignalSpy asked(&queue, &DownloadQueue::credentialsRequired);
    QSignalSpy settled(&queue, &DownloadQueue::settled);
    queue.enqueue(
        DownloadQueue::keysFor({activity, messages}, QDate(2024, 1, 8), QDate(2024, 1, 10)));
    ASSERT_TRUE(TestSupport::waitUntil([&] { return asked.count() > 0 && settled.count() > 0; }));
    // Let any answer still on its way arrive: nothing may be retried.
    QTest::qWait(100);
    EXPECT_EQ(asked.count(), 1);
    EXPECT_TRUE(queue.isWaitingForCredentials());
    EXPECT_FALSE(queue.hasPendingWork());
    EXPECT_LE(requestsTo(SimFault::Backups).size(), 3);
    EXPECT_EQ(queue.totals().queued, 6);

    queue.provideCredentials(sim->credentials());
    ASSERT_TRUE(waitForAll(queue));
    EXPECT_EQ(queue.totals().done, 6);
    EXPECT_EQ(asked.count(), 1);
}

TEST_F(DownloadQueueTest, ServerErrorsAreRetriedWithBackoff)
{
    sim->injectFault(SimFault::make(SimFault::ServiceUnavailable, SimFault::Backups, qint64(0), 2));
    DownloadQueue queue;
    configure(queue, 1);
    const BackupKey key{activity, QDate(2024, 1, 8)};
    queue.enqueue({key});
    ASSERT_TRUE(waitForAll(queue));
    EXPECT_EQ(itemOf(queue, key).state, DownloadItem::State::Done)
        << qPrintable(itemOf(queue, key).message);
    const auto api = requestsTo(SimFault::Backups);
    ASSERT_EQ(api.size(), 3);
    EXPECT_EQ(api[0].status, 503);
    EXPECT_EQ(api[1].status, 503);
    EXPECT_EQ(api[2].status, 302);
}

TEST_F(DownloadQueueTest, RetryWaitsForThePolicysDelayOnTheInjectedClock)
{
    sim->injectFault(SimFault::make(SimFault::ServiceUnavailable, SimFault::Backups, qint64(0), 1));
    ManualClock clock;
    DownloadQueue queue;
    queue.setClock(&clock);
    configure(queue, 1);
    DownloadRetryPolicy policy; // the real intervals: 5 s after the first server error
    policy.setRandom([] { return 0.0; });
    queue.setRetryPolicy(policy);
    const BackupKey key{activity, QDate(2024, 1, 8)};
    queue.enqueue({key});
    ASSERT_TRUE(TestSupport::waitUntil([&] { return itemOf(queue, key).attempts == 1; }));
    EXPECT_EQ(itemOf(queue, key).state, DownloadItem::State::Queued);
    EXPECT_TRUE(itemOf(queue, key).message.contains(QStringLiteral("5 second")))
        << qPrintable(itemOf(queue, key).message);
    clock.advance(std::chrono::milliseconds(4900));
    QCoreApplication::processEvents(); // a due retry would have started inside advance()
    EXPECT_EQ(itemOf(queue, key).state, DownloadItem::State::Queued);
    EXPECT_EQ(requestsTo(SimFault::Backups).size(), 1);
    clock.advance(std::chrono::milliseconds(100));
    ASSERT_TRUE(waitForAll(queue));
    EXPECT_EQ(itemOf(queue, key).state, DownloadItem::State::Done);
    EXPECT_EQ(requestsTo(SimFault::Backups).size(), 2);
}

TEST_F(DownloadQueueTest, DroppedTransfersResumeUntilDone)
{
    sim->injectFault(
        SimFault::make(SimFault::DropAfterBytes, SimFault::Storage, qint64(50 * 1024), 4));
    DownloadQueue queue;
    configure(queue, 1);
    const BackupKey key{activity, QDate(2024, 1, 9)};
    queue.enqueue({key});
    ASSERT_TRUE(waitForAll(queue));
    EXPECT_EQ(itemOf(queue, key).state, DownloadItem::State::Done)
        << qPrintable(itemOf(queue, key).message);
    EXPECT_EQ(sha256OfFile(pathOf(BackupNaming::fileName(key))), servedSha256(activity, key.date));
    // Four cuts, each resumed where NAME.part ended. (A cut connection may lose what was still
    // in flight, so a resume can start where the previous one did: never further back.)
    const auto storage = requestsTo(SimFault::Storage);
    ASSERT_GE(storage.size(), 5);
    qint64 previous = 0;
    for (qsizetype i = 1; i < storage.size(); ++i) {
        ASSERT_TRUE(storage[i].range.startsWith("bytes=")) << storage[i].range.constData();
        const qint64 from = storage[i].range.mid(6).chopped(1).toLongLong();
        EXPECT_GE(from, previous);
        previous = from;
    }
}

TEST_F(DownloadQueueTest, SavedQueueResumesInANewSession)
{
    const QString statePath = pathOf(QStringLiteral("state/downloads.json"));
    const BackupKey key{messages, QDate(2024, 1, 10)};
    sim->injectFault(SimFault::make(SimFault::Throttle, SimFault::Storage, qint64(200 * 1024), 1));
    {
        DownloadQueue queue;
        configure(queue, 1);
        queue.setStatePath(statePath);
        queue.enqueue({key, {messages, QDate(2024, 1, 11)}});
        ASSERT_TRUE(
            TestSupport::waitUntil([&] { return itemOf(queue, key).bytesReceived > 40 * 1024; }));
        // The application quits here (the queue saves itself as it goes away).
    }
    ASSERT_TRUE(QFileInfo::exists(statePath));
    const qint64 partial = QFileInfo(pathOf(BackupNaming::partFileName(key))).size();
    EXPECT_GT(partial, 0);

    DownloadQueue queue;
    queue.setStatePath(statePath);
    ASSERT_TRUE(queue.restoreState());
    ASSERT_EQ(queue.count(), 2);
    EXPECT_EQ(queue.items().front().key, key) << "the download order is kept";
    EXPECT_EQ(itemOf(queue, key).state, DownloadItem::State::Queued);
    EXPECT_EQ(itemOf(queue, key).bytesReceived, partial);
    configure(queue, 1);
    ASSERT_TRUE(waitForAll(queue));
    EXPECT_EQ(queue.totals().done, 2);
    EXPECT_EQ(sha256OfFile(pathOf(BackupNaming::fileName(key))), servedSha256(messages, key.date));
    bool resumed = false;
    for (const SimRequest &request : requestsTo(SimFault::Storage))
        resumed = resumed || request.range == "bytes=" + QByteArray::number(partial) + '-';
    EXPECT_TRUE(resumed);
}

TEST_F(DownloadQueueTest, InvalidTypesAndDatesAreRefusedBeforeAnyRequest)
{
    DownloadQueue queue;
    configure(queue);
    const auto result = queue.enqueue({{QStringLiteral("../x"), QDate(2024, 1, 5)},
                                       {QStringLiteral("Activity"), QDate(2024, 1, 5)},
                                       {activity, QDate::currentDate().addDays(2)},
                                       {activity, QDate(2023, 2, 29)}});
    EXPECT_EQ(result.refused.size(), 4);
    EXPECT_EQ(result.added, 0);
    EXPECT_EQ(queue.count(), 0);
    QTest::qWait(50);
    EXPECT_TRUE(sim->requests().isEmpty());
}

TEST_F(DownloadQueueTest, PauseCancelRetryAndClear)
{
    sim->injectFault(SimFault::make(SimFault::Throttle, SimFault::Storage, qint64(100 * 1024)));
    DownloadQueue queue;
    configure(queue, 2);
    const BackupKey a{activity, QDate(2024, 1, 8)};
    const BackupKey b{activity, QDate(2024, 1, 9)};
    queue.enqueue({a, b});
    ASSERT_TRUE(TestSupport::waitUntil(
        [&] { return itemOf(queue, a).bytesReceived > 0 && itemOf(queue, b).bytesReceived > 0; }));
    queue.pause(a);
    queue.cancel(b);
    EXPECT_EQ(itemOf(queue, a).state, DownloadItem::State::Paused);
    EXPECT_EQ(itemOf(queue, b).state, DownloadItem::State::Cancelled);
    EXPECT_TRUE(QFileInfo::exists(pathOf(BackupNaming::partFileName(a))));
    EXPECT_FALSE(QFileInfo::exists(pathOf(BackupNaming::partFileName(b))));
    EXPECT_FALSE(queue.hasPendingWork());

    sim->clearFaults();
    queue.resumeAll();
    queue.retry(b);
    ASSERT_TRUE(waitForAll(queue));
    EXPECT_EQ(queue.totals().done, 2);
    queue.clearFinished();
    EXPECT_EQ(queue.count(), 0);
}

TEST_F(DownloadQueueTest, ModelFollowsTheQueue)
{
    DownloadQueue queue;
    DownloadQueueModel model(&queue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    configure(queue, 2);
    queue.enqueue(DownloadQueue::keysFor({activity}, QDate(2024, 1, 4), QDate(2024, 1, 7)));
    EXPECT_EQ(model.rowCount(), 4);
    ASSERT_TRUE(waitForAll(queue));
    const int missingRow = model.row({activity, missingDay()});
    EXPECT_EQ(model.index(missingRow, DownloadQueueModel::StateColumn).data().toString(),
              DownloadItem::stateName(DownloadItem::State::NotAvailable));
    const int doneRow = model.row({activity, QDate(2024, 1, 5)});
    EXPECT_DOUBLE_EQ(model.index(doneRow, 0).data(DownloadQueueModel::ProgressRole).toDouble(),
                     1.0);
    EXPECT_EQ(model.index(doneRow, 0).data(DownloadQueueModel::FilePathRole).toString(),
              pathOf(QStringLiteral("stocktwits_activity_2024_01_05.gz")));
    queue.remove({activity, QDate(2024, 1, 4)});
    EXPECT_EQ(model.rowCount(), 3);
    queue.clearFinished();
    EXPECT_EQ(model.rowCount(), 0);
}

// The queue knows its downloads by key; rows are the model's. When an earlier download leaves,
// every row below it moves up, yet each action and each piece of news reaches the same
// download: the news of a change lands in the row that shows it now, pause and cancel stop the
// download named and no other, and news delivered later (a queued connection) still names the
// download it was about.
TEST_F(DownloadQueueTest, ActionsAndNewsFollowTheDownloadWhenAnEarlierOneLeaves)
{
    // Slow enough for all three to run for seconds.
    sim->injectFault(SimFault::make(SimFault::Throttle, SimFault::Storage, qint64(40 * 1024)));
    DownloadQueue queue;
    DownloadQueueModel model(&queue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    configure(queue, 3);
    const BackupKey a{activity, QDate(2024, 1, 8)};
    const BackupKey b{activity, QDate(2024, 1, 9)};
    const BackupKey c{activity, QDate(2024, 1, 10)};
    queue.enqueue({a, b, c});
    ASSERT_TRUE(TestSupport::waitUntil([&] {
        return itemOf(queue, a).bytesReceived > 0 && itemOf(queue, b).bytesReceived > 0 &&
               itemOf(queue, c).bytesReceived > 0;
    }));

    // What the queue says changed, and which download each row that the model said changed shows.
    QList<BackupKey> changedInQueue;
    QList<BackupKey> changedInModel;
    QObject::connect(&queue, &DownloadQueue::itemChanged, &queue,
                     [&](const BackupKey &key) { changedInQueue.append(key); });
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &model,
                     [&](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                         for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                             changedInModel.append(model.key(model.index(row, 0)));
                     });
    QList<BackupKey> finishedLater;
    QObject::connect(
        &queue, &DownloadQueue::itemFinished, &queue,
        [&](const BackupKey &key) { finishedLater.append(key); }, Qt::QueuedConnection);

    // The first download leaves while all three run: b and c move up a row.
    queue.remove(a);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.row(a), -1);
    EXPECT_EQ(model.row(b), 0);
    EXPECT_EQ(model.row(c), 1);
    EXPECT_EQ(model.key(model.index(1, 0)), c);

    // c's progress shows in c's row, now the second.
    const qint64 before = itemOf(queue, c).bytesReceived;
    ASSERT_TRUE(TestSupport::waitUntil(
        [&] { return changedInQueue.contains(c) && itemOf(queue, c).bytesReceived > before; }));
    EXPECT_EQ(changedInModel, changedInQueue);
    EXPECT_EQ(model.index(1, DownloadQueueModel::DateColumn).data(DownloadQueueModel::DateRole),
              QVariant(c.date));

    // Pausing c pauses c: b carries on.
    queue.pause(c);
    EXPECT_EQ(itemOf(queue, c).state, DownloadItem::State::Paused);
    EXPECT_TRUE(itemOf(queue, b).isActive())
        << qPrintable(DownloadItem::stateName(itemOf(queue, b).state));
    EXPECT_EQ(model.index(1, 0).data(DownloadQueueModel::StateRole).toInt(),
              int(DownloadItem::State::Paused));
    EXPECT_TRUE(QFileInfo::exists(pathOf(BackupNaming::partFileName(c))));

    // Cancelling c cancels c; its news is delivered after b, above it, has left the queue too.
    queue.cancel(c);
    EXPECT_EQ(itemOf(queue, c).state, DownloadItem::State::Cancelled);
    EXPECT_TRUE(itemOf(queue, b).isActive());
    EXPECT_FALSE(QFileInfo::exists(pathOf(BackupNaming::partFileName(c))));
    EXPECT_TRUE(QFileInfo::exists(pathOf(BackupNaming::partFileName(b))));
    queue.remove(b);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.row(c), 0);
    ASSERT_TRUE(TestSupport::waitUntil([&] { return !finishedLater.isEmpty(); }));
    EXPECT_EQ(finishedLater, QList<BackupKey>{c});
    EXPECT_EQ(itemOf(queue, finishedLater.front()).state, DownloadItem::State::Cancelled);
    EXPECT_EQ(model.index(0, 0).data(DownloadQueueModel::StateRole).toInt(),
              int(DownloadItem::State::Cancelled));
    EXPECT_EQ(changedInModel, changedInQueue);
    EXPECT_EQ(queue.activeCount(), 0);
}

// A key is in the queue once, even when a hand-edited saved queue names it twice.
TEST_F(DownloadQueueTest, ASavedQueueNamingADayTwiceRestoresItOnce)
{
    const QString statePath = pathOf(QStringLiteral("state/downloads.json"));
    DownloadItem item;
    item.key = {activity, QDate(2024, 1, 8)};
    item.folder = folder.path();
    DownloadItem other = item;
    other.key.date = QDate(2024, 1, 9);
    ASSERT_TRUE(DownloadStateStore(statePath).save({item, other, item}));

    DownloadQueue queue;
    DownloadQueueModel model(&queue);
    queue.setStatePath(statePath);
    ASSERT_TRUE(queue.restoreState());
    ASSERT_EQ(queue.count(), 2);
    EXPECT_EQ(queue.items().front().key, item.key);
    EXPECT_EQ(queue.items().back().key, other.key);
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.row(other.key), 1);
}

// The download order is the user's: a day moved to the top starts next, the model's rows and a
// selection follow the move, and the order is kept across a restart.
TEST_F(DownloadQueueTest, ADayMovedToTheTopStartsNextAndTheOrderIsKept)
{
    const QString statePath = pathOf(QStringLiteral("state/downloads.json"));
    sim->injectFault(SimFault::make(SimFault::Throttle, SimFault::Storage, qint64(512 * 1024)));
    DownloadQueue queue;
    DownloadQueueModel model(&queue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    configure(queue, 1);
    queue.setStatePath(statePath);
    const QList<BackupKey> days =
        DownloadQueue::keysFor({activity}, QDate(2024, 1, 8), QDate(2024, 1, 11));
    queue.enqueue(days);
    ASSERT_TRUE(TestSupport::waitUntil([&] { return itemOf(queue, days[0]).isActive(); }));

    const QPersistentModelIndex selected = model.index(model.row(days[3]), 0);
    queue.move({days[3]}, DownloadQueue::Move::ToTop);
    EXPECT_EQ(model.key(model.index(0, 0)), days[3]);
    EXPECT_EQ(model.key(selected), days[3]) << "a selection follows the day it selects";
    EXPECT_EQ(selected.row(), 0);
    EXPECT_TRUE(itemOf(queue, days[0]).isActive()) << "moving never interrupts a transfer";

    queue.move({days[1], days[2]}, DownloadQueue::Move::Up);
    QList<BackupKey> order;
    for (const DownloadItem &item : queue.items())
        order.append(item.key);
    EXPECT_EQ(order, (QList<BackupKey>{days[3], days[1], days[2], days[0]}));
    queue.move({days[3]}, DownloadQueue::Move::Up); // already first: stays
    queue.move({days[0]}, DownloadQueue::Move::Down); // already last: stays
    queue.move({days[1]}, DownloadQueue::Move::ToBottom);
    queue.move({days[1]}, DownloadQueue::Move::Up);
    order.clear();
    for (int row = 0; row < model.rowCount(); ++row)
        order.append(model.key(model.index(row, 0)));
    EXPECT_EQ(order, (QList<BackupKey>{days[3], days[2], days[1], days[0]}));

    // The running transfer ends; the next to start is the one now at the top.
    QList<BackupKey> started{days[0]};
    QObject::connect(&queue, &DownloadQueue::itemChanged, &queue, [&](const BackupKey &key) {
        if (itemOf(queue, key).isActive() && !started.contains(key))
            started.append(key);
    });
    sim->clearFaults();
    ASSERT_TRUE(waitForAll(queue));
    EXPECT_EQ(started, (QList<BackupKey>{days[0], days[3], days[2], days[1]}));
    ASSERT_TRUE(queue.saveState());

    DownloadQueue restored;
    restored.setStatePath(statePath);
    ASSERT_TRUE(restored.restoreState());
    order.clear();
    for (const DownloadItem &item : restored.items())
        order.append(item.key);
    EXPECT_EQ(order, (QList<BackupKey>{days[3], days[2], days[1], days[0]}));
}
