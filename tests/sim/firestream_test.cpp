// The simulator's StockTwits Firestream live streams (DESIGN §1.2) seen by a plain
// QNetworkAccessManager client over loopback: status codes, server-sent events in gzip,
// keep-alive comments, seq_id resume within 24 hours, API-like message content.

#include "net/sseparser.h"
#include "sim/simulator.h"
#include "simclient.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>

using TestSupport::waitUntil;

namespace {

struct Item
{
    QByteArray id;
    QByteArray type;
    QByteArray data;
};

std::vector<Item> eventsOf(const QByteArray &body, qint64 *comments = nullptr)
{
    SseParser parser;
    std::vector<Item> items;
    parser.feed(body, [&](const SseEvent &event) {
        items.push_back({event.hasOwnId ? event.lastEventId.toByteArray() : QByteArray(),
                         event.type.toByteArray(), event.data.toByteArray()});
    });
    if (comments)
        *comments = parser.comments();
    return items;
}

class FirestreamSimTest : public ::testing::Test
{
protected:
    void startSimulator(double rate = 500, int keepAliveMs = 10000)
    {
        SimulatorOptions options;
        options.messagesPerSecond = rate;
        options.heartbeatIntervalMs = keepAliveMs;
        options.connectLimit = 1000;
        simulator = std::make_unique<Simulator>(options);
        QString error;
        ASSERT_TRUE(simulator->start(&error)) << qPrintable(error);
    }
    std::unique_ptr<StreamProbe> open(const QString &path, const QString &query = {},
                                      const StreamProbe::Options &options = {})
    {
        return std::make_unique<StreamProbe>(&manager, simulator->firestreamUrl(path, query),
                                             simulator->credentials(), options);
    }
    /// The decoded body so far (the probe splits on \r\n, which server-sent events do not use).
    static QByteArray body(const StreamProbe &probe)
    {
        QByteArray all;
        for (const QByteArray &line : probe.lines())
            all += line + "\r\n";
        return all + probe.partial();
    }

    QNetworkAccessManager manager;
    std::unique_ptr<Simulator> simulator;
};

} // namespace

TEST_F(FirestreamSimTest, ServesServerSentEventsWithSeqIdsAndKeepAliveComments)
{
    startSimulator(500, 20);
    auto probe = open(QStringLiteral("/stream"));
    qint64 comments = 0;
    ASSERT_TRUE(waitUntil([&] { return eventsOf(body(*probe), &comments).size() >= 30 && comments >= 3; }));
    EXPECT_EQ(probe->status(), 200);
    EXPECT_TRUE(probe->reply()->rawHeader("Content-Type").startsWith("text/event-stream"));
    EXPECT_EQ(probe->reply()->rawHeader("Content-Encoding"), "gzip");
    EXPECT_TRUE(body(*probe).startsWith(Simulator::firestreamPreamble()));

    const auto items = eventsOf(body(*probe));
    const qint64 first = simulator->streamConnections().at(0).firstIndex;
    for (size_t i = 0; i < 30; ++i) {
        const qint64 index = first + qint64(i);
        EXPECT_EQ(items[i].id, Simulator::firestreamSeqId(QStringLiteral("/stream"), index));
        EXPECT_EQ(items[i].id.size(), 56);
        EXPECT_EQ(items[i].type, "message");
        EXPECT_EQ(items[i].data, simulator->firestreamItem(QStringLiteral("/stream"), index));
        // Valid JSON even when sent over two data lines.
        EXPECT_TRUE(QJsonDocument::fromJson(items[i].data).isObject()) << items[i].data.constData();
    }
}

TEST_F(FirestreamSimTest, MessagesLookLikeTheStockTwitsApi)
{
    startSimulator(5000);
    auto probe = open(QStringLiteral("/stream"));
    ASSERT_TRUE(waitUntil([&] { return eventsOf(body(*probe)).size() >= 400; }));
    int entities = 0, escapes = 0, withoutLikes = 0, wrapped = 0, multiLine = 0;
    for (const Item &item : eventsOf(body(*probe))) {
        entities += item.data.contains("&#39;") || item.data.contains("&amp;") ? 1 : 0;
        escapes += item.data.contains("\\u") ? 1 : 0;
        withoutLikes += item.data.contains("\"likes\"") ? 0 : 1;
        wrapped += item.data.startsWith("{\"action\":\"create\"") ? 1 : 0;
        multiLine += item.data.contains('\n') ? 1 : 0;
        // Every byte is ASCII: non-ASCII text travels as \u escapes.
        for (char c : item.data)
            ASSERT_EQ(uchar(c) & 0x80, 0);
    }
    EXPECT_GT(entities, 0);
    EXPECT_GT(escapes, 0);
    EXPECT_GT(withoutLikes, 0);
    EXPECT_GT(wrapped, 0);
    EXPECT_GT(multiLine, 0);
}

TEST_F(FirestreamSimTest, SeqIdContinuesRightAfterThatItem)
{
    startSimulator(500);
    auto first = open(QStringLiteral("/stream"));
    ASSERT_TRUE(waitUntil([&] { return eventsOf(body(*first)).size() >= 20; }));
    const QByteArray tenth = eventsOf(body(*first))[9].id;
    first->abort();
    auto second = open(QStringLiteral("/stream"), QStringLiteral("seq_id=") + QString::fromLatin1(tenth));
    ASSERT_TRUE(waitUntil([&] { return !eventsOf(body(*second)).empty(); }));
    const auto items = eventsOf(body(*second));
    const qint64 index = simulator->streamConnections().at(0).firstIndex + 10;
    EXPECT_EQ(items[0].id, Simulator::firestreamSeqId(QStringLiteral("/stream"), index));
}

TEST_F(FirestreamSimTest, ASeqIdItCannotHonourIsAnnouncedInTheStream)
{
    startSimulator(500);
    auto probe = open(QStringLiteral("/stream"), QStringLiteral("seq_id=123"));
    ASSERT_TRUE(waitUntil([&] { return eventsOf(body(*probe)).size() >= 2; }));
    const auto items = eventsOf(body(*probe));
    EXPECT_EQ(items[0].type, "info");
    const QJsonObject info =
        QJsonDocument::fromJson(items[0].data).object().value(QLatin1String("info")).toObject();
    EXPECT_EQ(info.value(QLatin1String("code")).toString(), QStringLiteral("resume_unavailable"));
    EXPECT_EQ(info.value(QLatin1String("seq_id")).toString(), QStringLiteral("123"));
}

TEST_F(FirestreamSimTest, SentimentEventsCarryTheirSeqIdInTheJson)
{
    startSimulator(500);
    auto probe = open(QStringLiteral("/sentiment"));
    ASSERT_TRUE(waitUntil([&] { return eventsOf(body(*probe)).size() >= 3; }));
    for (const Item &item : eventsOf(body(*probe))) {
        EXPECT_TRUE(item.id.isEmpty());
        EXPECT_EQ(QJsonDocument::fromJson(item.data).object().value(QLatin1String("seq_id")).toString().size(), 56);
    }
}

TEST_F(FirestreamSimTest, RefusesWhatTheServiceRefuses)
{
    startSimulator(500);
    StreamProbe::Options noGzip;
    noGzip.gzip = false;
    auto plain = open(QStringLiteral("/stream"), {}, noGzip);
    ASSERT_TRUE(waitUntil([&] { return plain->isFinished(); }));
    EXPECT_EQ(plain->status(), 406);
    EXPECT_TRUE(plain->rawBody().contains("Accept-Encoding: gzip"));

    StreamProbe::Options wrong;
    wrong.password = QStringLiteral("wrong");
    auto refused = open(QStringLiteral("/symbols/stream"), {}, wrong);
    ASSERT_TRUE(waitUntil([&] { return refused->isFinished(); }));
    EXPECT_EQ(refused->status(), 401);

    auto unknown = open(QStringLiteral("/streams"));
    ASSERT_TRUE(waitUntil([&] { return unknown->isFinished(); }));
    EXPECT_EQ(unknown->status(), 404);

    simulator->injectFault(SimFault::make(SimFault::ServiceUnavailable, 0, 1));
    auto unavailable = open(QStringLiteral("/sentiment"));
    ASSERT_TRUE(waitUntil([&] { return unavailable->isFinished(); }));
    EXPECT_EQ(unavailable->status(), 503);
}
