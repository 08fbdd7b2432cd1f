// The team relay end to end: the simulator as the provider, real nats-server processes with
// JetStream on loopback, `hydrant-cli relay` publishing and `hydrant-cli stream --service nats`
// reading, all as a user runs them.

#include "natsservers.h"
#include "message/messagenormalizer.h"
#include "net/connectratelimiter.h"
#include "relay/jetstreampublisher.h"
#include "relay/jetstreamreader.h"
#include "relay/natsconnection.h"
#include "sim/simulator.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <nats/nats.h>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <functional>
#include <iostream>
#include <memory>
#include <thread>

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

/// A `hydrant-cli` run in the background whose standard output is collected as it comes. The
/// output goes to a file, not a pipe: a reader printing a stream never waits for this process to
/// take its lines (a pipe fills up in 64 KiB while the test is busy, and the reader would stall).
class CliRun
{
public:
    /// \a extraEnvironment: "NAME=value" each.
    CliRun(const QStringList &arguments, const QString &password,
           const QStringList &extraEnvironment = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!password.isEmpty())
            environment.insert(QStringLiteral("HYDRANT_PASSWORD"), password);
        for (const QString &variable : extraEnvironment)
            environment.insert(variable.section(QLatin1Char('='), 0, 0),
                               variable.section(QLatin1Char('='), 1));
        m_process.setProcessEnvironment(environment);
        m_outputFile.setFileName(m_folder.filePath(QStringLiteral("stdout")));
        m_process.setStandardOutputFile(m_outputFile.fileName());
        m_process.start(cliPath(), arguments);
        m_process.waitForStarted(10000);
        m_outputFile.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
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
        m_output += m_outputFile.readAll();
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
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QByteArray standardError()
    {
        m_error += m_process.readAllStandardError();
        return m_error;
    }
    /// The NATS server named by the last status line ("NATS: nats://…" or "NATS: tls://…"),
    /// empty before one.
    QString natsServer()
    {
        const QByteArray all = standardError();
        const qsizetype at =
            qMax(all.lastIndexOf("NATS: nats://"), all.lastIndexOf("NATS: tls://"));
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
    QTemporaryDir m_folder;
    QFile m_outputFile;
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
    void startAll(int nodes = 1, double rate = 1000) { startAll(nodes, simulatorOptions(rate)); }
    void startAll(int nodes, const SimulatorOptions &options)
    {
        sim = std::make_unique<Simulator>(options);
        ASSERT_TRUE(sim->start());
        QString error;
        ASSERT_TRUE(servers.start(nodes, &error)) << error.toStdString();
        settings = servers.clientSettings();
        ASSERT_TRUE(nats.open(settings, &error)) << error.toStdString();
    }

    std::unique_ptr<CliRun> relay(const QUrl &url, const QString &service = QStringLiteral("gnip"),
                                  const QString &password = {},
                                  const QString &statusInterval = QStringLiteral("0"),
                                  const QStringList &more = {})
    {
        return std::make_unique<CliRun>(
            QStringList{QStringLiteral("relay"), QStringLiteral("--service"), service,
                        QStringLiteral("--url"), url.toString(), QStringLiteral("--user"),
                        sim->credentials().user, QStringLiteral("--nats"), servers.urls(),
                        QStringLiteral("--status-interval"), statusInterval,
                        QStringLiteral("--json")} +
                relayNatsArguments + more,
            password.isEmpty() ? sim->credentials().password : password, natsEnvironment);
    }
    std::unique_ptr<CliRun> reader(const QString &since, const QString &urls = {},
                                   const QString &statusInterval = QStringLiteral("0"))
    {
        return std::make_unique<CliRun>(
            QStringList{QStringLiteral("stream"), QStringLiteral("--service"),
                        QStringLiteral("nats"), QStringLiteral("--url"),
                        urls.isEmpty() ? servers.urls() : urls, QStringLiteral("--since"), since,
                        QStringLiteral("--print"), QStringLiteral("--status-interval"),
                        statusInterval, QStringLiteral("--json")} +
                readerNatsArguments,
            QString(), natsEnvironment);
    }
    /// A reader run to its end (at most 5 s) with \a arguments after the NATS URLs.
    TestSupport::ProcessResult readOnce(const QString &urls, const QStringList &arguments,
                                        const QStringList &environment = {})
    {
        return TestSupport::runProcess(
            cliPath(),
            QStringList{QStringLiteral("stream"), QStringLiteral("--service"),
                        QStringLiteral("nats"), QStringLiteral("--url"), urls,
                        QStringLiteral("--since"), QStringLiteral("all"),
                        QStringLiteral("--duration"), QStringLiteral("5"),
                        QStringLiteral("--status-interval"), QStringLiteral("0"),
                        QStringLiteral("--json")} +
                arguments,
            {}, environment, 30000);
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
        // Also while a cluster that lost a node settles: the first requests may go unanswered.
        if (!waitUntil([&] { return reader.start(all, &error); }, 20000)) {
            ADD_FAILURE() << error.toStdString();
            return items;
        }
        // A consumer made while a cluster settles may stall after its first messages; the
        // reader replaces it once a quiet spell shows the stream holds more (a few seconds, more
        // while the stream's information is slow to come).
        const bool whole = waitUntil(
            [&] {
                reader.next(items, 100'000, std::chrono::milliseconds(20), &error);
                return reader.lastSequence() >= info.lastSequence;
            },
            30000);
        if (!whole)
            std::cout << "[          ] the test's own read of the stream stopped at sequence "
                      << reader.lastSequence() << " of " << info.lastSequence << " ("
                      << items.size() << " messages): " << error.toStdString() << "\n";
        if (reader.resubscriptions() > 0 || reader.passedOverTaken() > 0)
            std::cout << "[          ] the test's own read of the stream: "
                      << reader.resubscriptions() << " new consumer(s) ("
                      << reader.lastLossReason().toStdString() << "), "
                      << reader.passedOverTaken() << " message(s) passed over and taken\n";
        return items;
    }
    /// The simulator's index of a stored message, from its Nats-Msg-Id.
    static qint64 indexOf(const JetStreamReader::Item &item)
    {
        return item.id.toLongLong() - Simulator::messageId(0);
    }

    /// A relay run to its end (at most 5 s) towards the NATS servers \a urls, with
    /// \a arguments after the usual ones.
    TestSupport::ProcessResult relayOnce(const QString &urls, const QStringList &arguments,
                                         const QStringList &environment = {})
    {
        return TestSupport::runProcess(
            cliPath(),
            QStringList{QStringLiteral("relay"), QStringLiteral("--service"),
                        QStringLiteral("gnip"), QStringLiteral("--url"),
                        sim->streamUrl().toString(), QStringLiteral("--user"),
                        sim->credentials().user, QStringLiteral("--nats"), urls,
                        QStringLiteral("--duration"), QStringLiteral("5"),
                        QStringLiteral("--status-interval"), QStringLiteral("0"),
                        QStringLiteral("--json")} +
                arguments,
            {},
            QStringList{QStringLiteral("HYDRANT_PASSWORD=") + sim->credentials().password} +
                environment,
            30000);
    }
    /// Readers from the start of the stream, one on each node a reader lands on, until one uses
    /// \a node: readers are given all servers and the client picks one at random.
    std::vector<std::unique_ptr<CliRun>> readersOnEveryNode(const QString &node, CliRun **sameNode)
    {
        std::vector<std::unique_ptr<CliRun>> readers;
        QSet<QString> nodesRead;
        *sameNode = nullptr;
        for (int attempt = 0; attempt < 30 && !*sameNode; ++attempt) {
            auto run = reader(QStringLiteral("all"), {}, QStringLiteral("0.2"));
            if (!waitUntil([&] { return !run->natsServer().isEmpty(); }, 10000)) {
                ADD_FAILURE() << run->standardError().toStdString();
                return readers;
            }
            const QString server = run->natsServer();
            if (nodesRead.contains(server)) {
                run->kill();
                continue;
            }
            nodesRead.insert(server);
            if (server == node)
                *sameNode = run.get();
            readers.push_back(std::move(run));
        }
        return readers;
    }

    /// After the relay \a upstream was stopped: the stream holds every message the relay
    /// received, once, in the provider's order. Returns what it holds.
    std::vector<JetStreamReader::Item>
    expectTheStreamHoldsEveryMessageOnceInOrder(CliRun &upstream);
    /// Each of \a readers shows the whole stream \a items within \a timeoutMs, each message once
    /// and in order; they are stopped then.
    static void expectEachReaderSawTheWholeStream(const std::vector<CliRun *> &readers,
                                                  const std::vector<JetStreamReader::Item> &items,
                                                  int timeoutMs = 30000);
    static std::vector<CliRun *> pointers(const std::vector<std::unique_ptr<CliRun>> &runs)
    {
        std::vector<CliRun *> all;
        for (const auto &run : runs)
            all.push_back(run.get());
        return all;
    }
    /// In a cluster of three with three replicas, a relay and readers on every node; \a cut takes
    /// away the node the relay and one reader use (given its index). Both must name another node
    /// and the relay store 1000 more messages; \a afterwards (if any) runs then, while the relay
    /// still runs. The stream must then hold every message once, in order, and each reader must
    /// have seen each once, in order.
    void expectRelayAndReaderMoveOnAndLoseNothing(const char *what,
                                                  const std::function<void(int)> &cut,
                                                  const std::function<void(int)> &afterwards = {});
    /// A cluster of three at work: a relay storing into it, and readers from the start of the
    /// stream on every node until one shares the relay's node, each with 300 messages shown.
    struct ClusterAtWork
    {
        std::unique_ptr<CliRun> relay;
        QString node;  ///< the relay's node
        int nodeIndex = -1;
        std::vector<std::unique_ptr<CliRun>> readers;
        CliRun *sameNode = nullptr; ///< the reader on the relay's node
    };
    void startClusterAtWork(ClusterAtWork &cluster);

    std::unique_ptr<Simulator> sim;
    NatsServers servers;
    RelaySettings settings;
    NatsConnection nats;
    /// Given to every relay and reader after their other arguments (TLS, user name).
    QStringList relayNatsArguments;
    QStringList readerNatsArguments;
    /// Their environment, "NAME=value" each (HYDRANT_NATS_PASSWORD).
    QStringList natsEnvironment;
};

/// Sets an environment variable for the life of the object (and the programs started in it).
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char *name, const QByteArray &value)
        : m_name(name)
    {
        qputenv(name, value);
    }
    ~ScopedEnvironment() { qunsetenv(m_name); }
    ScopedEnvironment(const ScopedEnvironment &) = delete;
    ScopedEnvironment &operator=(const ScopedEnvironment &) = delete;

private:
    const char *m_name;
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

/// Activities with the ids \a first to \a last, in that order, each with a text of
/// \a textSize characters or fewer.
MessageBatch numberedBatch(int first, int last, int textSize = 0)
{
    MessageNormalizer normalizer;
    MessageBatch batch;
    const QString padding(textSize, QLatin1Char('x'));
    for (int id = first; id <= last; ++id)
        batch.push_back(normalizer.normalize(
            QStringLiteral("{\"id\":%1,\"body\":\"message %1 %2\"}")
                .arg(id)
                .arg(padding)
                .toUtf8()));
    return batch;
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

TEST_F(RelayTest, AReaderGoesOnPastMessagesRemovedFromTheStreamWithTheSameConsumer)
{
    // Someone removed messages by hand (`nats stream rmm`): the stream's sequence has holes the
    // reader's consumer passes over. The reader asks the stream's leader for them, finds them
    // gone, and goes on without taking its consumer for lost or delivering anything twice.
    startAll();
    auto upstream = relay(sim->streamUrl());
    ASSERT_TRUE(waitUntil([&] { return storedCount() >= 600; }, 10000))
        << upstream->standardError().toStdString();
    ASSERT_TRUE(upstream->stop());
    const std::vector<JetStreamReader::Item> before = stored();
    ASSERT_GE(before.size(), 600u);
    const std::vector<quint64> removed = {1, 2, 100, 101, 102, 400};
    for (const quint64 sequence : removed) {
        jsErrCode code = jsErrCode(0);
        ASSERT_EQ(js_DeleteMsg(nats.jetStream(), settings.stream.toUtf8().constData(), sequence,
                               nullptr, &code),
                  NATS_OK)
            << int(code);
    }

    JetStreamReader reader(nats, settings);
    JetStreamReader::Start all;
    all.kind = JetStreamReader::Start::Kind::All;
    QString error;
    ASSERT_TRUE(reader.start(all, &error)) << error.toStdString();
    std::vector<JetStreamReader::Item> items;
    ASSERT_TRUE(waitUntil(
        [&] {
            EXPECT_TRUE(reader.next(items, 100'000, std::chrono::milliseconds(20), &error))
                << error.toStdString();
            return reader.lastSequence() >= before.back().sequence;
        },
        10000));
    std::vector<JetStreamReader::Item> expected;
    for (const JetStreamReader::Item &item : before) {
        if (std::find(removed.begin(), removed.end(), item.sequence) == removed.end())
            expected.push_back(item);
    }
    ASSERT_EQ(items.size(), expected.size());
    for (size_t i = 0; i < items.size(); ++i) {
        ASSERT_EQ(items[i].sequence, expected[i].sequence) << i;
        ASSERT_EQ(items[i].data, expected[i].data) << i;
    }
    EXPECT_EQ(reader.resubscriptions(), 0) << reader.lastLossReason().toStdString();
    EXPECT_EQ(reader.passedOverTaken(), 0);
    EXPECT_EQ(reader.repeatsDropped(), 0);
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

TEST_F(RelayTest, TheRelayKeepsToTheConnectBudgetAsAStreamDoes)
{
    // Two providers alike, with the real limit (10 connection requests a minute, an 11th is
    // refused with 429), each dropping every connection after a few messages: the relay reads
    // one, `stream` the other. Each reconnects, backing off, until the budget of the minute is
    // spent, and must then wait for it, although its backoff alone would try again in seconds.
    SimulatorOptions options = simulatorOptions(1000);
    options.connectLimit = ConnectRateLimiter::defaultMaxRequests;
    options.connectWindowMs = int(ConnectRateLimiter::providerWindow.count());
    startAll(1, options);
    Simulator direct(options);
    ASSERT_TRUE(direct.start());
    for (Simulator *provider : {sim.get(), &direct})
        provider->injectFault(SimFault::make(SimFault::DropAfterMessages, 5));
    const auto streamRequests = [](const Simulator &provider) {
        QList<int> statuses;
        for (const SimRequest &request : provider.requests())
            if (request.service == SimFault::Stream)
                statuses.append(request.status);
        return statuses;
    };

    auto relayed = relay(sim->streamUrl());
    CliRun streamed({QStringLiteral("stream"), QStringLiteral("--url"),
                     direct.streamUrl().toString(), QStringLiteral("--user"),
                     direct.credentials().user, QStringLiteral("--status-interval"),
                     QStringLiteral("0"), QStringLiteral("--json")},
                    direct.credentials().password);
    const int budget = ConnectRateLimiter::defaultMaxRequests;
    ASSERT_TRUE(waitUntil(
        [&] {
            return streamRequests(*sim).size() >= budget && streamRequests(direct).size() >= budget;
        },
        30000))
        << streamRequests(*sim).size() << " and " << streamRequests(direct).size() << " requests";
    // The backoff after ten drops in a row is 2.25 s (plus at most a fifth of jitter): an 11th
    // request that did not wait for the budget would come within this.
    QTest::qWait(3000);
    ASSERT_TRUE(relayed->stop());
    ASSERT_TRUE(streamed.stop());

    const QList<int> allOk(budget, 200);
    EXPECT_EQ(streamRequests(*sim), allOk) << "the relay's requests, as the provider answered them";
    EXPECT_EQ(streamRequests(direct), allOk) << "stream's requests, as the provider answered them";
    const QJsonObject relaySummary = relayed->summary(), streamSummary = streamed.summary();
    EXPECT_EQ(relayed->exitCode(), 0) << relayed->standardError().toStdString();
    EXPECT_EQ(streamed.exitCode(), 0) << streamed.standardError().toStdString();
    for (const QString &key : {QStringLiteral("reconnects"), QStringLiteral("state")})
        EXPECT_EQ(relaySummary.value(key), streamSummary.value(key)) << key.toStdString();
    EXPECT_EQ(relaySummary.value(QStringLiteral("reconnects")).toInteger(), budget - 1);
    // What came through those connections is stored, each message once.
    EXPECT_EQ(relaySummary.value(QStringLiteral("stored")).toInteger(),
              relaySummary.value(QStringLiteral("messages")).toInteger());
    QSet<QByteArray> ids;
    for (const JetStreamReader::Item &item : stored())
        ids.insert(item.id);
    EXPECT_EQ(qint64(ids.size()),
              relaySummary.value(QStringLiteral("stream_messages")).toInteger());
}

std::vector<JetStreamReader::Item>
RelayTest::expectTheStreamHoldsEveryMessageOnceInOrder(CliRun &upstream)
{
    const std::vector<JetStreamReader::Item> items = stored();
    const QJsonObject relayed = upstream.summary();
    EXPECT_FALSE(items.empty());
    EXPECT_EQ(qint64(items.size()), relayed.value(QStringLiteral("stream_messages")).toInteger());
    EXPECT_EQ(relayed.value(QStringLiteral("messages")).toInteger(), qint64(items.size()));
    expectEveryIndexOnce(items);
    for (size_t i = 0; i < items.size(); ++i) {
        EXPECT_EQ(indexOf(items[i]), indexOf(items[0]) + qint64(i)) << "in the provider's order";
        if (indexOf(items[i]) != indexOf(items[0]) + qint64(i))
            break;
    }
    return items;
}

void RelayTest::expectEachReaderSawTheWholeStream(const std::vector<CliRun *> &readers,
                                                  const std::vector<JetStreamReader::Item> &items,
                                                  int timeoutMs)
{
    ASSERT_FALSE(items.empty());
    for (CliRun *run : readers) {
        ASSERT_TRUE(waitUntil(
            [&] { return !run->lines().isEmpty() && run->lines().last() == items.back().data; },
            timeoutMs))
            << run->lines().size() << " of " << items.size() << " lines; "
            << run->standardError().toStdString();
        ASSERT_TRUE(run->stop());
        EXPECT_EQ(run->exitCode(), 0);
        const QList<QByteArray> lines = run->lines();
        ASSERT_EQ(qint64(lines.size()), qint64(items.size()));
        for (qsizetype i = 0; i < lines.size(); ++i)
            ASSERT_EQ(lines[i], items[size_t(i)].data) << "line " << i;
    }
}

void RelayTest::startClusterAtWork(ClusterAtWork &cluster)
{
    startAll(3, 500);
    if (HasFatalFailure())
        return;
    cluster.relay = relay(sim->streamUrl(), QStringLiteral("gnip"), {}, QStringLiteral("0.2"));
    CliRun &upstream = *cluster.relay;
    ASSERT_TRUE(
        waitUntil([&] { return storedCount() >= 300 && !upstream.natsServer().isEmpty(); }, 15000))
        << upstream.standardError().toStdString();
    cluster.node = upstream.natsServer();
    cluster.nodeIndex = servers.indexOf(cluster.node);
    ASSERT_GE(cluster.nodeIndex, 0) << cluster.node.toStdString();
    cluster.readers = readersOnEveryNode(cluster.node, &cluster.sameNode);
    ASSERT_TRUE(cluster.sameNode) << "no reader connected to " << cluster.node.toStdString();
    for (const auto &run : cluster.readers)
        ASSERT_TRUE(waitUntil([&] { return run->lineCount() >= 300; }, 10000));
}

void RelayTest::expectRelayAndReaderMoveOnAndLoseNothing(const char *what,
                                                         const std::function<void(int)> &cut,
                                                         const std::function<void(int)> &afterwards)
{
    // One reader on the relay's node; one on each other node stays as well: its connection
    // survives, but its consumer may have lived on the node taken away.
    ClusterAtWork cluster;
    startClusterAtWork(cluster);
    if (HasFatalFailure())
        return;
    RelayStreamInfo info;
    QString error;
    ASSERT_TRUE(JetStreamPublisher::streamInfo(nats.jetStream(), settings.stream, &info, &error));
    EXPECT_EQ(info.replicas, 3);
    CliRun *const upstream = cluster.relay.get();
    CliRun *const sameNode = cluster.sameNode;
    const std::vector<std::unique_ptr<CliRun>> &readers = cluster.readers;
    const QString node = cluster.node;
    const int victim = cluster.nodeIndex;

    const quint64 before = storedCount();
    QElapsedTimer sinceCut;
    sinceCut.start();
    cut(victim);

    // Both name another node, and the relay keeps storing.
    const auto movedOn = [&](CliRun &run) {
        const QString now = run.natsServer();
        return !now.isEmpty() && now != node && servers.indexOf(now) >= 0;
    };
    ASSERT_TRUE(waitUntil([&] { return movedOn(*upstream); }, 20000))
        << upstream->standardError().toStdString();
    const qint64 relayMovedMs = sinceCut.elapsed();
    ASSERT_TRUE(waitUntil([&] { return movedOn(*sameNode); }, 20000))
        << sameNode->standardError().toStdString();
    ASSERT_TRUE(waitUntil([&] { return storedCount() >= before + 1000; }, 30000))
        << upstream->standardError().toStdString();
    const qint64 storingAgainMs = sinceCut.elapsed();
    if (afterwards)
        afterwards(victim);
    ASSERT_TRUE(upstream->stop());
    EXPECT_EQ(upstream->exitCode(), 0) << upstream->standardError().toStdString();
    EXPECT_GE(upstream->summary().value(QStringLiteral("nats_reconnects")).toInteger(), 1);

    // The stream: every message the relay received, once, in the provider's order; each
    // reader: the whole stream, once each, in order.
    const std::vector<JetStreamReader::Item> items =
        expectTheStreamHoldsEveryMessageOnceInOrder(*upstream);
    expectEachReaderSawTheWholeStream(pointers(readers), items);
    if (HasFatalFailure())
        return;
    const qint64 caughtUpMs = sinceCut.elapsed();
    EXPECT_GE(sameNode->summary().value(QStringLiteral("nats_reconnects")).toInteger(), 1);
    std::cout << "[          ] " << what << ": " << readers.size()
              << " reader(s); the relay named another node " << relayMovedMs
              << " ms after it and stored 1000 more " << storingAgainMs
              << " ms after it; every reader had the whole stream " << caughtUpMs
              << " ms after it\n";
}

TEST_F(RelayTest, WhenTheNodeARelayAndAReaderUseIsKilledBothMoveOnAndLoseNothing)
{
    expectRelayAndReaderMoveOnAndLoseNothing("killed", [&](int victim) { servers.kill(victim); });
}

TEST_F(RelayTest, WhenTheNodeARelayAndAReaderUseGoesSilentBothMoveOnAndLoseNothingAndItMayComeBack)
{
    // A machine cut off from the network: the node keeps its connections open but answers
    // nothing (SIGSTOP), so only unanswered pings tell. They come every 300 ms here, not every
    // 2 s, so the clients notice within a second (when the node led the stream, the relay then
    // waits for the cluster to elect another leader, which takes seconds).
    const ScopedEnvironment pings(NatsConnection::pingIntervalVariable, "300");
    expectRelayAndReaderMoveOnAndLoseNothing(
        "silent", [&](int victim) { servers.pause(victim); },
        [&](int victim) { servers.resume(victim); });
}

TEST_F(RelayTest, WithTwoOfThreeNodesGoneTheRelayEndsAtItsPublishTimeoutAndReadersWait)
{
    // A stream of three replicas takes nothing without a majority: the relay says so and ends
    // (exit code 3) once nothing was stored for --publish-timeout; a reader keeps waiting.
    startAll(3, 500);
    auto upstream = relay(sim->streamUrl(), QStringLiteral("gnip"), {}, QStringLiteral("0"),
                          {QStringLiteral("--publish-timeout"), QStringLiteral("3")});
    ASSERT_TRUE(waitUntil([&] { return storedCount() >= 300; }, 15000))
        << upstream->standardError().toStdString();
    auto waiting = reader(QStringLiteral("all"));
    ASSERT_TRUE(waitUntil([&] { return waiting->lineCount() >= 300; }, 10000));
    servers.kill(1);
    servers.kill(2);
    // Its last requests (the summary's look at the stream) wait for their deadline as well.
    ASSERT_TRUE(upstream->finish(30000)) << "the relay is still running";
    EXPECT_EQ(upstream->exitCode(), 3);
    EXPECT_TRUE(upstream->standardError().contains("JetStream did not store the messages in time"))
        << upstream->standardError().toStdString();
    EXPECT_TRUE(waiting->isRunning()) << waiting->standardError().toStdString();
}

TEST_F(RelayTest, WhenTheClusterLosesItsMajorityAndGetsItBackTheRelayAndTheReadersGoOn)
{
    ClusterAtWork cluster;
    startClusterAtWork(cluster);
    if (HasFatalFailure())
        return;
    CliRun *const upstream = cluster.relay.get();
    const std::vector<std::unique_ptr<CliRun>> &readers = cluster.readers;
    const int relayNode = cluster.nodeIndex;

    // Two of three nodes go, the relay's among them: the stream has no leader and takes nothing.
    const int other = (relayNode + 1) % 3;
    const quint64 before = storedCount();
    QElapsedTimer sinceLoss;
    sinceLoss.start();
    servers.kill(relayNode);
    servers.kill(other);
    // The readers get nothing more (a stream leader left alone may still answer questions
    // about the stream for a while, but stores nothing).
    qsizetype mostLines = -1;
    QElapsedTimer unchanged;
    unchanged.start();
    ASSERT_TRUE(waitUntil(
        [&] {
            qsizetype most = 0;
            for (const auto &run : readers)
                most = qMax(most, run->lineCount());
            if (most != mostLines) {
                mostLines = most;
                unchanged.restart();
            }
            return unchanged.elapsed() >= 1000;
        },
        20000))
        << "the readers still get messages without a majority";
    const qint64 lostMs = sinceLoss.elapsed() - 1000;

    // Both come back, with their stores, within the relay's --publish-timeout (30 s).
    QString error;
    ASSERT_TRUE(servers.restart(relayNode, &error)) << error.toStdString();
    ASSERT_TRUE(servers.restart(other, &error)) << error.toStdString();
    QElapsedTimer sinceBack;
    sinceBack.start();
    ASSERT_TRUE(waitUntil([&] { return storedCount() >= before + 1000; }, 30000))
        << upstream->standardError().toStdString();
    const qint64 storingAgainMs = sinceBack.elapsed();
    ASSERT_TRUE(upstream->stop());
    EXPECT_EQ(upstream->exitCode(), 0) << upstream->standardError().toStdString();

    const std::vector<JetStreamReader::Item> items =
        expectTheStreamHoldsEveryMessageOnceInOrder(*upstream);
    EXPECT_GT(qsizetype(items.size()), mostLines);
    expectEachReaderSawTheWholeStream(pointers(readers), items);
    if (HasFatalFailure())
        return;
    std::cout << "[          ] " << readers.size() << " reader(s); the readers got nothing more "
              << lostMs << " ms after the loss; with both nodes back the relay stored 1000 more "
              << "after " << storingAgainMs << " ms and every reader had all of it after "
              << sinceBack.elapsed() << " ms\n";
}

TEST_F(RelayTest, OverTlsARelayAndReadersTrustingTheTeamsCaMoveEveryMessageOnce)
{
    TestCertificates certificates;
    QString error;
    const auto server = certificates.createForLocalhost(&error);
    ASSERT_TRUE(server) << error.toStdString();
    servers.setOptions(NatsServers::Options::tls(*server, certificates.caFile()));
    startAll(1, 1000);
    relayNatsArguments = {QStringLiteral("--nats-ca-file"), certificates.caFile()};
    readerNatsArguments = {QStringLiteral("--ca-file"), certificates.caFile()};

    auto upstream = relay(sim->streamUrl(), QStringLiteral("gnip"), {}, QStringLiteral("0.2"));
    ASSERT_TRUE(waitUntil([&] { return storedCount() >= 300; }, 10000))
        << upstream->standardError().toStdString();
    // By address and by name: each is checked against the certificate's names.
    std::vector<std::unique_ptr<CliRun>> readers;
    readers.push_back(reader(QStringLiteral("all")));
    readers.push_back(reader(QStringLiteral("new"),
                             QStringLiteral("tls://localhost:%1").arg(servers.url(0).port())));
    ASSERT_TRUE(waitUntil([&] { return readers[1]->lineCount() >= 100; }, 10000))
        << readers[1]->standardError().toStdString();
    ASSERT_TRUE(waitUntil([&] { return storedCount() >= 1500; }, 10000));
    ASSERT_TRUE(upstream->stop());
    EXPECT_EQ(upstream->exitCode(), 0) << upstream->standardError().toStdString();
    EXPECT_TRUE(upstream->natsServer().startsWith(QLatin1String("tls://")))
        << upstream->standardError().toStdString();

    const std::vector<JetStreamReader::Item> items =
        expectTheStreamHoldsEveryMessageOnceInOrder(*upstream);
    expectEachReaderSawTheWholeStream({readers[0].get()}, items);
    // The second began later: from its first message to the end, each once, in order.
    ASSERT_TRUE(waitUntil(
        [&] {
            return !readers[1]->lines().isEmpty() &&
                   readers[1]->lines().last() == items.back().data;
        },
        10000));
    ASSERT_TRUE(readers[1]->stop());
    const qint64 first = readers[1]->summary().value(QStringLiteral("first_sequence")).toInteger();
    const QList<QByteArray> lines = readers[1]->lines();
    ASSERT_GT(first, 1);
    ASSERT_EQ(qint64(lines.size()), qint64(items.size()) - first + 1);
    for (qsizetype i = 0; i < lines.size(); ++i)
        ASSERT_EQ(lines[i], items[size_t(first - 1 + i)].data) << "line " << i;
}

TEST_F(RelayTest, OverTlsAServerThatCannotBeVerifiedIsRefusedAndNothingIsSentInTheClear)
{
    TestCertificates certificates;
    QString error;
    const auto server = certificates.createForLocalhost(&error);
    const auto elsewhere = certificates.issue(QStringLiteral("elsewhere"),
                                              {QStringLiteral("nats.elsewhere.example")}, &error);
    ASSERT_TRUE(server && elsewhere) << error.toStdString();
    servers.setOptions(NatsServers::Options::tls(*server, certificates.caFile()));
    startAll(1, 1000);
    NatsServers otherHost, clear;
    otherHost.setOptions(NatsServers::Options::tls(*elsewhere, certificates.caFile()));
    ASSERT_TRUE(otherHost.start(1, &error)) << error.toStdString();
    ASSERT_TRUE(clear.start(1, &error)) << error.toStdString();
    const QString clearAsTls = QStringLiteral("tls://127.0.0.1:%1").arg(clear.url(0).port());
    const QString caFile = certificates.caFile();
    const QStringList withPassword{QStringLiteral("HYDRANT_NATS_PASSWORD=not-for-the-wire")};

    struct Case
    {
        const char *what;
        TestSupport::ProcessResult result;
        const char *says;
    };
    const Case cases[] = {
        {"a reader trusting the system's CAs only", readOnce(servers.urls(), {}),
         "unable to get local issuer certificate"},
        {"a reader facing a certificate for another host",
         readOnce(otherHost.urls(), {QStringLiteral("--ca-file"), caFile}), "mismatch"},
        {"a reader asking a server without TLS for TLS",
         readOnce(clearAsTls,
                  {QStringLiteral("--ca-file"), caFile, QStringLiteral("--nats-user"),
                   QStringLiteral("desk")},
                  withPassword),
         "does not offer TLS"},
        {"a relay trusting the system's CAs only", relayOnce(servers.urls(), {}),
         "unable to get local issuer certificate"},
        {"a relay facing a certificate for another host",
         relayOnce(otherHost.urls(), {QStringLiteral("--nats-ca-file"), caFile}), "mismatch"},
        {"a relay asking a server without TLS for TLS",
         relayOnce(clearAsTls,
                   {QStringLiteral("--nats-ca-file"), caFile, QStringLiteral("--nats-user"),
                    QStringLiteral("desk")},
                   withPassword),
         "does not offer TLS"},
    };
    for (const Case &refused : cases) {
        SCOPED_TRACE(refused.what);
        const QString said = QString::fromUtf8(refused.result.standardError);
        EXPECT_TRUE(refused.result.finished);
        EXPECT_EQ(refused.result.exitCode, 3) << said.toStdString();
        EXPECT_TRUE(said.contains(QLatin1String(refused.says))) << said.toStdString();
        EXPECT_TRUE(said.startsWith(QLatin1String("The NATS server "))) << said.toStdString();
        EXPECT_FALSE(said.contains(QLatin1String("not-for-the-wire")));
        EXPECT_FALSE(said.contains(QLatin1String(".c:"))) << "the client's source position";
    }
    // Nothing was stored anywhere, and the relays never took the provider's connection.
    EXPECT_EQ(storedCount(), 0u);
    NatsConnection plain;
    ASSERT_TRUE(plain.open(clear.clientSettings(), &error)) << error.toStdString();
    RelayStreamInfo info;
    EXPECT_FALSE(JetStreamPublisher::streamInfo(plain.jetStream(), settings.stream, &info, &error));
    EXPECT_TRUE(sim->requests().isEmpty());
    EXPECT_FALSE(clear.log(0).contains(QLatin1String("not-for-the-wire")));
}

TEST_F(RelayTest, InATlsClusterWhoseNodesHaveCertificatesOfTheirOwnBothMoveOnWhenTheirNodeIsKilled)
{
    // Node i listens on 127.0.0.(i+1) with a certificate for that address only: each node must
    // be checked under its own name, not under the first one given.
    TestCertificates certificates;
    QString error;
    ASSERT_TRUE(certificates.create(&error)) << error.toStdString();
    NatsServers::Options options;
    options.caFile = certificates.caFile();
    options.addressPerNode = true;
    for (int i = 0; i < 3; ++i) {
        const auto node = certificates.issue(QStringLiteral("n%1").arg(i),
                                             {QStringLiteral("127.0.0.%1").arg(i + 1)}, &error);
        ASSERT_TRUE(node) << error.toStdString();
        options.certificates.append(*node);
    }
    servers.setOptions(options);
    relayNatsArguments = {QStringLiteral("--nats-ca-file"), certificates.caFile()};
    readerNatsArguments = {QStringLiteral("--ca-file"), certificates.caFile()};
    expectRelayAndReaderMoveOnAndLoseNothing("killed, TLS",
                                             [&](int victim) { servers.kill(victim); });
}

TEST_F(RelayTest, WithANatsUserAndPasswordRelayAndReadersWorkAndAWrongPasswordEndsWithExitCode2)
{
    const QString password = QStringLiteral("desk-Pa55-7Qx");
    servers.setOptions(NatsServers::Options::login(QStringLiteral("desk"), password));
    startAll(1, 1000);
    relayNatsArguments =
        readerNatsArguments = {QStringLiteral("--nats-user"), QStringLiteral("desk")};
    natsEnvironment = {QStringLiteral("HYDRANT_NATS_PASSWORD=") + password};

    auto upstream = relay(sim->streamUrl(), QStringLiteral("gnip"), {}, QStringLiteral("0.2"));
    ASSERT_TRUE(waitUntil([&] { return storedCount() >= 300; }, 10000))
        << upstream->standardError().toStdString();
    std::vector<std::unique_ptr<CliRun>> readers;
    readers.push_back(reader(QStringLiteral("all"), {}, QStringLiteral("0.2")));
    ASSERT_TRUE(waitUntil([&] { return storedCount() >= 1000; }, 10000));
    ASSERT_TRUE(upstream->stop());
    EXPECT_EQ(upstream->exitCode(), 0) << upstream->standardError().toStdString();
    const std::vector<JetStreamReader::Item> items =
        expectTheStreamHoldsEveryMessageOnceInOrder(*upstream);
    expectEachReaderSawTheWholeStream(pointers(readers), items);
    for (CliRun *run : {upstream.get(), readers[0].get()}) {
        EXPECT_FALSE(run->output().contains(password.toUtf8()));
        EXPECT_FALSE(run->standardError().contains(password.toUtf8()));
        EXPECT_FALSE(run->standardError().isEmpty()) << "no status line was checked";
    }

    // A wrong password, none, or no user: refused at once with exit code 2, as a stream
    // password the provider refuses, and the relay does not take the provider's connection.
    const qsizetype requestsBefore = sim->requests().size();
    const QString wrong = QStringLiteral("wrong-Pa55-3Zr");
    const QStringList user{QStringLiteral("--nats-user"), QStringLiteral("desk")};
    const QStringList wrongPassword{QStringLiteral("HYDRANT_NATS_PASSWORD=") + wrong};
    struct Case
    {
        const char *what;
        TestSupport::ProcessResult result;
    };
    const Case cases[] = {
        {"a reader with a wrong password", readOnce(servers.urls(), user, wrongPassword)},
        {"a relay with a wrong password", relayOnce(servers.urls(), user, wrongPassword)},
        {"a reader without a password", readOnce(servers.urls(), user)},
        {"a reader without a user", readOnce(servers.urls(), {})},
    };
    for (const Case &refused : cases) {
        SCOPED_TRACE(refused.what);
        const QString said = QString::fromUtf8(refused.result.standardError);
        EXPECT_TRUE(refused.result.finished);
        EXPECT_EQ(refused.result.exitCode, 2) << said.toStdString();
        EXPECT_EQ(said.trimmed(),
                  QStringLiteral("The NATS server %1 refused the user name or password "
                                 "(Authorization Violation).")
                      .arg(servers.url(0).toString()));
        for (const QByteArray &output :
             {refused.result.standardOutput, refused.result.standardError}) {
            EXPECT_FALSE(output.contains(wrong.toUtf8()));
            EXPECT_FALSE(output.contains(password.toUtf8()));
        }
    }
    EXPECT_EQ(sim->requests().size(), requestsBefore);
    EXPECT_FALSE(servers.log(0).contains(password));
}

// A batch goes out in one pass on its connection of its own, on one node and on a cluster:
// nothing is sent again when nothing is lost.
TEST(JetStreamServer, APublishersBatchIsStoredInOnePass)
{
    for (int nodes : {1, 3}) {
        NatsServers servers;
        QString error;
        ASSERT_TRUE(servers.start(nodes, &error)) << error.toStdString();
        RelaySettings settings = servers.clientSettings();
        NatsConnection nats;
        const auto publisher = openDeskStream(settings, nats, &error);
        ASSERT_TRUE(publisher) << error.toStdString();
        const auto outcome =
            publisher->publish(numberedBatch(1, 2000), "test", std::chrono::seconds(30));
        EXPECT_TRUE(outcome.error.isEmpty()) << outcome.error.toStdString();
        EXPECT_EQ(outcome.stored, 2000) << nodes;
        EXPECT_EQ(outcome.retried, 0) << nodes << " nodes: refused without a loss";
    }
}

// The node a publisher is connected to is killed while a batch is on its way: what was written
// to it is lost. A client that reconnects would give what followed to the next node first, and
// the lost messages, sent again, would be stored after it (3 runs in 9 before the batch had a
// connection of its own). The stream must hold the batch once each and in its order.
TEST(JetStreamServer, ABatchWhoseNodeIsKilledOnTheWayIsStoredOnceInOrder)
{
    NatsServers cluster;
    QString error;
    ASSERT_TRUE(cluster.start(3, &error)) << error.toStdString();
    RelaySettings settings = cluster.clientSettings();
    NatsConnection nats;
    const auto publisher = openDeskStream(settings, nats, &error);
    ASSERT_TRUE(publisher) << error.toStdString();
    const int connectedTo = cluster.indexOf(nats.connectedUrl());
    ASSERT_GE(connectedTo, 0) << nats.connectedUrl().toStdString();

    // Messages of about 2 KB, so that sending them takes a while and the kill lands midway.
    constexpr int count = 5000;
    const MessageBatch batch = numberedBatch(1, count, 2000);
    JetStreamPublisher::Outcome outcome;
    std::thread publishing(
        [&] { outcome = publisher->publish(batch, "test", std::chrono::seconds(60)); });
    QThread::msleep(5);
    cluster.kill(connectedTo);
    publishing.join();
    EXPECT_TRUE(outcome.error.isEmpty()) << outcome.error.toStdString();
    EXPECT_EQ(outcome.stored + outcome.duplicates, count);

    JetStreamReader reader(nats, settings);
    ASSERT_TRUE(reader.start({JetStreamReader::Start::Kind::All, {}}, &error))
        << error.toStdString();
    std::vector<JetStreamReader::Item> items;
    waitUntil(
        [&] {
            reader.next(items, count, std::chrono::milliseconds(50), &error);
            return items.size() >= size_t(count);
        },
        20000);
    ASSERT_EQ(items.size(), size_t(count)) << error.toStdString();
    RelayStreamInfo info;
    ASSERT_TRUE(JetStreamPublisher::streamInfo(nats.jetStream(), settings.stream, &info, &error));
    EXPECT_EQ(info.messages, quint64(count)) << "a message is stored twice";
    for (int i = 0; i < count; ++i)
        ASSERT_EQ(items[size_t(i)].id, QByteArray::number(i + 1))
            << "place " << i << " of the stream (" << outcome.retried << " sent again)";
}
