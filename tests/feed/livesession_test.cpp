// The live session against the simulator over loopback: one account's stream, feed and
// recording across stops, reconnects and the provider's backfill.

#include "core/appsettings.h"
#include "feed/feedmodel.h"
#include "feed/livesession.h"
#include "feed/recorder.h"
#include "feedtestdata.h"
#include "gziptestutil.h"
#include "net/connectratelimiter.h"
#include "sim/simulator.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <limits>
#include <map>

using TestSupport::waitUntil;

namespace {

class LiveSessionTest : public ::testing::Test
{
protected:
    void SetUp() override { startSimulator(simulatorOptions()); }

    static SimulatorOptions simulatorOptions()
    {
        SimulatorOptions options;
        options.messagesPerSecond = 1000;
        options.heartbeatIntervalMs = 20;
        options.connectLimit = 1000;
        return options;
    }

    /// A simulator (replacing any running one) and the endpoint of its backfill stream.
    void startSimulator(const SimulatorOptions &options)
    {
        sim = std::make_unique<Simulator>(options);
        QString error;
        ASSERT_TRUE(sim->start(&error)) << error.toStdString();
        endpoint.profileName = QStringLiteral("Simulator");
        endpoint.url = sim->streamUrl(QStringLiteral("demo"), QStringLiteral("prod"),
                                      QStringLiteral("backfillMinutes=1"));
        endpoint.credentials = sim->credentials();
    }

    /// A session with a feed large enough to hold everything the test receives.
    std::unique_ptr<LiveSession> makeSession()
    {
        auto session = std::make_unique<LiveSession>(200'000);
        session->setConnectRateLimiter(std::make_shared<ConnectRateLimiter>());
        session->setEndpoint(endpoint);
        return session;
    }

    /// How often each id is in the feed.
    static std::map<QString, int> feedIds(const LiveSession &session)
    {
        std::map<QString, int> ids;
        for (int row = 0; row < session.model()->rowCount(); ++row)
            ++ids[session.model()->messageAt(row).id];
        return ids;
    }

    /// How often each id is in the recording.
    static std::map<QString, int> recordedIds(const QString &path)
    {
        const GzipTestUtil::Result result = GzipTestUtil::gunzipFile(path);
        EXPECT_TRUE(result.ok) << path.toStdString();
        std::map<QString, int> ids;
        for (const QByteArray &line : GzipTestUtil::lines(result.data))
            ++ids[QJsonDocument::fromJson(line).object().value(QStringLiteral("id")).toVariant().toString()];
        return ids;
    }

    static int copiesAboveOne(const std::map<QString, int> &ids)
    {
        int extra = 0;
        for (const auto &[id, count] : ids)
            extra += count - 1;
        return extra;
    }

    std::unique_ptr<Simulator> sim;
    StreamEndpoint endpoint;
};

} // namespace

TEST_F(LiveSessionTest, DisconnectThenConnectWithBackfillShowsAndRecordsNothingTwice)
{
    QTemporaryDir folder;
    auto session = makeSession();
    ASSERT_TRUE(session->setRecording(true, folder.path()));
    session->connectStream();
    ASSERT_TRUE(waitUntil([&] { return session->model()->rowCount() >= 300; }, 10000));
    session->disconnectStream();
    const int beforeReconnect = session->model()->rowCount();

    session->connectStream();
    ASSERT_TRUE(waitUntil(
        [&] { return session->model()->rowCount() >= beforeReconnect + 300; }, 10000));
    session->disconnectStream();
    EXPECT_TRUE(sim->streamConnections().value(1).backfill);
    EXPECT_GE(session->streamStatistics().duplicatesDropped, beforeReconnect)
        << "the backfill re-sent what the feed had, and the count says so";
    ASSERT_TRUE(session->setRecording(false));

    const auto shown = feedIds(*session);
    EXPECT_EQ(copiesAboveOne(shown), 0);
    const auto recorded = recordedIds(session->recordingPath());
    EXPECT_EQ(copiesAboveOne(recorded), 0);
    // Everything shown was recorded: the stop lost nothing on either side.
    EXPECT_EQ(recorded.size(), shown.size());
    EXPECT_EQ(session->messagesRecorded(), quint64(session->model()->rowCount()));
}

TEST_F(LiveSessionTest, StreamKilledMidBackfillFiveTimesHasEveryMessageExactlyOnce)
{
    // Let a backlog build up, so each reconnect's backfill is long enough to be cut.
    QTemporaryDir folder;
    auto session = makeSession();
    ASSERT_TRUE(session->setRecording(true, folder.path()));
    session->connectStream();
    ASSERT_TRUE(waitUntil([&] { return session->model()->rowCount() >= 1500; }, 10000));
    // Each of the next five connections is cut after 400 messages: inside its backfill.
    sim->injectFault(SimFault::make(SimFault::DropAfterMessages, 400, 5));
    session->disconnectStream();
    session->connectStream();
    ASSERT_TRUE(waitUntil([&] { return sim->streamConnections().size() >= 7; }, 15000));
    // The seventh connection is not cut: the feed moves on past all the backfills.
    const int rows = session->model()->rowCount();
    ASSERT_TRUE(waitUntil([&] { return session->model()->rowCount() >= rows + 1000; }, 10000));
    session->disconnectStream();
    ASSERT_TRUE(session->setRecording(false));

    const QList<SimStreamConnection> connections = sim->streamConnections();
    for (int i = 1; i < 6; ++i)
        EXPECT_TRUE(connections.value(i).backfill) << i;
    const auto shown = feedIds(*session);
    EXPECT_EQ(copiesAboveOne(shown), 0);
    const auto recorded = recordedIds(session->recordingPath());
    EXPECT_EQ(copiesAboveOne(recorded), 0);
    EXPECT_EQ(recorded.size(), shown.size());
    // Nothing lost either: every id from the first to the newest.
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 newest = 0;
    for (const auto &[id, count] : shown) {
        first = std::min(first, id.toLongLong());
        newest = std::max(newest, id.toLongLong());
    }
    EXPECT_EQ(qint64(shown.size()), newest - first + 1);
}

TEST_F(LiveSessionTest, WithoutAPasswordConnectAsksOnceAndThenStreams)
{
    endpoint.credentials.password.clear();
    auto session = makeSession();
    EXPECT_TRUE(session->hasAccount());
    EXPECT_TRUE(session->needsPassword());
    QSignalSpy asked(session.get(), &LiveSession::passwordNeeded);
    session->connectStream();
    ASSERT_EQ(asked.count(), 1);
    EXPECT_TRUE(sim->streamConnections().isEmpty()) << "no request without a password";
    session->setPassword(sim->credentials().password);
    ASSERT_TRUE(waitUntil([&] { return session->model()->rowCount() >= 50; }, 10000));
    EXPECT_EQ(asked.count(), 1);
    // The password stays for the session: a reconnect by hand does not ask again.
    session->disconnectStream();
    session->connectStream();
    const int rows = session->model()->rowCount();
    ASSERT_TRUE(waitUntil([&] { return session->model()->rowCount() > rows + 50; }, 10000));
    EXPECT_EQ(asked.count(), 1);
}

TEST_F(LiveSessionTest, ARefusedPasswordAsksAgainWithTheReason)
{
    endpoint.credentials.password = QStringLiteral("wrong");
    auto session = makeSession();
    QSignalSpy asked(session.get(), &LiveSession::passwordNeeded);
    session->connectStream();
    ASSERT_TRUE(waitUntil([&] { return asked.count() > 0; }, 10000));
    EXPECT_EQ(session->state(), FirehoseClient::State::AuthFailed);
    EXPECT_TRUE(asked.first().first().toString().contains(QStringLiteral("401")));
    session->setPassword(sim->credentials().password);
    ASSERT_TRUE(waitUntil([&] { return session->model()->rowCount() >= 50; }, 10000));
    EXPECT_EQ(session->state(), FirehoseClient::State::Connected);
}

TEST_F(LiveSessionTest, ThePreferencesAreTakenAtTheNextConnectNotBefore)
{
    // The session reads the preferences; nothing below it does. With messages of 3 000 bytes and
    // "Longest line" at its minimum (1 KiB), every one is dropped and counted.
    SimulatorOptions options = simulatorOptions();
    options.messageSize = 3000;
    startSimulator(options);
    auto session = makeSession();
    AppSettings::setMaxLineBytes(AppSettings::minimumMaxLineBytes);
    AppSettings::setFeedRingSize(1000);
    session->applySettings();
    AppSettings::setMaxLineBytes(AppSettings::defaultMaxLineBytes);
    AppSettings::setFeedRingSize(AppSettings::defaultFeedRingSize);
    EXPECT_EQ(session->model()->capacity(), 1000);
    session->connectStream();
    ASSERT_TRUE(waitUntil([&] { return session->streamStatistics().oversizedLines >= 20; }, 10000));
    EXPECT_EQ(session->model()->rowCount(), 0);

    // Applied again (after the preferences changed back): the next connection takes them.
    session->disconnectStream();
    session->applySettings();
    session->connectStream();
    ASSERT_TRUE(waitUntil([&] { return session->model()->rowCount() >= 20; }, 10000));
}

TEST_F(LiveSessionTest, ARecordingStartedAgainContinuesAfterTheLastItemOnDisk)
{
    // A Firestream recording, stopped with the application and started again: the new run asks
    // for what came after the last item on disk, so the recording holds every item once and
    // none is missing. Items of the simulator's stream are numbered: ids follow one another.
    endpoint.url = sim->firestreamUrl();
    endpoint.service = StreamServiceKind::Firestream;
    QTemporaryDir folder;
    {
        auto first = makeSession();
        first->setRecordingFlushInterval(20);
        ASSERT_TRUE(first->setRecording(true, folder.path()));
        first->connectStream();
        ASSERT_TRUE(waitUntil([&] { return first->model()->rowCount() >= 100; }, 10000));
        first->disconnectStream();
        first->setRecording(false);
    }
    QTest::qWait(300); // the stream moves on while the application is closed

    auto second = makeSession();
    ASSERT_TRUE(second->setRecording(true, folder.path()));
    second->connectStream();
    ASSERT_TRUE(waitUntil([&] { return !second->resumePosition().resumedFrom.isEmpty(); }, 10000))
        << "the second run did not resume from the recording";
    ASSERT_TRUE(waitUntil([&] { return second->model()->rowCount() >= 100; }, 10000));
    second->disconnectStream();
    second->setRecording(false);

    std::vector<qint64> ids;
    const QDir dir(folder.path());
    for (const QString &name : dir.entryList({QStringLiteral("*.jsonl.gz")}, QDir::Files, QDir::Name)) {
        const GzipTestUtil::Result result = GzipTestUtil::gunzipFile(dir.filePath(name));
        ASSERT_TRUE(result.ok);
        for (const QByteArray &line : GzipTestUtil::lines(result.data)) {
            QJsonObject object = QJsonDocument::fromJson(line).object();
            if (object.contains(QStringLiteral("action")))
                object = object.value(QStringLiteral("data")).toObject();
            ids.push_back(object.value(QStringLiteral("id")).toInteger(-1));
        }
    }
    ASSERT_GE(ids.size(), 200u);
    for (size_t i = 1; i < ids.size(); ++i)
        ASSERT_EQ(ids[i], ids[i - 1] + 1) << "line " << i << " of " << ids.size();
}

namespace {

/// Counts the reads of a recording's end (the recorder's debug log says each), and in which
/// thread each ran, while it exists.
class TailReads
{
public:
    TailReads()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("hydrant.feed.recorder.debug=true"));
        s_self = this;
        m_previous = qInstallMessageHandler(&TailReads::handle);
    }
    ~TailReads()
    {
        qInstallMessageHandler(m_previous);
        s_self = nullptr;
        QLoggingCategory::setFilterRules(QString());
    }
    /// The names of the threads that read it, one per read.
    QStringList threads() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_threads;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        if (qstrcmp(context.category, "hydrant.feed.recorder") == 0 &&
            text.startsWith(QLatin1String("reading the end of"))) {
            const QMutexLocker lock(&s_self->m_mutex);
            s_self->m_threads.append(QThread::currentThread()->objectName());
            return;
        }
        s_self->m_previous(type, context, text);
    }

    static inline TailReads *s_self = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_threads;
};

} // namespace

// Connecting while recording reads where the recording stopped (the end of a file of many MiB,
// its last block inflated) in the recorder's thread, never in the caller's: connectStream()
// returns at once, even while the recorder's thread is busy, and the stream then resumes after
// the last item on disk. The end of the file is read once, not again to append to it.
TEST_F(LiveSessionTest, ConnectLeavesReadingTheRecordingToTheRecorderThread)
{
    endpoint.url = sim->firestreamUrl();
    endpoint.service = StreamServiceKind::Firestream;
    QTemporaryDir folder;
    const QString label = LiveSession::recordingLabel(endpoint);
    {
        // A recording already large: 20 000 lines of 1 KiB that hardly compress.
        Recorder filler(folder.path(), label);
        MessageBatch batch;
        for (int i = 0; i < 20'000; ++i) {
            QByteArray noise(768, Qt::Uninitialized);
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.data()),
                                                  noise.size() / 4);
            Message message;
            message.kind = Message::Kind::StockTwits;
            message.id = QStringLiteral("filler-%1").arg(i);
            message.raw = "{\"filler\":\"" + noise.toBase64() + "\"}";
            batch.push_back(std::move(message));
        }
        ASSERT_TRUE(filler.append(batch));
        filler.close();
    }
    {
        auto first = makeSession();
        first->setRecordingFlushInterval(20);
        ASSERT_TRUE(first->setRecording(true, folder.path()));
        first->connectStream();
        ASSERT_TRUE(waitUntil([&] { return first->model()->rowCount() >= 100; }, 10000));
        first->disconnectStream();
        first->setRecording(false);
    }
    const Recorder::RecordedPosition stopped = Recorder::lastRecordedPosition(folder.path(), label);
    ASSERT_FALSE(stopped.cursor.isEmpty());
    ASSERT_GT(QFileInfo(stopped.path).size(), 12 * 1024 * 1024);

    const TailReads reads;
    auto second = makeSession();
    ASSERT_TRUE(second->setRecording(true, folder.path()));
    // The recorder's thread is busy (held here) when the user connects.
    QThread *recorderThread = nullptr;
    for (QThread *thread : second->findChildren<QThread *>()) {
        if (thread->objectName() == QLatin1String("recorder"))
            recorderThread = thread;
    }
    ASSERT_NE(recorderThread, nullptr);
    auto *busy = new QObject;
    busy->moveToThread(recorderThread);
    QObject::connect(recorderThread, &QThread::finished, busy, &QObject::deleteLater);
    QSemaphore holding, release;
    QMetaObject::invokeMethod(
        busy,
        [&] {
            holding.release();
            release.acquire();
        },
        Qt::QueuedConnection);
    holding.acquire();
    second->connectStream();
    EXPECT_TRUE(reads.threads().isEmpty())
        << "connectStream() read the recording in the caller's thread";
    EXPECT_TRUE(second->isActive());
    EXPECT_EQ(second->state(), FirehoseClient::State::Disconnected)
        << "connected before it knew where the recording stopped";
    release.release();

    ASSERT_TRUE(waitUntil([&] { return !second->resumePosition().resumedFrom.isEmpty(); }, 10000))
        << "the second run did not resume from the recording";
    EXPECT_EQ(second->resumePosition().resumedFrom, stopped.cursor);
    ASSERT_TRUE(waitUntil([&] { return second->model()->rowCount() >= 100; }, 10000));
    second->disconnectStream();
    second->setRecording(false);
    EXPECT_EQ(reads.threads().join(u',').toStdString(), "recorder")
        << "the end of the recording is read once, in the recorder's thread";

    // Every item of the stream once, none missing, after the filler.
    std::vector<qint64> ids;
    const GzipTestUtil::Result result = GzipTestUtil::gunzipFile(stopped.path);
    ASSERT_TRUE(result.ok);
    for (const QByteArray &line : GzipTestUtil::lines(result.data)) {
        if (line.startsWith("{\"filler\""))
            continue;
        QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.contains(QStringLiteral("action")))
            object = object.value(QStringLiteral("data")).toObject();
        ids.push_back(object.value(QStringLiteral("id")).toInteger(-1));
    }
    ASSERT_GE(ids.size(), 200u);
    for (size_t i = 1; i < ids.size(); ++i)
        ASSERT_EQ(ids[i], ids[i - 1] + 1) << "line " << i << " of " << ids.size();
}

TEST(LiveSessionPacing, BatchesArrivingTogetherReachTheFeedInOneTurnAndAfterAQuietSpellAtOnce)
{
    // A fast stream hands over a batch every few milliseconds, and each turn that moves
    // messages into the feed repaints it: the feed takes what arrived at most every 33 ms. The
    // first batch after a quiet spell is not held back: it is shown within the next few passes
    // of the event loop (a queued wake-up, then a zero timer), well under the interval.
    const auto fewPassesOfTheEventLoop = [] {
        for (int pass = 0; pass < 3; ++pass)
            QCoreApplication::processEvents();
    };
    LiveSession session(1000);
    QSignalSpy turns(session.model(), &FeedModel::batchAppended);
    QElapsedTimer clock;
    clock.start();

    session.ingest(FeedTestData::batch(1, 10));
    fewPassesOfTheEventLoop();
    ASSERT_EQ(session.model()->rowCount(), 10) << "the first batch waits for nothing";
    const qint64 firstTurn = clock.elapsed();

    for (int i = 0; i < 20; ++i)
        session.ingest(FeedTestData::batch(11 + 10 * i, 10));
    fewPassesOfTheEventLoop();
    EXPECT_EQ(session.model()->rowCount(), 10) << "a second turn came at once";
    ASSERT_TRUE(waitUntil([&] { return session.model()->rowCount() == 210; }));
    EXPECT_EQ(turns.count(), 2) << "twenty batches in a burst take one turn";
    // QTimer's default accuracy lets a 33 ms timer fire up to 5 % early.
    EXPECT_GE(clock.elapsed() - firstTurn, 30);

    QTest::qWait(40); // a quiet spell longer than the interval
    session.ingest(FeedTestData::batch(300, 1));
    fewPassesOfTheEventLoop();
    EXPECT_EQ(session.model()->rowCount(), 211) << "after a quiet spell, shown at once";
    EXPECT_EQ(turns.count(), 3);
}

TEST(LiveSessionRecording, EachStreamRecordsToAFileOfItsOwn)
{
    // One recordings folder holds every stream: two streams must never share a file.
    const auto label = [](StreamServiceKind service, const char *url) {
        StreamEndpoint endpoint;
        endpoint.service = service;
        endpoint.url = QUrl(QString::fromLatin1(url));
        return LiveSession::recordingLabel(endpoint);
    };
    EXPECT_EQ(label(StreamServiceKind::Gnip, "https://gnip-stream.twitter.com/stream/powertrack/"
                                             "accounts/acme/publishers/twitter/prod.json"),
              QStringLiteral("prod"));
    EXPECT_EQ(label(StreamServiceKind::Firestream, "https://firestream.stocktwits.com/stream"),
              QStringLiteral("stream"));
    EXPECT_EQ(label(StreamServiceKind::Firestream,
                    "https://firestream.stocktwits.com/symbols/stream"),
              QStringLiteral("symbols_stream"));
    EXPECT_EQ(label(StreamServiceKind::Firestream, "https://firestream.stocktwits.com/sentiment"),
              QStringLiteral("sentiment"));
}

TEST(LiveSessionRelay, ARelayAccountWithoutAReaderForItSaysSoAndDoesNotConnect)
{
    // A settings file written by a build with NATS, read by one without: the session has no
    // source for a team relay (none registered here) and says why, in words.
    LiveSession session(1000);
    StreamEndpoint endpoint;
    endpoint.profileName = QStringLiteral("Desk relay");
    endpoint.service = StreamServiceKind::NatsRelay;
    endpoint.url = QUrl(QStringLiteral("nats://127.0.0.1:4222"));
    endpoint.relay.servers = {endpoint.url};
    session.setEndpoint(endpoint);
    EXPECT_TRUE(session.hasAccount());
    EXPECT_FALSE(session.needsPassword()) << "a relay without a NATS user needs no password";
    QSignalSpy password(&session, &LiveSession::passwordNeeded);
    session.connectStream();
    EXPECT_EQ(session.state(), FirehoseClient::State::Failed);
    EXPECT_TRUE(session.status().reason.contains(QStringLiteral("without NATS")));
    EXPECT_FALSE(session.isActive());
    EXPECT_EQ(password.count(), 0);
}
