// The Files page follows a file that grows on disk: new rows appear at the end, and a view at
// the bottom stays there (klogg's and lnav's follow) while one the user scrolled up stays put.

#include "core/appsettings.h"
#include "feed/feedmodel.h"
#include "files/dataset.h"
#include "files/datasetview.h"
#include "files/filespage.h"
#include "files/filedocumentmodel.h"
#include "files/fileview.h"
#include "files/datasetsearch.h"
#include "files/filesearch.h"
#include "files/searchresultsmodel.h"
#include "main/mainwindow.h"
#include "message/messagenormalizer.h"
#include "sampledata.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using TestSupport::waitUntil;

namespace {

void append(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::Append));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

/// The rows of \a content's lines (numbered from \a firstRow) that say "Bearish".
std::vector<qint64> bearishRows(const QByteArray &content, qint64 firstRow = 0)
{
    std::vector<qint64> rows;
    const std::vector<QByteArray> lines = SampleData::lines(content);
    for (size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].contains("\"Bearish\""))
            rows.push_back(firstRow + qint64(i));
    }
    return rows;
}

std::vector<qint64> resultRows(const SearchResultsModel *results)
{
    std::vector<qint64> rows;
    for (int i = 0; i < results->rowCount(); ++i)
        rows.push_back(results->index(i, 0).data(SearchResultsModel::LineRole).toLongLong());
    return rows;
}

/// What the Text column of the table shows for \a line.
QString textOf(const QByteArray &line)
{
    MessageNormalizer normalizer;
    return FeedModel::displayText(normalizer.normalize(line), FeedModel::TextColumn);
}

struct FollowedFile : ::testing::Test
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<FileView> view;

    void open(const QByteArray &content, const QString &name = QStringLiteral("rec.jsonl.gz"))
    {
        path = SampleData::write(dir, name, content);
        view = std::make_unique<FileView>(path);
        view->resize(1024, 600);
        view->show();
        ASSERT_TRUE(waitUntil(
            [this] { return view->document()->status() == FileDocument::Status::Ready; },
            20000));
        QCoreApplication::processEvents();
    }
    /// Appends \a bytes to the file and lets the view take them (what the watcher and the
    /// poll do on their own).
    void grow(const QByteArray &bytes)
    {
        append(path, bytes);
        view->document()->checkForChanges();
        view->document()->waitForFinished();
        QCoreApplication::processEvents();
    }
    QScrollBar *scrollBar() const { return view->table()->verticalScrollBar(); }
    int lastVisibleRow() const
    {
        const QTableView *table = view->table();
        return table->rowAt(table->viewport()->height() - 2);
    }
    QString shownText(int row) const
    {
        const QAbstractItemModel *model = view->table()->model();
        return model->index(row, FeedModel::TextColumn).data().toString();
    }
};

} // namespace

TEST_F(FollowedFile, AViewAtTheBottomStaysThereWhileLinesAreAppended)
{
    open(SampleData::gzip(SampleData::stockTwitsLines(300)));
    ASSERT_EQ(view->table()->model()->rowCount(), 300);
    EXPECT_FALSE(view->isFollowing()); // opened at the top

    // End of the file, as the user's F key does.
    QTest::keyClick(view->table(), Qt::Key_F);
    EXPECT_TRUE(view->isFollowing());
    EXPECT_EQ(scrollBar()->value(), scrollBar()->maximum());
    EXPECT_EQ(lastVisibleRow(), 299);

    const QByteArray more = SampleData::stockTwitsLines(40, 1480897000);
    grow(SampleData::gzip(more, 1)); // one member, as the recorder writes each second
    EXPECT_EQ(view->table()->model()->rowCount(), 340);
    EXPECT_EQ(shownText(339), textOf(SampleData::lines(more).back()));
    EXPECT_TRUE(view->isFollowing());
    EXPECT_EQ(scrollBar()->value(), scrollBar()->maximum());
    EXPECT_EQ(lastVisibleRow(), 339);
    EXPECT_TRUE(view->statusText().contains(QStringLiteral("340"))) << view->statusText().toStdString();
    EXPECT_TRUE(view->bannerTexts().isEmpty());
}

TEST_F(FollowedFile, ASearchTakesInTheLinesTheFileGains)
{
    const QByteArray first = SampleData::stockTwitsLines(300);
    open(SampleData::gzip(first));
    QTest::keyClicks(view->searchEdit(), QStringLiteral("sentiment:bearish"));
    QTest::keyClick(view->searchEdit(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([this] { return !view->search()->isRunning(); }, 20000));
    ASSERT_EQ(resultRows(view->resultsModel()), bearishRows(first));

    const QByteArray more = SampleData::stockTwitsLines(120, 1480897000);
    grow(SampleData::gzip(more, 1));
    std::vector<qint64> expected = bearishRows(first);
    const std::vector<qint64> added = bearishRows(more, 300);
    expected.insert(expected.end(), added.begin(), added.end());
    ASSERT_TRUE(waitUntil([&] { return resultRows(view->resultsModel()) == expected; }, 20000))
        << view->resultsModel()->rowCount() << " results, " << expected.size() << " expected";
    ASSERT_TRUE(waitUntil([this] { return !view->search()->isRunning(); }, 20000));
    EXPECT_EQ(view->search()->matchCount(), qint64(expected.size()));
}

TEST_F(FollowedFile, AViewTheUserScrolledUpDoesNotMove)
{
    open(SampleData::stockTwitsLines(300), QStringLiteral("log.jsonl"));
    view->setFollowing(true);
    ASSERT_EQ(lastVisibleRow(), 299);

    // The user scrolls up: following stops.
    scrollBar()->setValue(scrollBar()->maximum() / 2);
    EXPECT_FALSE(view->isFollowing());
    EXPECT_FALSE(view->followAction()->isChecked());
    const int value = scrollBar()->value();
    const int firstShown = view->table()->rowAt(0);

    const QByteArray more = SampleData::stockTwitsLines(40, 1480897000);
    grow(more);
    EXPECT_EQ(view->table()->model()->rowCount(), 340);
    EXPECT_EQ(shownText(339), textOf(SampleData::lines(more).back()));
    EXPECT_EQ(scrollBar()->value(), value);
    EXPECT_EQ(view->table()->rowAt(0), firstShown);
    EXPECT_FALSE(view->isFollowing());

    // Back at the bottom, it follows again.
    scrollBar()->setValue(scrollBar()->maximum());
    EXPECT_TRUE(view->isFollowing());
    grow(SampleData::stockTwitsLines(10, 1480898000));
    EXPECT_EQ(lastVisibleRow(), 349);
}

TEST_F(FollowedFile, TheFKeyTypedInTheSearchBoxIsText)
{
    open(SampleData::stockTwitsLines(300), QStringLiteral("log.jsonl"));
    view->searchEdit()->setFocus();
    QTest::keyClicks(view->searchEdit(), QStringLiteral("Ford"));
    EXPECT_EQ(view->searchEdit()->text(), QStringLiteral("Ford"));
    EXPECT_FALSE(view->isFollowing());
}

TEST_F(FollowedFile, ASmallFileThatFitsKeepsItsNewestLinesInView)
{
    open(SampleData::stockTwitsLines(3), QStringLiteral("log.jsonl"));
    grow(SampleData::stockTwitsLines(200, 1480897000));
    EXPECT_EQ(view->table()->model()->rowCount(), 203);
    EXPECT_TRUE(view->isFollowing());
    EXPECT_EQ(lastVisibleRow(), 202);
}

TEST_F(FollowedFile, AFileReplacedOnDiskIsShownAgainWithABanner)
{
    open(SampleData::stockTwitsLines(100), QStringLiteral("log.jsonl"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(SampleData::stockTwitsLines(20, 1490000000));
    }
    view->document()->checkForChanges();
    ASSERT_TRUE(waitUntil(
        [this] { return view->document()->status() == FileDocument::Status::Ready; }, 20000));
    QCoreApplication::processEvents();
    EXPECT_EQ(view->table()->model()->rowCount(), 20);
    ASSERT_FALSE(view->bannerTexts().isEmpty());
    EXPECT_TRUE(view->bannerTexts().front().contains(QStringLiteral("read again")));
}

// --- A dataset tab that follows its folder

using SampleData::recordedDayLines;
using SampleData::recordedDayName;

TEST(FollowedDataset, ANewDayInTheFolderAppearsAtTheEndOfAViewAtTheBottom)
{
    QTemporaryDir dir;
    for (const int d : {1, 2})
        SampleData::write(dir, recordedDayName(d), SampleData::gzip(recordedDayLines(d, 100)));
    DatasetView view({dir.path()});
    view.resize(1024, 600);
    view.show();
    ASSERT_TRUE(waitUntil([&view] { return view.dataset()->isFinished(); }, 20000));
    QCoreApplication::processEvents();
    ASSERT_EQ(view.table()->model()->rowCount(), 200);
    view.setFollowing(true);

    const QByteArray today = recordedDayLines(3, 30);
    SampleData::write(dir, recordedDayName(3), SampleData::gzip(today));
    view.dataset()->checkForChanges();
    ASSERT_TRUE(waitUntil([&view] { return view.table()->model()->rowCount() == 230; }, 20000));
    QCoreApplication::processEvents();
    EXPECT_TRUE(view.isFollowing());
    const QTableView *table = view.table();
    EXPECT_EQ(table->verticalScrollBar()->value(), table->verticalScrollBar()->maximum());
    EXPECT_EQ(table->rowAt(table->viewport()->height() - 2), 229);
    EXPECT_EQ(table->model()->index(229, FeedModel::TextColumn).data().toString(),
              textOf(SampleData::lines(today).back()));
    EXPECT_TRUE(view.statusText().startsWith(QStringLiteral("3 file")))
        << view.statusText().toStdString();
}

TEST(FollowedDataset, ASearchTakesInANewDayAndRunsAgainWhenADayGoesInTheMiddle)
{
    QTemporaryDir dir;
    std::map<int, QByteArray> days;
    // 140 lines ten minutes apart: each day's lines end before the next day's begin.
    for (const int d : {1, 2, 4}) {
        days[d] = recordedDayLines(d, 140);
        SampleData::write(dir, recordedDayName(d), SampleData::gzip(days[d]));
    }
    const auto expected = [&days] {
        std::vector<qint64> rows;
        qint64 firstRow = 0;
        for (const auto &[d, content] : days) {
            const std::vector<qint64> found = bearishRows(content, firstRow);
            rows.insert(rows.end(), found.begin(), found.end());
            firstRow += qint64(SampleData::lines(content).size());
        }
        return rows;
    };
    DatasetView view({dir.path()});
    view.resize(1024, 600);
    view.show();
    ASSERT_TRUE(waitUntil([&view] { return view.dataset()->isFinished(); }, 20000));
    QTest::keyClicks(view.searchEdit(), QStringLiteral("sentiment:bearish"));
    QTest::keyClick(view.searchEdit(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&view] { return !view.search()->isRunning(); }, 20000));
    ASSERT_EQ(resultRows(view.resultsModel()), expected());

    // The next day arrives: its matches join the results, after the others.
    days[5] = recordedDayLines(5, 140);
    SampleData::write(dir, recordedDayName(5), SampleData::gzip(days[5]));
    view.dataset()->checkForChanges();
    ASSERT_TRUE(waitUntil([&] { return resultRows(view.resultsModel()) == expected(); }, 20000))
        << view.resultsModel()->rowCount();
    // A missing day downloaded later goes in the middle: the rows are numbered anew, and so are
    // the results.
    days[3] = recordedDayLines(3, 140);
    SampleData::write(dir, recordedDayName(3), SampleData::gzip(days[3]));
    view.dataset()->checkForChanges();
    ASSERT_TRUE(waitUntil([&] { return resultRows(view.resultsModel()) == expected(); }, 20000))
        << view.resultsModel()->rowCount();
    EXPECT_FALSE(view.search()->isRunning());
    EXPECT_EQ(view.search()->matchCount(), qint64(expected().size()));
}

TEST(FollowedDataset, FileMenuOpensTheRecordingsFolderAsADatasetThatFollows)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("recordings"));
    AppSettings::setRecordingFolder(folder); // it does not exist yet
    MainWindow window;
    QAction *open = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu() ? menu->menu()->actions() : QList<QAction *>()) {
            if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Open Recordings Folder"))
                open = action;
        }
    }
    ASSERT_NE(open, nullptr);
    open->trigger();
    DatasetView *view = window.filesPage()->datasetView();
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view->paths(), QStringList{QDir::cleanPath(folder)});
    EXPECT_TRUE(view->dataset()->isWatching());

    // The Live page starts recording into it.
    QDir().mkpath(folder);
    QFile file(QDir(folder).filePath(recordedDayName(5)));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(SampleData::gzip(recordedDayLines(5, 12)));
    file.close();
    view->dataset()->checkForChanges();
    ASSERT_TRUE(waitUntil([view] { return view->table()->model()->rowCount() == 12; }, 20000));
}
