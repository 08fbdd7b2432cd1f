// The stream client on StockTwits Firestream against the simulator over loopback: Server-Sent
// Events in gzip, seq_id resume on every reconnect, 401 and 406. Backoff and the connect budget
// run on a ManualClock.

#include "net/connectratelimiter.h"
#include "net/firehoseclient.h"
#include "net/manualclock.h"
#include "streamtestsupport.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace std::chrono_literals;
using State = FirehoseClient::State;
using TestSupport::waitUntil;

namespace {

const QString usersPath = QStringLiteral("/stream");

QByteArray withoutTimes(QByteArray json)
{
    static const QRegularExpression time(QStringLiteral("\"created_at\":\"[^\"]*\""));
    return QString::fromUtf8(json).replace(time, QStringLiteral("\"created_at\":\"T\"")).toUtf8();
}

class FirestreamClientTest : public ::testing::Test
{
protected:
    void startSimulator(SimulatorOptions options)
    {
        sim = std::make_unique<Simulator>(options);
        QString error;
        ASSERT_TRUE(sim->start(&error)) << error.toStdString();
    }

    std::unique_ptr<FirehoseClient> makeClient(const QString &path = usersPath,
                                               const QString &query = {})
    {
        auto client = std::make_unique<FirehoseClient>(&clock);
        StreamEndpoint endpoint;
        endpoint.url = sim->firestreamUrl(path, query);
        endpoint.credentials = sim->credentials();
        endpoint.service = StreamServiceKind::Firestream;
        client->setEndpoint(endpoint);
        client->setConnectRateLimiter(std::make_shared<ConnectRateLimiter>());
        client->setRandomSource([] { return 0.0; });
        client->setBatchInterval(10ms);
        return client;
    }

    /// Lets the client run, moving the manual clock over every wait it schedules (backoff and
    /// the connect budget), until \a done.
    bool drive(FirehoseClient &client, const std::function<bool()> &done)
    {
        for (int round = 0; round < 1000 && !done(); ++round) {
            waitUntil(
                [&] {
                    return done() || client.state() == State::WaitingToReconnect ||
                           client.state() == State::RateLimited || client.state() == State::Failed ||
                           client.state() == State::AuthFailed;
                },
                2000);
            if (client.state() == State::Failed || client.state() == State::AuthFailed) {
                ADD_FAILURE() << client.status().reason.toStdString();
                return done();
            }
            const auto waiting = [&] {
                return client.state() == State::WaitingToReconnect ||
                       client.state() == State::RateLimited;
            };
            if (!done() && waiting()) {
                clock.advance(std::max(client.status().nextAttemptIn, 0ms));
                waitUntil([&] { return done() || !waiting(); }, 2000);
            }
        }
        if (!done())
            ADD_FAILURE() << "still " << FirehoseClient::stateName(client.state()).toStdString()
                          << ": " << client.status().reason.toStdString();
        return done();
    }

    QList<SimRequest> streamRequests() const
    {
        QList<SimRequest> out;
        for (const SimRequest &request : sim->requests()) {
            if (request.service == SimFault::Stream)
                out.append(request);
        }
        return out;
    }

    ManualClock clock;
    std::unique_ptr<Simulator> sim;
};

} // namespace

TEST_F(FirestreamClientTest, CutAtTwentyPlacesEveryItemArrivesOnceInOrderAndEachReconnectResumes)
{
    SimulatorOptions options = fastSimulatorOptions(SimulatorOptions::UnlimitedRate);
    options.heartbeatIntervalMs = 0; // the cut positions are computed from the events alone
    startSimulator(options);

    // Where each of 20 connections is cut, counted in event-stream bytes from its start. The
    // events' sizes do not depend on their time, so the layout is known in advance.
    enum Place {
        InPreamble, BetweenEvents, InIdName, InIdValue, BeforeIdLineEnd, AfterIdLine, InEventField,
        InDataName, InDataValue, BeforeDataLineEnd, BeforeBlankLine, AtEventEnd, BetweenDataLines,
        InSecondDataLine
    };
    const std::vector<Place> places{
        InPreamble, BetweenEvents, InIdName, InIdValue, BeforeIdLineEnd, AfterIdLine,
        InEventField, InDataName, InDataValue, BeforeDataLineEnd, BeforeBlankLine, AtEventEnd,
        BetweenDataLines, InSecondDataLine, InDataValue, BeforeBlankLine, BetweenEvents,
        InIdValue, BetweenDataLines, AtEventEnd};
    ASSERT_EQ(places.size(), 20u);
    const QByteArray preamble = Simulator::firestreamPreamble();
    const auto eventAt = [&](qint64 index) { return sim->firestreamEvent(usersPath, index); };

    qint64 start = 0;
    qint64 lastComplete = -1;
    std::vector<qint64> resumeAfter; // the item each reconnect must ask to continue after
    for (const Place place : places) {
        qint64 target = start + 1;
        if (place == BetweenDataLines || place == InSecondDataLine) {
            while (eventAt(target).count("data: ") < 2)
                ++target;
        }
        const QByteArray event = eventAt(target);
        const qsizetype data = event.indexOf("data: ");
        const qsizetype secondData = event.indexOf("\ndata: ", data) + 1;
        qsizetype offset = 0;
        switch (place) {
        case InPreamble: offset = -1; break;
        case BetweenEvents: offset = 0; break;
        case InIdName: offset = 1; break;
        case InIdValue: offset = 30; break;
        case BeforeIdLineEnd: offset = event.indexOf('\n'); break;
        case AfterIdLine: offset = event.indexOf('\n') + 1; break;
        case InEventField: offset = event.indexOf("event:") + 4; break;
        case InDataName: offset = data + 2; break;
        case InDataValue: offset = data + 6 + 100; break;
        case BeforeDataLineEnd: offset = event.size() - 2; break;
        case BeforeBlankLine: offset = event.size() - 1; break;
        case AtEventEnd: offset = event.size(); break;
        case BetweenDataLines: offset = secondData; break;
        case InSecondDataLine: offset = secondData + 3; break;
        }
        qint64 amount = 5; // inside "retry: 5000"
        if (place != InPreamble) {
            amount = preamble.size() + offset;
            for (qint64 i = start; i < target; ++i)
                amount += eventAt(i).size();
            const qint64 newest = offset == event.size() ? target : target - 1;
            lastComplete = std::max(lastComplete, newest);
        }
        sim->injectFault(SimFault::make(SimFault::DropAfterBytes, amount, 1));
        resumeAfter.push_back(lastComplete);
        start = lastComplete + 1;
    }

    auto client = makeClient();
    ClientRecorder recorder(*client);
    client->start();
    const qint64 wanted = lastComplete + 50;
    ASSERT_TRUE(drive(*client, [&] { return recorder.activityCount() >= wanted; }));
    client->stop();

    // Every item once, in order, exactly as served, each with its seq_id as cursor.
    ASSERT_GE(qint64(recorder.messages.size()), wanted);
    for (qint64 i = 0; i < wanted; ++i) {
        const Message &message = recorder.messages[size_t(i)];
        ASSERT_EQ(message.id.toLongLong(), Simulator::messageId(i)) << "item " << i;
        ASSERT_EQ(message.cursor, QString::fromLatin1(Simulator::firestreamSeqId(usersPath, i)));
        // Data sent over two lines is kept as one line: the line feed becomes a space.
        ASSERT_EQ(withoutTimes(message.raw),
                  withoutTimes(sim->firestreamItem(usersPath, i).replace('\n', ' ')));
        // Every tenth item of /stream is an activity object (a follow, a block, a like).
        ASSERT_EQ(message.kind,
                  i % 10 == 6 ? Message::Kind::StockTwitsActivity : Message::Kind::StockTwits);
    }
    const StreamStatistics stats = client->statistics();
    EXPECT_EQ(stats.duplicatesDropped, 0); // the server resent nothing: the cursor was right
    EXPECT_EQ(stats.connections, 21);
    EXPECT_GE(stats.partialLinesDiscarded, 10);

    // Each reconnect asked to continue after the last complete item, and nothing else changed.
    const QList<SimRequest> requests = streamRequests();
    ASSERT_EQ(requests.size(), 21);
    EXPECT_FALSE(requests[0].target.contains(QLatin1String("seq_id")));
    for (int k = 1; k < 21; ++k) {
        const QUrlQuery query(QUrl(requests[k].target).query());
        const qint64 after = resumeAfter[size_t(k - 1)];
        if (after < 0)
            EXPECT_FALSE(query.hasQueryItem(QStringLiteral("seq_id"))) << k;
        else
            EXPECT_EQ(query.queryItemValue(QStringLiteral("seq_id")),
                      QString::fromLatin1(Simulator::firestreamSeqId(usersPath, after)))
                << "reconnect " << k;
    }
}

TEST_F(FirestreamClientTest, AsksForServerSentEventsAndKeepsTheUsersQuery)
{
    SimulatorOptions options = fastSimulatorOptions(500);
    startSimulator(options);
    sim->injectFault(SimFault::make(SimFault::DropAfterMessages, 5, 1));
    auto client = makeClient(QStringLiteral("/symbols/stream"), QStringLiteral("symbols=AAPL"));
    ClientRecorder recorder(*client);
    client->start();
    ASSERT_TRUE(drive(*client, [&] { return recorder.activityCount() >= 10; }));
    client->stop();
    const QList<SimRequest> requests = streamRequests();
    ASSERT_GE(requests.size(), 2);
    EXPECT_EQ(requests[0].status, 200); // gzip and event-stream accepted
    const QUrlQuery query(QUrl(requests[1].target).query());
    EXPECT_EQ(query.queryItemValue(QStringLiteral("symbols")), QStringLiteral("AAPL"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("seq_id")), recorder.messages[4].cursor);
    EXPECT_TRUE(recorder.hasEventContaining(QStringLiteral(", resuming after item ")));
    EXPECT_EQ(client->statistics().duplicatesDropped, 0);
}

TEST_F(FirestreamClientTest, WithoutAnIdFieldTheSeqIdOfTheJsonIsTheCursor)
{
    startSimulator(fastSimulatorOptions(500));
    sim->injectFault(SimFault::make(SimFault::DropAfterMessages, 3, 1));
    const QString path = QStringLiteral("/sentiment");
    auto client = makeClient(path);
    ClientRecorder recorder(*client);
    client->start();
    ASSERT_TRUE(drive(*client, [&] { return recorder.messages.size() >= 8; }));
    client->stop();
    const QList<SimStreamConnection> connections = sim->streamConnections();
    const qint64 first = connections.at(0).firstIndex;
    for (size_t i = 0; i < 8; ++i)
        EXPECT_EQ(recorder.messages[i].cursor,
                  QString::fromLatin1(Simulator::firestreamSeqId(path, first + qint64(i))));
    const QUrlQuery query(QUrl(streamRequests().at(1).target).query());
    EXPECT_EQ(query.queryItemValue(QStringLiteral("seq_id")), recorder.messages[2].cursor);
}

TEST_F(FirestreamClientTest, AStartCursorTheServiceCannotHonourIsReportedAsAGap)
{
    startSimulator(fastSimulatorOptions(500));
    auto client = makeClient();
    ClientRecorder recorder(*client);
    QStringList gaps;
    QObject::connect(client.get(), &FirehoseClient::resumeGap, client.get(),
                     [&](const QString &cursor) { gaps << cursor; });
    const QString unknown = QString::fromLatin1(Simulator::firestreamSeqId(usersPath, 99'000'000));
    client->setResumeCursor(unknown);
    client->start();
    ASSERT_TRUE(drive(*client, [&] { return recorder.activityCount() >= 3; }));
    ASSERT_EQ(gaps, QStringList{unknown});
    EXPECT_EQ(client->statistics().resumeGaps, 1);
    EXPECT_TRUE(recorder.hasEventContaining(QStringLiteral("items after it are missing")));
    client->stop();
}

TEST_F(FirestreamClientTest, ACursorOlderThanTwentyFourHoursIsAGapToo)
{
    startSimulator(fastSimulatorOptions(500));
    auto client = makeClient();
    ClientRecorder recorder(*client);
    client->start();
    ASSERT_TRUE(drive(*client, [&] { return recorder.activityCount() >= 3; }));
    client->stop();
    const QString cursor = client->resumeCursor();
    ASSERT_FALSE(cursor.isEmpty());

    sim->advanceClock(25LL * 3600 * 1000);
    auto later = makeClient();
    ClientRecorder laterRecorder(*later);
    int gaps = 0;
    QObject::connect(later.get(), &FirehoseClient::resumeGap, later.get(), [&] { ++gaps; });
    later->setResumeCursor(cursor);
    later->start();
    ASSERT_TRUE(drive(*later, [&] { return laterRecorder.activityCount() >= 3; }));
    EXPECT_EQ(gaps, 1);
    EXPECT_TRUE(laterRecorder.hasEventContaining(QStringLiteral("older than 24 hours")));
    later->stop();
}

TEST_F(FirestreamClientTest, WrongPasswordStopsAndAsks)
{
    startSimulator(fastSimulatorOptions(500));
    auto client = makeClient();
    StreamEndpoint endpoint = client->endpoint();
    endpoint.credentials.password = QStringLiteral("wrong");
    client->setEndpoint(endpoint);
    client->start();
    ASSERT_TRUE(waitUntil([&] { return client->state() == State::AuthFailed; }, 5000));
    EXPECT_EQ(client->status().httpStatus, 401);
    clock.advance(3600s);
    QCoreApplication::processEvents();
    EXPECT_EQ(streamRequests().size(), 1);
}

TEST_F(FirestreamClientTest, A406StopsWithTheServersSentence)
{
    CannedHttpServer server(httpResponse(
        406, "Not Acceptable",
        "{\"error\":{\"message\":\"This connection requires compression.\"}}"));
    auto client = std::make_unique<FirehoseClient>(&clock);
    StreamEndpoint endpoint;
    endpoint.url = server.url(QStringLiteral("/stream"));
    endpoint.credentials = {QStringLiteral("u"), QStringLiteral("p")};
    endpoint.service = StreamServiceKind::Firestream;
    client->setEndpoint(endpoint);
    client->setConnectRateLimiter(std::make_shared<ConnectRateLimiter>());
    client->start();
    ASSERT_TRUE(waitUntil([&] { return client->state() == State::Failed; }, 5000));
    EXPECT_TRUE(client->status().reason.contains(QStringLiteral("requires compression")));
    const QByteArray request = server.lastRequest().toLower();
    EXPECT_TRUE(request.contains("accept: text/event-stream"));
    EXPECT_TRUE(request.contains("accept-encoding: gzip"));
    clock.advance(3600s);
    QCoreApplication::processEvents();
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_F(FirestreamClientTest, Repeated503sBackOffExponentially)
{
    startSimulator(fastSimulatorOptions(500));
    sim->injectFault(SimFault::make(SimFault::ServiceUnavailable, 0, 3));
    auto client = makeClient();
    ClientRecorder recorder(*client);
    std::vector<std::chrono::milliseconds> waits;
    QObject::connect(client.get(), &FirehoseClient::stateChanged, client.get(), [&](State state) {
        if (state == State::WaitingToReconnect)
            waits.push_back(client->status().nextAttemptIn);
    });
    client->start();
    ASSERT_TRUE(drive(*client, [&] { return recorder.activityCount() >= 1; }));
    ASSERT_GE(waits.size(), 3u);
    EXPECT_EQ(waits[0], 5s);
    EXPECT_EQ(waits[1], 10s);
    EXPECT_EQ(waits[2], 20s);
    client->stop();
}
