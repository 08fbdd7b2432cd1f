// The dataset tab of the Files page, used as a person uses it: a folder (or several files, or a
// drop on the window) opens as one tab, the status row counts the files being indexed, a query
// typed in the search box and Enter fill the results pane in time order, and a click on a
// result selects its row.

#include "common/desktopopener.h"
#include "common/messagedetailview.h"
#include "feed/feedmodel.h"
#include "files/dataset.h"
#include "files/datasetmodel.h"
#include "files/datasetsearch.h"
#include "files/datasetview.h"
#include "files/filedocument.h"
#include "files/exportnotice.h"
#include "files/filespage.h"
#include "files/fileview.h"
#include "files/filestatisticsview.h"
#include "files/problembanner.h"
#include "files/searchresultsmodel.h"
#include "main/mainwindow.h"
#include "sampledata.h"
#include "samplemonth.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QBarSet>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QMimeData>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTimeZone>
#include <QToolButton>
#include <QUrl>

using namespace SampleMonth;
using TestSupport::waitUntil;

namespace {

bool waitIndexed(DatasetView *view, int ms = 30000)
{
    return waitUntil([view] { return view->dataset()->isFinished(); }, ms);
}

/// The rows of the reference matches, in the order of Month::expected().
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

// Saves what the view looks like when HYDRANT_SCREENSHOT_DIR is set (for reviewing the layout).
void maybeScreenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("HYDRANT_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QCoreApplication::processEvents(); // pending layout changes
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

QString tabText(QWidget *view)
{
    // The view sits in the page's tab widget (its stack, then the tab widget).
    auto *tabs = qobject_cast<QTabWidget *>(view->parentWidget()->parentWidget());
    return tabs ? tabs->tabText(tabs->indexOf(view)) : QString();
}

void clickResult(DatasetView *view, int result)
{
    QTableView *results = view->resultsTable();
    const QModelIndex target = results->model()->index(result, FeedModel::TextColumn);
    results->scrollTo(target);
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {},
                      results->visualRect(target).center());
}

} // namespace

TEST(DatasetView, AFolderOpensAsOneTabThatIsSearchedAsOne)
{
    QTemporaryDir dir;
    const Month month(dir);
    const std::vector<Day> expected = month.expected();

    FilesPage page;
    page.resize(1280, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.open({dir.path()});
    ASSERT_EQ(page.openFileCount(), 1) << "one tab for the whole folder";
    DatasetView *view = page.datasetView();
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(page.fileView(), nullptr);
    EXPECT_EQ(tabText(view), QDir(dir.path()).dirName());
    // While the files are indexed, the status row counts them.
    EXPECT_TRUE(view->statusText().startsWith(QStringLiteral("Indexing ")))
        << view->statusText().toStdString();
    // ("file(s)" until the English catalogue has the plural)
    EXPECT_TRUE(view->statusText().contains(QStringLiteral(" of 30 file")))
        << view->statusText().toStdString();

    ASSERT_TRUE(waitIndexed(view));
    EXPECT_EQ(view->table()->model()->rowCount(), month.rows());
    EXPECT_TRUE(view->statusText().startsWith(QStringLiteral("30 file")))
        << view->statusText().toStdString();
    // The cut-off day and the file that is not gzip each have a banner naming them.
    const QStringList banners = view->bannerTexts();
    ASSERT_EQ(banners.size(), 2) << banners.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(banners[0].startsWith(QStringLiteral("2024-11-17.jsonl.gz: ")));
    EXPECT_TRUE(banners[0].contains(QStringLiteral("truncated")));
    EXPECT_TRUE(banners[1].startsWith(QStringLiteral("2024-11-31.jsonl.gz")));
    EXPECT_EQ(banners[1].count(QStringLiteral("2024-11-31.jsonl.gz")), 1) << "named once";
    // The first row is selected and shown, with the file it comes from.
    EXPECT_EQ(view->currentRow(), 0);
    EXPECT_EQ(view->detail()->message().raw, expected[0].lines[0]);
    // The statistics cover the whole month; a bar leads to its first row, in its own file.
    FileStatisticsView *stats = view->statisticsView();
    ASSERT_GT(stats->barCount(), 24);
    emit stats->timeBars()->clicked(stats->barCount() - 1);
    EXPECT_EQ(view->currentRow(), stats->barLine(stats->barCount() - 1));
    EXPECT_TRUE(
        view->model()->origin(int(view->currentRow())).startsWith(QStringLiteral("2024-11-30")));
    view->goToRow(0);

    // A query typed in the box, then Enter.
    const MessageQuery query = MessageQuery::parse(QStringLiteral("$TSLA"));
    const std::vector<Match> matches = referenceScan(expected, query);
    const std::vector<qint64> reference = rowsOf(expected, matches);
    QTest::mouseClick(view->searchEdit(), Qt::LeftButton);
    QTest::keyClicks(view->searchEdit(), QStringLiteral("$TSLA"));
    QTest::keyClick(view->searchEdit(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([view] { return !view->search()->isRunning(); }, 30000));
    SearchResultsModel *results = view->resultsModel();
    ASSERT_EQ(results->rowCount(), int(reference.size()));
    for (int r = 0; r < results->rowCount(); ++r)
        ASSERT_EQ(results->lineAt(r), reference[size_t(r)]) << "result " << r;
    EXPECT_TRUE(view->searchSummary().startsWith(QStringLiteral("%1 match").arg(reference.size())))
        << view->searchSummary().toStdString();

    maybeScreenshot(&page, QStringLiteral("files-dataset-search"));

    // A click on a result selects its row, in whichever file it is.
    for (const int result : {3, int(reference.size()) - 1}) {
        clickResult(view, result);
        const Match &m = matches[size_t(result)];
        EXPECT_EQ(view->currentRow(), reference[size_t(result)]);
        EXPECT_EQ(view->detail()->message().raw, expected[size_t(m.file)].lines[size_t(m.line)]);
        const QString origin = QStringLiteral("%1, line %2")
                                   .arg(QFileInfo(expected[size_t(m.file)].path).fileName())
                                   .arg(m.line + 1);
        EXPECT_EQ(view->model()->origin(int(view->currentRow())), origin);
        // The row is on screen.
        const QRect row =
            view->table()->visualRect(view->table()->model()->index(int(view->currentRow()), 0));
        EXPECT_TRUE(view->table()->viewport()->rect().intersects(row));
    }
    // F3 goes on to the next result after the selected row, wrapping round.
    view->nextResult();
    EXPECT_EQ(view->currentRow(), reference.front());
    // Go to Time finds the row in whichever file it is.
    EXPECT_TRUE(view->goToTime(QDateTime(QDate(2024, 11, 14), QTime(1, 0), QTimeZone::utc())));
    EXPECT_EQ(view->model()->origin(int(view->currentRow())),
              QStringLiteral("2024-11-14.jsonl.gz, line 3"));

    // A query that cannot be read says why and clears the results.
    view->searchEdit()->clear();
    QTest::keyClicks(view->searchEdit(), QStringLiteral("($TSLA"));
    QTest::keyClick(view->searchEdit(), Qt::Key_Return);
    EXPECT_EQ(results->rowCount(), 0);
    EXPECT_FALSE(view->searchSummary().isEmpty());
}

TEST(DatasetView, SeveralFilesOpenAsOneTabInTimeOrderAndASearchTypedEarlyFollowsThatOrder)
{
    QTemporaryDir dir;
    const QString late = SampleData::write(
        dir, QStringLiteral("a-late.jsonl.gz"),
        SampleData::gzip(SampleData::stockTwitsLines(300, november1 + 2 * day, 60)));
    const QString early = SampleData::write(dir, QStringLiteral("b-early.jsonl"),
                                            SampleData::stockTwitsLines(200, november1, 60));
    const QString middle =
        SampleData::write(dir, QStringLiteral("c-middle.jsonl.gz"),
                          SampleData::gzip(SampleData::stockTwitsLines(100, november1 + day, 60)));

    FilesPage page;
    page.resize(1280, 800);
    page.show();
    page.open({late, early, middle});
    DatasetView *view = page.datasetView();
    ASSERT_NE(view, nullptr);
    EXPECT_TRUE(tabText(view).startsWith(QStringLiteral("3 file"))) << tabText(view).toStdString();
    // Enter before the files are indexed: the search goes with the indexing, and once the files
    // take their time order (the names say otherwise) it runs again.
    QTest::keyClicks(view->searchEdit(), QStringLiteral("$NVDA"));
    QTest::keyClick(view->searchEdit(), Qt::Key_Return);
    ASSERT_TRUE(waitIndexed(view));
    ASSERT_TRUE(waitUntil([view] { return !view->search()->isRunning(); }, 30000));

    Dataset *dataset = view->dataset();
    EXPECT_EQ(dataset->path(0), early);
    EXPECT_EQ(dataset->path(1), middle);
    EXPECT_EQ(dataset->path(2), late);
    EXPECT_EQ(view->model()->rowCount(), 600);
    EXPECT_EQ(view->model()->index(200, 0).data(DatasetModel::FilePathRole).toString(), middle);
    EXPECT_EQ(view->model()->index(200, 0).data(DatasetModel::LineRole).toLongLong(), 0);
    const int found = view->resultsModel()->rowCount();
    EXPECT_GT(found, 0) << "the search typed early ran";
    EXPECT_EQ(qint64(found), view->search()->matchCount());

    // The same files again show the same tab.
    page.open({middle, early, late});
    EXPECT_EQ(page.openFileCount(), 2) << "another order is another dataset";
    page.open({late, early, middle});
    EXPECT_EQ(page.openFileCount(), 2);
    EXPECT_EQ(page.datasetView(), view);
    // One file alone opens as a file.
    page.open({early});
    EXPECT_EQ(page.openFileCount(), 3);
    EXPECT_NE(page.fileView(), nullptr);
}

TEST(DatasetView, RowsShowWhileTheFilesAreIndexedAndTheRowLookedAtStaysPut)
{
    QTemporaryDir dir;
    SampleData::writeDays(dir, QStringLiteral("2024-11-%1.jsonl.gz"), november1, 1, 6, 20000, 4);
    FilesPage page;
    page.resize(1280, 800);
    page.show();
    page.open({dir.path()});
    DatasetView *view = page.datasetView();
    ASSERT_NE(view, nullptr);
    bool rowsWhileIndexing = false;
    QObject::connect(view->model(), &QAbstractItemModel::rowsInserted, view, [&] {
        rowsWhileIndexing = rowsWhileIndexing || !view->dataset()->isFinished();
    });
    ASSERT_TRUE(waitUntil([view] { return view->model()->rowCount() > 10; }, 30000));
    // The user clicks a row while the rest is still being indexed (if it still is).
    QTableView *table = view->table();
    const QModelIndex clicked = view->model()->index(7, FeedModel::TextColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(clicked).center());
    ASSERT_EQ(table->currentIndex().row(), 7);
    ASSERT_TRUE(waitIndexed(view));
    EXPECT_TRUE(rowsWhileIndexing) << "rows came before every file was indexed";
    EXPECT_EQ(view->model()->rowCount(), 120000);
    EXPECT_EQ(table->currentIndex().row(), 7) << "indexing the rest did not move the row";
    EXPECT_EQ(table->currentIndex().data(DatasetModel::LineRole).toLongLong(), 7);
}

TEST(DatasetView, FilesDroppedTogetherOnTheWindowOpenAsOneDataset)
{
    QTemporaryDir dir;
    const Month month(dir);
    const std::vector<Day> expected = month.expected();
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Live);

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(expected[2].path), QUrl::fromLocalFile(expected[0].path),
                  QUrl::fromLocalFile(expected[1].path)});
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);

    EXPECT_EQ(window.currentPage(), MainWindow::Files);
    ASSERT_EQ(window.filesPage()->openFileCount(), 1);
    DatasetView *view = window.filesPage()->datasetView();
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(waitIndexed(view));
    EXPECT_EQ(view->model()->rowCount(), qint64(3 * linesPerDay));
    EXPECT_EQ(view->dataset()->path(0), expected[0].path);
}

TEST(DatasetView, AFolderWithoutDailyFilesSaysSo)
{
    QTemporaryDir dir;
    SampleData::write(dir, QStringLiteral("notes.txt"), "not a day\n");
    FilesPage page;
    page.open({dir.path()});
    DatasetView *view = page.datasetView();
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view->model()->rowCount(), 0);
    ASSERT_EQ(view->bannerTexts().size(), 1);
    EXPECT_TRUE(view->bannerTexts().front().startsWith(
        QStringLiteral("There is no .gz, .jsonl or .ndjson file in ")));
    EXPECT_FALSE(view->statusText().startsWith(QStringLiteral("Indexing")));
}

TEST(DatasetView, ManyDamagedFilesShareOneBannerThatListsThem)
{
    QTemporaryDir dir;
    SampleData::write(dir, QStringLiteral("good.jsonl"), SampleData::stockTwitsLines(10));
    for (int i = 0; i < 5; ++i)
        SampleData::write(dir, QStringLiteral("bad-%1.jsonl.gz").arg(i),
                          QByteArray("\x01\x02\x03 not gzip", 12));
    FilesPage page;
    page.resize(1024, 600);
    page.show();
    page.open({dir.path()});
    DatasetView *view = page.datasetView();
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(waitIndexed(view));
    EXPECT_EQ(view->model()->rowCount(), 10) << "the readable file is shown";
    EXPECT_EQ(view->bannerTexts().size(), 5);
    QStringList shown;
    QString listed;
    for (ProblemBanner *banner : view->findChildren<ProblemBanner *>()) {
        EXPECT_TRUE(banner->isSerious());
        if (banner->isVisible()) {
            shown << banner->text();
            listed += banner->toolTip();
        }
    }
    ASSERT_EQ(shown.size(), 3) << shown.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(shown.back().startsWith(QStringLiteral("3 more file")))
        << shown.back().toStdString();
    for (int i = 2; i < 5; ++i)
        EXPECT_TRUE(listed.contains(QStringLiteral("bad-%1.jsonl.gz").arg(i))) << i;
}

// Ctrl+B bookmarks the selected row of a dataset: a marker in the row's number, the Bookmarks
// menu lists it and goes to it, Export offers the bookmarks, and the bookmark belongs to the
// file's line, so the file's own tab shows it and a dataset opened again has it.
TEST(DatasetView, BookmarksBelongToTheFilesLinesAndAreKept)
{
    QTemporaryDir dir;
    const Month month(dir);
    const std::vector<Day> expected = month.expected();
    FilesPage page;
    page.resize(1280, 800);
    page.show();
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    page.open({dir.path()});
    DatasetView *view = page.datasetView();
    ASSERT_TRUE(waitIndexed(view));
    const qint64 secondFileRow = qint64(expected[0].lines.size()) + 3; // line 4 of day 2
    for (const qint64 row : {qint64(5), secondFileRow}) {
        view->goToRow(row);
        view->table()->setFocus();
        QTest::keyClick(view->table(), Qt::Key_B, Qt::ControlModifier);
        EXPECT_TRUE(view->table()
                        ->model()
                        ->headerData(int(row), Qt::Vertical, DatasetModel::BookmarkRole)
                        .toBool())
            << "row " << row;
    }
    EXPECT_FALSE(view->table()->model()->headerData(6, Qt::Vertical, DatasetModel::BookmarkRole).toBool());

    // The Bookmarks menu lists both in row order and goes to one.
    QToolButton *button = nullptr;
    for (QToolButton *candidate : view->findChildren<QToolButton *>()) {
        if (candidate->text() == QStringLiteral("Bookmarks"))
            button = candidate;
    }
    ASSERT_NE(button, nullptr);
    emit button->menu()->aboutToShow();
    QStringList labels;
    QAction *second = nullptr;
    for (QAction *action : button->menu()->actions()) {
        if (action->text().startsWith(QStringLiteral("Row "))) {
            labels << action->text();
            if (action->text().startsWith(QStringLiteral("Row %1:").arg(secondFileRow + 1)))
                second = action;
        }
    }
    ASSERT_EQ(labels.size(), 2) << labels.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(labels[0].startsWith(QStringLiteral("Row 6: ")));
    ASSERT_NE(second, nullptr);
    view->goToRow(0);
    second->trigger();
    EXPECT_EQ(view->currentRow(), secondFileRow);

    // The second day's own tab shows its line 4 bookmarked.
    page.openFile(expected[1].path);
    FileView *file = page.fileView();
    ASSERT_NE(file, nullptr);
    ASSERT_TRUE(waitUntil(
        [file] { return file->document()->status() == FileDocument::Status::Ready; }));
    EXPECT_TRUE(file->table()->model()->headerData(3, Qt::Vertical, DatasetModel::BookmarkRole).toBool());

    // A dataset opened again has them; Ctrl+B on a bookmarked row removes it.
    {
        FilesPage again;
        again.show();
        again.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&again));
        again.open({dir.path()});
        DatasetView *reopened = again.datasetView();
        ASSERT_TRUE(waitIndexed(reopened));
        auto *model = reopened->table()->model();
        EXPECT_TRUE(model->headerData(5, Qt::Vertical, DatasetModel::BookmarkRole).toBool());
        EXPECT_TRUE(model->headerData(int(secondFileRow), Qt::Vertical, DatasetModel::BookmarkRole).toBool());
        reopened->goToRow(5);
        reopened->table()->setFocus();
        QTest::keyClick(reopened->table(), Qt::Key_B, Qt::ControlModifier);
        EXPECT_FALSE(model->headerData(5, Qt::Vertical, DatasetModel::BookmarkRole).toBool());
        // Remove All leaves none.
        static_cast<DatasetModel *>(model)->clearBookmarks();
        EXPECT_FALSE(model->headerData(int(secondFileRow), Qt::Vertical, DatasetModel::BookmarkRole).toBool());
    }
}

TEST(DatasetView, AnExportEndsWithANoticeThatOpensItsFolder)
{
    QList<QUrl> opened;
    DesktopOpener::setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    QTemporaryDir dir;
    const QString first = SampleData::write(dir, QStringLiteral("a.jsonl"),
                                            SampleData::stockTwitsLines(20, november1, 60));
    const QString second = SampleData::write(dir, QStringLiteral("b.jsonl"),
                                             SampleData::stockTwitsLines(20, november1 + day, 60));
    FilesPage page;
    page.resize(1024, 600);
    page.show();
    page.open({first, second});
    DatasetView *view = page.datasetView();
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(waitIndexed(view));
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    QTableView *table = view->table();
    const auto rowCentre = [table](int row) {
        return table->visualRect(table->model()->index(row, FeedModel::TextColumn)).center();
    };
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowCentre(1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier, rowCentre(2));

    const QString out = dir.filePath(QStringLiteral("two.csv"));
    auto *poll = new QTimer(QCoreApplication::instance());
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, out] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        auto *edit = dialog->findChild<QLineEdit *>();
        ASSERT_NE(edit, nullptr);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, out);
        QTest::keyClick(edit, Qt::Key_Return);
    });
    poll->start();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);

    ExportNotice *notice = view->exportNotice();
    ASSERT_TRUE(waitUntil([notice] { return notice->isVisible(); }, 10000)) << "no notice";
    EXPECT_TRUE(QFile::exists(out));
    EXPECT_TRUE(notice->text().contains(QStringLiteral("2 row"))) << notice->text().toStdString();
    EXPECT_TRUE(notice->text().contains(QStringLiteral("two.csv"))) << notice->text().toStdString();
    QTest::mouseClick(notice->openFolderButton(), Qt::LeftButton);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.front(), QUrl::fromLocalFile(QDir(dir.path()).absolutePath()));
    QTest::mouseClick(notice->openFileButton(), Qt::LeftButton);
    ASSERT_EQ(opened.size(), 2);
    EXPECT_EQ(opened.back(), QUrl::fromLocalFile(out));
    DesktopOpener::setUrlOpener({});
}

TEST(DatasetView, TheActivitiesAndMessagesOfADayShowAsOneTimeline)
{
    // The two backups of a day, saved side by side and opened together: the likes and follows
    // come among the messages as they happened, in the table (read row after row, as a view
    // does, each block of rows read together) and in the search results.
    QTemporaryDir dir;
    constexpr qint64 day = 1704672000; // 2024-01-08 00:00 UTC
    QByteArray activities, messages;
    std::vector<qint64> activityTimes, messageTimes;
    for (int i = 0; i < 3000; ++i) {
        const qint64 time = day + i * 7;
        activityTimes.push_back(time);
        activities +=
            "{\"action\":\"create\",\"data\":{\"id\":" + QByteArray::number(5418000000 + i) +
            ",\"type\":\"LikeMessage\",\"created_at\":\"" +
            QDateTime::fromSecsSinceEpoch(time, QTimeZone::utc()).toString(Qt::ISODate).toUtf8() +
            "\",\"user\":{\"id\":7,\"username\":\"liker\",\"name\":\"A Liker\"},"
            "\"message\":{\"id\":" +
            QByteArray::number(5417990000 + i) +
            ",\"body\":\"$TSLA to the moon\",\"user\":{\"id\":8,\"username\":"
            "\"poster\",\"name\":\"A Poster\"}}}}\n";
    }
    for (int i = 0; i < 2000; ++i) {
        const qint64 time = day + 3 + i * 10;
        messageTimes.push_back(time);
        messages += SampleData::stockTwitsLine(i, time) + '\n';
    }
    SampleData::write(dir, QStringLiteral("stocktwits_activity_2024_01_08.gz"),
                      SampleData::gzip(activities));
    SampleData::write(dir, QStringLiteral("stocktwits_message_2024_01_08.gz"),
                      SampleData::gzip(messages));

    FilesPage page;
    page.resize(1280, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.open({dir.path()});
    DatasetView *view = page.datasetView();
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(waitIndexed(view));
    const QAbstractItemModel *table = view->table()->model();
    ASSERT_EQ(table->rowCount(), 5000);
    std::vector<qint64> times;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString text = table->index(row, FeedModel::TextColumn).data().toString();
        const QString origin = view->model()->origin(row);
        const bool activity = origin.startsWith(QStringLiteral("stocktwits_activity"));
        ASSERT_EQ(activity, text.startsWith(QStringLiteral("@liker likes message")))
            << "row " << row << ": " << text.toStdString() << " from " << origin.toStdString();
        const qint64 line = table->index(row, 0).data(DatasetModel::LineRole).toLongLong();
        times.push_back(activity ? activityTimes[size_t(line)] : messageTimes[size_t(line)]);
    }
    EXPECT_TRUE(std::is_sorted(times.begin(), times.end()));
    EXPECT_NE(view->model()->origin(1), view->model()->origin(2)) << "the files take turns";
    maybeScreenshot(&page, QStringLiteral("files-dataset-merged"));

    // A word of the liked message's text: every like, and the messages with it, in the table's
    // order.
    QTest::mouseClick(view->searchEdit(), Qt::LeftButton);
    QTest::keyClicks(view->searchEdit(), QStringLiteral("moon"));
    QTest::keyClick(view->searchEdit(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([view] { return !view->search()->isRunning(); }, 30000));
    SearchResultsModel *results = view->resultsModel();
    ASSERT_GT(results->rowCount(), 3000);
    for (int r = 1; r < results->rowCount(); ++r)
        ASSERT_LT(results->lineAt(r - 1), results->lineAt(r)) << "result " << r;
    // Going to a time finds the first line at or after it, whichever file holds it.
    EXPECT_TRUE(
        view->goToTime(QDateTime::fromSecsSinceEpoch(day + 3 + 10 * 100, QTimeZone::utc())));
    EXPECT_EQ(view->model()->origin(int(view->currentRow())),
              QStringLiteral("stocktwits_message_2024_01_08.gz, line 101"));
}
