// The team relay end to end: the simulator as the provider, real nats-server processes with
// JetStream on loopback, `hydrant-cli relay` publishing and `hydrant-cli stream --service nats`
// reading, all as a user runs them.

#include "natsservers.h"
#include "relay/jetstreampublisher.h"
#include "relay/jetstreamreader.h"
#include "relay/natsconnection.h"
#include "sim/simulator.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

#include <memory>

using TestSupport::cliPath;
using TestSupport::waitUntil;

namespace {

/// The NATS C client's threads end with the test program, not before.
class NatsClientEnvironment : public ::testing::Environment
{
public:
    void TearDown() override { NatsConnection::shutDownClient(); }
};
[[maybe_unused]] const auto *const natsEnvironment =
    ::testing::AddGlobalTestEnvironment(new NatsClientEnvironment);

/// A `hydrant-cli` run in the background whose standard output is collected as it comes.
class CliRun
{
public:
    CliRun(const QStringList &arguments, const QString &password)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!password.isEmpty())
            environment.insert(QStringLiteral("HYDRANT_PASSWORD"), password);
        m_process.setProcessEnvironment(environment);
        m_process.start(cliPath(), arguments);
        m_process.waitForStarted(10000);
    }
    ~CliRun()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    /// Everything printed so far.
    const QByteArray &output()
    {
        m_output += m_process.readAllStandardOutput();
        return m_output;
    }
    qsizetype lineCount() { return output().count('\n'); }
    /// SIGTERM, as Ctrl+C: the command ends normally with its summary.
    bool stop()
    {
        m_process.terminate();
        return finish();
    }
    bool finish(int timeoutMs = 20000)
    {
        const bool done = m_process.waitForFinished(timeoutMs);
        output();
        m_error += m_process.readAllStandardError();
        return done;
    }
    void kill()
    {
        m_process.kill(); // SIGKILL: no last batch, no summary
        m_process.waitForFinished(5000);
    }
    int exitCode() const { return m_process.exitCode(); }
    QByteArray standardError()
    {
        m_error += m_process.readAllStandardError();
        return m_error;
    }
    /// The NATS server named by the last status line ("NATS: nats://…"), empty before one.
    QString natsServer()
    {
        const QByteArray all = standardError();
        const qsizetype at = all.lastIndexOf("NATS: nats://");
        if (at < 0)
            return {};
        const qsizetype end = all.indexOf('\n', at);
        return QString::fromUtf8(all.mid(at + 6, end < 0 ? -1 : end - at - 6)).trimmed();
    }
    /// The printed lines before the closing JSON summary.
    QList<QByteArray> lines()
    {
        QList<QByteArray> all = output().trimmed().split('\n');
        if (!all.isEmpty() && all.last().startsWith("{\"") && summary().contains(QStringLiteral("exit_code")))
            all.removeLast();
        return all;
    }
    QJsonObject summary()
    {
        const QList<QByteArray> all = output().trimmed().split('\n');
        return all.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(all.last()).object();
    }

private:
    QProcess m_process;
    QByteArray m_output;
    QByteArray m_error;
};

SimulatorOptions simulatorOptions(double messagesPerSecond)
{
    SimulatorOptions options;
    options.messagesPerSecond = messagesPerSecond;
    options.heartbeatIntervalMs = 20;
    options.connectLimit = 1000;
    return options;
}

class RelayTest : public ::testing::Test
{
protected:
    void startAll(int nodes = 1, double rate = 1000)
    {
        sim = std::make_unique<Simulator>(simulatorOptions(rate));
        ASSERT_TRUE(sim->start());
        QString error;
        ASSERT_TRUE(servers.start(nodes, &error)) << error.toStdString();
        settings.servers = {servers.url(0)};
        for (int i = 1; i < nodes; ++i)
            settings.servers.append(servers.url(i));
        ASSERT_TRUE(nats.open(settings, &error)) << error.toStdString();
    }

    std::unique_ptr<CliRun> relay(const QUrl &url, const QString &service = QStringLiteral("gnip"),
                                  const QString &password = {},
                                  const QString &statusInterval = QStringLiteral("0"))
    {
        return std::make_unique<CliRun>(
            QStringList{QStringLiteral("relay"), QStringLiteral("--service"), service,
                        QStringLiteral("--url"), url.toString(), QStringLiteral("--user"),
                        sim->credentials().user, QStringLiteral("--nats"), servers.urls(),
                        QStringLiteral("--status-interval"), statusInterval,
                        QStringLiteral("--json")},
            password.isEmpty() ? sim->credentials().password : password);
    }
    std::unique_ptr<CliRun> reader(const QString &since, const QString &urls = {},
                                   const QString &statusInterval = QStringLiteral("0"))
    {
        return std::make_unique<CliRun>(
            QStringList{QStringLiteral("stream"), QStringLiteral("--service"),
                        QStringLiteral("nats"), QStringLiteral("--url"),
                        urls.isEmpty() ? servers.urls() : urls, QStringLiteral("--since"), since,
                        QStringLiteral("--print"), QStringLiteral("--status-interval"),
                        statusInterval, QStringLiteral("--json")},
            QString());
    }

    /// Messages in the relay's stream now (0 while it does not exist).
    quint64 storedCount()
    {
        RelayStreamInfo info;
        QString error;
        return JetStreamPublisher::streamInfo(nats.jetStream(), settings.stream, &info, &error)
                   ? info.messages
                   : 0;
    }
    /// Everything the stream holds, in its order.
    std::vector<JetStreamReader::Item> stored()
    {
        RelayStreamInfo info;
        QString error;
        std::vector<JetStreamReader::Item> items;
        if (!JetStreamPublisher::streamInfo(nats.jetStream(), settings.stream, &info, &error))
            return items;
        JetStreamReader reader(nats, settings);
        JetStreamReader::Start all;
        all.kind = JetStreamReader::Start::Kind::All;
        if (!reader.start(all, &error))
            return items;
        waitUntil(
            [&] {
                reader.next(items, 100'000, std::chrono::milliseconds(20), &error);
                return reader.lastSequence() >= info.lastSequence;
            },
            10000);
        return items;
    }
    /// The simulator's index of a stored message, from its Nats-Msg-Id.
    static qint64 indexOf(const JetStreamReader::Item &item)
    {
        return item.id.toLongLong() - Simulator::messageId(0);
    }

    std::unique_ptr<Simulator> sim;
    NatsServers servers;
    RelaySettings settings;
    NatsConnection nats;
};

/// Every stored message once, with the simulator's indexes from \a first to the last, in order.
void expectEveryIndexOnce(const std::vector<JetStreamReader::Item> &items)
{
    QSet<QByteArray> ids;
    qint64 lowest = std::numeric_limits<qint64>::max(), highest = -1;
    for (const auto &item : items) {
        ids.insert(item.id);
        const qint64 index = item.id.toLongLong() - Simulator::messageId(0);
        lowest = qMin(lowest, index);
        highest = qMax(highest, index);
    }
    EXPECT_EQ(qsizetype(ids.size()), qsizetype(items.size())) << "a message is stored twice";
    EXPECT_EQ(highest - lowest + 1, qint64(items.size())) << "a message is missing";
}

} // namespace

TEST_F(RelayTest, ThreeReadersEachSeeEveryMessageOnceInOrderAndALateOneTheHistory)
{
    startAll();
    auto upstream = relay(sim->streamUrl());
    ASSERT_TRUE(waitUntil([&] { return storedCount() >= 300; }, 10000))
        << upstream->standardError().toStdString();

    // Two readers from now on, while the relay runs; a third joins late for everything kept.
    auto first = reader(QStringLiteral("new"));
    auto second = reader(QStringLiteral("new"));
    ASSERT_TRUE(waitUntil([&] { return first->lineCount() >= 300 && second->lineCount() >= 300; },
                          10000));
    auto late = reader(QStringLiteral("all"));
    ASSERT_TRUE(waitUntil([&] { return late->lineCount() >= 100; }, 10000));
    ASSERT_TRUE(waitUntil([&] { return storedCount() >= 2500; }, 10000));
    ASSERT_TRUE(upstream->stop());
    EXPECT_EQ(upstream->exitCode(), 0) << upstream->standardError().toStdString();

    const std::vector<JetStreamReader::Item> items = stored();
    const QJsonObject relayed = upstream->summary();
    EXPECT_EQ(qint64(items.size()), relayed.value(QStringLiteral("stream_messages")).toInteger());
    EXPECT_EQ(qint64(items.size()), relayed.value(QStringLiteral("stored")).toInteger());
    EXPECT_EQ(relayed.value(QStringLiteral("messages")).toInteger(),
              relayed.value(QStringLiteral("stored")).toInteger());
    expectEveryIndexOnce(items);
    // The provider's own lines, byte for byte.
    for (size_t i = 0; i < items.size(); i += 97)
        EXPECT_EQ(items[i].data, sim->streamMessage(indexOf(items[i])));

    for (CliRun *run : {first.get(), second.get(), late.get()}) {
        ASSERT_TRUE(waitUntil(
            [&] { return !run->lines().isEmpty() && run->lines().last() == items.back().data; },
            10000));
        ASSERT_TRUE(run->stop());
        EXPECT_EQ(run->exitCode(), 0);
        const QList<QByteArray> lines = run->lines();
        const QJsonObject summary = run->summary();
        const qint64 firstSequence = summary.value(QStringLiteral("first_sequence")).toInteger();
        ASSERT_GE(firstSequence, 1);
        ASSERT_EQ(summary.value(QStringLiteral("messages")).toInteger(), lines.size());
        // Exactly the stream from where the reader began to its end: once each, in order.
        ASSERT_EQ(qint64(lines.size()), qint64(items.size()) - firstSequence + 1);
        for (qsizetype i = 0; i < lines.size(); ++i)
            ASSERT_EQ(lines[i], items[size_t(firstSequence - 1 + i)].data) << "line " << i;
    }
    EXPECT_GT(first->summary().value(QStringLiteral("first_sequence")).toInteger(), 1);
    EXPECT_EQ(late->summary().value(QStringLiteral("first_sequence")).toInteger(), 1);
}

TEST_F(RelayTest, ARelayKilledMidBurstAndStartedAgainStoresEveryMessageOnce)
{
    startAll(1, 2000);
    // Gnip: a new connection asks for the last minutes again (backfill); JetStream drops what it
    // holds by message id.
    const QUrl url = sim->streamUrl(QStringLiteral("demo"), QStringLiteral("prod"),
                                    QStringLiteral("backfillMinutes=5"));
    auto killed = relay(url);
    ASSERT_TRUE(waitUntil([&] { return storedCount() >= 1500; }, 10000))
        << killed->standardError().toStdString();
    killed->kill();
    const quint64 beforeRestart = storedCount();

    auto again = relay(url);
    ASSERT_TRUE(waitUntil([&] { return storedCount() >= beforeRestart + 2000; }, 15000))
        << again->standardError().toStdString();
    ASSERT_TRUE(again->stop());
    EXPECT_EQ(again->exitCode(), 0) << again->standardError().toStdString();
    EXPECT_GT(again->summary().value(QStringLiteral("already_stored")).toInteger(), 0)
        << "the backfill re-sent what the stream held";

    const std::vector<JetStreamReader::Item> items = stored();
    ASSERT_EQ(qint64(items.size()), again->summary().value(QStringLiteral("stream_messages")).toInteger());
    expectEveryIndexOnce(items);
    qint64 lowest = std::numeric_limits<qint64>::max();
    for (const auto &item : items)
        lowest = qMin(lowest, indexOf(item));
    EXPECT_EQ(lowest, 0) << "the backfill fetched everything since the provider's start";
}

TEST_F(RelayTest, ARelayStartedAgainContinuesFromTheCursorInTheStream)
{
    startAll(1, 1000);
    const QString path = QStringLiteral("/stream");
    auto killed = relay(sim->firestreamUrl(path), QStringLiteral("firestream"));
    ASSERT_TRUE(waitUntil([&] { return storedCount() >= 1000; }, 10000))
        << killed->standardError().toStdString();
    killed->kill();
    const std::vector<JetStreamReader::Item> before = stored();
    ASSERT_FALSE(before.empty());

    auto again = relay(sim->firestreamUrl(path), QStringLiteral("firestream"));
    ASSERT_TRUE(waitUntil([&] { return storedCount() >= before.size() + 1000; }, 15000))
        << again->standardError().toStdString();
    ASSERT_TRUE(again->stop());
    const QJsonObject summary = again->summary();
    EXPECT_EQ(summary.value(QStringLiteral("resumed_from")).toString(),
              QString::fromLatin1(Simulator::firestreamSeqId(path, indexOf(before.back()))));
    // Asked from exactly there: nothing came twice, nothing is missing.
    EXPECT_EQ(summary.value(QStringLiteral("already_stored")).toInteger(), 0);
    const std::vector<JetStreamReader::Item> items = stored();
    expectEveryIndexOnce(items);
    for (size_t i = 1; i < items.size(); ++i)
        ASSERT_EQ(indexOf(items[i]), indexOf(items[i - 1]) + 1) << "in the provider's order";
}

TEST_F(RelayTest, AWrongPasswordEndsTheRelayAsItEndsAStream)
{
    startAll();
    auto refused = relay(sim->streamUrl(), QStringLiteral("gnip"), QStringLiteral("wrong"));
    ASSERT_TRUE(refused->finish());
    const auto stream = TestSupport::runProcess(
        cliPath(),
        {QStringLiteral("stream"), QStringLiteral("--url"), sim->streamUrl().toString(),
         QStringLiteral("--user"), sim->credentials().user, QStringLiteral("--status-interval"),
         QStringLiteral("0"), QStringLiteral("--json")},
        {}, {QStringLiteral("HYDRANT_PASSWORD=wrong")});
    EXPECT_EQ(stream.exitCode, 2);
    EXPECT_EQ(refused->exitCode(), stream.exitCode);
    EXPECT_EQ(refused->standardError().trimmed().split('\n').last(),
              stream.standardError.trimmed().split('\n').last());
    const QJsonObject streamSummary = QJsonDocument::fromJson(stream.standardOutput.trimmed()).object();
    EXPECT_EQ(refused->summary().value(QStringLiteral("state")),
              streamSummary.value(QStringLiteral("state")));
    EXPECT_EQ(storedCount(), 0u);
    // One request each: a 401 is never retried in a loop.
    qsizetype refusals = 0;
    for (const SimRequest &request : sim->requests())
        refusals += request.status == 401 ? 1 : 0;
    EXPECT_EQ(refusals, 2);
}

