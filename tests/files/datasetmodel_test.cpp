// A dataset as the Files page shows it: one table of every file's rows in time order, each row
// knowing its file and line, a search whose results stream in as dataset rows in time order,
// and an export of those results from every file into one output — each compared with a scan
// of the generated month done here.

#include "feed/feedmodel.h"
#include "files/dataset.h"
#include "files/datasetmodel.h"
#include "files/datasetsearch.h"
#include "files/filedocument.h"
#include "files/exportrequest.h"
#include "files/fileexporter.h"
#include "files/searchresultsmodel.h"
#include "message/messagequery.h"
#include "sampledata.h"
#include "samplemonth.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <map>

using namespace SampleMonth;

namespace {

constexpr qint64 december2016 = 1480550400; // 2016-12-01T00:00:00Z

/// The dataset row of each line of the reference, in the order of Month::expected().
std::vector<qint64> rowsOf(const std::vector<Day> &days, const std::vector<Match> &matches)
{
    std::vector<qint64> firstRows;
    qint64 row = 0;
    for (const Day &d : days) {
        firstRows.push_back(row);
        row += qint64(d.lines.size());
    }
    std::vector<qint64> rows;
    for (const Match &m : matches)
        rows.push_back(firstRows[size_t(m.file)] + m.line);
    return rows;
}

} // namespace

/// The generated month opened as a folder (without the index cache), and its table.
class DatasetTable : public ::testing::Test
{
protected:
    void SetUp() override
    {
        dataset.setCacheEnabled(false);
        ASSERT_TRUE(dataset.open({dir.path()}));
        ASSERT_TRUE(dataset.waitForFinished(30000));
    }

    QTemporaryDir dir;
    const Month month{dir};
    const std::vector<Day> expected = month.expected();
    Dataset dataset;
};

TEST(DatasetModel, RowsComeWhileTheFilesAreIndexedThenTakeTheirTimeOrder)
{
    QTemporaryDir dir;
    const Month month(dir);
    std::map<QString, std::vector<QByteArray>> linesOf;
    for (const Day &day : month.expected())
        linesOf[day.path] = day.lines;
    Dataset dataset;
    dataset.setCacheEnabled(false);
    dataset.setParallelFiles(1);
    DatasetModel model(&dataset);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    // Each time rows come in, every row shown so far is the line of the file it names.
    std::vector<int> rowsWhileIndexing;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, [&] {
        if (dataset.isFinished())
            return;
        rowsWhileIndexing.push_back(model.rowCount());
        for (int row = 0; row < model.rowCount(); row += 7) {
            const QModelIndex index = model.index(row, FeedModel::TextColumn);
            const QString path = index.data(DatasetModel::FilePathRole).toString();
            const qint64 line = index.data(DatasetModel::LineRole).toLongLong();
            ASSERT_TRUE(linesOf.count(path)) << "row " << row;
            ASSERT_LT(line, qint64(linesOf[path].size())) << "row " << row;
            EXPECT_EQ(index.data(DatasetModel::RawJsonRole).toByteArray(),
                      linesOf[path][size_t(line)])
                << "row " << row;
        }
    });
    ASSERT_TRUE(dataset.open({dir.path()}));
    ASSERT_TRUE(dataset.waitForFinished(30000));
    ASSERT_GT(rowsWhileIndexing.size(), 1u) << "rows came while the files were indexed";
    EXPECT_LT(rowsWhileIndexing.front(), month.rows());
    EXPECT_TRUE(std::is_sorted(rowsWhileIndexing.begin(), rowsWhileIndexing.end()));
    // The Gnip day's name sorts last: once every time is known it moves to its place, and the
    // rows are numbered anew, once.
    EXPECT_EQ(resets.count(), 1);
    EXPECT_EQ(model.rowCount(), month.rows());
    EXPECT_EQ(model.columnCount(), int(FeedModel::ColumnCount));
    EXPECT_EQ(model.headerData(FeedModel::TextColumn, Qt::Horizontal).toString(),
              QStringLiteral("Text"));
}

TEST(DatasetModel, FilesInTheirTimeOrderByNameAreNotNumberedAnewAtTheEnd)
{
    QTemporaryDir dir;
    SampleData::writeDays(dir, QStringLiteral("2016-12-%1.jsonl.gz"), december2016, 1, 5, 500, 60);
    Dataset dataset;
    dataset.setCacheEnabled(false);
    dataset.setParallelFiles(2);
    DatasetModel model(&dataset);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    ASSERT_TRUE(dataset.open({dir.path()}));
    ASSERT_TRUE(dataset.waitForFinished(30000));
    EXPECT_EQ(resets.count(), 0) << "a row the user looks at while indexing stays where it is";
    // Every row came by insertion at the end (how many insertions depends on how the files'
    // progress reports fall together).
    qint64 insertedRows = 0;
    int expectedFirst = 0;
    for (const QList<QVariant> &arguments : inserted) {
        EXPECT_EQ(arguments.at(1).toInt(), expectedFirst);
        insertedRows += arguments.at(2).toInt() - arguments.at(1).toInt() + 1;
        expectedFirst = arguments.at(2).toInt() + 1;
    }
    EXPECT_EQ(insertedRows, 2500);
    EXPECT_EQ(model.rowCount(), 2500);
}

TEST(DatasetSearch, StartedAsTheFilesOpenItGoesWithTheIndexingAndFindsWhatALaterSearchFinds)
{
    QTemporaryDir dir;
    SampleData::writeDays(dir, QStringLiteral("2016-12-%1.jsonl.gz"), december2016, 1, 6, 4000,
                          20);
    const MessageQuery query = MessageQuery::parse(QStringLiteral("sentiment:bearish $TSLA"));
    Dataset dataset;
    dataset.setCacheEnabled(false);
    DatasetSearch early(&dataset);
    qint64 announcedWhileIndexing = 0;
    QObject::connect(&early, &DatasetSearch::resultsAdded, &early, [&](qint64 total) {
        if (!dataset.isFinished())
            announcedWhileIndexing = total;
    });
    QSignalSpy reordered(&dataset, &Dataset::reordered);
    ASSERT_TRUE(dataset.open({dir.path()}));
    early.start(query);
    ASSERT_TRUE(early.waitForFinished(30000));
    // The search ends once the rows of its matches are shown; the dataset's last file may
    // still be reporting that it is done.
    ASSERT_TRUE(dataset.waitForFinished(30000));
    EXPECT_TRUE(reordered.isEmpty()) << "days named in time order keep their rows";
    EXPECT_GT(announcedWhileIndexing, 0) << "matches came before every file was indexed";

    DatasetSearch later(&dataset);
    later.start(query);
    ASSERT_TRUE(later.waitForFinished(30000));
    EXPECT_FALSE(later.results().empty());
    EXPECT_EQ(early.results(), later.results());
    EXPECT_EQ(early.matchCount(), later.matchCount());
    for (int file = 0; file < dataset.fileCount(); ++file)
        EXPECT_EQ(early.matchCountOf(file), later.matchCountOf(file)) << file;
}

TEST(DatasetSearch, AnUnreadableFileAmongThoseSearchedAtOnceCanBeCancelledOrRestarted)
{
    QTemporaryDir dir;
    SampleData::write(dir, QStringLiteral("2016-12-01.jsonl.gz"),
                      SampleData::gzip(SampleData::stockTwitsLines(20000, 1480550400, 4)));
    SampleData::write(dir, QStringLiteral("2016-12-02.jsonl.gz"),
                      QByteArray("\x00\x01\x02\x03 not gzip at all", 20));
    SampleData::write(dir, QStringLiteral("2016-12-03.jsonl.gz"),
                      SampleData::gzip(SampleData::stockTwitsLines(2000, 1480723200, 4)));
    Dataset dataset;
    dataset.setCacheEnabled(false);
    ASSERT_TRUE(dataset.open({dir.path()}));
    ASSERT_TRUE(dataset.waitForFinished(30000));
    const MessageQuery query = MessageQuery::parse(QStringLiteral("sentiment:bearish"));
    {
        DatasetSearch search(&dataset);
        search.setThreadCount(2); // the first day and the unreadable one at once
        search.start(query);
        search.cancel();
        EXPECT_TRUE(search.waitForFinished(10000));
        search.start(query); // and again, while the cancelled files still wind down
        search.start(query);
    } // gone while searching
    DatasetSearch search(&dataset);
    search.setThreadCount(2);
    search.start(query);
    ASSERT_TRUE(search.waitForFinished(30000));
    EXPECT_GT(search.matchCount(), 0);
    EXPECT_EQ(search.matchCountOf(1), 0) << "the unreadable day has no rows";
}

TEST_F(DatasetTable, RowsAreEveryFilesLinesInTimeOrderEachWithItsFileAndLine)
{
    DatasetModel model(&dataset);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), month.rows());
    int row = 0;
    QDateTime previous;
    for (size_t f = 0; f < expected.size(); ++f) {
        const QString name = QFileInfo(expected[f].path).fileName();
        for (size_t l = 0; l < expected[f].lines.size(); ++l, ++row) {
            const QModelIndex index = model.index(row, FeedModel::TextColumn);
            ASSERT_EQ(index.data(DatasetModel::FileRole).toInt(), int(f)) << "row " << row;
            ASSERT_EQ(index.data(DatasetModel::LineRole).toLongLong(), qint64(l)) << "row " << row;
            EXPECT_EQ(index.data(DatasetModel::FilePathRole).toString(), expected[f].path);
            EXPECT_EQ(index.data(DatasetModel::RawJsonRole).toByteArray(), expected[f].lines[l])
                << "row " << row;
            // The rows of different files and shapes follow one another in time.
            const QDateTime time = index.data(DatasetModel::TimeRole).toDateTime();
            ASSERT_TRUE(time.isValid()) << "row " << row;
            if (previous.isValid()) {
                EXPECT_LT(previous, time) << "row " << row << " of " << name.toStdString();
            }
            previous = time;
            // The row's number and its origin: the file's name and the line in it.
            EXPECT_EQ(model.headerData(row, Qt::Vertical).toString(), QLocale().toString(row + 1));
            EXPECT_EQ(model.headerData(row, Qt::Vertical, Qt::ToolTipRole).toString(),
                      QStringLiteral("%1, line %2").arg(name).arg(l + 1));
        }
    }
    // The Gnip day reads like the others: author and symbols from its own shape.
    const int gnipRow = int(dataset.rowOf(20, 0));
    ASSERT_TRUE(dataset.path(20).endsWith(QStringLiteral("zz-gnip-activities.json.gz")));
    EXPECT_TRUE(model.index(gnipRow, FeedModel::AuthorColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("gnip")));
    EXPECT_EQ(model.message(gnipRow).symbols, QStringList{QStringLiteral("AAPL")});
    // A cell without a tooltip of its own names the row's file.
    EXPECT_EQ(model.index(gnipRow, FeedModel::SymbolsColumn).data(Qt::ToolTipRole).toString(),
              QStringLiteral("zz-gnip-activities.json.gz, line 1"));
    EXPECT_FALSE(model.index(row - 1, 0).data(DatasetModel::FileRole).isNull());
}

TEST_F(DatasetTable, SearchResultsAreDatasetRowsInTimeOrderEqualToAReferenceScan)
{
    DatasetModel model(&dataset);
    DatasetSearch search(&dataset);
    SearchResultsModel results(&model, &search);
    QAbstractItemModelTester tester(&results,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (const QString &text : {QStringLiteral("$TSLA"), QStringLiteral("activity OR moon"),
                                QStringLiteral("symbol:AAPL after:2024-11-20")}) {
        const MessageQuery query = MessageQuery::parse(text);
        ASSERT_TRUE(query.isValid()) << text.toStdString();
        const std::vector<qint64> reference = rowsOf(expected, referenceScan(expected, query));
        ASSERT_GT(reference.size(), 5u) << text.toStdString();

        // The results arrive in batches, each one carrying on where the last one stopped.
        std::vector<qint64> totals;
        QObject::connect(&search, &DatasetSearch::resultsAdded, &search,
                         [&](qint64 total) { totals.push_back(total); });
        QSignalSpy finished(&search, &DatasetSearch::finished);
        search.start(query);
        ASSERT_TRUE(search.waitForFinished(30000)) << text.toStdString();
        QObject::disconnect(&search, &DatasetSearch::resultsAdded, &search, nullptr);

        EXPECT_EQ(search.results(), reference) << text.toStdString();
        EXPECT_EQ(search.matchCount(), qint64(reference.size()));
        EXPECT_DOUBLE_EQ(search.progress(), 1.0);
        ASSERT_EQ(finished.count(), 1);
        EXPECT_FALSE(finished.front().front().toBool());
        EXPECT_TRUE(std::is_sorted(totals.begin(), totals.end()));
        EXPECT_GT(totals.size(), 2u) << "results stream in file by file";

        // The results pane shows each result's row of the table.
        ASSERT_EQ(results.rowCount(), int(reference.size()));
        for (int r = 0; r < results.rowCount(); ++r) {
            ASSERT_EQ(results.lineAt(r), reference[size_t(r)]);
            EXPECT_EQ(results.index(r, FeedModel::TextColumn).data(),
                      model.index(int(reference[size_t(r)]), FeedModel::TextColumn).data());
        }
    }
}

TEST_F(DatasetTable, SeveralFilesSearchedAtOnceStillAnswerInTimeOrderWithEachFilesCount)
{
    // More files in flight than cores, so later days often finish before earlier ones.
    DatasetSearch search(&dataset);
    search.setThreadCount(4);
    const MessageQuery query = MessageQuery::parse(QStringLiteral("$TSLA OR moon"));
    const std::vector<Match> reference = referenceScan(expected, query);
    std::vector<qint64> perFile(expected.size(), 0);
    for (const Match &m : reference)
        ++perFile[size_t(m.file)];
    std::vector<qint64> totals;
    QObject::connect(&search, &DatasetSearch::resultsAdded, &search,
                     [&](qint64 total) { totals.push_back(total); });
    search.start(query);
    ASSERT_TRUE(search.waitForFinished(30000));
    EXPECT_EQ(search.results(), rowsOf(expected, reference));
    EXPECT_TRUE(std::is_sorted(totals.begin(), totals.end()));
    EXPECT_EQ(search.filesDone(), search.fileCount());
    for (int file = 0; file < dataset.fileCount(); ++file)
        EXPECT_EQ(search.matchCountOf(file), perFile[size_t(file)]) << "file " << file;
}

TEST_F(DatasetTable, ACancelledSearchKeepsWhatItFoundAndANewOneStartsAfresh)
{
    DatasetSearch search(&dataset);
    search.setThreadCount(1);
    const MessageQuery everything =
        MessageQuery::parse(QStringLiteral("kind:stocktwits OR kind:gnip"));
    const std::vector<qint64> all = rowsOf(expected, referenceScan(expected, everything));
    QSignalSpy finished(&search, &DatasetSearch::finished);
    // Cancel as soon as the first file's results are in.
    QObject::connect(&search, &DatasetSearch::resultsAdded, &search, [&](qint64 total) {
        if (total > 0)
            search.cancel();
    });
    search.start(everything);
    ASSERT_TRUE(TestSupport::waitUntil([&] { return finished.count() == 1; }, 30000));
    EXPECT_TRUE(finished.front().front().toBool()) << "finished as cancelled";
    EXPECT_FALSE(search.isRunning());
    ASSERT_FALSE(search.results().empty());
    ASSERT_LT(search.results().size(), all.size()) << "the later files were not searched";
    EXPECT_TRUE(std::equal(search.results().begin(), search.results().end(), all.begin()))
        << "what was found is the start of the whole answer";

    QObject::disconnect(&search, &DatasetSearch::resultsAdded, &search, nullptr);
    search.start(MessageQuery::parse(QStringLiteral("$TSLA")));
    ASSERT_TRUE(search.waitForFinished(30000));
    EXPECT_EQ(
        search.results(),
        rowsOf(expected, referenceScan(expected, MessageQuery::parse(QStringLiteral("$TSLA")))));
}

TEST_F(DatasetTable, GoingToATimeFindsTheFirstRowAtOrAfterItInWhicheverFile)
{
    // Lines of a day are 3000 s apart from 00:00:07: at 01:00 the third line is the first.
    EXPECT_EQ(dataset.firstRowAtOrAfter(november1 + 4 * day + 3600), 4 * linesPerDay + 2);
    EXPECT_EQ(dataset.firstRowAtOrAfter(november1 + 4 * day + 6007), 4 * linesPerDay + 2);
    EXPECT_EQ(dataset.firstRowAtOrAfter(november1 + 4 * day + 6008), 4 * linesPerDay + 3);
    // The 13th is missing: the first row of the 14th (the 13th file).
    EXPECT_EQ(dataset.firstRowAtOrAfter(november1 + 12 * day + 3600), dataset.rowOf(12, 0));
    ASSERT_TRUE(dataset.path(12).endsWith(QStringLiteral("2024-11-14.jsonl.gz")));
    // The Gnip day's times count as well as the others'.
    EXPECT_EQ(dataset.firstRowAtOrAfter(november1 + 21 * day + 3600), dataset.rowOf(20, 0) + 2);
    EXPECT_EQ(dataset.firstRowAtOrAfter(november1 - day), 0);
    EXPECT_EQ(dataset.firstRowAtOrAfter(november1 + 31 * day), -1);
}

TEST_F(DatasetTable, AnInvalidOrEmptyQueryFindsNothingAndClearsTheResults)
{
    DatasetSearch search(&dataset);
    search.start(MessageQuery::parse(QStringLiteral("$TSLA")));
    ASSERT_TRUE(search.waitForFinished(30000));
    ASSERT_FALSE(search.results().empty());
    QSignalSpy added(&search, &DatasetSearch::resultsAdded);
    search.start(MessageQuery::parse(QStringLiteral("(unclosed")));
    EXPECT_FALSE(search.isRunning());
    EXPECT_TRUE(search.results().empty());
    ASSERT_EQ(added.count(), 1);
    EXPECT_EQ(added.front().front().toLongLong(), 0);
}

// One output with every file's matches in time order: JSON lines exactly as stored, and CSV
// byte for byte what `hydrant-cli export` writes of the same folder and query.
TEST_F(DatasetTable, SearchResultsOfEveryFileAreExportedIntoOneFileInTimeOrder)
{
    const MessageQuery query = MessageQuery::parse(QStringLiteral("$TSLA"));
    const std::vector<Match> reference = referenceScan(expected, query);
    QByteArray wantedLines;
    for (const Match &m : reference)
        wantedLines += expected[size_t(m.file)].lines[size_t(m.line)] + '\n';
    QTemporaryDir out;
    const QString cliCsv = out.filePath(QStringLiteral("cli.csv"));
    const auto cli = TestSupport::runProcess(
        TestSupport::cliPath(),
        {QStringLiteral("export"), dir.path(), QStringLiteral("--query"), QStringLiteral("$TSLA"),
         QStringLiteral("--columns"), QStringLiteral("line,id,time,text"), QStringLiteral("-o"),
         cliCsv});
    ASSERT_EQ(cli.exitCode, 3) << "every readable day written, the unreadable one reported";

    DatasetSearch search(&dataset);
    search.start(query);
    ASSERT_TRUE(search.waitForFinished(30000));
    // The rows, back to the files and lines they come from: one part per file, in order.
    const std::vector<FileExporter::Part> parts = FileExporter::partsOf(dataset, search.results());
    ASSERT_GT(parts.size(), 20u);
    qint64 lines = 0;
    for (const FileExporter::Part &part : parts) {
        EXPECT_TRUE(std::is_sorted(part.lines.begin(), part.lines.end()));
        lines += qint64(part.lines.size());
    }
    EXPECT_EQ(lines, qint64(reference.size()));

    for (const QString &name : {QStringLiteral("tsla.jsonl.gz"), QStringLiteral("tsla.csv")}) {
        ExportRequest request = ExportRequest::to(out.filePath(name));
        request.lines = ExportRequest::Lines::SearchResults;
        request.columns = {ExportRequest::Column::Line, ExportRequest::Column::Id,
                           ExportRequest::Column::Time, ExportRequest::Column::Text};
        FileExporter exporter(nullptr);
        QSignalSpy finished(&exporter, &FileExporter::finished);
        exporter.start(FileExporter::partsOf(dataset, search.results()), request);
        ASSERT_TRUE(exporter.waitForFinished(30000));
        ASSERT_EQ(finished.count(), 1);
        EXPECT_TRUE(finished.front().front().toBool())
            << finished.front().at(1).toString().toStdString();
        QFile file(out.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        if (request.format == ExportRequest::Format::Csv) {
            QFile fromCli(cliCsv);
            ASSERT_TRUE(fromCli.open(QIODevice::ReadOnly));
            EXPECT_EQ(written, fromCli.readAll());
            EXPECT_EQ(written.count("\r\n"), qsizetype(reference.size()) + 1);
        } else {
            EXPECT_EQ(SampleData::gunzip(written), wantedLines);
        }
    }
}
