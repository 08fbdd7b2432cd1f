// The realtime stream endpoint of the simulator, seen by a plain QNetworkAccessManager client
// over loopback: status codes, the gzip/chunked/CRLF framing, heartbeats, rate, connect limit,
// backfill and forced disconnects (DESIGN §1.1).

#include "sim/simulator.h"
#include "simclient.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using TestSupport::waitUntil;

namespace {

SimulatorOptions streamOptions(double rate = 200)
{
    SimulatorOptions options;
    options.messagesPerSecond = rate;
    options.heartbeatIntervalMs = 10000;
    return options;
}

qint64 idOf(const QByteArray &line)
{
    return QJsonDocument::fromJson(line).object().value(QLatin1String("id")).toInteger(-1);
}

class StreamTest : public ::testing::Test
{
protected:
    void startSimulator(const SimulatorOptions &options)
    {
        simulator = std::make_unique<Simulator>(options);
        QString error;
        ASSERT_TRUE(simulator->start(&error)) << qPrintable(error);
    }
    std::unique_ptr<StreamProbe> open(const QString &query = {},
                                      const StreamProbe::Options &options = {})
    {
        return std::make_unique<StreamProbe>(
            &manager, simulator->streamUrl(QStringLiteral("demo"), QStringLiteral("prod"), query),
            simulator->credentials(), options);
    }

    QNetworkAccessManager manager;
    std::unique_ptr<Simulator> simulator;
};

} // namespace

TEST_F(StreamTest, WrongPasswordGets401WithATextBody)
{
    startSimulator(streamOptions());
    StreamProbe::Options options;
    options.password = QStringLiteral("not-the-password");
    auto probe = open({}, options);
    ASSERT_TRUE(waitUntil([&] { return probe->isFinished(); }));
    EXPECT_EQ(probe->status(), 401);
    EXPECT_TRUE(probe->reply()
                    ->header(QNetworkRequest::ContentTypeHeader)
                    .toString()
                    .startsWith(QLatin1String("text/plain")));
    EXPECT_TRUE(probe->rawBody().contains("Unauthorized"));
}

TEST_F(StreamTest, MissingCredentialsGet401)
{
    startSimulator(streamOptions());
    StreamProbe::Options options;
    options.credentials = false;
    auto probe = open({}, options);
    ASSERT_TRUE(waitUntil([&] { return probe->isFinished(); }));
    EXPECT_EQ(probe->status(), 401);
}

TEST_F(StreamTest, RequestWithoutGzipGets406WithAJsonMessageAskingForIt)
{
    startSimulator(streamOptions());
    StreamProbe::Options options;
    options.gzip = false;
    auto probe = open({}, options);
    ASSERT_TRUE(waitUntil([&] { return probe->isFinished(); }));
    EXPECT_EQ(probe->status(), 406);
    const QJsonObject error =
        QJsonDocument::fromJson(probe->rawBody()).object().value(QLatin1String("error")).toObject();
    EXPECT_TRUE(error.value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("Accept-Encoding: gzip")));
    EXPECT_FALSE(error.value(QLatin1String("sent")).toString().isEmpty());
}

TEST_F(StreamTest, ServesChunkedGzipJsonLinesEndingInCrLf)
{
    startSimulator(streamOptions(500));
    auto probe = open();
    ASSERT_TRUE(waitUntil([&] { return probe->messages().size() >= 50; }));
    EXPECT_EQ(probe->status(), 200);
    EXPECT_EQ(probe->reply()->rawHeader("Content-Encoding"), "gzip");
    EXPECT_EQ(probe->reply()->rawHeader("Transfer-Encoding"), "chunked");
    EXPECT_FALSE(probe->inflateFailed());
    for (const QByteArray &line : probe->messages()) {
        EXPECT_FALSE(line.contains('\n')) << "a raw LF inside a line";
        EXPECT_FALSE(line.contains('\r'));
        QJsonParseError error;
        QJsonDocument::fromJson(line, &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << line.constData();
    }
    EXPECT_FALSE(probe->isFinished()) << "the body never ends on its own";
}

TEST_F(StreamTest, EachMessageCanBeDecodedAsSoonAsItIsSent)
{
    // At two messages a second, a server that did not flush its gzip stream would leave the
    // first message in the compressor's buffer for a long time.
    startSimulator(streamOptions(2));
    auto probe = open();
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(waitUntil([&] { return !probe->messages().isEmpty(); }, 3000));
    EXPECT_LT(clock.elapsed(), 2000);
    EXPECT_TRUE(probe->partial().isEmpty());
}

TEST_F(StreamTest, SendsBareCrLfHeartbeatsAtTheConfiguredInterval)
{
    SimulatorOptions options = streamOptions(0);
    options.heartbeatIntervalMs = 25;
    startSimulator(options);
    auto probe = open();
    ASSERT_TRUE(waitUntil([&] { return probe->heartbeats() >= 4; }, 3000));
    EXPECT_TRUE(probe->messages().isEmpty());
}

TEST_F(StreamTest, MessageIdsIncreaseByOne)
{
    startSimulator(streamOptions(1000));
    auto probe = open();
    ASSERT_TRUE(waitUntil([&] { return probe->messages().size() >= 100; }));
    const QList<QByteArray> messages = probe->messages();
    for (qsizetype i = 1; i < messages.size(); ++i)
        ASSERT_EQ(idOf(messages[i]), idOf(messages[i - 1]) + 1);
}

TEST_F(StreamTest, HoldsTheConfiguredRate)
{
    // Message i is due i / rate seconds into the simulator's timeline: a stream that fell behind
    // (a busy machine) catches up, so a second's count can exceed the rate, but what arrived
    // since connecting never exceeds what was due in that time.
    QElapsedTimer sinceStart;
    sinceStart.start();
    startSimulator(streamOptions(200));
    auto probe = open();
    ASSERT_TRUE(waitUntil([&] { return !probe->messages().isEmpty(); }));
    const qsizetype first = probe->messages().size();
    QElapsedTimer clock;
    clock.start();
    waitUntil([] { return false; }, 1000);
    const double expected = 200.0 * double(clock.elapsed()) / 1000.0;
    const double received = double(probe->messages().size() - first);
    EXPECT_GT(received, expected * 0.7);
    const double due = 200.0 * double(sinceStart.elapsed()) / 1000.0;
    EXPECT_LE(double(probe->messages().size()), due + 2);
}

TEST_F(StreamTest, UnlimitedRateStreamsAsFastAsTheClientReads)
{
    startSimulator(streamOptions(SimulatorOptions::UnlimitedRate));
    auto probe = open();
    EXPECT_TRUE(waitUntil([&] { return probe->messages().size() >= 20000; }, 4000))
        << probe->messages().size() << " messages";
}

TEST_F(StreamTest, TheEleventhConnectionWithinAMinuteGets429)
{
    startSimulator(streamOptions(0));
    for (int i = 0; i < 10; ++i) {
        auto probe = open();
        ASSERT_TRUE(waitUntil([&] { return probe->status() != 0; }));
        ASSERT_EQ(probe->status(), 200) << "connection " << i + 1;
    }
    auto probe = open();
    ASSERT_TRUE(waitUntil([&] { return probe->isFinished(); }));
    EXPECT_EQ(probe->status(), 429);
    EXPECT_TRUE(probe->rawBody().contains("Rate limited"));
}

TEST_F(StreamTest, ConnectionsAreAllowedAgainOnceTheWindowHasPassed)
{
    SimulatorOptions options = streamOptions(0);
    options.connectLimit = 2;
    startSimulator(options);
    for (int i = 0; i < 2; ++i) {
        auto probe = open();
        ASSERT_TRUE(waitUntil([&] { return probe->status() == 200; }));
    }
    {
        auto probe = open();
        ASSERT_TRUE(waitUntil([&] { return probe->isFinished(); }));
        ASSERT_EQ(probe->status(), 429);
    }
    simulator->advanceClock(61000);
    auto probe = open();
    ASSERT_TRUE(waitUntil([&] { return probe->status() != 0; }));
    EXPECT_EQ(probe->status(), 200);
}

TEST_F(StreamTest, TheLimitCountsPerAccount)
{
    SimulatorOptions options = streamOptions(0);
    options.connectLimit = 1;
    startSimulator(options);
    StreamProbe first(&manager, simulator->streamUrl(QStringLiteral("alpha")),
                      simulator->credentials());
    StreamProbe second(&manager, simulator->streamUrl(QStringLiteral("beta")),
                       simulator->credentials());
    ASSERT_TRUE(waitUntil([&] { return first.status() != 0 && second.status() != 0; }));
    EXPECT_EQ(first.status(), 200);
    EXPECT_EQ(second.status(), 200);
}

TEST_F(StreamTest, ReconnectingWithBackfillResendsRecentMessages)
{
    startSimulator(streamOptions(500));
    QSet<qint64> firstIds;
    {
        auto probe = open(QStringLiteral("backfillMinutes=1"));
        ASSERT_TRUE(waitUntil([&] { return probe->messages().size() >= 30; }));
        for (const QByteArray &line : probe->messages())
            firstIds.insert(idOf(line));
    }
    auto again = open(QStringLiteral("backfillMinutes=1"));
    ASSERT_TRUE(waitUntil([&] { return again->messages().size() >= 10; }));
    int duplicates = 0;
    for (const QByteArray &line : again->messages())
        duplicates += firstIds.contains(idOf(line)) ? 1 : 0;
    EXPECT_GE(duplicates, 10) << "the first messages after a backfill reconnect were already seen";
}

TEST_F(StreamTest, ClientParameterAlsoRequestsBackfill)
{
    startSimulator(streamOptions(500));
    {
        auto probe = open(QStringLiteral("client=1"));
        ASSERT_TRUE(waitUntil([&] { return probe->messages().size() >= 20; }));
    }
    auto again = open(QStringLiteral("client=1"));
    ASSERT_TRUE(waitUntil([&] { return !again->messages().isEmpty(); }));
    const QList<SimStreamConnection> connections = simulator->streamConnections();
    ASSERT_EQ(connections.size(), 2);
    EXPECT_TRUE(connections[1].backfill);
    EXPECT_LT(connections[1].firstIndex, connections[0].nextIndex);
}

TEST_F(StreamTest, ReconnectingWithoutBackfillSendsNoDuplicates)
{
    startSimulator(streamOptions(500));
    QSet<qint64> firstIds;
    {
        auto probe = open();
        ASSERT_TRUE(waitUntil([&] { return probe->messages().size() >= 30; }));
        for (const QByteArray &line : probe->messages())
            firstIds.insert(idOf(line));
    }
    ASSERT_TRUE(waitUntil([&] { return !simulator->streamConnections().value(0).open; }));
    auto again = open();
    ASSERT_TRUE(waitUntil([&] { return again->messages().size() >= 10; }));
    for (const QByteArray &line : again->messages())
        EXPECT_FALSE(firstIds.contains(idOf(line)));
}

TEST_F(StreamTest, TooManyConnectionsForceTheOldestOffWithAnInStreamError)
{
    SimulatorOptions options = streamOptions(50);
    options.allowedConnections = 2;
    startSimulator(options);
    auto first = open();
    ASSERT_TRUE(waitUntil([&] { return first->status() == 200; }));
    auto second = open();
    ASSERT_TRUE(waitUntil([&] { return second->status() == 200; }));
    auto third = open();
    ASSERT_TRUE(waitUntil([&] { return first->isFinished(); }));
    const QList<QByteArray> lines = first->messages();
    ASSERT_FALSE(lines.isEmpty());
    const QJsonObject error =
        QJsonDocument::fromJson(lines.last()).object().value(QLatin1String("error")).toObject();
    EXPECT_EQ(error.value(QLatin1String("message")).toString(),
              QLatin1String("Forced Disconnect: Too many connections. (Allowed Connections = 2)"));
    EXPECT_TRUE(error.value(QLatin1String("sent")).toString().endsWith(QLatin1String("+00:00")));
    EXPECT_FALSE(second->isFinished());
    EXPECT_FALSE(third->isFinished());
}

TEST_F(StreamTest, NewerProductPathsAreServedToo)
{
    startSimulator(streamOptions(200));
    QUrl url = simulator->apiBaseUrl();
    url.setPath(QStringLiteral("/stream/powertrack/accounts/demo/publishers/twitter/prod.json"));
    url.setQuery(QStringLiteral("partition=1"));
    StreamProbe probe(&manager, url, simulator->credentials());
    ASSERT_TRUE(waitUntil([&] { return !probe.messages().isEmpty(); }));
    EXPECT_EQ(probe.status(), 200);
}

TEST_F(StreamTest, UnknownPathsGet404)
{
    startSimulator(streamOptions());
    QUrl url = simulator->apiBaseUrl();
    url.setPath(QStringLiteral("/accounts/demo/nothing-here"));
    std::unique_ptr<QNetworkReply> reply(
        SimClient::request(manager, url, "GET", simulator->credentials()));
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
}

TEST_F(StreamTest, RecordsTheIdsEachConnectionWasSent)
{
    startSimulator(streamOptions(1000));
    auto probe = open();
    ASSERT_TRUE(waitUntil([&] { return probe->messages().size() >= 100; }));
    probe.reset();
    ASSERT_TRUE(waitUntil([&] { return !simulator->streamConnections().value(0).open; }));
    const SimStreamConnection record = simulator->streamConnections().value(0);
    EXPECT_EQ(record.endReason, QLatin1String("client closed"));
    EXPECT_GE(record.messages, 100);
    EXPECT_EQ(record.messages, record.nextIndex - record.firstIndex);
    EXPECT_EQ(Simulator::messageId(record.firstIndex), record.firstId());
}

TEST_F(StreamTest, StreamMessageMatchesWhatWasServed)
{
    startSimulator(streamOptions(500));
    auto probe = open();
    ASSERT_TRUE(waitUntil([&] { return probe->messages().size() >= 5; }));
    const qint64 firstIndex = simulator->streamConnections().value(0).firstIndex;
    EXPECT_EQ(probe->messages().first(), simulator->streamMessage(firstIndex));
}

TEST_F(StreamTest, PrecompressedEncodingDecodesToTheSameMessages)
{
    // A finite rate, so every message's created_at is fixed and comparable.
    SimulatorOptions options = streamOptions(50000);
    options.streamEncoding = SimulatorOptions::StreamEncoding::Precompressed;
    options.heartbeatIntervalMs = 5;
    startSimulator(options);
    auto probe = open();
    ASSERT_TRUE(
        waitUntil([&] { return probe->messages().size() >= 3000 && probe->heartbeats() > 0; }));
    EXPECT_FALSE(probe->inflateFailed());
    const QList<QByteArray> messages = probe->messages();
    const qint64 first = simulator->streamConnections().value(0).firstIndex;
    for (qsizetype i = 0; i < messages.size(); i += 97)
        ASSERT_EQ(messages[i], simulator->streamMessage(first + i)) << "message " << i;
}

TEST_F(StreamTest, DeflateEncodingCompressesLikeAServer)
{
    SimulatorOptions options = streamOptions(SimulatorOptions::UnlimitedRate);
    options.streamEncoding = SimulatorOptions::StreamEncoding::Deflate;
    startSimulator(options);
    auto probe = open();
    ASSERT_TRUE(waitUntil([&] { return probe->messages().size() >= 3000; }));
    qint64 decoded = 0;
    for (const QByteArray &line : probe->lines())
        decoded += line.size() + 2;
    EXPECT_GT(double(decoded) / double(probe->compressedBytes()), 3.0);
}

TEST_F(StreamTest, PaddedMessagesReachTheConfiguredSize)
{
    SimulatorOptions options = streamOptions(2000);
    options.messageSize = 2048;
    startSimulator(options);
    auto probe = open();
    ASSERT_TRUE(waitUntil([&] { return probe->messages().size() >= 50; }));
    for (const QByteArray &line : probe->messages()) {
        EXPECT_GE(line.size(), 2040);
        EXPECT_LE(line.size(), 2100);
        EXPECT_FALSE(QJsonDocument::fromJson(line).isNull());
    }
}
