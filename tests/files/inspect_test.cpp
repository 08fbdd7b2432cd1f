#include "files/archiveaccess.h"
#include "sampledata.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using TestSupport::cliPath;
using TestSupport::runProcess;

namespace {

QJsonObject jsonOf(const TestSupport::ProcessResult &result)
{
    return QJsonDocument::fromJson(result.standardOutput).object();
}

} // namespace

TEST(InspectCommand, CountsLinesMessagesAndMalformed)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(500) + "\r\n" + "oops, not json\n" +
                            "[1,2]\n" + "{\"error\":{\"message\":\"Forced Disconnect\"}}\n";
    const QString path =
        SampleData::write(dir, QStringLiteral("day.jsonl.gz"), SampleData::gzip(data));
    const auto result =
        runProcess(cliPath(), {QStringLiteral("inspect"), path, QStringLiteral("--count"),
                               QStringLiteral("--json"), QStringLiteral("--no-cache")});
    ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    const QJsonObject counts = jsonOf(result);
    EXPECT_EQ(counts.value(QStringLiteral("lines")).toInteger(), 503);
    EXPECT_EQ(counts.value(QStringLiteral("messages")).toInteger(), 501);
    EXPECT_EQ(counts.value(QStringLiteral("malformed")).toInteger(), 2);
    EXPECT_EQ(counts.value(QStringLiteral("truncated")).toBool(true), false);
    EXPECT_EQ(counts.value(QStringLiteral("bytes_uncompressed")).toInteger(), data.size());
}

TEST(InspectCommand, ReportsATruncatedFile)
{
    QTemporaryDir dir;
    const QByteArray compressed = SampleData::gzip(SampleData::stockTwitsLines(2000));
    const QString path =
        SampleData::write(dir, QStringLiteral("cut.gz"), compressed.left(compressed.size() / 2));
    const auto result =
        runProcess(cliPath(), {QStringLiteral("inspect"), path, QStringLiteral("--count"),
                               QStringLiteral("--json"), QStringLiteral("--no-cache")});
    ASSERT_EQ(result.exitCode, 0);
    const QJsonObject counts = jsonOf(result);
    EXPECT_TRUE(counts.value(QStringLiteral("truncated")).toBool());
    EXPECT_GT(counts.value(QStringLiteral("lines")).toInteger(), 500);
    EXPECT_TRUE(result.standardError.contains("truncated"));
}

TEST(InspectCommand, ACutOffLastLineIsReportedAndNotCounted)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(2000);
    const QByteArray compressed = SampleData::gzip(data);
    qsizetype cut = compressed.size() / 2;
    QByteArray visible = SampleData::gunzip(compressed.left(cut));
    while (visible.endsWith('\n') || visible.size() - visible.lastIndexOf('\n') < 10)
        visible = SampleData::gunzip(compressed.left(++cut));
    const qint64 complete = visible.count('\n');
    const QString path = SampleData::write(dir, QStringLiteral("cut.gz"), compressed.left(cut));
    const auto result =
        runProcess(cliPath(), {QStringLiteral("inspect"), path, QStringLiteral("--count"),
                               QStringLiteral("--json"), QStringLiteral("--no-cache")});
    ASSERT_EQ(result.exitCode, 0);
    const QJsonObject counts = jsonOf(result);
    EXPECT_TRUE(counts.value(QStringLiteral("truncated")).toBool());
    EXPECT_EQ(counts.value(QStringLiteral("lines")).toInteger(), complete);
    EXPECT_EQ(counts.value(QStringLiteral("messages")).toInteger(), complete);
    EXPECT_EQ(counts.value(QStringLiteral("malformed")).toInteger(), 0);
    EXPECT_EQ(counts.value(QStringLiteral("cut_line_bytes")).toInteger(),
              visible.size() - visible.lastIndexOf('\n') - 1);
    EXPECT_TRUE(result.standardError.contains("cut off")) << result.standardError.toStdString();
}

TEST(InspectCommand, GrepPrintsMatchingLinesOrTheirCount)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(3000);
    const QString path = SampleData::write(dir, QStringLiteral("grep.gz"), SampleData::gzip(data));
    QByteArray expected;
    int count = 0;
    for (const QByteArray &line : SampleData::lines(data)) {
        if (line.contains("NVDA")) {
            expected += line + '\n';
            ++count;
        }
    }
    ASSERT_GT(count, 10);
    auto result = runProcess(cliPath(), {QStringLiteral("inspect"), path, QStringLiteral("--grep"),
                                         QStringLiteral("NVDA")});
    ASSERT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.standardOutput, expected);
    result = runProcess(cliPath(), {QStringLiteral("inspect"), path, QStringLiteral("--grep"),
                                    QStringLiteral("NVDA"), QStringLiteral("--count")});
    EXPECT_EQ(result.standardOutput.trimmed().toInt(), count);
    result = runProcess(cliPath(), {QStringLiteral("inspect"), path, QStringLiteral("--grep"),
                                    QStringLiteral("symbol:nvda"), QStringLiteral("--count"),
                                    QStringLiteral("--json")});
    EXPECT_EQ(jsonOf(result).value(QStringLiteral("matches")).toInteger(), count);
}

// "-" reads what is piped in, as grep does: gzip or plain, searched, counted and exported like a
// file, and nothing of it cached or left behind.
TEST(InspectCommand, AMinusReadsStandardInput)
{
    // Over the 8 MiB from which a file's index is cached.
    const QByteArray data = SampleData::stockTwitsLines(24000);
    const QByteArray compressed = SampleData::gzip(data);
    QByteArray expected;
    for (const QByteArray &line : SampleData::lines(data)) {
        if (line.contains("NVDA"))
            expected += line + '\n';
    }
    ASSERT_FALSE(expected.isEmpty());
    QTemporaryDir dir;
    const QString asFile = SampleData::write(dir, QStringLiteral("day.jsonl.gz"), compressed);
    const auto cachedIn = [](const QTemporaryDir &cache) {
        return !QDir(cache.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    };
    QTemporaryDir fileCache;
    runProcess(cliPath(), {QStringLiteral("inspect"), asFile, QStringLiteral("--count")}, {},
               {QStringLiteral("XDG_CACHE_HOME=") + fileCache.path()});
    ASSERT_TRUE(cachedIn(fileCache)) << "the same data in a file is cached";

    QTemporaryDir cache;
    const QStringList environment{QStringLiteral("XDG_CACHE_HOME=") + cache.path()};
    const QStringList grep{QStringLiteral("inspect"), QStringLiteral("-"), QStringLiteral("--grep"),
                           QStringLiteral("NVDA")};
    auto result = runProcess(cliPath(), grep, compressed, environment);
    ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    EXPECT_EQ(result.standardOutput, expected);
    result = runProcess(cliPath(), grep, data, environment);
    EXPECT_EQ(result.standardOutput, expected);

    result =
        runProcess(cliPath(), {QStringLiteral("inspect"), QStringLiteral("-")}, data, environment);
    ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    EXPECT_TRUE(result.standardOutput.contains("standard input"));
    EXPECT_TRUE(result.standardOutput.contains("24,000") || result.standardOutput.contains("24000"))
        << result.standardOutput.toStdString();

    result = runProcess(cliPath(),
                        {QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("--query"),
                         QStringLiteral("NVDA")},
                        compressed, environment);
    ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    EXPECT_EQ(result.standardOutput, expected);
    EXPECT_FALSE(cachedIn(cache)) << "what is piped in is not cached";

    // With other files it is refused before anything is read.
    result = runProcess(
        cliPath(), {QStringLiteral("inspect"), QStringLiteral("-"), QStringLiteral("other.jsonl")},
        data, environment);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.standardError.contains("Standard input (-) is read alone"));
}

TEST(InspectCommand, PrintsOneLine)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(100);
    const QString path = SampleData::write(dir, QStringLiteral("line.jsonl"), data);
    auto result = runProcess(cliPath(), {QStringLiteral("inspect"), path, QStringLiteral("--line"),
                                         QStringLiteral("42")});
    ASSERT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.standardOutput, SampleData::lines(data)[41] + '\n');
    result = runProcess(cliPath(), {QStringLiteral("inspect"), path, QStringLiteral("--line"),
                                    QStringLiteral("101")});
    EXPECT_EQ(result.exitCode, 3);
    result = runProcess(cliPath(), {QStringLiteral("inspect"), path, QStringLiteral("--line"),
                                    QStringLiteral("zero")});
    EXPECT_EQ(result.exitCode, 1);
}

TEST(InspectCommand, StatisticsPerHourAndTopSymbols)
{
    QTemporaryDir dir;
    // 3 hours of messages, one every 6 seconds.
    const QByteArray data = SampleData::stockTwitsLines(1800, 1480896000, 6);
    const QString path = SampleData::write(dir, QStringLiteral("stats.gz"), SampleData::gzip(data));
    const auto result = runProcess(cliPath(), {QStringLiteral("inspect"), path,
                                               QStringLiteral("--stats"), QStringLiteral("--json"),
                                               QStringLiteral("--top"), QStringLiteral("3")});
    ASSERT_EQ(result.exitCode, 0);
    const QJsonObject stats = jsonOf(result);
    const QJsonArray hours = stats.value(QStringLiteral("per_hour")).toArray();
    ASSERT_EQ(hours.size(), 3);
    EXPECT_EQ(hours[0].toObject().value(QStringLiteral("hour")).toString(),
              QStringLiteral("2016-12-05T00:00:00Z"));
    EXPECT_EQ(hours[1].toObject().value(QStringLiteral("messages")).toInteger(), 600);
    EXPECT_EQ(hours[2].toObject().value(QStringLiteral("first_line")).toInteger(), 1201);
    const QJsonArray symbols = stats.value(QStringLiteral("top_symbols")).toArray();
    ASSERT_EQ(symbols.size(), 3);
    qint64 previous = LLONG_MAX;
    for (const QJsonValue &symbol : symbols) {
        const qint64 n = symbol.toObject().value(QStringLiteral("messages")).toInteger();
        EXPECT_LE(n, previous);
        previous = n;
    }
}

TEST(InspectCommand, ClearErrors)
{
    auto result =
        runProcess(cliPath(), {QStringLiteral("inspect"), QStringLiteral("/no/such/file.gz")});
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_TRUE(result.standardError.contains("does not exist"));
    result = runProcess(cliPath(), {QStringLiteral("inspect")});
    EXPECT_EQ(result.exitCode, 1);
    if (!ArchiveAccess::isAvailable()) {
        QTemporaryDir dir;
        const QString zip = SampleData::write(dir, QStringLiteral("a.zip"),
                                              QByteArray("PK\x03\x04", 4) + QByteArray(64, 'x'));
        result = runProcess(cliPath(), {QStringLiteral("inspect"), zip});
        EXPECT_EQ(result.exitCode, 3);
        EXPECT_TRUE(result.standardError.contains("KArchive"));
    }
}

TEST(InspectCommand, GrepExitsOneWhenNothingMatchesAndSaysWhyAQueryIsInvalid)
{
    QTemporaryDir dir;
    const QString path = SampleData::write(dir, QStringLiteral("none.gz"),
                                           SampleData::gzip(SampleData::stockTwitsLines(200)));
    auto result = runProcess(cliPath(), {QStringLiteral("inspect"), path, QStringLiteral("--grep"),
                                         QStringLiteral("no-such-word-anywhere")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.standardOutput.isEmpty());
    result = runProcess(cliPath(), {QStringLiteral("inspect"), path, QStringLiteral("--grep"),
                                    QStringLiteral("no-such-word-anywhere"), QStringLiteral("--count")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.standardOutput.trimmed(), QByteArray("0"));
    result = runProcess(cliPath(), {QStringLiteral("inspect"), path, QStringLiteral("--grep"),
                                    QStringLiteral("($NVDA OR")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.standardError.contains("OR at character 8 needs a term after it."));
}

TEST(ExportCommand, WritesTheMatchingMessagesAsCsvOrJsonLines)
{
    QTemporaryDir dir;
    const QByteArray first =
        R"({"id":1,"body":"Let&#39;s go $TSLA","created_at":"2024-03-11T14:30:05Z","user":{"username":"zoe"},"symbols":[{"symbol":"TSLA"}],"entities":{"sentiment":{"basic":"Bullish"}},"likes":{"total":3}})"
        "\n"
        R"({"id":2,"body":"nothing","created_at":"2024-03-11T14:31:00Z","user":{"username":"bob"}})"
        "\n";
    const QByteArray second =
        R"({"data":{"id":"20","text":"v2 on $TSLA","author_id":"7","created_at":"2024-03-12T08:00:00.000Z","entities":{"cashtags":[{"tag":"TSLA"}]},"public_metrics":{"like_count":5}},"includes":{"users":[{"id":"7","username":"dev"}]}})"
        "\n";
    const QString a = SampleData::write(dir, QStringLiteral("a.jsonl"), first);
    const QString b = SampleData::write(dir, QStringLiteral("b.jsonl.gz"), SampleData::gzip(second));

    auto result = runProcess(cliPath(), {QStringLiteral("export"), a, b, QStringLiteral("--query"),
                                         QStringLiteral("$TSLA"), QStringLiteral("--format"),
                                         QStringLiteral("csv"), QStringLiteral("-o"), QStringLiteral("-")});
    ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    EXPECT_EQ(result.standardOutput,
              QByteArray("id,time,author,symbols,sentiment,text,likes,source,kind\r\n"
                         "1,2024-03-11T14:30:05.000Z,zoe,TSLA,Bullish,Let's go $TSLA,3,,stocktwits\r\n"
                         "20,2024-03-12T08:00:00.000Z,dev,TSLA,,v2 on $TSLA,5,,tweet\r\n"));

    const QString out = dir.filePath(QStringLiteral("out.jsonl"));
    result = runProcess(cliPath(), {QStringLiteral("export"), a, QStringLiteral("--query"),
                                    QStringLiteral("@bob OR @zoe"), QStringLiteral("-o"), out});
    ASSERT_EQ(result.exitCode, 0);
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), first) << "JSON lines are exported exactly as they are";

    result = runProcess(cliPath(), {QStringLiteral("export"), a, QStringLiteral("--columns"),
                                    QStringLiteral("id,colour"), QStringLiteral("--format"),
                                    QStringLiteral("csv")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.standardError.contains("colour"));
    result = runProcess(cliPath(), {QStringLiteral("export"), a, QStringLiteral("--query"),
                                    QStringLiteral("sentiment:maybe")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.standardError.contains("Unknown sentiment"));
}

// The command line writes what the Files page writes for the same request: a name ending in
// .gz gets gzip-compressed JSON lines (as the Files page's suggested name does), and the
// choices that cannot work are refused with the same sentences.
TEST(ExportCommand, AGzipNameGetsGzipAsInTheFilesPage)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(300);
    const QString input = SampleData::write(dir, QStringLiteral("day.jsonl"), data);

    const QString out = dir.filePath(QStringLiteral("day-export.jsonl.gz"));
    auto result = runProcess(cliPath(), {QStringLiteral("export"), input, QStringLiteral("-o"), out});
    ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    // A clean export says nothing on standard error (a script may take anything there for a fault).
    EXPECT_TRUE(result.standardError.isEmpty()) << result.standardError.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    ASSERT_TRUE(written.startsWith("\x1f\x8b")) << "not gzip: " << written.left(40).toStdString();
    EXPECT_EQ(SampleData::gunzip(written), data);

    // Asked for by name, to standard output.
    result = runProcess(cliPath(), {QStringLiteral("export"), input, QStringLiteral("--format"),
                                    QStringLiteral("jsonl.gz")});
    ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    EXPECT_EQ(SampleData::gunzip(result.standardOutput), data);

    result = runProcess(cliPath(), {QStringLiteral("export"), input, QStringLiteral("--format"),
                                    QStringLiteral("xml")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.standardError.contains("csv, jsonl or jsonl.gz"))
        << result.standardError.toStdString();
    result = runProcess(cliPath(), {QStringLiteral("export"), input, QStringLiteral("-o"), QString()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.standardError.contains("Name the file to export to."))
        << result.standardError.toStdString();
}
