// Fault injection: every fault the simulator offers, on the service it applies to, observed by a
// plain client over loopback; and the spelling `hydrant-cli sim --fault` accepts.

#include "sim/backupfile.h"
#include "sim/simulator.h"
#include "simclient.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

using TestSupport::waitUntil;

namespace {

const QDate thursday(2024, 3, 14);

qint64 idOf(const QByteArray &line)
{
    return QJsonDocument::fromJson(line).object().value(QLatin1String("id")).toInteger(-1);
}

bool isJson(const QByteArray &line)
{
    QJsonParseError error;
    QJsonDocument::fromJson(line, &error);
    return error.error == QJsonParseError::NoError;
}

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void pause(int ms)
{
    waitUntil([] { return false; }, ms);
}

class FaultsTest : public ::testing::Test
{
protected:
    void startSimulator(double rate = 500)
    {
        SimulatorOptions options;
        options.messagesPerSecond = rate;
        options.today = QDate(2024, 3, 15);
        options.fileSize = 64 * 1024;
        options.missingDaysPerThousand = 0;
        startSimulator(options);
    }
    void startSimulator(const SimulatorOptions &options)
    {
        simulator = std::make_unique<Simulator>(options);
        ASSERT_TRUE(simulator->start());
    }
    std::unique_ptr<StreamProbe> open(const QString &query = {})
    {
        return std::make_unique<StreamProbe>(
            &manager, simulator->streamUrl(QStringLiteral("demo"), QStringLiteral("prod"), query),
            simulator->credentials());
    }
    using Reply = std::unique_ptr<QNetworkReply>;
    Reply get(const QUrl &url, bool credentials,
              const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return Reply(SimClient::request(
            manager, url, "GET", credentials ? simulator->credentials() : ServiceCredentials{},
            headers));
    }
    QUrl link()
    {
        Reply reply = get(simulator->backupUrl(QStringLiteral("activity"), thursday), true);
        EXPECT_EQ(statusOf(reply.get()), 302);
        return QUrl::fromEncoded(reply->rawHeader("Location"));
    }
    QByteArray expectedFile()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        simulator->backupFile(QStringLiteral("activity"), thursday)->write(&buffer);
        return bytes;
    }

    QNetworkAccessManager manager;
    std::unique_ptr<Simulator> simulator;
};

} // namespace

// --- Stream ----------------------------------------------------------------------------------

TEST_F(FaultsTest, DropAfterMessagesClosesTheStreamAfterExactlyThatMany)
{
    startSimulator();
    simulator->injectFault(SimFault::make(SimFault::DropAfterMessages, 25, 1));
    auto probe = open();
    ASSERT_TRUE(waitUntil([&] { return probe->isFinished(); }));
    EXPECT_EQ(probe->messages().size(), 25);
    EXPECT_TRUE(
        simulator->streamConnections().value(0).endReason.contains(QLatin1String("dropped")));
    auto next = open();
    ASSERT_TRUE(waitUntil([&] { return next->messages().size() >= 40; }))
        << "the fault applied once only";
}

TEST_F(FaultsTest, DropAfterBytesClosesTheStreamAfterThatManyCompressedBytes)
{
    startSimulator();
    simulator->injectFault(SimFault::make(SimFault::DropAfterBytes, 3000, 1));
    auto probe = open();
    ASSERT_TRUE(waitUntil([&] { return probe->isFinished(); }));
    EXPECT_EQ(probe->compressedBytes(), 3000);
}

TEST_F(FaultsTest, StallKeepsTheStreamOpenButSilent)
{
    SimulatorOptions options;
    options.messagesPerSecond = 200;
    options.heartbeatIntervalMs = 20;
    startSimulator(options);
    simulator->injectFault(SimFault::make(SimFault::Stall, 5, 1));
    auto probe = open();
    ASSERT_TRUE(waitUntil([&] { return probe->messages().size() >= 5; }));
    const qsizetype lines = probe->lines().size();
    pause(300);
    EXPECT_EQ(probe->lines().size(), lines) << "neither messages nor heartbeats after the stall";
    EXPECT_EQ(probe->messages().size(), 5);
    EXPECT_FALSE(probe->isFinished());
}

TEST_F(FaultsTest, ServiceUnavailableAnswers503ThatManyTimesThenServes)
{
    startSimulator();
    simulator->injectFault(SimFault::make(SimFault::ServiceUnavailable, 0, 2));
    for (int expected : {503, 503, 200}) {
        auto probe = open();
        ASSERT_TRUE(waitUntil([&] { return probe->status() != 0; }));
        EXPECT_EQ(probe->status(), expected);
    }
}

TEST_F(FaultsTest, CutLineSendsHalfALineThenCloses)
{
    startSimulator();
    simulator->injectFault(SimFault::make(SimFault::CutLine, 3, 1));
    auto probe = open();
    ASSERT_TRUE(waitUntil([&] { return probe->isFinished(); }));
    EXPECT_EQ(probe->messages().size(), 3);
    EXPECT_FALSE(probe->partial().isEmpty());
    EXPECT_FALSE(isJson(probe->partial()));
    EXPECT_TRUE(probe->partial().startsWith("{\"id\":"));
}

TEST_F(FaultsTest, MalformedLineIsOneLineThatIsNotJsonAndTheStreamGoesOn)
{
    startSimulator();
    simulator->injectFault(SimFault::make(SimFault::MalformedLine, 2, 1));
    auto probe = open();
    ASSERT_TRUE(waitUntil([&] { return probe->messages().size() >= 6; }));
    const QList<QByteArray> lines = probe->messages();
    EXPECT_TRUE(isJson(lines[0]));
    EXPECT_TRUE(isJson(lines[1]));
    EXPECT_FALSE(isJson(lines[2]));
    EXPECT_TRUE(isJson(lines[3]));
    EXPECT_EQ(idOf(lines[3]), idOf(lines[1]) + 1) << "the bad line takes no message's place";
    EXPECT_FALSE(probe->isFinished());
}

TEST_F(FaultsTest, ForcedDisconnectSendsAnErrorMessageThenCloses)
{
    startSimulator();
    simulator->injectFault(SimFault::make(SimFault::ForcedDisconnect, 4, 1));
    auto probe = open();
    ASSERT_TRUE(waitUntil([&] { return probe->isFinished(); }));
    const QList<QByteArray> lines = probe->messages();
    ASSERT_EQ(lines.size(), 5);
    const QJsonObject error =
        QJsonDocument::fromJson(lines.last()).object().value(QLatin1String("error")).toObject();
    EXPECT_TRUE(error.value(QLatin1String("message"))
                    .toString()
                    .startsWith(QLatin1String("Forced Disconnect")));
    EXPECT_FALSE(error.value(QLatin1String("sent")).toString().isEmpty());
}

TEST_F(FaultsTest, ThrottleLimitsTheStreamsBandwidth)
{
    startSimulator(SimulatorOptions::UnlimitedRate);
    simulator->injectFault(SimFault::make(SimFault::Throttle, 20000, 1));
    auto probe = open();
    ASSERT_TRUE(waitUntil([&] { return !probe->messages().isEmpty(); }));
    QElapsedTimer clock;
    clock.start();
    const qint64 before = probe->compressedBytes();
    pause(500);
    const double rate =
        double(probe->compressedBytes() - before) * 1000.0 / double(clock.elapsed());
    EXPECT_GT(rate, 5000);
    EXPECT_LT(rate, 30000);
}

TEST_F(FaultsTest, ClearedFaultsNoLongerApply)
{
    startSimulator();
    simulator->injectFault(SimFault::make(SimFault::DropAfterMessages, 1));
    simulator->clearFaults();
    auto probe = open();
    ASSERT_TRUE(waitUntil([&] { return probe->messages().size() >= 10; }));
}

TEST_F(FaultsTest, EveryMessageSentSinceTheFirstConnectionArrivesAcrossADropWithBackfill)
{
    startSimulator(500);
    simulator->injectFault(SimFault::make(SimFault::DropAfterMessages, 40, 1));
    QSet<qint64> received;
    auto first = open(QStringLiteral("backfillMinutes=1"));
    ASSERT_TRUE(waitUntil([&] { return first->isFinished(); }));
    for (const QByteArray &line : first->messages())
        received.insert(idOf(line));
    auto second = open(QStringLiteral("backfillMinutes=1"));
    ASSERT_TRUE(waitUntil([&] { return second->messages().size() >= 100; }));
    qint64 last = 0;
    for (const QByteArray &line : second->messages()) {
        received.insert(idOf(line));
        last = qMax(last, idOf(line));
    }
    const QList<SimStreamConnection> connections = simulator->streamConnections();
    ASSERT_EQ(connections.size(), 2);
    EXPECT_EQ(connections[0].messages, 40);
    for (qint64 id = connections[0].firstId(); id <= last; ++id)
        ASSERT_TRUE(received.contains(id)) << "message " << id << " was never delivered";
}

// --- Backups endpoint ------------------------------------------------------------------------

TEST_F(FaultsTest, BackupsUnavailableAnswers503ThatManyTimes)
{
    startSimulator(0);
    simulator->injectFault(SimFault::make(SimFault::ServiceUnavailable, SimFault::Backups, 0, 1));
    EXPECT_EQ(statusOf(get(simulator->backupUrl(QStringLiteral("activity"), thursday), true).get()),
              503);
    EXPECT_EQ(statusOf(get(simulator->backupUrl(QStringLiteral("activity"), thursday), true).get()),
              302);
}

TEST_F(FaultsTest, BackupsStallNeverAnswers)
{
    startSimulator(0);
    simulator->injectFault(SimFault::make(SimFault::Stall, SimFault::Backups, 0, 1));
    Reply reply(SimClient::request(manager,
                                   simulator->backupUrl(QStringLiteral("activity"), thursday),
                                   "GET", simulator->credentials(), {}, 300));
    EXPECT_FALSE(reply->isFinished());
    reply->abort();
}

TEST_F(FaultsTest, ExpireLinksShortensTheValidityOfTheNextLinks)
{
    startSimulator(0);
    simulator->injectFault(SimFault::make(SimFault::ExpireLinks, 1, 1));
    const QUrl shortLived = link();
    EXPECT_EQ(QUrlQuery(shortLived).queryItemValue(QStringLiteral("X-Amz-Expires")),
              QLatin1String("1"));
    simulator->advanceClock(1500);
    EXPECT_EQ(statusOf(get(shortLived, false).get()), 403);
    EXPECT_EQ(statusOf(get(link(), false).get()), 200) << "a fresh link works again";
}

// --- Storage origin --------------------------------------------------------------------------

TEST_F(FaultsTest, StorageDropAfterBytesThenARangeResumeGivesTheExactFile)
{
    startSimulator(0);
    simulator->injectFault(SimFault::make(SimFault::DropAfterBytes, SimFault::Storage, 20000, 1));
    const QUrl url = link();
    Reply first = get(url, false);
    const QByteArray head = first->readAll();
    EXPECT_EQ(head.size(), 20000);
    EXPECT_NE(first->error(), QNetworkReply::NoError);
    Reply rest = get(url, false, {{"Range", "bytes=20000-"}});
    EXPECT_EQ(statusOf(rest.get()), 206);
    EXPECT_EQ(head + rest->readAll(), expectedFile());
}

TEST_F(FaultsTest, StorageRefuseRangeAnswers200WithTheWholeFile)
{
    startSimulator(0);
    simulator->injectFault(SimFault::make(SimFault::RefuseRange, 0, 1));
    Reply reply = get(link(), false, {{"Range", "bytes=100-"}});
    EXPECT_EQ(statusOf(reply.get()), 200);
    EXPECT_EQ(reply->readAll(), expectedFile());
}

TEST_F(FaultsTest, StorageThrottleLimitsTheDownloadRate)
{
    startSimulator(0);
    const qint64 size = simulator->backupFile(QStringLiteral("activity"), thursday)->size();
    simulator->injectFault(SimFault::make(SimFault::Throttle, SimFault::Storage, size * 2, 1));
    const QUrl url = link();
    QElapsedTimer clock;
    clock.start();
    Reply reply = get(url, false);
    EXPECT_EQ(reply->readAll().size(), size);
    EXPECT_GE(clock.elapsed(), 400) << "half a second at twice the file size per second";
    EXPECT_LT(clock.elapsed(), 3000);
}

TEST_F(FaultsTest, StorageStallSendsSomeBytesThenNothing)
{
    startSimulator(0);
    simulator->injectFault(SimFault::make(SimFault::Stall, SimFault::Storage, 1000, 1));
    QNetworkRequest request(link());
    Reply reply(manager.get(request));
    ASSERT_TRUE(waitUntil([&] { return reply->bytesAvailable() >= 1000; }));
    pause(300);
    EXPECT_EQ(reply->bytesAvailable(), 1000);
    EXPECT_FALSE(reply->isFinished());
    reply->abort();
}

TEST_F(FaultsTest, StorageUnavailableAnswers503)
{
    startSimulator(0);
    simulator->injectFault(SimFault::make(SimFault::ServiceUnavailable, SimFault::Storage, 0, 1));
    const QUrl url = link();
    EXPECT_EQ(statusOf(get(url, false).get()), 503);
    EXPECT_EQ(statusOf(get(url, false).get()), 200);
}

// --- Spelling of --fault ---------------------------------------------------------------------

TEST(SimFaultSpec, ParsesKindAmountServiceAndTimes)
{
    const auto fault = SimFault::parse(QStringLiteral("storage:drop-after-bytes=4M,times=2"));
    ASSERT_TRUE(fault);
    EXPECT_EQ(fault->kind, SimFault::DropAfterBytes);
    EXPECT_EQ(fault->target, SimFault::Storage);
    EXPECT_EQ(fault->amount, 4 * 1024 * 1024);
    EXPECT_EQ(fault->times, 2);
}

TEST(SimFaultSpec, DefaultsToTheServiceTheKindBelongsTo)
{
    EXPECT_EQ(SimFault::parse(QStringLiteral("cut-line=10"))->target, SimFault::Stream);
    EXPECT_EQ(SimFault::parse(QStringLiteral("expire-links=5"))->target, SimFault::Backups);
    EXPECT_EQ(SimFault::parse(QStringLiteral("refuse-range"))->target, SimFault::Storage);
    EXPECT_EQ(SimFault::parse(QStringLiteral("unavailable"))->times, -1);
}

TEST(SimFaultSpec, RejectsUnknownKindsAndBadAmounts)
{
    QString error;
    EXPECT_FALSE(SimFault::parse(QStringLiteral("explode"), &error));
    EXPECT_TRUE(error.contains(QLatin1String("explode")));
    EXPECT_FALSE(SimFault::parse(QStringLiteral("stall=abc")));
    EXPECT_FALSE(SimFault::parse(QStringLiteral("moon:stall")));
    EXPECT_FALSE(SimFault::parse(QStringLiteral("stall,times=0")));
}

TEST(SimFaultSpec, RoundTripsThroughItsText)
{
    const SimFault fault = SimFault::make(SimFault::Throttle, SimFault::Storage, 1000, 3);
    const auto parsed = SimFault::parse(fault.toString());
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->kind, fault.kind);
    EXPECT_EQ(parsed->target, fault.target);
    EXPECT_EQ(parsed->amount, fault.amount);
    EXPECT_EQ(parsed->times, fault.times);
}

// --- Faults that would make a careless client hammer or hang -------------------------------------

TEST_F(FaultsTest, StorageCorruptSendsOneWrongByteInEveryTransfer)
{
    startSimulator(0);
    simulator->injectFault(SimFault::make(SimFault::Corrupt, 0));
    const QByteArray expected = expectedFile();
    for (int transfer = 0; transfer < 2; ++transfer) {
        Reply reply = get(link(), false);
        ASSERT_EQ(statusOf(reply.get()), 200);
        const QByteArray body = reply->readAll();
        ASSERT_EQ(body.size(), expected.size()) << "the length is right, the content is not";
        int differences = 0;
        for (qsizetype i = 0; i < body.size(); ++i)
            differences += body[i] != expected[i] ? 1 : 0;
        EXPECT_EQ(differences, 1);
        EXPECT_NE(body[expected.size() / 2], expected[expected.size() / 2]);
    }
}

TEST_F(FaultsTest, StorageEndlessBodySendsTheWholeFileThenMoreWithoutALength)
{
    startSimulator(0);
    simulator->injectFault(SimFault::make(SimFault::EndlessBody, 0, 1));
    const QByteArray expected = expectedFile();
    QNetworkRequest request(link());
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QByteArray body;
    QObject::connect(reply.get(), &QNetworkReply::readyRead, reply.get(),
                     [&] { body += reply->readAll(); });
    ASSERT_TRUE(waitUntil([&] { return body.size() > expected.size() * 4; }, 10000));
    EXPECT_FALSE(reply->isFinished());
    EXPECT_FALSE(reply->hasRawHeader("Content-Length"));
    EXPECT_EQ(body.left(expected.size()), expected);
    reply->abort();
}

TEST_F(FaultsTest, BackupsHugeLocationSendsALinkOfThatLength)
{
    startSimulator(0);
    simulator->injectFault(SimFault::make(SimFault::HugeLocation, 20 * 1024, 1));
    Reply reply = get(simulator->backupUrl(QStringLiteral("activity"), thursday), true);
    ASSERT_EQ(statusOf(reply.get()), 302);
    EXPECT_EQ(reply->rawHeader("Location").size(), 20 * 1024);
    EXPECT_LT(link().toEncoded().size(), 1024) << "only that many answers";
}

TEST_F(FaultsTest, StorageRangeIgnoredCutSendsHalfTheWholeFileEveryTime)
{
    startSimulator(0);
    simulator->injectFault(SimFault::make(SimFault::RangeIgnoredCut, 0));
    const QByteArray expected = expectedFile();
    const QUrl url = link();
    for (const QByteArray &range : {QByteArray(), QByteArray("bytes=1000-")}) {
        Reply reply = get(url, false,
                          range.isEmpty() ? QList<QPair<QByteArray, QByteArray>>{}
                                          : QList<QPair<QByteArray, QByteArray>>{{"Range", range}});
        EXPECT_EQ(statusOf(reply.get()), 200) << "Range is ignored";
        EXPECT_EQ(reply->readAll(), expected.left(expected.size() / 2));
        EXPECT_NE(reply->error(), QNetworkReply::NoError) << "and the connection is cut";
    }
}

TEST(SimFaultSpec, KnowsTheFaultsOfAHammeringOrHangingDownload)
{
    for (const char *spec : {"corrupt", "endless-body", "range-ignored-cut", "huge-location=120k",
                             "backups:stall"}) {
        QString error;
        const auto fault = SimFault::parse(QLatin1String(spec), &error);
        ASSERT_TRUE(fault.has_value()) << spec << ": " << qPrintable(error);
    }
    EXPECT_EQ(SimFault::parse(QStringLiteral("corrupt"))->target, SimFault::Storage);
    EXPECT_EQ(SimFault::parse(QStringLiteral("endless-body"))->target, SimFault::Storage);
    EXPECT_EQ(SimFault::parse(QStringLiteral("range-ignored-cut"))->target, SimFault::Storage);
    EXPECT_EQ(SimFault::parse(QStringLiteral("huge-location=120k"))->target, SimFault::Backups);
    EXPECT_EQ(SimFault::parse(QStringLiteral("huge-location=120k"))->amount, 120 * 1024);
}
