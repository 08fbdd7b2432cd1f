#include "common/desktopopener.h"
#include "common/matchhighlight.h"
#include "common/messagedetailview.h"
#include "core/displaytimezone.h"
#include "files/exportnotice.h"
#include "feed/feedmodel.h"
#include "files/filedocumentmodel.h"
#include "files/filesearch.h"
#include "files/filespage.h"
#include "files/filestatisticsview.h"
#include "files/fileview.h"
#include "files/searchresultsmodel.h"
#include "message/messagenormalizer.h"
#include "sampledata.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QUrl>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <functional>

using TestSupport::waitUntil;

namespace {

bool waitReady(FileView *view, int ms = 20000)
{
    return waitUntil([view] { return view->document()->status() == FileDocument::Status::Ready; },
                     ms);
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

} // namespace

TEST(FileView, OpensSearchesAndJumpsToAResult)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(8000, 1480896000, 9); // 20 hours
    const std::vector<QByteArray> lines = SampleData::lines(data);
    const QString path =
        SampleData::write(dir, QStringLiteral("day.jsonl.gz"), SampleData::gzip(data));

    FilesPage page;
    page.resize(1280, 800);
    page.show();
    page.openFile(path);
    ASSERT_EQ(page.openFileCount(), 1);
    FileView *view = page.fileView();
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(waitReady(view));
    EXPECT_EQ(view->table()->model()->rowCount(), 8000);
    EXPECT_TRUE(view->statusText().contains(QStringLiteral("8,000")))
        << view->statusText().toStdString();
    EXPECT_TRUE(view->bannerTexts().isEmpty());
    // The first line is selected and shown in detail.
    EXPECT_EQ(view->currentLine(), 0);
    EXPECT_EQ(view->detail()->message().raw, lines[0]);

    view->startSearch(QStringLiteral("symbol:NVDA AND sentiment:bearish"));
    ASSERT_TRUE(waitUntil([view] { return !view->search()->isRunning(); }, 20000));
    QTableView *results = view->resultsTable();
    const int found = results->model()->rowCount();
    ASSERT_GT(found, 5);
    maybeScreenshot(view, QStringLiteral("files-search"));

    // Click the fourth result: the main view jumps to its line and the detail shows it.
    const QModelIndex target = results->model()->index(3, FeedModel::TextColumn);
    results->scrollTo(target);
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {},
                      results->visualRect(target).center());
    const qint64 line = view->resultsModel()->lineAt(3);
    EXPECT_EQ(view->currentLine(), line);
    EXPECT_EQ(view->detail()->message().raw, lines[size_t(line)]);
    EXPECT_TRUE(view->detail()->message().symbols.contains(QStringLiteral("NVDA")));
    // The jumped-to row is on screen.
    const QRect row = view->table()->visualRect(view->table()->model()->index(int(line), 0));
    EXPECT_TRUE(view->table()->viewport()->rect().intersects(row));

    // Next and previous follow the results from the selected line: F3 and Shift+F3 work from
    // the table too, not only in the search box.
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    view->table()->setFocus();
    QTest::keySequence(view->table(), QKeySequence::FindNext);
    EXPECT_EQ(view->currentLine(), view->resultsModel()->lineAt(4));
    QTest::keySequence(view->table(), QKeySequence::FindPrevious);
    EXPECT_EQ(view->currentLine(), line);

    // An invalid query: the previous results go, and both the box and the pane say why.
    QTest::keySequence(view->table(), QKeySequence::Find);
    ASSERT_TRUE(view->searchEdit()->hasFocus());
    QTest::keyClicks(view->searchEdit(), QStringLiteral("($NVDA OR"));
    QTest::keyClick(view->searchEdit(), Qt::Key_Return);
    EXPECT_EQ(results->model()->rowCount(), 0);
    const QString error = QStringLiteral("OR at character 8 needs a term after it.");
    int shown = 0;
    for (const QLabel *label : view->findChildren<QLabel *>())
        shown += label->isVisible() && label->text() == error;
    EXPECT_EQ(shown, 2);
}

TEST(FileView, StatisticsBarsJumpToTheirFirstMessage)
{
    QTemporaryDir dir;
    const QString path =
        SampleData::write(dir, QStringLiteral("stats.jsonl.gz"),
                          SampleData::gzip(SampleData::stockTwitsLines(3600, 1480896000, 10)));
    FileView view(path);
    view.resize(1280, 800);
    view.show();
    ASSERT_TRUE(waitReady(&view));
    FileStatisticsView *stats = view.statisticsView();
    ASSERT_TRUE(waitUntil([stats] { return stats->barCount() == 10; }, 5000)) << stats->barCount();
    view.findChild<QTabWidget *>()->setCurrentWidget(stats);
    maybeScreenshot(&view, QStringLiteral("files-statistics"));
    emit stats->timeBars()->clicked(3);
    EXPECT_EQ(view.currentLine(), stats->barLine(3));
    EXPECT_EQ(view.currentLine(), 3 * 360);
    stats->zoomToHour(stats->barStart(2));
    EXPECT_EQ(stats->barCount(), 60);
    emit stats->timeBars()->clicked(30);
    EXPECT_EQ(view.currentLine(), 2 * 360 + 30 * 6);
    stats->zoomOut();
    EXPECT_EQ(stats->barCount(), 10);
    // A click on a symbol searches for it.
    ASSERT_FALSE(stats->symbols().isEmpty());
    const QString top = stats->symbols().front();
    emit stats->symbolBars()->clicked(stats->symbolBars()->count() - 1);
    EXPECT_EQ(view.searchEdit()->text(), QStringLiteral("symbol:") + top);
}

// After a Regex search, a click on a Top symbols bar still searches for the symbol: the chart
// writes a query in the query language and the search box reads it as one. Every bar of the
// chart is named, even in a 1024×600 window.
TEST(FileView, ASymbolBarClickedAfterARegexSearchFindsTheSymbol)
{
    QTemporaryDir dir;
    const QString path =
        SampleData::write(dir, QStringLiteral("stats.jsonl.gz"),
                          SampleData::gzip(SampleData::stockTwitsLines(3600, 1480896000, 10)));
    FileView view(path);
    view.resize(1024 - 100, 600 - 80); // the Files page of a 1024×600 window
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    ASSERT_TRUE(waitReady(&view));

    // A regex search, chosen and typed as a user does.
    auto *mode = view.findChild<QComboBox *>();
    ASSERT_NE(mode, nullptr);
    mode->setFocus();
    while (mode->currentText() != QStringLiteral("Regex"))
        QTest::keyClick(mode, Qt::Key_Down);
    QTest::keyClicks(view.searchEdit(), QStringLiteral("wor?d"));
    QTest::keyClick(view.searchEdit(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return !view.search()->isRunning(); }, 20000));

    // The Statistics tab, then a click on the busiest symbol's bar (drawn at the top).
    auto *tabs = view.findChild<QTabWidget *>();
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                      tabs->tabBar()->tabRect(tabs->indexOf(view.statisticsView())).center());
    FileStatisticsView *stats = view.statisticsView();
    ASSERT_TRUE(waitUntil([stats] { return !stats->symbols().isEmpty(); }, 5000));
    QCoreApplication::processEvents();
    QChartView *chartView = nullptr;
    for (QChartView *candidate : stats->findChildren<QChartView *>()) {
        if (candidate->chart()->axes().contains(stats->symbolAxis()))
            chartView = candidate;
    }
    ASSERT_NE(chartView, nullptr);
    QStringList shown;
    for (QGraphicsItem *item : chartView->scene()->items()) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            shown << text->toPlainText();
    }
    const QStringList bars = stats->symbolAxis()->categories();
    ASSERT_GE(bars.size(), 3);
    for (const QString &bar : bars) {
        EXPECT_TRUE(shown.contains(bar)) << bar.toStdString() << " has no label; shown: "
                                         << shown.join(QLatin1Char('|')).toStdString();
    }
    maybeScreenshot(&view, QStringLiteral("files-statistics-1024"));

    const QString top = stats->symbols().front();
    auto *series = static_cast<QHorizontalBarSeries *>(chartView->chart()->series().front());
    const int topBar = stats->symbolBars()->count() - 1;
    const QPointF barMiddle = chartView->chart()->mapToPosition(
        QPointF(stats->symbolBars()->at(topBar) / 2, topBar), series);
    QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {},
                      chartView->mapFromScene(chartView->chart()->mapToScene(barMiddle)));
    EXPECT_EQ(view.searchEdit()->text(), QStringLiteral("symbol:") + top);
    EXPECT_EQ(mode->currentText(), QStringLiteral("Query"));
    ASSERT_TRUE(waitUntil([&] { return !view.search()->isRunning(); }, 20000));
    EXPECT_GT(view.resultsTable()->model()->rowCount(), 0)
        << "symbol:" << top.toStdString() << " found nothing";
    EXPECT_EQ(tabs->currentIndex(), 0) << "the results show on the Messages tab";
}

TEST(FileView, GoToTimeAndBookmarksThatSurviveReopening)
{
    QTemporaryDir dir;
    const QString path = SampleData::write(dir, QStringLiteral("marks.jsonl"),
                                           SampleData::stockTwitsLines(500, 1480896000, 60));
    {
        FileView view(path);
        ASSERT_TRUE(waitReady(&view));
        EXPECT_TRUE(
            view.goToTime(QDateTime(QDate(2016, 12, 5), QTime(2, 30, 30), QTimeZone::utc())));
        EXPECT_EQ(view.currentLine(), 151);
        EXPECT_FALSE(view.goToTime(QDateTime(QDate(2016, 12, 7), QTime(0, 0), QTimeZone::utc())));
        view.goToLine(42);
        view.toggleBookmark();
        view.goToLine(7);
        view.toggleBookmark();
        EXPECT_EQ(view.model()->bookmarks(), QList<int>({7, 42}));
        EXPECT_TRUE(
            view.model()->headerData(42, Qt::Vertical, FileDocumentModel::BookmarkRole).toBool());
    }
    FileView again(path);
    ASSERT_TRUE(waitReady(&again));
    EXPECT_EQ(again.model()->bookmarks(), QList<int>({7, 42}));
}

TEST(FileView, BadFilesSayWhatIsWrong)
{
    QTemporaryDir dir;
    const QByteArray compressed = SampleData::gzip(SampleData::stockTwitsLines(3000));
    FileView truncated(SampleData::write(dir, QStringLiteral("cut.jsonl.gz"),
                                         compressed.left(compressed.size() / 2)));
    ASSERT_TRUE(waitReady(&truncated));
    ASSERT_FALSE(truncated.bannerTexts().isEmpty());
    EXPECT_TRUE(truncated.bannerTexts().front().contains(QStringLiteral("truncated")));
    EXPECT_GT(truncated.model()->rowCount(), 1000);
    maybeScreenshot(&truncated, QStringLiteral("files-truncated"));

    FileView junk(SampleData::write(dir, QStringLiteral("junk.gz"), QByteArray(4000, '\x01')));
    EXPECT_EQ(junk.document()->status(), FileDocument::Status::Failed);
    EXPECT_FALSE(junk.document()->errorString().isEmpty());

    FileView empty(SampleData::write(dir, QStringLiteral("empty.jsonl"), QByteArray()));
    EXPECT_EQ(empty.model()->rowCount(), 0);
    EXPECT_TRUE(empty.bannerTexts().join(QLatin1Char(' ')).contains(QStringLiteral("empty")));

    // Nothing here is JSON.
    FileView text(
        SampleData::write(dir, QStringLiteral("notes.jsonl"), QByteArray("just\nsome notes\n")));
    ASSERT_TRUE(waitReady(&text));
    EXPECT_TRUE(text.bannerTexts().join(QLatin1Char(' ')).contains(QStringLiteral("JSON")));
}

TEST(FileView, ClosingTheTabStopsIndexingAtOnce)
{
    QTemporaryDir dir;
    const QString path = SampleData::write(dir, QStringLiteral("big.gz"),
                                           SampleData::gzip(SampleData::stockTwitsLines(60000), 1));
    FilesPage page;
    page.openFile(path);
    ASSERT_TRUE(waitUntil([&] { return page.fileView()->model()->rowCount() > 0; }, 5000));
    QElapsedTimer timer;
    timer.start();
    page.findChild<QTabWidget *>()->tabCloseRequested(0);
    EXPECT_EQ(page.openFileCount(), 0);
    EXPECT_LT(timer.elapsed(), 300);
}

namespace {

// Runs \a act on the next modal dialog once it is shown (QDialog::exec blocks the caller).
void onNextDialog(std::function<void(QWidget *)> act)
{
    // Owned by the application: a deleteLater() made inside the dialog's own event loop may not
    // run before the test ends.
    auto *poll = new QTimer(QCoreApplication::instance());
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, act] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            poll->stop();
            poll->deleteLater();
            act(dialog);
        }
    });
    poll->start();
}

} // namespace

TEST(FileView, GoToTimeTakesATimeTypedAsItReads)
{
    QTemporaryDir dir;
    const QString path = SampleData::write(dir, QStringLiteral("typed.jsonl"),
                                           SampleData::stockTwitsLines(500, 1480896000, 60));
    FileView view(path);
    view.resize(1024, 600);
    view.show();
    ASSERT_TRUE(waitReady(&view));
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    // Ctrl+Shift+G from the table, as a user presses it. A closed dialog leaves no window
    // active on the offscreen platform (a user's window manager gives it back): the view gets
    // it back first, or the shortcut would go nowhere.
    int dialogs = 0;
    const auto pressGoToTime = [&view] {
        view.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    };

    QString zoneShown;
    onNextDialog([&zoneShown, &dialogs](QWidget *dialog) {
        ++dialogs;
        auto *edit = dialog->findChild<QLineEdit *>();
        ASSERT_NE(edit, nullptr);
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            zoneShown += label->text() + QLatin1Char('\n');
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, QStringLiteral("2016-12-05 02:30:30"));
        QTest::keyClick(edit, Qt::Key_Return);
    });
    pressGoToTime();
    ASSERT_EQ(dialogs, 1);
    EXPECT_EQ(view.currentLine(), 151);
    EXPECT_TRUE(zoneShown.contains(QStringLiteral("UTC"))) << zoneShown.toStdString();

    // A pasted ISO 8601 time with its zone is read in that zone.
    view.goToLine(0);
    onNextDialog([&dialogs](QWidget *dialog) {
        ++dialogs;
        auto *edit = dialog->findChild<QLineEdit *>();
        ASSERT_NE(edit, nullptr);
        edit->setFocus();
        edit->selectAll();
        edit->insert(QStringLiteral("2016-12-05T04:30:30+02:00"));
        QTest::keyClick(edit, Qt::Key_Return);
    });
    pressGoToTime();
    ASSERT_EQ(dialogs, 2);
    EXPECT_EQ(view.currentLine(), 151);

    // Half a time cannot be confirmed: Enter does nothing until the text is a time.
    view.goToLine(3);
    onNextDialog([&dialogs](QWidget *dialog) {
        ++dialogs;
        auto *edit = dialog->findChild<QLineEdit *>();
        ASSERT_NE(edit, nullptr);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, QStringLiteral("2016-12-05 02:3"));
        QTest::keyClick(edit, Qt::Key_Return);
        EXPECT_TRUE(dialog->isVisible());
        QTest::keyClick(edit, Qt::Key_Escape);
    });
    pressGoToTime();
    ASSERT_EQ(dialogs, 3);
    EXPECT_EQ(view.currentLine(), 3);
}

TEST(FileView, AValidLineTooLongForTheTableIsShownCutNotMalformed)
{
    QTemporaryDir dir;
    QByteArray data = "{\"id\":1,\"body\":\"short\"}\n";
    data += "{\"id\":2,\"body\":\"" + QByteArray(600 * 1024, 'x') + "\"}\n";
    data += "{\"id\":3,\"body\":\"short\"}\n";
    const QString path = SampleData::write(dir, QStringLiteral("long.jsonl"), data);
    FileView view(path);
    view.resize(1024, 600);
    view.show();
    ASSERT_TRUE(waitReady(&view));
    QTableView *table = view.table();
    const QModelIndex second = table->model()->index(1, 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(second).center());
    ASSERT_EQ(view.currentLine(), 1);
    QString shown;
    for (const QLabel *label : view.detail()->findChildren<QLabel *>())
        shown += label->text() + QLatin1Char('\n');
    EXPECT_FALSE(shown.contains(QStringLiteral("Malformed"))) << shown.left(2000).toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("not a JSON object")));
    EXPECT_FALSE(shown.contains(QStringLiteral("unterminated"), Qt::CaseInsensitive));
    EXPECT_TRUE(shown.contains(QStringLiteral("shown cut"))) << shown.left(2000).toStdString();
}

// The Files page exports what `hydrant-cli export` would write for the same lines: the dialog
// starts from the same request, so a CSV holds the command line's default columns.
TEST(FileView, SelectedRowsExportAsTheCommandLineWouldWriteThem)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(50, 1480896000, 60);
    const std::vector<QByteArray> lines = SampleData::lines(data);
    const QString path = SampleData::write(dir, QStringLiteral("rows.jsonl"), data);
    FileView view(path);
    view.resize(1024, 600);
    view.show();
    ASSERT_TRUE(waitReady(&view));
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));

    // Rows 4 to 6, clicked and shift-clicked.
    QTableView *table = view.table();
    const auto rowCentre = [table](int row) {
        return table->visualRect(table->model()->index(row, FeedModel::TextColumn)).center();
    };
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowCentre(3));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier, rowCentre(5));

    const QString out = dir.filePath(QStringLiteral("three.csv"));
    QString suggested;
    onNextDialog([&](QWidget *dialog) {
        auto *path = dialog->findChild<QLineEdit *>();
        ASSERT_NE(path, nullptr);
        suggested = path->text();
        auto *format = dialog->findChild<QComboBox *>();
        format->setFocus();
        while (!format->currentText().contains(QStringLiteral("CSV")))
            QTest::keyClick(format, Qt::Key_Down);
        path->setFocus();
        QTest::keyClick(path, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(path, out);
        QTest::keyClick(path, Qt::Key_Return);
    });
    table->setFocus();
    QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_FALSE(suggested.isEmpty()) << "the Export dialog did not open";
    EXPECT_EQ(suggested, dir.filePath(QStringLiteral("rows-export.jsonl.gz")));
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(out); }, 10000));

    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = file.readAll().split('\n');
    ASSERT_EQ(rows.size(), 5) << "the header, three rows and the end";
    EXPECT_EQ(rows[0], QByteArray("id,time,author,symbols,sentiment,text,likes,source,kind\r"));
    MessageNormalizer normalizer;
    for (int i = 0; i < 3; ++i) {
        const Message message = normalizer.normalize(lines[size_t(3 + i)]);
        EXPECT_TRUE(rows[1 + i].startsWith(message.id.toUtf8() + ',')) << rows[1 + i].toStdString();
    }
}

namespace {

/// Times shown in Berlin's zone while a test runs (CET in December), UTC again after it.
class BerlinTime
{
public:
    BerlinTime()
    {
        DisplayTimeZone::setZone(DisplayTimeZone::Zone::Local);
        DisplayTimeZone::setLocalZone(QTimeZone("Europe/Berlin"));
    }
    ~BerlinTime()
    {
        DisplayTimeZone::setZone(DisplayTimeZone::Zone::Local);
        DisplayTimeZone::setLocalZone(QTimeZone());
    }
};

/// Records what would have been opened instead of starting a file manager.
class RecordedOpener
{
public:
    RecordedOpener()
    {
        DesktopOpener::setUrlOpener([this](const QUrl &url) {
            opened << url;
            return answers;
        });
        DesktopOpener::setFileManager([this](const QString &path) {
            shown << path;
            return fileManagerAnswers;
        });
    }
    ~RecordedOpener()
    {
        DesktopOpener::setUrlOpener({});
        DesktopOpener::setFileManager({});
    }
    QList<QUrl> opened;
    QStringList shown;
    bool answers = true;
    bool fileManagerAnswers = false;
};

} // namespace

TEST(FileView, TimesAreShownAndTypedInTheDisplayZoneWhichTheColumnNames)
{
    const BerlinTime berlin;
    QTemporaryDir dir;
    const QString path = SampleData::write(dir, QStringLiteral("zoned.jsonl"),
                                           SampleData::stockTwitsLines(500, 1480896000, 60));
    FileView view(path);
    view.resize(1024, 600);
    view.show();
    ASSERT_TRUE(waitReady(&view));
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));

    // 2016-12-05 00:00:00 UTC is 01:00 in Berlin; the header says so.
    QTableView *table = view.table();
    EXPECT_EQ(table->model()->headerData(FeedModel::TimeColumn, Qt::Horizontal).toString(),
              QStringLiteral("Time (CET)"));
    EXPECT_EQ(table->model()->index(0, FeedModel::TimeColumn).data().toString(),
              QStringLiteral("2016-12-05 01:00:00"));
    const auto *detailTime = view.detail()->findChild<QLabel *>(QStringLiteral("messageTime"));
    ASSERT_NE(detailTime, nullptr);
    EXPECT_TRUE(detailTime->text().contains(QStringLiteral("CET"))) << detailTime->text().toStdString();

    // Go to Time reads what is typed in that zone and names it beside the field.
    QString zoneShown;
    QString prefilled;
    onNextDialog([&](QWidget *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>();
        ASSERT_NE(edit, nullptr);
        prefilled = edit->text();
        if (auto *zone = dialog->findChild<QLabel *>(QStringLiteral("timeZone")))
            zoneShown = zone->text();
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, QStringLiteral("2016-12-05 03:30:30"));
        QTest::keyClick(edit, Qt::Key_Return);
    });
    table->setFocus();
    QTest::keyClick(table, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(prefilled, QStringLiteral("2016-12-05 01:00:00"));
    EXPECT_EQ(zoneShown, QStringLiteral("CET"));
    EXPECT_EQ(view.currentLine(), 151) << "02:30:30 UTC";

    // The statistics count hours of the same zone.
    FileStatisticsView *statistics = view.statisticsView();
    const QStringList titles = [statistics] {
        QStringList texts;
        for (const QLabel *label : statistics->findChildren<QLabel *>())
            texts << label->text();
        return texts;
    }();
    EXPECT_TRUE(titles.contains(QStringLiteral("Messages per hour (CET)"))) << titles.join(QLatin1Char('|')).toStdString();

    // Choosing UTC changes the open view at once.
    DisplayTimeZone::setZone(DisplayTimeZone::Zone::Utc);
    EXPECT_EQ(table->model()->headerData(FeedModel::TimeColumn, Qt::Horizontal).toString(),
              QStringLiteral("Time (UTC)"));
    EXPECT_EQ(table->model()->index(0, FeedModel::TimeColumn).data().toString(),
              QStringLiteral("2016-12-05 00:00:00"));
    EXPECT_TRUE(detailTime->text().contains(QStringLiteral("UTC"))) << detailTime->text().toStdString();
    EXPECT_EQ(view.resultsTable()->model()->headerData(FeedModel::TimeColumn, Qt::Horizontal).toString(),
              QStringLiteral("Time (UTC)"));
}

TEST(FileView, AnExportEndsWithANoticeThatOpensTheFolderOrTheFile)
{
    RecordedOpener opener;
    QTemporaryDir dir;
    const QString path = SampleData::write(dir, QStringLiteral("notice.jsonl"),
                                           SampleData::stockTwitsLines(50, 1480896000, 60));
    FileView view(path);
    view.resize(1024, 600);
    view.show();
    ASSERT_TRUE(waitReady(&view));
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    QTableView *table = view.table();
    const auto rowCentre = [table](int row) {
        return table->visualRect(table->model()->index(row, FeedModel::TextColumn)).center();
    };
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowCentre(3));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier, rowCentre(5));

    QDir(dir.path()).mkdir(QStringLiteral("out"));
    const QString out = dir.filePath(QStringLiteral("out/three.jsonl.gz"));
    onNextDialog([&](QWidget *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>();
        ASSERT_NE(edit, nullptr);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, out);
        QTest::keyClick(edit, Qt::Key_Return);
    });
    table->setFocus();
    QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    ExportNotice *notice = view.exportNotice();
    ASSERT_TRUE(waitUntil([&] { return notice->isVisible(); }, 10000)) << "no notice after the export";
    EXPECT_TRUE(QFile::exists(out));
    EXPECT_TRUE(notice->text().contains(QStringLiteral("3 row"))) << notice->text().toStdString();
    EXPECT_TRUE(notice->text().contains(QStringLiteral("three.jsonl.gz"))) << notice->text().toStdString();

    QTest::mouseClick(notice->openFolderButton(), Qt::LeftButton);
    ASSERT_EQ(opener.opened.size(), 1);
    EXPECT_EQ(opener.opened.front(), QUrl::fromLocalFile(dir.filePath(QStringLiteral("out"))));

    // When nothing on the computer opens it, the notice says so.
    opener.answers = false;
    QTest::mouseClick(notice->openFileButton(), Qt::LeftButton);
    ASSERT_EQ(opener.opened.size(), 2);
    EXPECT_EQ(opener.opened.back(), QUrl::fromLocalFile(out));
    EXPECT_TRUE(notice->text().contains(QStringLiteral("No application could open")))
        << notice->text().toStdString();
    EXPECT_TRUE(notice->isVisible());
}

TEST(FileView, TheSearchResultsPaneKeepsTheHeightItWasDraggedTo)
{
    QTemporaryDir dir;
    const QString path = SampleData::write(dir, QStringLiteral("pane.jsonl"),
                                           SampleData::stockTwitsLines(50, 1480896000, 60));
    const auto resultsSplitter = [](FileView &view) -> QSplitter * {
        for (QSplitter *splitter : view.findChildren<QSplitter *>()) {
            if (splitter->orientation() == Qt::Vertical && splitter->isAncestorOf(view.resultsTable()))
                return splitter;
        }
        return nullptr;
    };
    int dragged = 0;
    {
        FileView view(path);
        view.resize(1024, 600);
        view.show();
        ASSERT_TRUE(waitReady(&view));
        QSplitter *splitter = resultsSplitter(view);
        ASSERT_NE(splitter, nullptr);
        const int before = splitter->sizes().value(1);
        // The handle dragged 120 px up, as a user drags it.
        QSplitterHandle *handle = splitter->handle(1);
        const QPoint grip = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, {}, grip);
        QTest::mouseMove(handle, grip - QPoint(0, 60));
        QTest::mouseMove(handle, grip - QPoint(0, 120));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, grip - QPoint(0, 120));
        dragged = splitter->sizes().value(1);
        ASSERT_GT(dragged, before + 100) << "the handle did not move";
    }
    FileView again(path);
    again.resize(1024, 600);
    again.show();
    ASSERT_TRUE(waitReady(&again));
    QSplitter *splitter = resultsSplitter(again);
    ASSERT_NE(splitter, nullptr);
    EXPECT_EQ(splitter->sizes().value(1), dragged);
}

namespace {

/// Whether \a rect of \a image holds pixels of the match highlight.
bool showsHighlight(const QImage &image, const QRect &rect)
{
    const QColor mark = MatchHighlight::background();
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (image.pixelColor(x, y) == mark)
                return true;
        }
    }
    return false;
}

} // namespace

TEST(FileView, WhatASearchFindsIsMarkedInTheTableTheResultsAndTheDetail)
{
    QTemporaryDir dir;
    const QByteArray data =
        R"({"id":1,"body":"Short Squeeze on $GME","created_at":"2024-03-04T15:30:00Z","user":{"username":"ann"}})"
        "\n"
        R"({"id":2,"body":"Nothing to see here","created_at":"2024-03-04T15:31:00Z","user":{"username":"bob"}})"
        "\n"
        R"({"id":3,"body":"another squeeze, doesn&#39;t stop","created_at":"2024-03-04T15:32:00Z","user":{"username":"cy"}})"
        "\n";
    const QString path = SampleData::write(dir, QStringLiteral("day.jsonl"), data);
    FilesPage page;
    page.resize(1280, 800);
    page.show();
    page.openFile(path);
    FileView *view = page.fileView();
    ASSERT_TRUE(waitReady(view));

    // Typed as a user would; the search is case-insensitive, and so is the marking.
    view->searchEdit()->setFocus();
    QTest::keyClicks(view->searchEdit(), QStringLiteral("squeeze"));
    QTest::keyClick(view->searchEdit(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([view] { return !view->search()->isRunning(); }, 10000));
    ASSERT_EQ(view->resultsTable()->model()->rowCount(), 2);
    QCoreApplication::processEvents();

    QTableView *table = view->table();
    const QImage shot = table->viewport()->grab().toImage();
    const auto textCell = [&](QTableView *t, int row) {
        return t->visualRect(t->model()->index(row, FeedModel::TextColumn));
    };
    EXPECT_TRUE(showsHighlight(shot, textCell(table, 0))) << "\"Squeeze\" in the first row";
    EXPECT_FALSE(showsHighlight(shot, textCell(table, 1))) << "nothing in the second";
    EXPECT_TRUE(showsHighlight(shot, textCell(table, 2)));
    QTableView *results = view->resultsTable();
    const QImage resultShot = results->viewport()->grab().toImage();
    EXPECT_TRUE(showsHighlight(resultShot, textCell(results, 0)));
    EXPECT_TRUE(showsHighlight(resultShot, textCell(results, 1)));

    // The detail pane marks the word in the decoded text.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, textCell(table, 2).center());
    ASSERT_EQ(view->currentLine(), 2);
    maybeScreenshot(view, QStringLiteral("files-search-marked"));
    const QString mark = QStringLiteral("background-color:%1").arg(MatchHighlight::background().name());
    QString textHtml;
    for (const QLabel *label : view->detail()->findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("stop")))
            textHtml = label->text();
    }
    EXPECT_TRUE(textHtml.contains(mark + QStringLiteral("; color:#000000\">squeeze</span>")))
        << textHtml.toStdString();
    EXPECT_TRUE(textHtml.contains(QStringLiteral("doesn&#x27;t")) ||
                textHtml.contains(QStringLiteral("doesn't")))
        << "entities decoded: " << textHtml.toStdString();

    // A new search marks the new words only; clearing it marks nothing.
    view->startSearch(QStringLiteral("nothing"));
    ASSERT_TRUE(waitUntil([view] { return !view->search()->isRunning(); }, 10000));
    QCoreApplication::processEvents();
    const QImage after = table->viewport()->grab().toImage();
    EXPECT_FALSE(showsHighlight(after, textCell(table, 0)));
    EXPECT_TRUE(showsHighlight(after, textCell(table, 1)));
    EXPECT_FALSE(view->detail()->findChildren<QLabel *>().isEmpty());
    for (const QLabel *label : view->detail()->findChildren<QLabel *>())
        EXPECT_FALSE(label->text().contains(mark)) << "the shown message has no \"nothing\"";
}
