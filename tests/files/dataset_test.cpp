// A month of daily files opened as one dataset: the files in time order, their rows numbered
// one after the other, search, statistics and the command line's per-file answers equal to a
// scan of the same data done here, and a day added later indexed alone while the others come
// from the index cache.

#include "files/dataset.h"
#include "files/datasetsearch.h"
#include "files/filedocument.h"
#include "files/fileindex.h"
#include "files/filesearch.h"
#include "files/indexcache.h"
#include "files/linereader.h"
#include "message/messagequery.h"
#include "message/messagetimeparser.h"
#include "sampledata.h"
#include "samplemonth.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using TestSupport::cliPath;
using TestSupport::runProcess;
using namespace SampleMonth;

namespace {

std::unique_ptr<Dataset> openFolder(const QString &folder, bool cache = false)
{
    auto dataset = std::make_unique<Dataset>();
    dataset->setCacheEnabled(cache);
    EXPECT_TRUE(dataset->open({folder}));
    EXPECT_TRUE(dataset->waitForFinished(30000));
    return dataset;
}

QJsonObject jsonOf(const TestSupport::ProcessResult &result)
{
    return QJsonDocument::fromJson(result.standardOutput).object();
}

} // namespace

/// The generated month opened as a folder, without the index cache.
class MonthDataset : public ::testing::Test
{
protected:
    void SetUp() override { dataset = openFolder(dir.path()); }

    QTemporaryDir dir;
    const Month month{dir};
    const std::vector<Day> expected = month.expected();
    std::unique_ptr<Dataset> dataset;
};

TEST_F(MonthDataset, FilesAreInTimeOrderWithTheirLinesAndProblems)
{
    // The Gnip day, named to sort last, sits between the 21st and the 23rd; the file that is
    // not gzip keeps its place by name (after the 30th); the missing 13th is simply absent.
    ASSERT_EQ(dataset->fileCount(), int(expected.size()));
    for (int f = 0; f < dataset->fileCount(); ++f) {
        EXPECT_EQ(dataset->path(f), expected[size_t(f)].path) << "file " << f;
        EXPECT_EQ(dataset->lineCount(f), qint64(expected[size_t(f)].lines.size())) << f;
        EXPECT_EQ(dataset->problem(f).isEmpty(), expected[size_t(f)].whole)
            << dataset->path(f).toStdString() << ": " << dataset->problem(f).toStdString();
    }
    EXPECT_EQ(dataset->rowCount(), month.rows());
    const int cut = 15; // the 17th, the 13th being absent
    EXPECT_TRUE(dataset->path(cut).endsWith(QStringLiteral("2024-11-17.jsonl.gz")));
    EXPECT_GT(dataset->lineCount(cut), 0) << "a cut-off day keeps its readable lines";
    EXPECT_TRUE(dataset->problem(cut).contains(QStringLiteral("truncated")));
}

TEST_F(MonthDataset, EveryRowIsALineOfOneFileInOrder)
{
    qint64 row = 0;
    for (size_t f = 0; f < expected.size(); ++f) {
        if (!expected[f].lines.empty()) {
            EXPECT_EQ(dataset->rowOf(int(f), 0), row);
        }
        auto reader =
            expected[f].lines.empty() ? nullptr : dataset->document(int(f))->createLineReader();
        for (size_t l = 0; l < expected[f].lines.size(); ++l, ++row) {
            const Dataset::Location at = dataset->locate(row);
            ASSERT_EQ(at.file, int(f)) << "row " << row;
            ASSERT_EQ(at.line, qint64(l)) << "row " << row;
            EXPECT_EQ(dataset->rowOf(at.file, at.line), row);
            QByteArray content;
            ASSERT_TRUE(reader->readWholeLine(at.line, content));
            EXPECT_EQ(content, expected[f].lines[l]) << "row " << row;
        }
    }
    EXPECT_EQ(dataset->locate(row).file, -1);
    EXPECT_EQ(dataset->locate(-1).file, -1);
    EXPECT_EQ(dataset->rowOf(0, qint64(expected[0].lines.size())), -1);
}

TEST_F(MonthDataset, StatisticsCoverTheWholeRangeWithDatasetRows)
{
    const FileStatistics stats = dataset->statistics();
    EXPECT_EQ(stats.lines(), month.rows());
    EXPECT_EQ(stats.messages(), month.rows());
    EXPECT_EQ(stats.timed(), month.rows());
    EXPECT_EQ(stats.firstTime(), november1 + 7);
    EXPECT_EQ(stats.lastTime(), november1 + 29 * day + (linesPerDay - 1) * 3000 + 7);
    EXPECT_TRUE(stats.timesMonotonic());
    // Each hour's first row is a row of that hour: a chart bar leads to the right file.
    qint64 counted = 0;
    for (const auto &[hour, bucket] : stats.hours()) {
        counted += bucket.count;
        const Dataset::Location first = dataset->locate(bucket.firstLine);
        ASSERT_GE(first.file, 0);
        const QByteArray line = expected[size_t(first.file)].lines[size_t(first.line)];
        EXPECT_TRUE(line.contains(iso(hour).left(13))) << line.constData();
    }
    EXPECT_EQ(counted, month.rows());
}

TEST_F(MonthDataset, SearchAcrossTheFilesEqualsAReferenceScan)
{
    for (const QString &text : {QStringLiteral("$TSLA"), QStringLiteral("activity OR moon")}) {
        const MessageQuery query = MessageQuery::parse(text);
        const std::vector<Match> reference = referenceScan(expected, query);
        ASSERT_GT(reference.size(), 10u) << text.toStdString();
        std::vector<Match> found;
        for (int f = 0; f < dataset->fileCount(); ++f) {
            if (dataset->lineCount(f) == 0)
                continue;
            FileSearch search(dataset->document(f));
            search.start(query);
            ASSERT_TRUE(search.waitForFinished(30000));
            for (const qint64 line : search.results()) {
                found.push_back({f, line});
                EXPECT_EQ(dataset->locate(dataset->rowOf(f, line)).file, f);
            }
        }
        EXPECT_EQ(found, reference) << text.toStdString();
    }
}

TEST(Dataset, ADayAddedLaterIsIndexedWhileTheOthersComeFromTheCache)
{
    const qint64 minimum = IndexCache::minimumContentBytes();
    IndexCache::setMinimumContentBytes(0);
    QTemporaryDir dir;
    Month month(dir);
    const auto first = openFolder(dir.path(), true);
    const qint64 rowsBefore = first->rowCount();
    for (int f = 0; f < first->fileCount(); ++f)
        EXPECT_FALSE(first->document(f)->loadedFromCache()) << first->path(f).toStdString();

    const Day added = month.makeDay(13);
    const auto second = openFolder(dir.path(), true);
    ASSERT_EQ(second->fileCount(), first->fileCount() + 1);
    EXPECT_EQ(second->rowCount(), rowsBefore + linesPerDay);
    for (int f = 0; f < second->fileCount(); ++f) {
        const QString path = second->path(f);
        const bool readable = second->document(f)->status() == FileDocument::Status::Ready;
        EXPECT_EQ(second->document(f)->loadedFromCache(), readable && path != added.path)
            << path.toStdString();
    }
    // The new day takes its place in time, between the 12th and the 14th.
    EXPECT_EQ(second->path(12), added.path);
    EXPECT_EQ(second->rowOf(12, 0), 12 * linesPerDay);
    IndexCache::setMinimumContentBytes(minimum);
}

TEST(Dataset, AMonthReopenedFromTheCacheIsSearchedAtOnceWhileItsIndexesAreRead)
{
    const qint64 minimum = IndexCache::minimumContentBytes();
    IndexCache::setMinimumContentBytes(0);
    QTemporaryDir dir;
    Month month(dir);
    const std::vector<Day> expected = month.expected();
    openFolder(dir.path(), true); // writes the index caches
    // One day was touched since (downloaded again): it is indexed again while the others are read.
    {
        QFile day(expected[3].path);
        ASSERT_TRUE(day.open(QIODevice::ReadWrite));
        ASSERT_TRUE(day.setFileTime(QDateTime::currentDateTime().addSecs(60),
                                    QFileDevice::FileModificationTime));
    }

    // As the command line does: the search starts as soon as open() returns, before the days'
    // indexes are read.
    Dataset dataset;
    dataset.setCacheEnabled(true);
    DatasetSearch search(&dataset);
    bool reordered = false;
    QObject::connect(&dataset, &Dataset::reordered, &search, [&] { reordered = true; });
    ASSERT_TRUE(dataset.open({dir.path()}));
    const MessageQuery query = MessageQuery::parse(QStringLiteral("$TSLA OR moon"));
    search.start(query);
    ASSERT_TRUE(search.waitForFinished(30000));
    ASSERT_TRUE(dataset.waitForFinished(30000));
    // The day in another shape sorts last by name but not by time: once every day's first time
    // is known the files take their places, and the rows the search gave are no longer the
    // same (the command line and the window search again then).
    EXPECT_TRUE(reordered);
    search.start(query);
    ASSERT_TRUE(search.waitForFinished(30000));

    std::vector<qint64> rows;
    for (const Match &match : referenceScan(expected, query))
        rows.push_back(dataset.rowOf(match.file, match.line));
    ASSERT_GT(rows.size(), 10u);
    EXPECT_EQ(search.results(), rows);
    for (int f = 0; f < dataset.fileCount(); ++f) {
        const bool readable = dataset.document(f)->status() == FileDocument::Status::Ready;
        EXPECT_EQ(dataset.document(f)->loadedFromCache(), readable && f != 3)
            << dataset.path(f).toStdString();
    }
    IndexCache::setMinimumContentBytes(minimum);
}

TEST(Dataset, AMonthReopenedFromTheCacheIsSearchedAFewDaysAtATime)
{
    // Days whose indexes come from the cache are searched as many at a time as there are
    // workers, not all at once as their indexes are read: a month of days would otherwise start
    // dozens of threads on two cores.
    const qint64 minimum = IndexCache::minimumContentBytes();
    IndexCache::setMinimumContentBytes(0);
    QTemporaryDir dir;
    Month month(dir);
    openFolder(dir.path(), true); // writes the index caches

    Dataset dataset;
    dataset.setCacheEnabled(true);
    DatasetSearch search(&dataset);
    search.setThreadCount(1);
    int most = 0;
    const auto sample = [&] { most = std::max(most, search.filesSearching()); };
    QObject::connect(&search, &DatasetSearch::progressChanged, sample);
    QObject::connect(&search, &DatasetSearch::resultsAdded, sample);
    QObject::connect(&dataset, &Dataset::progressChanged, sample);
    ASSERT_TRUE(dataset.open({dir.path()}));
    search.start(MessageQuery::parse(QStringLiteral("$TSLA OR moon")));
    ASSERT_TRUE(search.waitForFinished(30000));
    ASSERT_TRUE(dataset.waitForFinished(30000));
    EXPECT_EQ(most, 1) << "days searched at once with one worker";
    IndexCache::setMinimumContentBytes(minimum);
}

TEST(Dataset, TheDaysAfterABigOneAreSearchedWhileItStillIs)
{
    // A day searched to its end waits for the days before it to hand over their matches, but
    // gives its worker to the next day: the small days after a big one are searched while the
    // big one still is, and its end brings their matches in at once.
    QTemporaryDir dir;
    SampleData::write(dir, QStringLiteral("2024-11-01.jsonl.gz"),
                      SampleData::gzip(SampleData::dayLines(november1, 1, 40000, 2)));
    SampleData::writeDays(dir, QStringLiteral("2024-11-%1.jsonl.gz"), november1, 2, 7, 10, 600);
    const auto dataset = openFolder(dir.path());
    ASSERT_EQ(dataset->fileCount(), 7);

    DatasetSearch search(dataset.get());
    search.setThreadCount(2); // two days at a time, whatever the machine
    qint64 countWhenTheBigDayEnded = -1;
    int daysDoneThen = 0;
    QObject::connect(&search, &DatasetSearch::progressChanged, [&] {
        if (countWhenTheBigDayEnded < 0 && search.matchCountOf(0) >= 0) {
            countWhenTheBigDayEnded = search.matchCount();
            daysDoneThen = search.filesDone();
        }
    });
    search.start(MessageQuery::parse(QStringLiteral("user")));
    ASSERT_TRUE(search.waitForFinished(30000));
    EXPECT_EQ(search.matchCount(), 40000 + 6 * 10); // every line names its user
    // The small days go one after the other beside the big one: how many end before it depends
    // on the machine's speed, but a window that kept days done in their places let only the
    // first small one (two days in all) be searched before the big one ended.
    EXPECT_GE(daysDoneThen, 3);
    EXPECT_GE(countWhenTheBigDayEnded, 40000 + (daysDoneThen - 1) * 10);
}

TEST(Dataset, CancelStopsTheFilesNotYetIndexed)
{
    QTemporaryDir dir;
    const Month month(dir);
    Dataset dataset;
    dataset.setCacheEnabled(false);
    dataset.setParallelFiles(1);
    ASSERT_TRUE(dataset.open({dir.path()}));
    dataset.cancel();
    ASSERT_TRUE(dataset.waitForFinished(30000));
    EXPECT_TRUE(dataset.isFinished());
    int notIndexed = 0;
    for (int f = 0; f < dataset.fileCount(); ++f)
        notIndexed += dataset.document(f) == nullptr ? 1 : 0;
    EXPECT_GT(notIndexed, 20);
    EXPECT_FALSE(dataset.problem(dataset.fileCount() - 1).isEmpty());
}

TEST(Dataset, SeveralFilesAndFoldersAreExpandedOnce)
{
    QTemporaryDir dir;
    const QString a = SampleData::write(dir, QStringLiteral("a.jsonl"), "{}\n");
    const QString b = SampleData::write(dir, QStringLiteral("b.json.gz"), SampleData::gzip("{}\n"));
    SampleData::write(dir, QStringLiteral("notes.txt"), "not a day\n");
    // A day as the Backups page saves it, and JSON lines as other producers name them.
    const QString backup = SampleData::write(
        dir, QStringLiteral("stocktwits_message_2024_11_02.gz"), SampleData::gzip("{}\n"));
    const QString ndjson = SampleData::write(dir, QStringLiteral("c.NDJSON"), "{}\n");
    // Not days: archives of several files, a download not yet verified, a single JSON document.
    SampleData::write(dir, QStringLiteral("old.tar.gz"), SampleData::gzip("{}\n"));
    SampleData::write(dir, QStringLiteral("old.tgz"), SampleData::gzip("{}\n"));
    SampleData::write(dir, QStringLiteral("stocktwits_message_2024_11_03.gz.part"), "{}\n");
    SampleData::write(dir, QStringLiteral("settings.json"), "{}\n");
    EXPECT_EQ(Dataset::filesIn(dir.path()), (QStringList{a, b, ndjson, backup}));
    EXPECT_EQ(Dataset::expand({b, dir.path()}), (QStringList{b, a, ndjson, backup}));
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("empty")));
    Dataset empty;
    EXPECT_FALSE(empty.open({dir.filePath(QStringLiteral("empty"))}));
    EXPECT_TRUE(empty.isFinished());
    Dataset missing;
    ASSERT_TRUE(missing.open({dir.filePath(QStringLiteral("missing.jsonl.gz"))}));
    ASSERT_TRUE(missing.waitForFinished(5000));
    ASSERT_EQ(missing.fileCount(), 1);
    EXPECT_EQ(missing.rowCount(), 0);
    EXPECT_TRUE(missing.problem(0).contains(QStringLiteral("does not exist")));
}

TEST(InspectDataset, CountJsonGivesTotalsAndAPerFileBreakdown)
{
    QTemporaryDir dir;
    const Month month(dir);
    const std::vector<Day> expected = month.expected();
    const auto result =
        runProcess(cliPath(), {QStringLiteral("inspect"), dir.path(), QStringLiteral("--count"),
                               QStringLiteral("--json"), QStringLiteral("--no-cache")});
    ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    const QJsonObject counts = jsonOf(result);
    EXPECT_EQ(counts.value(QStringLiteral("lines")).toInteger(), month.rows());
    EXPECT_EQ(counts.value(QStringLiteral("messages")).toInteger(), month.rows());
    EXPECT_TRUE(counts.value(QStringLiteral("truncated")).toBool());
    const QJsonArray files = counts.value(QStringLiteral("files")).toArray();
    ASSERT_EQ(files.size(), qsizetype(expected.size()));
    for (qsizetype f = 0; f < files.size(); ++f) {
        const QJsonObject file = files[f].toObject();
        const Day &reference = expected[size_t(f)];
        EXPECT_EQ(file.value(QStringLiteral("path")).toString(), reference.path);
        EXPECT_EQ(file.value(QStringLiteral("lines")).toInteger(), qint64(reference.lines.size()));
        EXPECT_EQ(file.value(QStringLiteral("messages")).toInteger(),
                  qint64(reference.lines.size()));
        EXPECT_EQ(file.value(QStringLiteral("problem")).isNull(), reference.whole)
            << reference.path.toStdString();
    }
    // Each problem is named on standard error with its file.
    EXPECT_TRUE(result.standardError.contains(expected.back().path.toUtf8() + ": "));
    EXPECT_TRUE(result.standardError.contains("2024-11-17.jsonl.gz: "));

    // A list of files is the same dataset as their folder.
    QStringList arguments{QStringLiteral("inspect"), QStringLiteral("--json"),
                          QStringLiteral("--no-cache")};
    for (auto it = expected.rbegin(); it != expected.rend(); ++it)
        arguments.append(it->path);
    const auto listed = runProcess(cliPath(), arguments);
    ASSERT_EQ(listed.exitCode, 0);
    EXPECT_EQ(jsonOf(listed), counts);
}

TEST(InspectDataset, AnEmptyDayIsNamedOnceOnStandardError)
{
    QTemporaryDir dir;
    const Month month(dir);
    QFile empty(dir.filePath(QStringLiteral("empty.jsonl.gz")));
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.close();
    for (const char *option : {"--count", "--stats"}) {
        const auto result = runProcess(cliPath(), {QStringLiteral("inspect"), dir.path(),
                                                   QString::fromLatin1(option),
                                                   QStringLiteral("--no-cache")});
        ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
        EXPECT_EQ(result.standardError.count("empty.jsonl.gz: "), 1)
            << option << "\n" << result.standardError.toStdString();
    }
}

TEST(InspectDataset, GrepPrintsFileAndLinePrefixesInTimeOrder)
{
    QTemporaryDir dir;
    const Month month(dir);
    const std::vector<Day> expected = month.expected();
    const MessageQuery query = MessageQuery::parse(QStringLiteral("$TSLA"));
    const std::vector<Match> reference = referenceScan(expected, query);
    QByteArray wanted;
    for (const Match &m : reference)
        wanted += expected[size_t(m.file)].path.toUtf8() + ':' + QByteArray::number(m.line + 1) +
                  ':' + expected[size_t(m.file)].lines[size_t(m.line)] + '\n';

    auto result =
        runProcess(cliPath(), {QStringLiteral("inspect"), dir.path(), QStringLiteral("--grep"),
                               QStringLiteral("$TSLA"), QStringLiteral("--no-cache")});
    ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    EXPECT_EQ(result.standardOutput, wanted);

    result = runProcess(cliPath(), {QStringLiteral("inspect"), dir.path(), QStringLiteral("--grep"),
                                    QStringLiteral("$TSLA"), QStringLiteral("--count"),
                                    QStringLiteral("--json"), QStringLiteral("--no-cache")});
    ASSERT_EQ(result.exitCode, 0);
    const QJsonObject counts = jsonOf(result);
    EXPECT_EQ(counts.value(QStringLiteral("matches")).toInteger(), qint64(reference.size()));
    const QJsonArray files = counts.value(QStringLiteral("files")).toArray();
    qint64 sum = 0;
    for (const QJsonValue &file : files) {
        const QString path = file.toObject().value(QStringLiteral("path")).toString();
        const qint64 matches = file.toObject().value(QStringLiteral("matches")).toInteger();
        qint64 inReference = 0;
        for (const Match &m : reference)
            inReference += expected[size_t(m.file)].path == path ? 1 : 0;
        EXPECT_EQ(matches, inReference) << path.toStdString();
        sum += matches;
    }
    EXPECT_EQ(sum, qint64(reference.size()));

    result = runProcess(cliPath(),
                        {QStringLiteral("inspect"), dir.path(), QStringLiteral("--grep"),
                         QStringLiteral("no-such-word-anywhere"), QStringLiteral("--no-cache")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.standardOutput.isEmpty());
}

TEST(InspectDataset, GrepWithJsonPrintsOneJsonObjectPerMatch)
{
    // A script reading a month's matches reads JSON lines: where each match is, and the message
    // as stored.
    QTemporaryDir dir;
    const Month month(dir);
    const std::vector<Day> expected = month.expected();
    const std::vector<Match> reference =
        referenceScan(expected, MessageQuery::parse(QStringLiteral("$TSLA")));
    ASSERT_FALSE(reference.empty());
    const auto result =
        runProcess(cliPath(), {QStringLiteral("inspect"), dir.path(), QStringLiteral("--grep"),
                               QStringLiteral("$TSLA"), QStringLiteral("--json"),
                               QStringLiteral("--no-cache")});
    ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    QList<QByteArray> printed = result.standardOutput.split('\n');
    ASSERT_EQ(printed.takeLast(), QByteArray());
    ASSERT_EQ(printed.size(), qsizetype(reference.size()));
    for (qsizetype i = 0; i < printed.size(); ++i) {
        QJsonParseError error;
        const QJsonObject match = QJsonDocument::fromJson(printed[i], &error).object();
        ASSERT_EQ(error.error, QJsonParseError::NoError) << printed[i].toStdString();
        const Match &m = reference[size_t(i)];
        const Day &day = expected[size_t(m.file)];
        EXPECT_EQ(match.value(QStringLiteral("path")).toString(), day.path);
        EXPECT_EQ(match.value(QStringLiteral("line")).toInteger(), m.line + 1);
        EXPECT_EQ(match.value(QStringLiteral("message")).toObject(),
                  QJsonDocument::fromJson(day.lines[size_t(m.line)]).object());
        // The message's bytes as stored, not re-written (ids beyond 2^53 stay exact).
        EXPECT_TRUE(printed[i].endsWith(",\"message\":" + day.lines[size_t(m.line)] + '}'));
    }
}

TEST(InspectDataset, GrepWithJsonGivesALineThatIsNoJsonObjectAsText)
{
    QTemporaryDir dir;
    const QByteArray stored = R"({"id":9007199254740993,"body":"$TSLA \u00e9 &amp; more"})";
    SampleData::write(dir, QStringLiteral("a.jsonl"),
                      "\xef\xbb\xbf" + stored + "\r\n" + "cut off $TSLA {\"body\":\"x\n" +
                          "[\"$TSLA\"]\n" + "{\"body\":\"$TSLA \xff\"}\n");
    SampleData::write(dir, QStringLiteral("b \"quoted\".jsonl"), stored + '\n');
    const auto result =
        runProcess(cliPath(), {QStringLiteral("inspect"), dir.path(), QStringLiteral("--grep"),
                               QStringLiteral("tsla"), QStringLiteral("--json"),
                               QStringLiteral("--no-cache")});
    ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    QList<QByteArray> printed = result.standardOutput.split('\n');
    ASSERT_EQ(printed.takeLast(), QByteArray());
    std::vector<QJsonObject> matches;
    for (const QByteArray &line : printed) {
        QJsonParseError error;
        matches.push_back(QJsonDocument::fromJson(line, &error).object());
        ASSERT_EQ(error.error, QJsonParseError::NoError) << line.toStdString();
    }
    ASSERT_EQ(matches.size(), 5u) << result.standardOutput.toStdString();
    const QString a = dir.filePath(QStringLiteral("a.jsonl"));
    // The byte-order mark and the line end are not part of the message.
    EXPECT_EQ(printed[0],
              "{\"path\":" +
                  QJsonDocument(QJsonArray{a}).toJson(QJsonDocument::Compact).sliced(1).chopped(1) +
                  ",\"line\":1,\"message\":" + stored + '}');
    EXPECT_EQ(matches[1].value(QStringLiteral("text")).toString(),
              QStringLiteral("cut off $TSLA {\"body\":\"x"));
    EXPECT_EQ(matches[1].value(QStringLiteral("line")).toInteger(), 2);
    EXPECT_EQ(matches[2].value(QStringLiteral("text")).toString(), QStringLiteral("[\"$TSLA\"]"));
    // Invalid UTF-8 is not copied into the output: the text as the table shows it.
    EXPECT_EQ(matches[3].value(QStringLiteral("text")).toString(),
              QStringLiteral("{\"body\":\"$TSLA \uFFFD\"}"));
    EXPECT_EQ(matches[4].value(QStringLiteral("path")).toString(),
              dir.filePath(QStringLiteral("b \"quoted\".jsonl")));
    EXPECT_EQ(matches[4].value(QStringLiteral("message")).toObject(),
              QJsonDocument::fromJson(stored).object());
}

TEST(InspectDataset, StatisticsCoverTheWholeRangeAndLinesAreDatasetRows)
{
    QTemporaryDir dir;
    const Month month(dir);
    const std::vector<Day> expected = month.expected();
    auto result =
        runProcess(cliPath(), {QStringLiteral("inspect"), dir.path(), QStringLiteral("--stats"),
                               QStringLiteral("--json"), QStringLiteral("--no-cache")});
    ASSERT_EQ(result.exitCode, 0) << result.standardError.toStdString();
    const QJsonObject stats = jsonOf(result);
    EXPECT_EQ(stats.value(QStringLiteral("messages")).toInteger(), month.rows());
    const QJsonArray hours = stats.value(QStringLiteral("per_hour")).toArray();
    ASSERT_FALSE(hours.isEmpty());
    EXPECT_EQ(hours.first().toObject().value(QStringLiteral("hour")).toString(),
              QStringLiteral("2024-11-01T00:00:00Z"));
    EXPECT_TRUE(hours.last()
                    .toObject()
                    .value(QStringLiteral("hour"))
                    .toString()
                    .startsWith(QStringLiteral("2024-11-30T")));
    qint64 sum = 0;
    for (const QJsonValue &hour : hours)
        sum += hour.toObject().value(QStringLiteral("messages")).toInteger();
    EXPECT_EQ(sum, month.rows());

    // --line counts rows across the files: the first line of the 2nd is row linesPerDay + 1.
    result =
        runProcess(cliPath(), {QStringLiteral("inspect"), dir.path(), QStringLiteral("--line"),
                               QString::number(linesPerDay + 1), QStringLiteral("--no-cache")});
    ASSERT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.standardOutput, expected[1].lines[0] + '\n');
}

TEST(ExportDataset, AFolderIsExportedInTimeOrderAndAnUnreadableDayIsReported)
{
    QTemporaryDir dir;
    const Month month(dir);
    const std::vector<Day> expected = month.expected();
    const MessageQuery query = MessageQuery::parse(QStringLiteral("$TSLA"));
    QByteArray wanted;
    for (const Match &m : referenceScan(expected, query))
        wanted += expected[size_t(m.file)].lines[size_t(m.line)] + '\n';

    QTemporaryDir out;
    const QString output = out.filePath(QStringLiteral("tsla.jsonl"));
    const auto result =
        runProcess(cliPath(), {QStringLiteral("export"), dir.path(), QStringLiteral("--query"),
                               QStringLiteral("$TSLA"), QStringLiteral("-o"), output});
    // Every readable day is exported; the exit status tells that one day could not be read.
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_TRUE(result.standardError.contains(expected.back().path.toUtf8()));
    QFile file(output);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), wanted);
}

TEST(InspectDataset, AFolderWithoutDailyFilesIsAClearError)
{
    QTemporaryDir dir;
    SampleData::write(dir, QStringLiteral("notes.txt"), "not a day\n");
    auto result = runProcess(cliPath(), {QStringLiteral("inspect"), dir.path()});
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_TRUE(result.standardError.contains("There is no .gz, .jsonl or .ndjson file"));
    result = runProcess(cliPath(), {QStringLiteral("export"), dir.path()});
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_TRUE(result.standardOutput.isEmpty());
    result = runProcess(cliPath(), {QStringLiteral("inspect"), dir.path(), dir.path(),
                                    QStringLiteral("--member"), QStringLiteral("a.jsonl")});
    EXPECT_EQ(result.exitCode, 1);
}

TEST(Dataset, PartitionsOfOneStreamAreMergedByTimeAndSearchedInThatOrder)
{
    // A stream recorded over twelve connections (partitions), one file each, every file with a
    // line in every minute of the same two hours, at a second of the minute that is not in the
    // order of the files' names: the rows are in time order, and a search with a single worker
    // (so that the files merged together outnumber the files it holds at once) gives its
    // matches in row order.
    QTemporaryDir dir;
    constexpr int partitions = 12;
    constexpr int linesPerFile = 120;
    constexpr qint64 start = 1730419200; // 2024-11-01 00:00 UTC
    const auto timeOf = [](int file, qint64 line) {
        return start + line * 60 + ((file * 7) % partitions) * 4;
    };
    std::vector<std::vector<QByteArray>> lines(partitions);
    for (int file = 0; file < partitions; ++file) {
        QByteArray content;
        for (int line = 0; line < linesPerFile; ++line) {
            lines[size_t(file)].push_back(
                SampleData::stockTwitsLine(file * 1000 + line, timeOf(file, line)));
            content += lines[size_t(file)].back() + '\n';
        }
        SampleData::write(
            dir, QStringLiteral("partition-%1.jsonl.gz").arg(file, 2, 10, QLatin1Char('0')),
            SampleData::gzip(content));
    }
    Dataset dataset;
    dataset.setCacheEnabled(false);
    ASSERT_TRUE(dataset.open({dir.path()}));
    ASSERT_TRUE(dataset.waitForFinished(30000));
    ASSERT_EQ(dataset.rowCount(), partitions * linesPerFile);
    // The dataset's files are in the order of their first times: which partition each is.
    std::vector<int> partitionOf;
    for (int file = 0; file < partitions; ++file)
        partitionOf.push_back(QFileInfo(dataset.path(file)).fileName().mid(10, 2).toInt());
    qint64 previous = 0;
    for (qint64 row = 0; row < dataset.rowCount(); ++row) {
        const Dataset::Location at = dataset.locate(row);
        const qint64 time = timeOf(partitionOf[size_t(at.file)], at.line);
        ASSERT_GT(time, previous) << "row " << row;
        previous = time;
    }

    std::vector<qint64> expected;
    for (int file = 0; file < partitions; ++file) {
        for (qint64 line = 0; line < linesPerFile; ++line) {
            if (lines[size_t(partitionOf[size_t(file)])][size_t(line)].contains("Bearish"))
                expected.push_back(dataset.rowOf(file, line));
        }
    }
    std::sort(expected.begin(), expected.end());
    DatasetSearch search(&dataset);
    search.setThreadCount(1);
    search.start(MessageQuery::parse(QStringLiteral("sentiment:bearish")));
    ASSERT_TRUE(search.waitForFinished(30000));
    EXPECT_EQ(search.results(), expected);
    EXPECT_EQ(search.matchCount(), qint64(expected.size()));

    // The second hour begins at its first row; a time in the middle of a minute finds the
    // first line at or after it (the partition at 32 s of minute 10).
    const FileStatistics stats = dataset.statistics();
    EXPECT_TRUE(stats.timesMonotonic()) << "the rows are in time order";
    ASSERT_EQ(stats.hours().size(), 2u);
    EXPECT_EQ(stats.hours().begin()->second.firstLine, 0);
    EXPECT_EQ(std::next(stats.hours().begin())->second.firstLine, 60 * partitions);
    EXPECT_EQ(dataset.firstRowAtOrAfter(start + 10 * 60 + 30), 10 * partitions + 8);
}
