// The stream client against the simulator over loopback: real sockets, real gzip, real HTTP.
// Backoff and stall timing run on a ManualClock, so minutes of policy take milliseconds.

#include "core/appsettings.h"
#include "net/connectratelimiter.h"
#include "net/firehoseclient.h"
#include "net/manualclock.h"
#include "streamtestsupport.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QTest>
#include <QThread>
#include <set>

using namespace std::chrono_literals;
using State = FirehoseClient::State;
using TestSupport::waitUntil;

namespace {

class FirehoseClientTest : public ::testing::Test
{
protected:
    void startSimulator(SimulatorOptions options = fastSimulatorOptions())
    {
        sim = std::make_unique<Simulator>(options);
        QString error;
        ASSERT_TRUE(sim->start(&error)) << error.toStdString();
    }

    /// A client on the manual clock with a private connect budget and no jitter.
    std::unique_ptr<FirehoseClient> makeClient(const QString &query = {})
    {
        auto client = std::make_unique<FirehoseClient>(&clock);
        StreamEndpoint endpoint;
        endpoint.url = sim->streamUrl(QStringLiteral("demo"), QStringLiteral("prod"), query);
        endpoint.credentials = sim->credentials();
        client->setEndpoint(endpoint);
        client->setConnectRateLimiter(std::make_shared<ConnectRateLimiter>());
        client->setRandomSource([] { return 0.0; });
        client->setBatchInterval(10ms);
        return client;
    }

    int streamRequests() const
    {
        int count = 0;
        for (const SimRequest &request : sim->requests())
            count += request.service == SimFault::Stream ? 1 : 0;
        return count;
    }

    ManualClock clock;
    std::unique_ptr<Simulator> sim;
};

} // namespace

TEST_F(FirehoseClientTest, ConnectsAndDeliversDecompressedMessagesInBatches)
{
    startSimulator();
    auto client = makeClient();
    ClientRecorder recorder(*client);
    client->start();
    ASSERT_TRUE(waitUntil([&] { return recorder.activityCount() >= 200; }, 5000));
    EXPECT_EQ(client->state(), State::Connected);
    EXPECT_TRUE(recorder.sawState(State::Connecting));

    // In order, each exactly as served, nothing dropped (the stream starts wherever the server is).
    const qint64 first = recorder.messages[0].id.toLongLong() - Simulator::messageId(0);
    for (size_t i = 0; i < 200; ++i) {
        ASSERT_EQ(recorder.messages[i].id.toLongLong(), Simulator::messageId(first + qint64(i)));
        ASSERT_EQ(recorder.messages[i].raw, sim->streamMessage(first + qint64(i)));
        ASSERT_EQ(recorder.messages[i].kind, Message::Kind::StockTwits);
    }
    EXPECT_LT(recorder.batches, int(recorder.messages.size())); // batches, not one signal each

    const StreamStatistics stats = client->statistics();
    EXPECT_GE(stats.messages, 200);
    EXPECT_EQ(stats.connections, 1);
    EXPECT_EQ(stats.reconnects, 0);
    EXPECT_GT(stats.bytesOnWire, 0);
    EXPECT_GT(stats.bytesDecompressed, stats.bytesOnWire); // it really was gzip on the wire
    EXPECT_EQ(stats.malformedLines, 0);

    // The request carried what the protocol demands.
    client->stop();
    EXPECT_EQ(client->state(), State::Disconnected);
}

TEST_F(FirehoseClientTest, CountsHeartbeatsWithoutDeliveringThem)
{
    startSimulator(fastSimulatorOptions(0)); // heartbeats only
    auto client = makeClient();
    ClientRecorder recorder(*client);
    client->start();
    ASSERT_TRUE(waitUntil([&] { return client->statistics().heartbeats >= 5; }, 5000));
    EXPECT_TRUE(recorder.messages.empty());
    EXPECT_EQ(client->state(), State::Connected);
    EXPECT_GE(client->statistics().msSinceLastByte, 0);
}

TEST_F(FirehoseClientTest, WrongPasswordStopsWithAuthFailedAndNeverRetries)
{
    startSimulator();
    auto client = makeClient();
    StreamEndpoint endpoint = client->endpoint();
    endpoint.credentials.password = QStringLiteral("not-the-password");
    client->setEndpoint(endpoint);
    ClientRecorder recorder(*client);
    client->start();
    ASSERT_TRUE(waitUntil([&] { return client->state() == State::AuthFailed; }, 5000));
    EXPECT_EQ(client->status().httpStatus, 401);
    EXPECT_TRUE(client->status().reason.contains(QStringLiteral("401")));
    EXPECT_FALSE(client->status().serverMessage.isEmpty()); // the server's own words are shown
    EXPECT_TRUE(client->status().reason.contains(client->status().serverMessage));

    // An hour later, still exactly one request: no retry loop. A retry timer would have fired
    // inside advance() and left the failed state at once.
    clock.advance(3600s);
    QCoreApplication::processEvents();
    EXPECT_EQ(streamRequests(), 1);
    EXPECT_EQ(client->state(), State::AuthFailed);
    EXPECT_FALSE(recorder.sawState(State::WaitingToReconnect));
}

TEST_F(FirehoseClientTest, ServiceUnavailableBacksOffExponentiallyThenConnects)
{
    startSimulator();
    sim->injectFault(SimFault::make(SimFault::ServiceUnavailable, 0, 3));
    auto client = makeClient();
    ClientRecorder recorder(*client);
    client->start();

    for (qint64 expected : {5'000, 10'000, 20'000}) {
        ASSERT_TRUE(waitUntil([&] { return client->state() == State::WaitingToReconnect; }, 5000));
        EXPECT_EQ(client->status().httpStatus, 503);
        EXPECT_EQ(client->status().nextAttemptIn.count(), expected);
        clock.advance(std::chrono::milliseconds(expected - 1));
        QCoreApplication::processEvents(); // a due timer fires inside advance(): no wait needed
        EXPECT_EQ(client->state(), State::WaitingToReconnect) << "retried early";
        clock.advance(1ms);
        ASSERT_TRUE(waitUntil([&] { return client->state() != State::WaitingToReconnect; }, 5000));
    }
    ASSERT_TRUE(waitUntil([&] { return client->state() == State::Connected; }, 5000));
    EXPECT_EQ(streamRequests(), 4);
    EXPECT_EQ(client->statistics().reconnects, 3);
}

// The connection log tells the story one sentence per entry: the first attempt, what went wrong,
// the server's own words (an entry of their own), when the next attempt is, that attempt, the
// connection, the stop.
TEST_F(FirehoseClientTest, TheConnectionLogSaysOneSentencePerEventTheFirstAttemptToo)
{
    startSimulator();
    sim->injectFault(SimFault::make(SimFault::ServiceUnavailable, 0, 1));
    auto client = makeClient();
    ClientRecorder recorder(*client);
    client->start();
    ASSERT_TRUE(waitUntil([&] { return client->state() == State::WaitingToReconnect; }, 5000));
    clock.advance(client->status().nextAttemptIn);
    ASSERT_TRUE(waitUntil([&] { return client->state() == State::Connected; }, 5000));
    client->stop();

    const QString url = client->endpoint().url.toDisplayString(QUrl::RemoveUserInfo);
    std::vector<std::pair<StreamEvent::Kind, QString>> log;
    for (const StreamEvent &event : recorder.events)
        log.emplace_back(event.kind, event.text);
    using Kind = StreamEvent::Kind;
    const std::vector<std::pair<StreamEvent::Kind, QString>> expected{
        {Kind::Info, QStringLiteral("Connecting to %1.").arg(url)},
        {Kind::Warning, QStringLiteral("The server answered HTTP 503.")},
        {Kind::ServerError, QStringLiteral("Service Unavailable: the stream is temporarily "
                                           "unavailable. Reconnect with backoff.")},
        {Kind::Info, QStringLiteral("Next attempt in 5 s (attempt 2).")},
        {Kind::Info, QStringLiteral("Reconnecting to %1 (attempt 2).").arg(url)},
        {Kind::Info, QStringLiteral("Connected to %1.").arg(url)},
        {Kind::Info, QStringLiteral("Disconnected.")},
    };
    ASSERT_EQ(log.size(), expected.size());
    for (size_t i = 0; i < log.size(); ++i) {
        EXPECT_EQ(int(log[i].first), int(expected[i].first)) << i;
        EXPECT_EQ(log[i].second.toStdString(), expected[i].second.toStdString());
        if (log[i].first != Kind::ServerError) { // the server's words are its own
            EXPECT_TRUE(TestSupport::isOneSentence(log[i].second)) << log[i].second.toStdString();
        }
    }
    // The status bar's reason still says it all in one place, the server's words included.
    EXPECT_TRUE(std::any_of(recorder.reasons.begin(), recorder.reasons.end(), [](const QString &r) {
        return r.startsWith(QStringLiteral("The server answered HTTP 503. The server said: "));
    }));
}

// A dropped connection: the system's own error texts end without a full stop, the log's entries
// with one, and the reconnect that follows at once is an entry of its own.
TEST_F(FirehoseClientTest, ADroppedConnectionIsLoggedInSentencesOfItsOwn)
{
    startSimulator();
    sim->injectFault(SimFault::make(SimFault::DropAfterMessages, 20, 1));
    auto client = makeClient();
    ClientRecorder recorder(*client);
    client->start();
    ASSERT_TRUE(waitUntil([&] { return client->statistics().connections == 2; }, 5000));
    client->stop();
    int reconnecting = 0;
    for (const StreamEvent &event : recorder.events) {
        EXPECT_TRUE(TestSupport::isOneSentence(event.text)) << event.text.toStdString();
        reconnecting += event.text.startsWith(QStringLiteral("Reconnecting to ")) ? 1 : 0;
    }
    EXPECT_EQ(reconnecting, 1);
    EXPECT_TRUE(recorder.events.front().text.startsWith(QStringLiteral("Connecting to ")));
}

TEST_F(FirehoseClientTest, RateLimitedByTheServerWaitsAMinute)
{
    SimulatorOptions options = fastSimulatorOptions();
    options.connectLimit = 1;
    startSimulator(options);
    auto client = makeClient();
    ClientRecorder recorder(*client);
    client->start();
    ASSERT_TRUE(waitUntil([&] { return client->state() == State::Connected; }, 5000));
    client->stop();
    client->start(); // the server's budget of one per minute is spent
    ASSERT_TRUE(waitUntil([&] { return client->state() == State::RateLimited; }, 5000));
    EXPECT_EQ(client->status().httpStatus, 429);
    EXPECT_EQ(client->status().nextAttemptIn, 60s);
    sim->advanceClock(60'000);
    clock.advance(60s);
    ASSERT_TRUE(waitUntil([&] { return client->state() == State::Connected; }, 5000));
}

TEST_F(FirehoseClientTest, NetworkErrorsBackOffLinearly)
{
    startSimulator();
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now: connection refused

    auto client = makeClient();
    StreamEndpoint endpoint = client->endpoint();
    endpoint.url.setPort(port);
    client->setEndpoint(endpoint);
    client->start();
    for (qint64 expected : {250, 500, 750, 1000, 1250}) {
        ASSERT_TRUE(waitUntil([&] { return client->state() == State::WaitingToReconnect; }, 5000));
        EXPECT_EQ(client->status().nextAttemptIn.count(), expected);
        EXPECT_EQ(client->status().httpStatus, 0);
        clock.advance(std::chrono::milliseconds(expected));
        ASSERT_TRUE(waitUntil([&] { return client->state() != State::WaitingToReconnect; }, 5000));
    }
}

TEST_F(FirehoseClientTest, AStalledConnectionIsReconnectedAfterTheTimeout)
{
    startSimulator();
    sim->injectFault(SimFault::make(SimFault::Stall, 20, 1));
    auto client = makeClient();
    client->setStallTimeout(30s);
    ClientRecorder recorder(*client);
    client->start();
    ASSERT_TRUE(waitUntil([&] { return recorder.activityCount() >= 20; }, 5000));
    // The server stopped sending (not even heartbeats). 29.9 s is not yet a stall…
    QTest::qWait(100);
    clock.advance(29'900ms);
    QCoreApplication::processEvents();
    EXPECT_EQ(client->state(), State::Connected);
    // …30 s is: stalled, then an immediate reconnect.
    clock.advance(100ms);
    EXPECT_TRUE(recorder.sawState(State::Stalled));
    ASSERT_TRUE(waitUntil([&] { return client->statistics().connections == 2; }, 5000));
    EXPECT_EQ(client->statistics().stalls, 1);
    EXPECT_EQ(client->statistics().reconnects, 1);
    ASSERT_TRUE(waitUntil([&] { return recorder.activityCount() >= 40; }, 5000));
}

TEST_F(FirehoseClientTest, ADropMidLineLosesNothingAndDeliversNothingTwiceWithBackfill)
{
    startSimulator(fastSimulatorOptions(2000));
    sim->injectFault(SimFault::make(SimFault::CutLine, 300, 1));
    auto client = makeClient(QStringLiteral("backfillMinutes=1"));
    ClientRecorder recorder(*client);
    client->start();
    ASSERT_TRUE(waitUntil([&] { return recorder.activityCount() >= 1000; }, 10000));
    client->stop();

    // Every id at most once; every id from the first one received up to the newest one present
    // (the backfill may also bring older ones, sent before the first connection); each line whole.
    std::set<qint64> ids;
    qint64 newest = 0;
    for (const Message &message : recorder.messages) {
        const qint64 id = message.id.toLongLong();
        ASSERT_TRUE(ids.insert(id).second) << "delivered twice: " << id;
        ASSERT_EQ(message.raw, sim->streamMessage(id - Simulator::messageId(0)));
        newest = std::max(newest, id);
    }
    const qint64 firstId = sim->streamConnections().value(0).firstId();
    for (qint64 id = firstId; id <= newest; ++id)
        ASSERT_TRUE(ids.count(id)) << "lost: " << id;
    ASSERT_GT(newest - firstId, 600); // well past the cut
    const StreamStatistics stats = client->statistics();
    EXPECT_EQ(stats.partialLinesDiscarded, 1); // the half line was never delivered
    EXPECT_EQ(stats.malformedLines, 0);
    EXPECT_GT(stats.duplicatesDropped, 0); // the backfill re-sent what we had
    EXPECT_EQ(stats.connections, 2);
    EXPECT_TRUE(sim->streamConnections().value(1).backfill);
}

TEST_F(FirehoseClientTest, StopThenStartWithBackfillDeliversNothingTwice)
{
    // A user's Disconnect then Connect: the backfill re-sends the last minute, and the client
    // still remembers what it delivered before the stop.
    startSimulator(fastSimulatorOptions(1000));
    auto client = makeClient(QStringLiteral("backfillMinutes=1"));
    ClientRecorder recorder(*client);
    client->start();
    ASSERT_TRUE(waitUntil([&] { return recorder.activityCount() >= 200; }, 10000));
    client->stop();
    const qint64 beforeStop = recorder.activityCount();
    client->start();
    ASSERT_TRUE(waitUntil([&] { return recorder.activityCount() >= beforeStop + 200; }, 10000));
    client->stop();

    std::set<QString> ids;
    for (const Message &message : recorder.messages)
        ASSERT_TRUE(ids.insert(message.id).second) << "delivered twice: " << message.id.toStdString();
    EXPECT_TRUE(sim->streamConnections().value(1).backfill);
    EXPECT_GE(client->statistics().duplicatesDropped, beforeStop)
        << "the backfill re-sent everything received before the stop, and it was counted";
}

TEST_F(FirehoseClientTest, InStreamErrorsAreConnectionEventsNotMessages)
{
    startSimulator();
    sim->injectFault(SimFault::make(SimFault::ForcedDisconnect, 10, 1));
    auto client = makeClient();
    ClientRecorder recorder(*client);
    client->start();
    ASSERT_TRUE(waitUntil([&] { return client->statistics().connections == 2; }, 5000));
    EXPECT_EQ(client->statistics().systemMessages, 1);
    EXPECT_TRUE(recorder.hasEventContaining(QStringLiteral("Forced Disconnect")));
    const auto serverEvent =
        std::find_if(recorder.events.begin(), recorder.events.end(),
                     [](const StreamEvent &e) { return e.kind == StreamEvent::Kind::ServerError; });
    ASSERT_NE(serverEvent, recorder.events.end());
    for (const Message &message : recorder.messages)
        EXPECT_FALSE(message.isSystemMessage());
}

TEST_F(FirehoseClientTest, ALineThatIsNotJsonIsCountedAsMalformed)
{
    startSimulator();
    sim->injectFault(SimFault::make(SimFault::MalformedLine, 5, 1));
    auto client = makeClient();
    ClientRecorder recorder(*client);
    client->start();
    ASSERT_TRUE(waitUntil([&] { return recorder.activityCount() >= 20; }, 5000));
    EXPECT_EQ(client->statistics().malformedLines, 1);
    EXPECT_EQ(std::count_if(recorder.messages.begin(), recorder.messages.end(),
                            [](const Message &m) { return m.kind == Message::Kind::Malformed; }),
              1);
}

TEST_F(FirehoseClientTest, NeverMoreThanTenConnectionRequestsInAnyMinuteUnderAStormOfFailures)
{
    startSimulator();
    sim->injectFault(SimFault::make(SimFault::ServiceUnavailable)); // every request, forever
    auto client = makeClient();
    // A policy that would hammer the server: retry after 1 ms, whatever happens.
    ReconnectPolicy::Settings eager;
    eager.httpStart = eager.httpMax = 1ms;
    client->setReconnectPolicy(ReconnectPolicy(eager));
    client->setRandomSource([] { return 0.0; });
    std::vector<qint64> requestTimes;
    QObject::connect(client.get(), &FirehoseClient::stateChanged, client.get(), [&](State state) {
        if (state == State::Connecting)
            requestTimes.push_back(clock.now().count());
    });
    client->start();
    const auto end = clock.now() + 5min;
    while (clock.now() < end) {
        ASSERT_TRUE(waitUntil([&] { return client->state() != State::Connecting; }, 5000));
        clock.advance(250ms);
    }
    ASSERT_TRUE(waitUntil([&] { return client->state() != State::Connecting; }, 5000));
    client->stop();
    ASSERT_GE(requestTimes.size(), 40u); // it did keep trying, at the budget's pace
    EXPECT_LE(requestTimes.size(), 60u);
    for (size_t i = 0; i + 10 < requestTimes.size(); ++i)
        EXPECT_GE(requestTimes[i + 10] - requestTimes[i], 60'000) << "11 requests within a minute";
    EXPECT_EQ(streamRequests(), int(requestTimes.size()));
}

TEST_F(FirehoseClientTest, CompressionRefusedStopsWithTheServersExplanation)
{
    CannedHttpServer server(httpResponse(
        406, "Not Acceptable",
        R"({"error":{"message":"This connection requires compression. To enable compression, send an 'Accept-Encoding: gzip' header in your request and be ready to uncompress the stream as it is read on the client end."}})"));
    FirehoseClient client(&clock);
    client.setConnectRateLimiter(std::make_shared<ConnectRateLimiter>());
    client.setEndpoint(StreamEndpoint{
        QString(), server.url(), {QStringLiteral("u@example.org"), QStringLiteral("pw")}});
    client.start();
    ASSERT_TRUE(waitUntil([&] { return client.state() == State::Failed; }, 5000));
    EXPECT_EQ(client.status().httpStatus, 406);
    EXPECT_TRUE(
        client.status().reason.contains(QStringLiteral("This connection requires compression")));
    clock.advance(1h);
    QCoreApplication::processEvents();
    EXPECT_EQ(client.state(), State::Failed); // no retry timer fired inside advance()
    EXPECT_EQ(server.requestCount(), 1);
    // And the client did ask for gzip, with Basic auth and keep-alive.
    const QByteArray request = server.lastRequest().toLower();
    EXPECT_TRUE(request.contains("accept-encoding: gzip\r\n"));
    EXPECT_TRUE(request.contains("authorization: basic "));
    EXPECT_TRUE(request.contains("connection: keep-alive"));
}

TEST_F(FirehoseClientTest, OtherStatusCodesAreClassified)
{
    struct Case
    {
        int status;
        QByteArray reason;
        State expected;
    };
    for (const Case &c :
         {Case{420, "Enhance Your Calm", State::RateLimited},
          Case{500, "Internal Server Error", State::WaitingToReconnect},
          Case{403, "Forbidden", State::Failed}, Case{404, "Not Found", State::Failed},
          Case{302, "Found", State::Failed}}) {
        CannedHttpServer server(
            httpResponse(c.status, c.reason,
                         "the server's own text " + QByteArray::number(c.status), "text/plain"));
        FirehoseClient client(&clock);
        client.setConnectRateLimiter(std::make_shared<ConnectRateLimiter>());
        client.setRandomSource([] { return 0.0; });
        client.setEndpoint(StreamEndpoint{
            QString(), server.url(), {QStringLiteral("u@example.org"), QStringLiteral("pw")}});
        client.start();
        ASSERT_TRUE(waitUntil([&] { return client.state() == c.expected; }, 5000)) << c.status;
        EXPECT_EQ(client.status().httpStatus, c.status);
        EXPECT_TRUE(client.status().reason.contains(
            QStringLiteral("the server's own text %1").arg(c.status)))
            << c.status;
        client.stop();
    }
}

TEST_F(FirehoseClientTest, AServerClosingWithoutAnAnswerSeesOneRequestPerAttempt)
{
    // The service counts every connection request against the account's budget. A transport
    // that repeated the GET by itself here (as Qt's HTTP layer does, twice) would spend three
    // of the ten per minute on each attempt, without any backoff.
    CannedHttpServer silent{QByteArray()};
    FirehoseClient client(&clock);
    client.setConnectRateLimiter(std::make_shared<ConnectRateLimiter>());
    client.setRandomSource([] { return 0.0; });
    client.setEndpoint(StreamEndpoint{
        QString(), silent.url(), {QStringLiteral("u@example.org"), QStringLiteral("pw")}});
    client.start();
    for (int attempt = 1; attempt <= 3; ++attempt) {
        ASSERT_TRUE(
            waitUntil([&] { return client.state() == State::WaitingToReconnect; }, 5000));
        QTest::qWait(50); // time for a repeat, were one coming
        EXPECT_EQ(silent.requestCount(), attempt);
        EXPECT_TRUE(client.status().reason.contains(QStringLiteral("without answering")))
            << client.status().reason.toStdString();
        clock.advance(client.status().nextAttemptIn);
        ASSERT_TRUE(
            waitUntil([&] { return client.state() != State::WaitingToReconnect; }, 5000));
    }
    client.stop();
}

TEST_F(FirehoseClientTest, RefusesPlainHttpToARealHost)
{
    FirehoseClient client(&clock);
    client.setEndpoint(StreamEndpoint{QString(),
                                      QUrl(QStringLiteral("http://stream.example.org/x.json")),
                                      {QStringLiteral("u@example.org"), QStringLiteral("pw")}});
    client.start();
    EXPECT_EQ(client.state(), State::Failed);
    EXPECT_TRUE(client.status().reason.contains(QStringLiteral("https")));
}

TEST_F(FirehoseClientTest, WorksFromAWorkerThread)
{
    startSimulator();
    QThread worker;
    worker.start();
    auto *client = new FirehoseClient; // real clock: the worker's own timers
    StreamEndpoint endpoint{QString(), sim->streamUrl(), sim->credentials()};
    client->setEndpoint(endpoint);
    client->setConnectRateLimiter(std::make_shared<ConnectRateLimiter>());
    client->moveToThread(&worker);
    std::vector<Message> received;
    QObject receiver;
    QObject::connect(client, &FirehoseClient::messagesReceived, &receiver,
                     [&](const MessageBatch &batch) {
                         EXPECT_EQ(QThread::currentThread(), receiver.thread());
                         received.insert(received.end(), batch.begin(), batch.end());
                     });
    QMetaObject::invokeMethod(client, &FirehoseClient::start, Qt::QueuedConnection);
    EXPECT_TRUE(waitUntil([&] { return received.size() >= 100; }, 5000));
    // Stopped and destroyed in its own thread, as a worker's owner would do.
    QMetaObject::invokeMethod(
        client, [client] { delete client; }, Qt::BlockingQueuedConnection);
    worker.quit();
    worker.wait();
    ASSERT_FALSE(received.empty());
}

TEST_F(FirehoseClientTest, LinesOverTheLimitAreCountedAndSaidOnce)
{
    SimulatorOptions options = fastSimulatorOptions(500);
    options.messageSize = 3000;
    startSimulator(options);
    auto client = makeClient();
    client->setMaxLineLength(2048);
    ClientRecorder recorder(*client);
    client->start();
    const bool dropped = waitUntil([&] { return client->statistics().oversizedLines >= 20; }, 5000);
    ASSERT_TRUE(dropped);
    client->stop();
    EXPECT_EQ(recorder.activityCount(), 0);
    const auto warnings =
        std::count_if(recorder.events.begin(), recorder.events.end(), [](const StreamEvent &event) {
            return event.kind == StreamEvent::Kind::Warning &&
                   event.text.contains(QStringLiteral("longer than the limit"));
        });
    EXPECT_EQ(warnings, 1) << "the first one is said; the rest are counted";
}

TEST_F(FirehoseClientTest, AStreamAsFastAsTheServerSendsArrivesWholeAndInOrder)
{
    // Flat out: a read holds many lines, inflated by the fastest engine the build has.
    startSimulator(fastSimulatorOptions(SimulatorOptions::UnlimitedRate));
    auto client = makeClient();
    ClientRecorder recorder(*client);
    client->start();
    ASSERT_TRUE(waitUntil([&] { return recorder.activityCount() >= 20000; }, 30000))
        << recorder.activityCount() << " received";
    client->stop();

    const qint64 first = recorder.messages[0].id.toLongLong() - Simulator::messageId(0);
    for (size_t i = 0; i < recorder.messages.size(); ++i) {
        ASSERT_EQ(recorder.messages[i].id.toLongLong(), Simulator::messageId(first + qint64(i)));
        // Whole: as long as the line served (whose time is that of its sending).
        ASSERT_EQ(recorder.messages[i].raw.size(), sim->streamMessage(first + qint64(i)).size());
        ASSERT_EQ(recorder.messages[i].kind, Message::Kind::StockTwits);
    }
    const StreamStatistics stats = client->statistics();
    EXPECT_EQ(stats.messages, qint64(recorder.messages.size()));
    EXPECT_EQ(stats.duplicatesDropped, 0);
    EXPECT_EQ(stats.malformedLines, 0);
}
