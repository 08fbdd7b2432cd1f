// `hydrant-cli stream` and `hydrant-cli account` as a user runs them, against the simulator
// running in this test process.

#include "net/secretstore.h"
#include "streamtestsupport.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <cerrno>
#include <random>
#include <cstring>

#include <zlib.h>

using TestSupport::cliPath;
using TestSupport::runProcess;

namespace {

class CliStreamTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        sim = std::make_unique<Simulator>(fastSimulatorOptions(1000));
        ASSERT_TRUE(sim->start());
    }
    QStringList passwordEnvironment() const
    {
        return {QStringLiteral("HYDRANT_PASSWORD=") + sim->credentials().password};
    }
    std::unique_ptr<Simulator> sim;
};

QJsonObject lastJsonLine(const QByteArray &output)
{
    const QList<QByteArray> lines = output.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.isEmpty() ? QByteArray() : lines.last()).object();
}

QByteArray gunzipFile(const QString &path)
{
    gzFile file = gzopen(path.toLocal8Bit().constData(), "rb");
    QByteArray all;
    if (!file)
        return all;
    char buffer[65536];
    int n;
    while ((n = gzread(file, buffer, sizeof buffer)) > 0)
        all.append(buffer, n);
    gzclose(file);
    return all;
}

} // namespace

TEST_F(CliStreamTest, PrintsTheMessagesAndASummary)
{
    const auto result = runProcess(
        cliPath(),
        {QStringLiteral("stream"), QStringLiteral("--url"), sim->streamUrl().toString(),
         QStringLiteral("--user"), sim->credentials().user, QStringLiteral("--max-messages"),
         QStringLiteral("50"), QStringLiteral("--print"), QStringLiteral("--json")},
        {}, passwordEnvironment());
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    const QList<QByteArray> lines = result.standardOutput.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 51); // 50 messages, then the summary
    for (int i = 0; i < 50; ++i)
        EXPECT_TRUE(QJsonDocument::fromJson(lines[i]).object().contains(QStringLiteral("id")));
    const QJsonObject summary = lastJsonLine(result.standardOutput);
    EXPECT_EQ(summary.value(QStringLiteral("messages")).toInt(), 50);
    for (const char *key :
         {"heartbeats", "reconnects", "duplicates_dropped", "malformed", "system_messages"})
        EXPECT_TRUE(summary.contains(QLatin1String(key))) << key;
}

TEST_F(CliStreamTest, PasswordFromStandardInputAndRecording)
{
    QTemporaryDir folder;
    const auto result = runProcess(
        cliPath(),
        {QStringLiteral("stream"), QStringLiteral("--url"), sim->streamUrl().toString(),
         QStringLiteral("--user"), sim->credentials().user, QStringLiteral("--password-stdin"),
         QStringLiteral("--max-messages"), QStringLiteral("30"), QStringLiteral("--record"),
         folder.path(), QStringLiteral("--json")},
        sim->credentials().password.toUtf8() + '\n');
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    EXPECT_EQ(lastJsonLine(result.standardOutput).value(QStringLiteral("recorded")).toInt(), 30);
    const QStringList files = QDir(folder.path()).entryList({QStringLiteral("*.jsonl.gz")});
    ASSERT_EQ(files.size(), 1);
    EXPECT_TRUE(files.first().startsWith(QStringLiteral("prod_")));
    const QByteArray content = gunzipFile(QDir(folder.path()).filePath(files.first()));
    EXPECT_EQ(content.count('\n'), 30);
}

TEST_F(CliStreamTest, StopsAfterTheDurationWithExitCodeZero)
{
    const auto result =
        runProcess(cliPath(),
                   {QStringLiteral("stream"), QStringLiteral("--url"), sim->streamUrl().toString(),
                    QStringLiteral("--user"), sim->credentials().user, QStringLiteral("--duration"),
                    QStringLiteral("0.5"), QStringLiteral("--status-interval"),
                    QStringLiteral("0.2"), QStringLiteral("--json")},
                   {}, passwordEnvironment());
    EXPECT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    EXPECT_GT(lastJsonLine(result.standardOutput).value(QStringLiteral("messages")).toInt(), 0);
    EXPECT_TRUE(result.standardError.contains("messages")); // the status line
}

namespace {

/// What a `stream --print --record --json` run delivered: printed lines, recorded lines, summary.
struct Delivered
{
    QList<QByteArray> printed;
    QList<QByteArray> recorded;
    QJsonObject summary;
};

Delivered delivered(const QByteArray &standardOutput, const QString &folder)
{
    Delivered result;
    result.printed = standardOutput.trimmed().split('\n');
    if (!result.printed.isEmpty())
        result.summary = QJsonDocument::fromJson(result.printed.takeLast()).object();
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.jsonl.gz")});
    if (files.size() == 1)
        result.recorded = gunzipFile(QDir(folder).filePath(files.first())).trimmed().split('\n');
    return result;
}

qsizetype distinctIds(const QList<QByteArray> &lines)
{
    QSet<QString> ids;
    for (const QByteArray &line : lines)
        ids.insert(QJsonDocument::fromJson(line).object().value(QStringLiteral("id")).toVariant().toString());
    return ids.size();
}

} // namespace

TEST_F(CliStreamTest, StoppingAfterTheDurationPrintsAndRecordsEverythingItCounts)
{
    QTemporaryDir folder;
    const auto result = runProcess(
        cliPath(),
        {QStringLiteral("stream"), QStringLiteral("--url"), sim->streamUrl().toString(),
         QStringLiteral("--user"), sim->credentials().user, QStringLiteral("--duration"),
         QStringLiteral("1.2"), QStringLiteral("--status-interval"), QStringLiteral("0"),
         QStringLiteral("--print"), QStringLiteral("--record"), folder.path(),
         QStringLiteral("--json")},
        {}, passwordEnvironment());
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    const Delivered run = delivered(result.standardOutput, folder.path());
    const qint64 counted = run.summary.value(QStringLiteral("messages")).toInteger();
    ASSERT_GT(counted, 500);
    EXPECT_EQ(run.printed.size(), counted);
    EXPECT_EQ(run.recorded.size(), counted);
    EXPECT_EQ(run.summary.value(QStringLiteral("recorded")).toInteger(), counted);
}

TEST_F(CliStreamTest, SigtermPrintsAndRecordsEverythingItCounts)
{
    QTemporaryDir folder;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HYDRANT_PASSWORD"), sim->credentials().password);
    process.setProcessEnvironment(environment);
    process.start(cliPath(),
                  {QStringLiteral("stream"), QStringLiteral("--url"), sim->streamUrl().toString(),
                   QStringLiteral("--user"), sim->credentials().user, QStringLiteral("--print"),
                   QStringLiteral("--status-interval"), QStringLiteral("0"),
                   QStringLiteral("--record"), folder.path(), QStringLiteral("--json")});
    ASSERT_TRUE(process.waitForStarted());
    QByteArray output;
    ASSERT_TRUE(TestSupport::waitUntil(
        [&] {
            output += process.readAllStandardOutput();
            return output.count('\n') >= 300;
        },
        10000));
    process.terminate(); // SIGTERM
    ASSERT_TRUE(process.waitForFinished(10000));
    output += process.readAllStandardOutput();
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const Delivered run = delivered(output, folder.path());
    const qint64 counted = run.summary.value(QStringLiteral("messages")).toInteger();
    ASSERT_GE(counted, 300);
    EXPECT_EQ(run.printed.size(), counted);
    EXPECT_EQ(run.recorded.size(), counted);
}

TEST_F(CliStreamTest, StreamCutMidBackfillPrintsAndRecordsEachMessageOnce)
{
    // Every connection but the last is cut after 300 messages; each reconnect asks for backfill.
    sim->injectFault(SimFault::make(SimFault::DropAfterMessages, 300, 4));
    QTemporaryDir folder;
    const QUrl url = sim->streamUrl(QStringLiteral("demo"), QStringLiteral("prod"),
                                    QStringLiteral("backfillMinutes=1"));
    const auto result = runProcess(
        cliPath(),
        {QStringLiteral("stream"), QStringLiteral("--url"), url.toString(),
         QStringLiteral("--user"), sim->credentials().user, QStringLiteral("--duration"),
         QStringLiteral("2"), QStringLiteral("--status-interval"), QStringLiteral("0"),
         QStringLiteral("--print"), QStringLiteral("--record"), folder.path(),
         QStringLiteral("--json")},
        {}, passwordEnvironment());
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    EXPECT_GE(sim->streamConnections().size(), 3); // at least two cuts, however busy the machine
    const Delivered run = delivered(result.standardOutput, folder.path());
    EXPECT_GT(run.summary.value(QStringLiteral("duplicates_dropped")).toInteger(), 0);
    EXPECT_EQ(distinctIds(run.printed), run.printed.size());
    EXPECT_EQ(distinctIds(run.recorded), run.recorded.size());
    EXPECT_EQ(run.recorded.size(), run.printed.size());
}

TEST_F(CliStreamTest, WrongPasswordExitsWithTwo)
{
    const auto result =
        runProcess(cliPath(),
                   {QStringLiteral("stream"), QStringLiteral("--url"), sim->streamUrl().toString(),
                    QStringLiteral("--user"), sim->credentials().user, QStringLiteral("--json")},
                   {}, {QStringLiteral("HYDRANT_PASSWORD=wrong")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.standardError.contains("401"));
}

TEST_F(CliStreamTest, RefusedUrlExitsWithThreeAndThereIsNoPasswordOption)
{
    auto result = runProcess(cliPath(),
                             {QStringLiteral("stream"), QStringLiteral("--url"),
                              QStringLiteral("http://stream.example.org/x.json"),
                              QStringLiteral("--user"), QStringLiteral("me")},
                             {}, passwordEnvironment());
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_TRUE(result.standardError.contains("https"));

    result = runProcess(
        cliPath(), {QStringLiteral("stream"), QStringLiteral("--password"), QStringLiteral("x")});
    EXPECT_EQ(result.exitCode, 1);
    result = runProcess(cliPath(),
                        {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("n"),
                         QStringLiteral("--password"), QStringLiteral("x")});
    EXPECT_EQ(result.exitCode, 1);

    result = runProcess(cliPath(), {QStringLiteral("stream"), QStringLiteral("--help")});
    EXPECT_TRUE(result.standardOutput.contains("2 authentication failed"));
}

TEST_F(CliStreamTest, SavedAccountStreamsWithItsPasswordFromTheSecretStore)
{
    const QString url = sim->streamUrl().toString();
    auto result =
        runProcess(cliPath(),
                   {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("sim"),
                    QStringLiteral("--url"), url, QStringLiteral("--user"), sim->credentials().user,
                    QStringLiteral("--password-stdin")},
                   sim->credentials().password.toUtf8() + '\n');
    if (result.exitCode == 3 && result.standardError.contains("No secret store"))
        GTEST_SKIP()
            << "No Secret Service here; run under dbus-run-session -- bash tests/with-keyring.sh";
    ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();

    result = runProcess(
        cliPath(), {QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_TRUE(result.standardOutput.contains("\"name\":\"sim\""));
    EXPECT_FALSE(result.standardOutput.contains(sim->credentials().password.toUtf8()));

    result = runProcess(cliPath(), {QStringLiteral("stream"), QStringLiteral("--profile"),
                                    QStringLiteral("sim"), QStringLiteral("--max-messages"),
                                    QStringLiteral("10"), QStringLiteral("--json")});
    EXPECT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    EXPECT_EQ(lastJsonLine(result.standardOutput).value(QStringLiteral("messages")).toInt(), 10);
    // It was made with 'account add': --account names it as well.
    result = runProcess(cliPath(), {QStringLiteral("stream"), QStringLiteral("--account"),
                                    QStringLiteral("sim"), QStringLiteral("--max-messages"),
                                    QStringLiteral("10"), QStringLiteral("--json")});
    EXPECT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    EXPECT_EQ(lastJsonLine(result.standardOutput).value(QStringLiteral("messages")).toInt(), 10);

    result = runProcess(cliPath(),
                        {QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("sim")});
    EXPECT_EQ(result.exitCode, 0) << result.standardOutput.toStdString();
    EXPECT_TRUE(result.standardOutput.startsWith("Connected"));

    result = runProcess(
        cliPath(), {QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("sim")});
    EXPECT_EQ(result.exitCode, 0);
    result = runProcess(
        cliPath(), {QStringLiteral("stream"), QStringLiteral("--profile"), QStringLiteral("sim")});
    EXPECT_EQ(result.exitCode, 1); // no such account any more
}

TEST(CliAccount, WithoutASecretStoreThePasswordIsNotSavedAndTheUserIsTold)
{
    // No session bus at all: QtKeychain cannot reach a Secret Service.
    const auto result =
        runProcess(cliPath(),
                   {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("nostore"),
                    QStringLiteral("--url"), QStringLiteral("https://stream.example.org/x.json"),
                    QStringLiteral("--user"), QStringLiteral("me@example.org"),
                    QStringLiteral("--password-stdin")},
                   "p4ssw0rd-nostore\n",
                   {QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus"),
                    QStringLiteral("DISPLAY=")});
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_TRUE(result.standardError.contains("No secret store is available"))
        << result.standardError.toStdString();
    EXPECT_FALSE(result.standardError.contains("p4ssw0rd-nostore"));
}

TEST_F(CliStreamTest, ARecordingWriteErrorEndsTheRunAtOnceWithTheSystemsReason)
{
    if (!QFileInfo(QStringLiteral("/dev/full")).exists())
        GTEST_SKIP() << "needs /dev/full (a device on which every write fails: disk full)";
    // Today's file (and tomorrow's, should the run cross midnight) is a full disk.
    QTemporaryDir folder;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (const QDate &day : {today, today.addDays(1)})
        ASSERT_TRUE(
            QFile::link(QStringLiteral("/dev/full"),
                        folder.filePath(QStringLiteral("prod_%1.jsonl.gz")
                                            .arg(day.toString(QStringLiteral("yyyy_MM_dd"))))));
    QElapsedTimer elapsed;
    elapsed.start();
    const auto result = runProcess(
        cliPath(),
        {QStringLiteral("stream"), QStringLiteral("--url"), sim->streamUrl().toString(),
         QStringLiteral("--user"), sim->credentials().user, QStringLiteral("--record"),
         folder.path(), QStringLiteral("--duration"), QStringLiteral("30"),
         QStringLiteral("--status-interval"), QStringLiteral("0"), QStringLiteral("--json")},
        {}, passwordEnvironment());
    ASSERT_TRUE(result.finished);
    EXPECT_LT(elapsed.elapsed(), 15'000) << "the first failed write ends the run, not --duration";
    EXPECT_EQ(result.exitCode, 3) << result.standardError.toStdString();
    const QString reason = QString::fromLocal8Bit(std::strerror(ENOSPC));
    EXPECT_TRUE(QString::fromUtf8(result.standardError).contains(reason))
        << result.standardError.toStdString();
    EXPECT_FALSE(result.standardError.contains("Unknown error"));
    const QJsonObject summary = lastJsonLine(result.standardOutput);
    EXPECT_TRUE(summary.value(QStringLiteral("recording_error")).toString().contains(reason))
        << result.standardOutput.toStdString();
    EXPECT_EQ(summary.value(QStringLiteral("recorded")).toInt(), 0);
    EXPECT_EQ(summary.value(QStringLiteral("exit_code")).toInt(), 3);
}

TEST_F(CliStreamTest, LinesOverTheLimitAreCountedInTheSummaryAndSaidOnce)
{
    SimulatorOptions options = fastSimulatorOptions(500);
    options.messageSize = 3000;
    sim = std::make_unique<Simulator>(options);
    ASSERT_TRUE(sim->start());
    const auto result = runProcess(
        cliPath(),
        {QStringLiteral("stream"), QStringLiteral("--url"), sim->streamUrl().toString(),
         QStringLiteral("--user"), sim->credentials().user, QStringLiteral("--max-line-bytes"),
         QStringLiteral("2048"), QStringLiteral("--duration"), QStringLiteral("1"),
         QStringLiteral("--status-interval"), QStringLiteral("0"), QStringLiteral("--json")},
        {}, passwordEnvironment());
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    const QJsonObject summary = lastJsonLine(result.standardOutput);
    EXPECT_GT(summary.value(QStringLiteral("oversized_lines")).toInt(), 10)
        << result.standardOutput.toStdString();
    EXPECT_EQ(summary.value(QStringLiteral("messages")).toInt(), 0);
    EXPECT_EQ(result.standardError.count("longer than the limit"), 1)
        << result.standardError.toStdString();
}

TEST_F(CliStreamTest, AnUnknownServiceIsAUsageError)
{
    const auto result = runProcess(
        cliPath(),
        {QStringLiteral("stream"), QStringLiteral("--service"), QStringLiteral("kinesis"),
         QStringLiteral("--url"), sim->firestreamUrl().toString(), QStringLiteral("--user"),
         sim->credentials().user},
        {}, passwordEnvironment());
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.standardError.contains("firestream"));
}

TEST_F(CliStreamTest, AFirestreamAccountKeepsItsProtocolAndStreamsWithIt)
{
    auto result = runProcess(
        cliPath(),
        {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("fs"),
         QStringLiteral("--service"), QStringLiteral("firestream"), QStringLiteral("--url"),
         sim->firestreamUrl().toString(), QStringLiteral("--user"), sim->credentials().user,
         QStringLiteral("--password-stdin")},
        sim->credentials().password.toUtf8() + '\n');
    if (result.exitCode == 3 && result.standardError.contains("No secret store"))
        GTEST_SKIP()
            << "No Secret Service here; run under dbus-run-session -- bash tests/with-keyring.sh";
    ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    result = runProcess(
        cliPath(), {QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_TRUE(result.standardOutput.contains("\"protocol\":\"firestream\""))
        << result.standardOutput.toStdString();

    result = runProcess(cliPath(), {QStringLiteral("stream"), QStringLiteral("--profile"),
                                    QStringLiteral("fs"), QStringLiteral("--max-messages"),
                                    QStringLiteral("10"), QStringLiteral("--json")});
    EXPECT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    const QJsonObject summary = lastJsonLine(result.standardOutput);
    EXPECT_EQ(summary.value(QStringLiteral("messages")).toInt(), 10);
    EXPECT_EQ(summary.value(QStringLiteral("service")).toString(), QStringLiteral("firestream"));
    EXPECT_EQ(summary.value(QStringLiteral("cursor")).toString().size(), 56);
    runProcess(cliPath(),
               {QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("fs")});
}

namespace {

/// The ids of the items in every recording of \a directory, in file order (a wrapped item by
/// the id of the message inside).
std::vector<qint64> recordedIds(const QString &directory)
{
    std::vector<qint64> ids;
    const QDir dir(directory);
    for (const QString &name : dir.entryList({QStringLiteral("*.jsonl.gz")}, QDir::Files, QDir::Name)) {
        for (const QByteArray &line : gunzipFile(dir.filePath(name)).split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonObject object = QJsonDocument::fromJson(line).object();
            if (object.contains(QStringLiteral("action")))
                object = object.value(QStringLiteral("data")).toObject();
            ids.push_back(object.value(QStringLiteral("id")).toInteger(-1));
        }
    }
    return ids;
}

QJsonObject readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

TEST_F(CliStreamTest, FirestreamRecordingKilledAndRestartedHoldsEveryItemExactlyOnce)
{
    QTemporaryDir work;
    ASSERT_TRUE(work.isValid());
    const QString state = work.filePath(QStringLiteral("firestream.state"));
    const QString recordings = work.filePath(QStringLiteral("rec"));
    const QStringList arguments{QStringLiteral("stream"),
                                QStringLiteral("--service"),
                                QStringLiteral("firestream"),
                                QStringLiteral("--url"),
                                sim->firestreamUrl().toString(),
                                QStringLiteral("--user"),
                                sim->credentials().user,
                                QStringLiteral("--state"),
                                state,
                                QStringLiteral("--record"),
                                recordings,
                                QStringLiteral("--status-interval"),
                                QStringLiteral("0")};

    // First run: killed without warning once it has saved a position.
    QProcess first;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HYDRANT_PASSWORD"), sim->credentials().password);
    first.setProcessEnvironment(environment);
    first.start(cliPath(), arguments);
    ASSERT_TRUE(first.waitForStarted(10000));
    ASSERT_TRUE(TestSupport::waitUntil(
        [&] { return !readJsonFile(state).value(QStringLiteral("cursor")).toString().isEmpty(); },
        15000));
    first.kill(); // SIGKILL
    ASSERT_TRUE(first.waitForFinished(10000));
    const std::vector<qint64> before = recordedIds(recordings);
    ASSERT_FALSE(before.empty());
    // Where the first run stopped: its last item on disk (the state file may be a block behind).
    const QString lastOnDisk = QString::fromLatin1(
        Simulator::firestreamSeqId(QStringLiteral("/stream"), before.back() - Simulator::messageId(0)));

    // Second run: continues after the saved item.
    const auto second = runProcess(cliPath(),
                                   arguments + QStringList{QStringLiteral("--max-messages"),
                                                           QStringLiteral("300"),
                                                           QStringLiteral("--json")},
                                   {}, passwordEnvironment());
    ASSERT_TRUE(second.finished);
    EXPECT_EQ(second.exitCode, 0) << second.standardError.toStdString();
    const QJsonObject summary = lastJsonLine(second.standardOutput);
    EXPECT_EQ(summary.value(QStringLiteral("resumed_from")).toString(), lastOnDisk);
    EXPECT_TRUE(summary.value(QStringLiteral("resume_gaps")).toArray().isEmpty());
    EXPECT_EQ(summary.value(QStringLiteral("service")).toString(), QStringLiteral("firestream"));

    // Every item exactly once, in order, no gap across the kill.
    const std::vector<qint64> ids = recordedIds(recordings);
    ASSERT_GE(ids.size(), before.size() + 300);
    for (size_t i = 1; i < ids.size(); ++i)
        ASSERT_EQ(ids[i], ids[i - 1] + 1) << "at line " << i;
    EXPECT_LE(qint64(before.size()),
              qint64(ids.size()) - 300); // nothing recorded twice
}

// Killed (SIGKILL) at random moments — also between writing a block of the recording and saving
// the state file — and started again, a recording run leaves every item in the recording exactly
// once. Blocks are written every 15 ms here, so each run writes many and a kill often lands
// between a block and the state saved after it.
TEST_F(CliStreamTest, FirestreamRecordingKilledRepeatedlyHoldsEverySeqIdExactlyOnce)
{
    QTemporaryDir work;
    ASSERT_TRUE(work.isValid());
    const QString path = QStringLiteral("/stream");
    const QString state = work.filePath(QStringLiteral("firestream.state"));
    const QString recordings = work.filePath(QStringLiteral("rec"));
    const QStringList arguments{QStringLiteral("stream"),
                                QStringLiteral("--service"),
                                QStringLiteral("firestream"),
                                QStringLiteral("--url"),
                                sim->firestreamUrl(path).toString(),
                                QStringLiteral("--user"),
                                sim->credentials().user,
                                QStringLiteral("--state"),
                                state,
                                QStringLiteral("--record"),
                                recordings,
                                QStringLiteral("--status-interval"),
                                QStringLiteral("0")};
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HYDRANT_PASSWORD"), sim->credentials().password);
    environment.insert(QStringLiteral("HYDRANT_RECORD_FLUSH_MS"), QStringLiteral("15"));

    const unsigned seed = std::random_device()();
    std::mt19937 random(seed);
    SCOPED_TRACE("seed " + std::to_string(seed));
    // How long a run takes here to record its first block (much longer under a sanitizer or on a
    // busy machine): the kills land from a little before that moment to well after it.
    qint64 firstBlockMs = 0;
    for (int run = 0; run < 16; ++run) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(cliPath(), arguments);
        ASSERT_TRUE(process.waitForStarted(10000));
        if (run == 0) {
            QElapsedTimer clock;
            clock.start();
            ASSERT_TRUE(TestSupport::waitUntil([&] { return !recordedIds(recordings).empty(); }, 20000));
            firstBlockMs = clock.elapsed();
        }
        // Whatever it is doing then: connecting, receiving, writing a block, saving the state.
        QThread::msleep(quint64(firstBlockMs * 3 / 4) + random() % 200);
        process.kill(); // SIGKILL
        ASSERT_TRUE(process.waitForFinished(10000));
    }
    const std::vector<qint64> beforeLastRun = recordedIds(recordings);
    ASSERT_GT(beforeLastRun.size(), 100u) << "the runs recorded something before being killed";

    // A last run ends normally.
    QStringList last = arguments;
    last << QStringLiteral("--max-messages") << QStringLiteral("200") << QStringLiteral("--json");
    const auto result = runProcess(cliPath(), last, {}, passwordEnvironment());
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    const QJsonObject summary = lastJsonLine(result.standardOutput);
    EXPECT_TRUE(summary.value(QStringLiteral("resume_gaps")).toArray().isEmpty());
    // It continued after the last item on disk, not after an older one from the state file.
    EXPECT_EQ(summary.value(QStringLiteral("resumed_from")).toString(),
              QString::fromLatin1(Simulator::firestreamSeqId(
                  path, beforeLastRun.back() - Simulator::messageId(0))));

    // Item n of the stream has id first+n and seq_id firestreamSeqId(n): consecutive ids are
    // every seq_id once, none repeated and none missing across the kills.
    const std::vector<qint64> ids = recordedIds(recordings);
    ASSERT_GE(ids.size(), beforeLastRun.size() + 200);
    for (size_t i = 1; i < ids.size(); ++i)
        ASSERT_EQ(ids[i], ids[i - 1] + 1) << "at line " << i << " of " << ids.size();
}

TEST_F(CliStreamTest, AStateOlderThanTheReplayWindowIsReportedAsAGap)
{
    QTemporaryDir work;
    const QString state = work.filePath(QStringLiteral("old.state"));
    {
        QFile file(state);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        const QJsonObject object{
            {QStringLiteral("service"), QStringLiteral("firestream")},
            {QStringLiteral("url"), sim->firestreamUrl().toString()},
            {QStringLiteral("cursor"), QString::fromLatin1(Simulator::firestreamSeqId(
                                           QStringLiteral("/stream"), 1))},
            {QStringLiteral("saved_at"),
             QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODateWithMs)}};
        file.write(QJsonDocument(object).toJson());
    }
    const auto result = runProcess(
        cliPath(),
        {QStringLiteral("stream"), QStringLiteral("--service"), QStringLiteral("firestream"),
         QStringLiteral("--url"), sim->firestreamUrl().toString(), QStringLiteral("--user"),
         sim->credentials().user, QStringLiteral("--state"), state,
         QStringLiteral("--max-messages"), QStringLiteral("5"), QStringLiteral("--json"),
         QStringLiteral("--status-interval"), QStringLiteral("0")},
        {}, passwordEnvironment());
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    EXPECT_TRUE(result.standardError.contains("older than the service keeps"))
        << result.standardError.toStdString();
    const QJsonObject summary = lastJsonLine(result.standardOutput);
    EXPECT_EQ(summary.value(QStringLiteral("resume_gaps")).toArray().size(), 1);
    EXPECT_TRUE(summary.value(QStringLiteral("resumed_from")).toString().isEmpty());
    // The state now holds the new position.
    QFile file(state);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("cursor")),
              summary.value(QStringLiteral("cursor")));
}
