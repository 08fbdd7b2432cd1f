#include "files/filedocumentmodel.h"
#include "files/fileexporter.h"
#include "files/filesearch.h"
#include "files/searchresultsmodel.h"
#include "files/timenavigator.h"
#include "filetestutil.h"
#include "sampledata.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(Export, SelectedLinesToJsonLinesGzip)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(3000);
    const std::vector<QByteArray> lines = SampleData::lines(data);
    auto document =
        openAndIndex(SampleData::write(dir, QStringLiteral("in.jsonl.gz"), SampleData::gzip(data)));
    FileExporter exporter(document.get());
    QSignalSpy finished(&exporter, &FileExporter::finished);
    const std::vector<qint64> wanted{0, 5, 6, 7, 1500, 2999};
    const QString out = QDir(dir.path()).filePath(QStringLiteral("out.jsonl.gz"));
    exporter.start(wanted, ExportRequest::to(out));
    ASSERT_TRUE(exporter.waitForFinished(10000));
    ASSERT_EQ(finished.count(), 1);
    EXPECT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
    QByteArray expected;
    for (const qint64 line : wanted)
        expected += lines[size_t(line)] + '\n';
    EXPECT_EQ(SampleData::gunzip(readAll(out)), expected);
}

TEST(Export, CsvWithChosenColumnsAndQuoting)
{
    QTemporaryDir dir;
    const QByteArray data =
        "{\"id\":1,\"body\":\"hello, \\\"world\\\"\\nbye\",\"created_at\":\"2016-12-05T10:00:00Z\","
        "\"user\":{\"username\":\"amy\"},\"symbols\":[{\"symbol\":\"TSLA\"},{\"symbol\":\"AAPL\"}],"
        "\"entities\":{\"sentiment\":{\"basic\":\"Bullish\"}}}\n"
        "not json\n";
    auto document = openAndIndex(SampleData::write(dir, QStringLiteral("in.jsonl"), data));
    FileExporter exporter(document.get());
    const QString out = QDir(dir.path()).filePath(QStringLiteral("out.csv"));
    ExportRequest request = ExportRequest::to(out);
    request.columns = {ExportRequest::Column::Line,      ExportRequest::Column::Time,
                       ExportRequest::Column::Author,    ExportRequest::Column::Symbols,
                       ExportRequest::Column::Sentiment, ExportRequest::Column::Text};
    exporter.start({0, 1}, request);
    ASSERT_TRUE(exporter.waitForFinished(10000));
    const QByteArray csv = readAll(out);
    EXPECT_EQ(
        csv,
        QByteArray(
            "line,time,author,symbols,sentiment,text\r\n"
            "1,2016-12-05T10:00:00.000Z,amy,TSLA AAPL,Bullish,\"hello, \"\"world\"\"\nbye\"\r\n"
            "2,,,,,not json\r\n"));
}

TEST(Export, CancelLeavesNothingBehind)
{
    QTemporaryDir dir;
    auto document = openAndIndex(SampleData::write(
        dir, QStringLiteral("in.gz"), SampleData::gzip(SampleData::stockTwitsLines(20000), 1)));
    std::vector<qint64> all(20000);
    std::iota(all.begin(), all.end(), 0);
    FileExporter exporter(document.get());
    QSignalSpy finished(&exporter, &FileExporter::finished);
    const QString out = QDir(dir.path()).filePath(QStringLiteral("all.jsonl.gz"));
    exporter.start(all, ExportRequest::to(out));
    exporter.cancel();
    ASSERT_TRUE(exporter.waitForFinished(10000));
    ASSERT_EQ(finished.count(), 1);
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_FALSE(QFile::exists(out));
}

TEST(TimeNavigation, FindsTheFirstMessageAtOrAfterATime)
{
    QTemporaryDir dir;
    // One message every 7 seconds from 2016-12-05T00:00:00Z.
    const qint64 start = 1480896000;
    auto document = openAndIndex(
        SampleData::write(dir, QStringLiteral("time.gz"),
                          SampleData::gzip(SampleData::stockTwitsLines(2000, start, 7))));
    EXPECT_EQ(TimeNavigator::firstLineAtOrAfter(*document, start - 100), 0);
    EXPECT_EQ(TimeNavigator::firstLineAtOrAfter(*document, start), 0);
    EXPECT_EQ(TimeNavigator::firstLineAtOrAfter(*document, start + 1), 1);
    EXPECT_EQ(TimeNavigator::firstLineAtOrAfter(*document, start + 7 * 1000), 1000);
    EXPECT_EQ(TimeNavigator::firstLineAtOrAfter(*document, start + 7 * 1000 - 3), 1000);
    EXPECT_EQ(TimeNavigator::firstLineAtOrAfter(*document, start + 7 * 1999), 1999);
    EXPECT_EQ(TimeNavigator::firstLineAtOrAfter(*document, start + 7 * 1999 + 1), -1);
}

TEST(TimeNavigation, WorksWhenTimesAreOutOfOrder)
{
    QTemporaryDir dir;
    const qint64 start = 1480896000;
    QByteArray data;
    // Two interleaved streams: minute 10 appears late in the file, minute 20 early.
    data += SampleData::stockTwitsLine(0, start + 20 * 60 + 5) + '\n';
    data += SampleData::stockTwitsLine(1, start + 5 * 60) + '\n';
    data += SampleData::stockTwitsLine(2, start + 10 * 60 + 30) + '\n';
    data += SampleData::stockTwitsLine(3, start + 10 * 60 + 10) + '\n';
    auto document = openAndIndex(SampleData::write(dir, QStringLiteral("shuffled.jsonl"), data));
    EXPECT_FALSE(document->index()->statistics().timesMonotonic());
    EXPECT_EQ(TimeNavigator::firstLineAtOrAfter(*document, start + 10 * 60 + 20),
              0); // line 0 is later still
    EXPECT_EQ(TimeNavigator::firstLineAtOrAfter(*document, start + 6 * 60), 0);
    EXPECT_EQ(TimeNavigator::firstLineAtOrAfter(*document, start), 0);
    EXPECT_EQ(TimeNavigator::firstLineAtOrAfter(*document, start + 21 * 60), -1);
}

TEST(SearchResults, ModelFollowsTheSearch)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(4000);
    auto document =
        openAndIndex(SampleData::write(dir, QStringLiteral("r.gz"), SampleData::gzip(data)));
    FileDocumentModel documentModel(document.get());
    FileSearch search(document.get());
    SearchResultsModel results(&documentModel, &search);
    QAbstractItemModelTester tester(&results,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    search.start(MessageQuery::parse(QStringLiteral("symbol:AMD")));
    ASSERT_TRUE(search.waitForFinished(10000));
    ASSERT_GT(results.rowCount(), 10);
    EXPECT_EQ(results.rowCount(), int(search.results().size()));
    EXPECT_EQ(results.columnCount(), documentModel.columnCount());
    const qint64 line = results.lineAt(3);
    EXPECT_EQ(results.headerData(3, Qt::Vertical).toString(), QString::number(line + 1));
    EXPECT_EQ(results.data(results.index(3, 0), SearchResultsModel::LineRole).toLongLong(), line);
    EXPECT_TRUE(results.data(results.index(3, FeedModel::SymbolsColumn))
                    .toString()
                    .contains(QStringLiteral("$AMD")));
    EXPECT_EQ(results.rowAtOrAfter(line), 3);
    EXPECT_EQ(results.rowAtOrAfter(line + 1), 4);
    // A new search replaces the rows.
    search.start(MessageQuery::parse(QStringLiteral("no such thing at all")));
    ASSERT_TRUE(search.waitForFinished(10000));
    EXPECT_EQ(results.rowCount(), 0);
}

TEST(SearchResults, NextAndPreviousGoRoundFromTheSelectedLine)
{
    QTemporaryDir dir;
    QByteArray data;
    for (int i = 0; i < 10; ++i)
        data += (i == 2 || i == 5 || i == 8 ? "{\"body\":\"hit\"}\n" : "{\"body\":\"miss\"}\n");
    auto document = openAndIndex(SampleData::write(dir, QStringLiteral("round.jsonl"), data));
    FileDocumentModel documentModel(document.get());
    FileSearch search(document.get());
    SearchResultsModel results(&documentModel, &search);
    EXPECT_EQ(results.nextRow(0), -1) << "no results, nowhere to go";
    EXPECT_EQ(results.previousRow(0), -1);
    search.start(MessageQuery::parse(QStringLiteral("hit")));
    ASSERT_TRUE(search.waitForFinished(10000));
    ASSERT_EQ(results.rowCount(), 3); // lines 2, 5, 8
    EXPECT_EQ(results.nextRow(-1), 0) << "nothing selected: the first";
    EXPECT_EQ(results.nextRow(2), 1) << "from a result, the one after it";
    EXPECT_EQ(results.nextRow(3), 1);
    EXPECT_EQ(results.nextRow(8), 0) << "after the last, round to the first";
    EXPECT_EQ(results.previousRow(5), 0);
    EXPECT_EQ(results.previousRow(6), 1);
    EXPECT_EQ(results.previousRow(2), 2) << "before the first, round to the last";
    EXPECT_EQ(results.previousRow(-1), 2);
}
