// What an export covers and where it goes: one set of defaults and checks for the Files page's
// Export dialog and `hydrant-cli export`.
#include "files/exportrequest.h"

#include <gtest/gtest.h>

#include <QStringListModel>

namespace {

using Format = ExportRequest::Format;
using Lines = ExportRequest::Lines;

} // namespace

TEST(ExportRequest, TheFilesPageAndTheCommandLineStartFromTheSameDefaults)
{
    const ExportRequest commandLine = ExportRequest::to(ExportRequest::standardOutput());
    const ExportRequest filesPage = ExportRequest::to(
        ExportRequest::suggestedDestination(QStringLiteral("/data/day.jsonl.gz")));
    EXPECT_EQ(MessageColumns::keys(commandLine.columns),
              QStringLiteral("id,time,author,symbols,sentiment,text,"
                             "likes,source,kind"));
    EXPECT_EQ(filesPage.columns, commandLine.columns);
    EXPECT_EQ(commandLine.destination, QStringLiteral("-"));
    EXPECT_EQ(commandLine.format, Format::JsonLines) << "standard output gets plain JSON lines";
    EXPECT_EQ(commandLine.lines, Lines::Matching);
    EXPECT_TRUE(commandLine.query.isEmpty()) << "every line";
    EXPECT_EQ(filesPage.destination, QStringLiteral("/data/day-export.jsonl.gz"));
    EXPECT_EQ(filesPage.format, Format::JsonLinesGzip);
    EXPECT_TRUE(commandLine.problem().isEmpty());
    EXPECT_TRUE(filesPage.problem().isEmpty());
}

TEST(ExportRequest, TheSuggestedFileSitsBesideTheSourceWithoutItsSuffixes)
{
    EXPECT_EQ(
        ExportRequest::suggestedDestination(QStringLiteral("/d/stocktwits_2016_12_05.json.gz")),
        QStringLiteral("/d/stocktwits_2016_12_05-export.jsonl.gz"));
    EXPECT_EQ(ExportRequest::suggestedDestination(QStringLiteral("/d/feed.ndjson")),
              QStringLiteral("/d/feed-export.jsonl.gz"));
    EXPECT_EQ(ExportRequest::suggestedDestination(QStringLiteral("/d/day.gz")),
              QStringLiteral("/d/day-export.jsonl.gz"));
    EXPECT_EQ(ExportRequest::suggestedDestination(QStringLiteral("/d/notes.txt")),
              QStringLiteral("/d/notes.txt-export.jsonl.gz"));
}

TEST(ExportRequest, TheFormatFollowsTheFileName)
{
    EXPECT_EQ(ExportRequest::formatFor(QStringLiteral("out.csv")), Format::Csv);
    EXPECT_EQ(ExportRequest::formatFor(QStringLiteral("OUT.CSV")), Format::Csv);
    EXPECT_EQ(ExportRequest::formatFor(QStringLiteral("out.jsonl.gz")), Format::JsonLinesGzip);
    EXPECT_EQ(ExportRequest::formatFor(QStringLiteral("out.gz")), Format::JsonLinesGzip);
    EXPECT_EQ(ExportRequest::formatFor(QStringLiteral("out.jsonl")), Format::JsonLines);
    EXPECT_EQ(ExportRequest::formatFor(QStringLiteral("out")), Format::JsonLines);
    EXPECT_EQ(ExportRequest::formatFor(QStringLiteral("-")), Format::JsonLines);
}

TEST(ExportRequest, ChoosingAFormatChangesTheFileNamesSuffix)
{
    EXPECT_EQ(ExportRequest::withSuffix(QStringLiteral("/d/a-export.jsonl.gz"), Format::Csv),
              QStringLiteral("/d/a-export.csv"));
    EXPECT_EQ(ExportRequest::withSuffix(QStringLiteral("/d/a-export.csv"), Format::JsonLines),
              QStringLiteral("/d/a-export.jsonl"));
    EXPECT_EQ(ExportRequest::withSuffix(QStringLiteral("/d/a-export.jsonl"), Format::JsonLinesGzip),
              QStringLiteral("/d/a-export.jsonl.gz"));
    EXPECT_EQ(ExportRequest::withSuffix(QStringLiteral("/d/a.JSONL.GZ"), Format::Csv),
              QStringLiteral("/d/a.csv"));
    EXPECT_EQ(ExportRequest::withSuffix(QStringLiteral("/d/a"), Format::Csv),
              QStringLiteral("/d/a.csv"));
}

TEST(ExportRequest, FormatsHaveTheNamesTheCommandLineTakes)
{
    EXPECT_EQ(ExportRequest::formatFromKey(QStringLiteral("csv")), Format::Csv);
    EXPECT_EQ(ExportRequest::formatFromKey(QStringLiteral("JSONL")), Format::JsonLines);
    EXPECT_EQ(ExportRequest::formatFromKey(QStringLiteral("jsonl.gz")), Format::JsonLinesGzip);
    EXPECT_EQ(ExportRequest::formatFromKey(QStringLiteral("xml")), std::nullopt);
    EXPECT_EQ(ExportRequest::formatFromKey(QString()), std::nullopt);
    for (const Format format : {Format::JsonLinesGzip, Format::JsonLines, Format::Csv})
        EXPECT_EQ(ExportRequest::formatFromKey(ExportRequest::key(format)), format);
}

TEST(ExportRequest, AProblemSaysWhatStopsTheExport)
{
    ExportRequest request = ExportRequest::to(QStringLiteral("/d/out.csv"));
    EXPECT_EQ(request.problem(), QString());

    request.destination = QStringLiteral("  ");
    EXPECT_EQ(request.problem(), QStringLiteral("Name the file to export to."));
    request.destination = QStringLiteral("/d/out.csv");

    request.columns.clear();
    EXPECT_EQ(request.problem(), QStringLiteral("A CSV export needs at least one column."));
    request.format = Format::JsonLines;
    EXPECT_EQ(request.problem(), QString()) << "JSON lines are written whole, without columns";

    request.query = MessageQuery::parse(QStringLiteral("($NVDA OR"));
    EXPECT_EQ(request.problem(), QStringLiteral("OR at character 8 needs a term after it."));
    request.lines = Lines::SearchResults;
    EXPECT_EQ(request.problem(), QString()) << "the search results were found already";
}

TEST(ExportRequest, TheFilesPageOffersTheFirstChoiceThatHasLines)
{
    EXPECT_EQ(ExportRequest::defaultLines(3, 5, 1), Lines::SearchResults);
    EXPECT_EQ(ExportRequest::defaultLines(0, 5, 1), Lines::Selection);
    EXPECT_EQ(ExportRequest::defaultLines(0, 0, 2), Lines::Bookmarks);
    EXPECT_EQ(ExportRequest::defaultLines(0, 0, 0), std::nullopt);
}

TEST(ExportRequest, SelectedRowsAreExportedInFileOrderEachOnce)
{
    QStringListModel model(QStringList(12, QStringLiteral("line")));
    QItemSelection selection;
    // Ctrl-clicks in any order, one range over another.
    selection.select(model.index(6, 0), model.index(9, 0));
    selection.select(model.index(2, 0), model.index(3, 0));
    selection.append(QItemSelectionRange(model.index(5, 0), model.index(7, 0)));
    EXPECT_EQ(ExportRequest::selectedLines(selection), std::vector<qint64>({2, 3, 5, 6, 7, 8, 9}));
}
