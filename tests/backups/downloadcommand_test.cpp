#include "backupsimfixture.h"

#include "backups/backupnaming.h"

#include "testsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

/// `hydrant-cli download` as a user runs it, against the simulator in this process.
class DownloadCommandTest : public BackupSimFixture
{
protected:
    QStringList arguments(const QString &from, const QString &to,
                          const QString &types = QStringLiteral("activity")) const
    {
        return {QStringLiteral("download"),
                QStringLiteral("--base-url"),
                sim->backupsBaseUrl().toString(),
                QStringLiteral("--user"),
                sim->credentials().user,
                QStringLiteral("--type"),
                types,
                QStringLiteral("--from"),
                from,
                QStringLiteral("--to"),
                to,
                QStringLiteral("--out"),
                folder.path(),
                QStringLiteral("--json")};
    }

    QStringList passwordEnvironment(const QString &password = QString()) const
    {
        return {QStringLiteral("HYDRANT_PASSWORD=") +
                (password.isEmpty() ? sim->credentials().password : password)};
    }

    static QJsonObject summaryOf(const TestSupport::ProcessResult &result)
    {
        const QList<QByteArray> lines = result.standardOutput.trimmed().split('\n');
        return QJsonDocument::fromJson(lines.last()).object();
    }
};

TEST_F(DownloadCommandTest, DownloadsARangeAndPrintsASummary)
{
    const auto result = TestSupport::runProcess(TestSupport::cliPath(),
                                                arguments(QStringLiteral("2024-01-04"),
                                                          QStringLiteral("2024-01-07"),
                                                          QStringLiteral("activity,message")),
                                                {}, passwordEnvironment());
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 0) << result.standardError.constData();
    const QJsonObject summary = summaryOf(result);
    EXPECT_EQ(summary.value(QStringLiteral("done")).toInt(), 6);
    EXPECT_EQ(summary.value(QStringLiteral("not_available")).toInt(), 2);
    EXPECT_EQ(summary.value(QStringLiteral("failed")).toInt(), 0);
    EXPECT_EQ(summary.value(QStringLiteral("skipped")).toInt(), 0);
    EXPECT_GT(summary.value(QStringLiteral("bytes")).toDouble(), 6 * 200 * 1024);
    EXPECT_TRUE(result.standardError.contains("summary"));
    // The password never shows in what the tool prints.
    EXPECT_FALSE(result.standardError.contains(sim->credentials().password.toUtf8()));

    // A second run skips everything that is on disk.
    const auto again = TestSupport::runProcess(TestSupport::cliPath(),
                                               arguments(QStringLiteral("2024-01-04"),
                                                         QStringLiteral("2024-01-07"),
                                                         QStringLiteral("activity,message")),
                                               {}, passwordEnvironment());
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_EQ(summaryOf(again).value(QStringLiteral("skipped")).toInt(), 6);
}

TEST_F(DownloadCommandTest, WrongPasswordExitsWithTwo)
{
    const auto result = TestSupport::runProcess(
        TestSupport::cliPath(),
        arguments(QStringLiteral("2024-01-08"), QStringLiteral("2024-01-12")), {},
        passwordEnvironment(QStringLiteral("wrong")));
    EXPECT_EQ(result.exitCode, 2) << result.standardError.constData();
    EXPECT_TRUE(summaryOf(result).value(QStringLiteral("authentication_failed")).toBool());
    // Asked once, not in a loop: at most one request per parallel job.
    EXPECT_LE(requestsTo(SimFault::Backups).size(), 3);
}

TEST_F(DownloadCommandTest, PasswordFromStandardInput)
{
    QStringList args = arguments(QStringLiteral("2024-01-08"), QStringLiteral("2024-01-08"));
    args << QStringLiteral("--password-stdin");
    const auto result = TestSupport::runProcess(TestSupport::cliPath(), args,
                                                sim->credentials().password.toUtf8() + '\n');
    EXPECT_EQ(result.exitCode, 0) << result.standardError.constData();
    EXPECT_EQ(summaryOf(result).value(QStringLiteral("done")).toInt(), 1);
}

TEST_F(DownloadCommandTest, ASavedAccountWithNoStoredPasswordTakesItFromTheEnvironment)
{
    // Saved without a password (none in the secret store): every command takes the password in
    // the same order, so HYDRANT_PASSWORD is enough, as it is for `stream --profile`.
    const QString name = QStringLiteral("no-stored-password");
    auto result = TestSupport::runProcess(
        TestSupport::cliPath(),
        {QStringLiteral("account"), QStringLiteral("add"), name, QStringLiteral("--service"),
         QStringLiteral("backups"), QStringLiteral("--url"), sim->backupsBaseUrl().toString(),
         QStringLiteral("--user"), sim->credentials().user, QStringLiteral("--symbol-metrics"),
         QStringLiteral("trending, watchers")},
        {}, {QStringLiteral("HYDRANT_PASSWORD=")});
    ASSERT_EQ(result.exitCode, 0) << result.standardError.constData();
    // The dashboard's symbol metrics are the account's, as the Backups page offers them.
    result = TestSupport::runProcess(TestSupport::cliPath(),
                                     {QStringLiteral("account"), QStringLiteral("list")});
    EXPECT_TRUE(
        result.standardOutput.contains("[activity,message,symbols/trending,symbols/watchers]"))
        << result.standardOutput.constData();

    result = TestSupport::runProcess(
        TestSupport::cliPath(),
        {QStringLiteral("download"), QStringLiteral("--profile"), name, QStringLiteral("--type"),
         QStringLiteral("activity"), QStringLiteral("--from"), QStringLiteral("2024-01-08"),
         QStringLiteral("--to"), QStringLiteral("2024-01-08"), QStringLiteral("--out"),
         folder.path(), QStringLiteral("--json")},
        {}, passwordEnvironment());
    EXPECT_EQ(result.exitCode, 0) << result.standardError.constData();
    EXPECT_EQ(summaryOf(result).value(QStringLiteral("done")).toInt(), 1);
    // It was made with 'account add': --account names it as well.
    result = TestSupport::runProcess(
        TestSupport::cliPath(),
        {QStringLiteral("download"), QStringLiteral("--account"), name, QStringLiteral("--type"),
         QStringLiteral("activity"), QStringLiteral("--from"), QStringLiteral("2024-01-10"),
         QStringLiteral("--to"), QStringLiteral("2024-01-10"), QStringLiteral("--out"),
         folder.path(), QStringLiteral("--json")},
        {}, passwordEnvironment());
    EXPECT_EQ(result.exitCode, 0) << result.standardError.constData();
    EXPECT_EQ(summaryOf(result).value(QStringLiteral("done")).toInt(), 1);

    // With no password from anywhere, it says where one may come from, before any request.
    const qsizetype requestsBefore = sim->requests().size();
    result = TestSupport::runProcess(
        TestSupport::cliPath(),
        {QStringLiteral("download"), QStringLiteral("--profile"), name, QStringLiteral("--from"),
         QStringLiteral("2024-01-09"), QStringLiteral("--to"), QStringLiteral("2024-01-09"),
         QStringLiteral("--out"), folder.path()},
        {}, {QStringLiteral("HYDRANT_PASSWORD=")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.standardError.contains("HYDRANT_PASSWORD"));
    EXPECT_EQ(sim->requests().size(), requestsBefore);
}

TEST_F(DownloadCommandTest, SomeDaysFailingExitsWithThree)
{
    // 2024-03-20 is after the simulator's today: the service answers 400 for it.
    const auto result = TestSupport::runProcess(
        TestSupport::cliPath(),
        arguments(QStringLiteral("2024-03-14"), QStringLiteral("2024-03-20")), {},
        passwordEnvironment());
    EXPECT_EQ(result.exitCode, 3) << result.standardError.constData();
    const QJsonObject summary = summaryOf(result);
    EXPECT_GT(summary.value(QStringLiteral("failed")).toInt(), 0);
    EXPECT_GT(summary.value(QStringLiteral("done")).toInt(), 0);
}

TEST_F(DownloadCommandTest, InvalidInputIsRefusedBeforeAnyRequest)
{
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    const QList<QStringList> bad{
        arguments(QStringLiteral("2024-01-04"), QStringLiteral("2024-01-05"),
                  QStringLiteral("../x")),
        arguments(QStringLiteral("2023-02-29"), QStringLiteral("2023-03-01")),
        arguments(QStringLiteral("2024-01-05"), tomorrow),
        arguments(QStringLiteral("2024-01-05"), QStringLiteral("2024-01-01")),
    };
    for (const QStringList &args : bad) {
        const auto result =
            TestSupport::runProcess(TestSupport::cliPath(), args, {}, passwordEnvironment());
        EXPECT_EQ(result.exitCode, 1) << qPrintable(args.join(QLatin1Char(' ')));
        EXPECT_FALSE(result.standardError.isEmpty());
    }
    // No password at all is a usage error too.
    const auto noPassword = TestSupport::runProcess(
        TestSupport::cliPath(),
        arguments(QStringLiteral("2024-01-04"), QStringLiteral("2024-01-05")), {},
        {QStringLiteral("HYDRANT_PASSWORD=")});
    EXPECT_EQ(noPassword.exitCode, 1);
    EXPECT_TRUE(sim->requests().isEmpty());
    EXPECT_TRUE(QDir(folder.path()).isEmpty());
}

TEST_F(DownloadCommandTest, KilledMidDownloadFinishesWhenRunAgain)
{
    const QDate day(2024, 1, 9);
    const BackupKey key{QStringLiteral("activity"), day};
    const QString part = pathOf(BackupNaming::partFileName(key));
    sim->injectFault(SimFault::make(SimFault::Throttle, SimFault::Storage, qint64(64 * 1024), 1));

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HYDRANT_PASSWORD"), sim->credentials().password);
    process.setProcessEnvironment(environment);
    const QString date = day.toString(Qt::ISODate);
    process.start(TestSupport::cliPath(), arguments(date, date));
    ASSERT_TRUE(process.waitForStarted());
    ASSERT_TRUE(TestSupport::waitUntil([&] { return QFileInfo(part).size() >= 64 * 1024; }, 15000));
    process.kill(); // SIGKILL: no chance to clean up
    ASSERT_TRUE(process.waitForFinished());
    const qint64 partial = QFileInfo(part).size();
    EXPECT_GT(partial, 0);
    EXPECT_FALSE(QFileInfo::exists(pathOf(BackupNaming::fileName(key))));

    const auto result = TestSupport::runProcess(TestSupport::cliPath(), arguments(date, date), {},
                                                passwordEnvironment());
    EXPECT_EQ(result.exitCode, 0) << result.standardError.constData();
    EXPECT_EQ(sha256OfFile(pathOf(BackupNaming::fileName(key))), servedSha256(key.fileType, day));
    EXPECT_FALSE(QFileInfo::exists(part));
    const auto storage = requestsTo(SimFault::Storage);
    ASSERT_GE(storage.size(), 2);
    EXPECT_EQ(storage.last().range, "bytes=" + QByteArray::number(partial) + '-');
    EXPECT_EQ(storage.last().status, 206);
}

TEST_F(DownloadCommandTest, AfterA401TheSummaryNamesEveryFailedDayWithItsReason)
{
    const auto result = TestSupport::runProcess(
        TestSupport::cliPath(),
        arguments(QStringLiteral("2024-01-08"), QStringLiteral("2024-01-12")), {},
        passwordEnvironment(QStringLiteral("wrong")));
    EXPECT_EQ(result.exitCode, 2) << result.standardError.constData();
    const QJsonObject summary = summaryOf(result);
    const int failed = summary.value(QStringLiteral("failed")).toInt();
    const QJsonArray failures = summary.value(QStringLiteral("failures")).toArray();
    EXPECT_EQ(failed, 5);
    ASSERT_EQ(failures.size(), failed);
    for (const QJsonValue &failure : failures) {
        EXPECT_FALSE(failure.toObject().value(QStringLiteral("date")).toString().isEmpty());
        EXPECT_TRUE(failure.toObject()
                        .value(QStringLiteral("reason"))
                        .toString()
                        .contains(QStringLiteral("authentication")));
    }
    EXPECT_FALSE(result.standardError.contains("Internal problem"))
        << result.standardError.constData();
}

TEST_F(DownloadCommandTest, ATypeFoundOnNoDayIsNamedAndExitsWithThree)
{
    const auto result = TestSupport::runProcess(
        TestSupport::cliPath(),
        arguments(QStringLiteral("2024-01-08"), QStringLiteral("2024-01-10"),
                  QStringLiteral("activity,messages")),
        {}, passwordEnvironment());
    EXPECT_EQ(result.exitCode, 3) << result.standardError.constData();
    EXPECT_TRUE(result.standardError.contains("does not seem to exist"))
        << result.standardError.constData();
    const QJsonObject summary = summaryOf(result);
    EXPECT_EQ(summary.value(QStringLiteral("done")).toInt(), 3);
    EXPECT_EQ(summary.value(QStringLiteral("types_not_found")).toArray(),
              QJsonArray{QStringLiteral("messages")});
}

TEST_F(DownloadCommandTest, TheDefaultTypesAreTheDocumentedActivityAndMessage)
{
    QStringList args = arguments(QStringLiteral("2024-01-08"), QStringLiteral("2024-01-08"));
    const qsizetype type = args.indexOf(QStringLiteral("--type"));
    args.remove(type, 2);
    const auto result =
        TestSupport::runProcess(TestSupport::cliPath(), args, {}, passwordEnvironment());
    EXPECT_EQ(result.exitCode, 0) << result.standardError.constData();
    EXPECT_TRUE(QFileInfo::exists(pathOf(QStringLiteral("stocktwits_activity_2024_01_08.gz"))));
    EXPECT_TRUE(QFileInfo::exists(pathOf(QStringLiteral("stocktwits_message_2024_01_08.gz"))));
    for (const SimRequest &request : sim->requests())
        EXPECT_TRUE(request.userAgent.startsWith("Hydrant/")) << request.userAgent.constData();
}

TEST_F(DownloadCommandTest, ProgressSaysWhatIsRunningAndHowFastWhileTransferring)
{
    // About three seconds of transfer: the progress line (every two seconds) falls inside it.
    sim->injectFault(SimFault::make(SimFault::Throttle, SimFault::Storage, qint64(100 * 1024)));
    const auto result = TestSupport::runProcess(
        TestSupport::cliPath(),
        arguments(QStringLiteral("2024-01-08"), QStringLiteral("2024-01-08")), {},
        passwordEnvironment());
    EXPECT_EQ(result.exitCode, 0) << result.standardError.constData();
    QByteArray progress;
    for (const QByteArray &line : result.standardError.split('\n')) {
        if (line.startsWith("progress"))
            progress = line;
    }
    ASSERT_FALSE(progress.isEmpty()) << result.standardError.constData();
    EXPECT_TRUE(progress.contains("1 running")) << progress.constData();
    EXPECT_FALSE(progress.contains(" 0 bytes/s")) << progress.constData();
}

TEST_F(DownloadCommandTest, A401FromAServiceThatClosesTheConnectionGivesNoQtWarning)
{
    // Parallel requests all answered 401, each ended by closing the connection: stopping the
    // others once the first 401 is in used to make Qt report a second error on them.
    sim->injectFault(SimFault::make(SimFault::UnauthorizedClose, SimFault::Backups));
    for (int run = 0; run < 6; ++run) {
        QStringList args = arguments(QStringLiteral("2024-01-08"), QStringLiteral("2024-01-19"));
        args << QStringLiteral("--jobs") << QStringLiteral("3");
        const auto result =
            TestSupport::runProcess(TestSupport::cliPath(), args, {}, passwordEnvironment());
        EXPECT_EQ(result.exitCode, 2) << result.standardError.constData();
        EXPECT_FALSE(result.standardError.contains("Internal problem"))
            << result.standardError.constData();
    }
}

TEST_F(DownloadCommandTest, SymbolBackupsOfTheGivenMetricArriveByteIdentical)
{
    QStringList args = arguments(QStringLiteral("2024-01-08"), QStringLiteral("2024-01-09"));
    args.remove(args.indexOf(QStringLiteral("--type")), 2);
    args << QStringLiteral("--symbols-metric") << QStringLiteral("trending");
    const auto result =
        TestSupport::runProcess(TestSupport::cliPath(), args, {}, passwordEnvironment());
    EXPECT_EQ(result.exitCode, 0) << result.standardError.constData();
    EXPECT_EQ(summaryOf(result).value(QStringLiteral("done")).toInt(), 2);
    for (int day : {8, 9}) {
        const QString name = QStringLiteral("stocktwits_symbols_trending_2024_01_%1.gz")
                                 .arg(day, 2, 10, QLatin1Char('0'));
        EXPECT_EQ(sha256OfFile(pathOf(name)),
                  servedSha256(QStringLiteral("symbols_trending"), QDate(2024, 1, day)))
            << qPrintable(name);
    }
    for (const SimRequest &request : requestsTo(SimFault::Backups))
        EXPECT_TRUE(request.target.startsWith(QLatin1String("/symbols/backups/trending/")))
            << qPrintable(request.target);

    // A metric that is no path part never reaches the network.
    QStringList bad = arguments(QStringLiteral("2024-01-08"), QStringLiteral("2024-01-08"));
    bad << QStringLiteral("--symbols-metric") << QStringLiteral("../x");
    const auto refused =
        TestSupport::runProcess(TestSupport::cliPath(), bad, {}, passwordEnvironment());
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.standardError.contains("metric")) << refused.standardError.constData();
}

TEST_F(DownloadCommandTest, TheDownloadFolderOpensAsOneDataset)
{
    // What a user does next: download a few days, then ask the folder a question.
    const auto download =
        TestSupport::runProcess(TestSupport::cliPath(),
                                arguments(QStringLiteral("2024-01-08"),
                                          QStringLiteral("2024-01-10"), QStringLiteral("message")),
                                {}, passwordEnvironment());
    ASSERT_EQ(download.exitCode, 0) << download.standardError.constData();
    qint64 linesOnDisk = 0;
    QStringList days;
    for (int day : {8, 9, 10}) {
        days.append(pathOf(
            QStringLiteral("stocktwits_message_2024_01_%1.gz").arg(day, 2, 10, QLatin1Char('0'))));
        const auto count = TestSupport::runProcess(
            TestSupport::cliPath(),
            {QStringLiteral("inspect"), days.last(), QStringLiteral("--count"),
             QStringLiteral("--json"), QStringLiteral("--no-cache")});
        ASSERT_EQ(count.exitCode, 0) << count.standardError.constData();
        linesOnDisk +=
            QJsonDocument::fromJson(count.standardOutput).object().value("lines").toInteger();
    }
    ASSERT_GT(linesOnDisk, 0);

    const auto inspected = TestSupport::runProcess(
        TestSupport::cliPath(),
        {QStringLiteral("inspect"), folder.path(), QStringLiteral("--count"),
         QStringLiteral("--json"), QStringLiteral("--no-cache")});
    ASSERT_EQ(inspected.exitCode, 0) << inspected.standardError.constData();
    const QJsonObject totals = QJsonDocument::fromJson(inspected.standardOutput).object();
    EXPECT_EQ(totals.value(QStringLiteral("lines")).toInteger(), linesOnDisk);
    const QJsonArray files = totals.value(QStringLiteral("files")).toArray();
    ASSERT_EQ(files.size(), 3);
    for (qsizetype i = 0; i < files.size(); ++i)
        EXPECT_EQ(QFileInfo(files[i].toObject().value(QStringLiteral("path")).toString()),
                  QFileInfo(days[i]));
}

namespace {

/// The lines of a gzip file (every member), read with zlib alone.
std::vector<QByteArray> gzipLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray compressed = file.readAll();
    QByteArray content;
    z_stream z{};
    inflateInit2(&z, 15 + 32);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    z.avail_in = uInt(compressed.size());
    char out[1 << 16];
    int status = Z_OK;
    while (status != Z_DATA_ERROR && status != Z_MEM_ERROR && (z.avail_in > 0 || status == Z_OK)) {
        z.next_out = reinterpret_cast<Bytef *>(out);
        z.avail_out = sizeof out;
        status = inflate(&z, Z_NO_FLUSH);
        content.append(out, qsizetype(sizeof out - z.avail_out));
        if (status == Z_STREAM_END) {
            if (z.avail_in == 0)
                break;
            inflateReset(&z); // the next member
            status = Z_OK;
        } else if (status == Z_BUF_ERROR && z.avail_out > 0) {
            break;
        }
    }
    inflateEnd(&z);
    std::vector<QByteArray> lines;
    for (const QByteArray &line : content.split('\n')) {
        if (!line.isEmpty())
            lines.push_back(line);
    }
    return lines;
}

/// "2024-01-08T13:05" of a backup line: the time of the like, follow or message it holds.
QByteArray minuteOf(const QByteArray &line)
{
    const QByteArray key = "\"created_at\":\"";
    const qsizetype at = line.indexOf(key);
    return at < 0 ? QByteArray() : line.mid(at + key.size(), 16);
}

} // namespace

TEST_F(DownloadCommandTest, TheActivitiesAndMessagesOfADayAreReadAsOneTimeline)
{
    // Both file types of a day in one folder, read as one: the likes and follows come among
    // the messages minute by minute, as they happened, each file's lines in their own order.
    const auto download = TestSupport::runProcess(TestSupport::cliPath(),
                                                  arguments(QStringLiteral("2024-01-08"),
                                                            QStringLiteral("2024-01-08"),
                                                            QStringLiteral("activity,message")),
                                                  {}, passwordEnvironment());
    ASSERT_EQ(download.exitCode, 0) << download.standardError.constData();
    const std::vector<QString> paths{pathOf(QStringLiteral("stocktwits_activity_2024_01_08.gz")),
                                     pathOf(QStringLiteral("stocktwits_message_2024_01_08.gz"))};
    const std::vector<std::vector<QByteArray>> files{gzipLines(paths[0]), gzipLines(paths[1])};
    ASSERT_GT(files[0].size(), 1000u);
    ASSERT_GT(files[1].size(), 1000u);

    const QTemporaryDir elsewhere; // not in the folder, which is searched next
    const QString exported = elsewhere.filePath(QStringLiteral("day.jsonl"));
    const auto exporting =
        TestSupport::runProcess(TestSupport::cliPath(), {QStringLiteral("export"), paths[0],
                                                         paths[1], QStringLiteral("-o"), exported});
    ASSERT_EQ(exporting.exitCode, 0) << exporting.standardError.constData();
    QFile out(exported);
    ASSERT_TRUE(out.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = out.readAll().split('\n');
    ASSERT_EQ(size_t(rows.size()), files[0].size() + files[1].size() + 1); // the last '\n'

    // Where each line of each file is in the timeline.
    std::vector<std::vector<qsizetype>> rowOf{std::vector<qsizetype>(files[0].size(), -1),
                                              std::vector<qsizetype>(files[1].size(), -1)};
    size_t next[2] = {0, 0};
    QByteArray previousMinute;
    int previousFile = -1;
    int turns = 0;
    for (qsizetype row = 0; row + 1 < rows.size(); ++row) {
        int file = 0;
        if (next[0] < files[0].size() && rows[row] == files[0][next[0]])
            file = 0;
        else if (next[1] < files[1].size() && rows[row] == files[1][next[1]])
            file = 1;
        else
            FAIL() << "row " << row << " is not the next line of either file";
        rowOf[size_t(file)][next[file]++] = row;
        const QByteArray minute = minuteOf(rows[row]);
        ASSERT_GE(minute, previousMinute) << "row " << row;
        previousMinute = minute;
        turns += file != previousFile ? 1 : 0;
        previousFile = file;
    }
    EXPECT_GT(turns, 500) << "the two files take turns through the day";

    // Searching the folder gives the matches in the same order, with each file's line numbers.
    const auto grep = TestSupport::runProcess(
        TestSupport::cliPath(), {QStringLiteral("inspect"), folder.path(), QStringLiteral("--grep"),
                                 QStringLiteral("moon"), QStringLiteral("--no-cache")});
    ASSERT_EQ(grep.exitCode, 0) << grep.standardError.constData();
    qsizetype previousRow = -1;
    int matches[2] = {0, 0};
    for (const QByteArray &printed : grep.standardOutput.split('\n')) {
        if (printed.isEmpty())
            continue;
        const qsizetype pathEnd = printed.indexOf(".gz:") + 3;
        const qsizetype numberEnd = printed.indexOf(':', pathEnd + 1);
        const QFileInfo path(QString::fromUtf8(printed.left(pathEnd)));
        const int file = path == QFileInfo(paths[0]) ? 0 : 1;
        const qint64 line = printed.mid(pathEnd + 1, numberEnd - pathEnd - 1).toLongLong() - 1;
        ASSERT_TRUE(line >= 0 && size_t(line) < files[size_t(file)].size()) << printed.constData();
        EXPECT_EQ(printed.mid(numberEnd + 1), files[size_t(file)][size_t(line)]);
        const qsizetype row = rowOf[size_t(file)][size_t(line)];
        EXPECT_GT(row, previousRow) << "matches in the timeline's order";
        previousRow = row;
        ++matches[file];
    }
    EXPECT_GT(matches[0], 0);
    EXPECT_GT(matches[1], 0);
}
