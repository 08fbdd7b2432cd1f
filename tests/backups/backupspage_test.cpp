#include "backupsimfixture.h"

#include "backups/backupcalendar.h"
#include "backups/backupcatalogue.h"
#include "backups/backupnaming.h"
#include "backups/backupsession.h"
#include "backups/backupspage.h"
#include "backups/downloadqueue.h"
#include "backups/downloadnotifier.h"
#include "backups/downloadqueuemodel.h"
#include "common/desktopopener.h"
#include "common/emptystate.h"
#include "common/passworddialog.h"
#include "files/dataset.h"
#include "files/datasetmodel.h"
#include "files/datasetview.h"
#include "files/filespage.h"
#include "main/mainwindow.h"

#include "testsupport.h"

#include <functional>
#include <memory>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

namespace {

/// The centre of the calendar cell showing \a day of the month on show (first occurrence).
QPoint cellCentre(QTableView *grid, int day)
{
    for (int row = 1; row < grid->model()->rowCount(); ++row) {
        for (int column = 0; column < grid->model()->columnCount(); ++column) {
            const QModelIndex index = grid->model()->index(row, column);
            if (index.data().toInt() == day && !(row < 3 && day > 20))
                return grid->visualRect(index).center();
        }
    }
    return {};
}

} // namespace

class BackupsPageTest : public BackupSimFixture
{
};

TEST_F(BackupsPageTest, WithoutAServiceItExplainsWhatToDo)
{
    BackupsPage page;
    page.resize(1000, 700);
    page.show();
    auto *empty = page.findChild<EmptyState *>();
    ASSERT_NE(empty, nullptr);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_FALSE(page.calendar()->isVisible());
}

TEST_F(BackupsPageTest, SelectingARangeOnTheCalendarFillsTheQueue)
{
    BackupsPage page;
    page.setDownloadFolder(folder.path());
    page.setBackupEndpoint(endpoint());
    page.resize(1100, 750);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));

    BackupCalendar *calendar = page.calendar();
    calendar->setCurrentPage(2024, 1);
    auto *grid = calendar->findChild<QTableView *>(QStringLiteral("qt_calendar_calendarview"));
    ASSERT_NE(grid, nullptr);
    QSignalSpy ranges(calendar, &BackupCalendar::rangeChanged);

    // Click the 8th, shift-click the 10th: three days.
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, cellCentre(grid, 8));
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, Qt::ShiftModifier, cellCentre(grid, 10));
    EXPECT_GE(ranges.count(), 2);
    EXPECT_EQ(calendar->rangeStart(), QDate(2024, 1, 8));
    EXPECT_EQ(calendar->rangeEnd(), QDate(2024, 1, 10));
    EXPECT_EQ(page.selectedFileTypes(),
              QStringList({QStringLiteral("activity"), QStringLiteral("message")}));

    auto *download = page.findChild<QPushButton *>(QStringLiteral("downloadSelectedButton"));
    ASSERT_NE(download, nullptr);
    ASSERT_TRUE(download->isEnabled());
    QTest::mouseClick(download, Qt::LeftButton);
    EXPECT_EQ(page.queue()->count(), 6);
    EXPECT_EQ(page.queueView()->model()->rowCount(), 6);

    ASSERT_TRUE(TestSupport::waitUntil([&] { return page.queue()->totals().done == 6; }, 20000));
    for (int day = 8; day <= 10; ++day) {
        const BackupKey key{QStringLiteral("message"), QDate(2024, 1, day)};
        EXPECT_TRUE(page.catalogue()->isOnDisk(key));
        EXPECT_TRUE(QFileInfo::exists(pathOf(BackupNaming::fileName(key))));
        EXPECT_EQ(BackupDayStatus::dayState(key.date, page.selectedFileTypes(), *page.catalogue(),
                                            *page.queue()),
                  BackupDayStatus::State::OnDisk);
    }

    // A day without a file, then a look at the page (HYDRANT_TEST_SCREENSHOT=path keeps it).
    page.queue()->enqueue(
        DownloadQueue::keysFor(page.selectedFileTypes(), missingDay(), missingDay()));
    ASSERT_TRUE(TestSupport::waitUntil([&] { return page.queue()->totals().notAvailable == 2; }));
    EXPECT_EQ(BackupDayStatus::dayState(missingDay(), page.selectedFileTypes(), *page.catalogue(),
                                        *page.queue()),
              BackupDayStatus::State::NotAvailable);
    if (const QString shot = qEnvironmentVariable("HYDRANT_TEST_SCREENSHOT"); !shot.isEmpty()) {
        QTest::qWait(300);
        page.grab().save(shot);
    }
}

TEST_F(BackupsPageTest, TheAccountsSymbolMetricsAreChosenAndDownloadedLikeFileTypes)
{
    MainWindow window;
    BackupsPage *page = window.backupsPage();
    page->setDownloadFolder(folder.path());
    BackupEndpoint account = endpoint();
    account.symbolMetrics = {QStringLiteral("trending")};
    window.setEndpoints(StreamEndpoint(), account);
    window.resize(1280, 800);
    window.show();
    window.showPage(MainWindow::Backups);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    page->queue()->clearFinished(); // what earlier tests left in the saved queue

    // The metric is offered beside the file types, under the name the queue shows, not ticked
    // at first: the daily files are what most days are downloaded for.
    EXPECT_EQ(page->selectedFileTypes(),
              (QStringList{QStringLiteral("activity"), QStringLiteral("message")}));
    QCheckBox *symbols = nullptr;
    for (QCheckBox *check : page->findChildren<QCheckBox *>()) {
        if (check->text() == QLatin1String("symbols/trending"))
            symbols = check;
        else if (check->text() == QLatin1String("activity") ||
                 check->text() == QLatin1String("message"))
            check->click(); // only the symbol backups this time
    }
    ASSERT_NE(symbols, nullptr);
    EXPECT_FALSE(symbols->isChecked());
    symbols->click();
    EXPECT_EQ(page->selectedFileTypes(), QStringList{QStringLiteral("symbols/trending")});

    BackupCalendar *calendar = page->calendar();
    calendar->setCurrentPage(2024, 1);
    auto *grid = calendar->findChild<QTableView *>(QStringLiteral("qt_calendar_calendarview"));
    ASSERT_NE(grid, nullptr);
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, cellCentre(grid, 8));
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, Qt::ShiftModifier, cellCentre(grid, 9));
    auto *download = page->findChild<QPushButton *>(QStringLiteral("downloadSelectedButton"));
    ASSERT_NE(download, nullptr);
    QTest::mouseClick(download, Qt::LeftButton);
    ASSERT_EQ(page->queue()->count(), 2);
    ASSERT_TRUE(TestSupport::waitUntil([&] { return page->queue()->totals().done == 2; }, 20000));
    page->queue()->clearFinished(); // the queue is saved for the tests after this one
    QStringList files;
    for (int day : {8, 9}) {
        const BackupKey key{QStringLiteral("trending"), QDate(2024, 1, day),
                            BackupKey::Family::Symbols};
        files << pathOf(QStringLiteral("stocktwits_symbols_trending_2024_01_%1.gz")
                            .arg(day, 2, 10, QLatin1Char('0')));
        EXPECT_TRUE(QFileInfo::exists(files.last()));
        EXPECT_TRUE(page->catalogue()->isOnDisk(key));
        EXPECT_EQ(BackupDayStatus::dayState(key.date, page->selectedFileTypes(), *page->catalogue(),
                                            *page->queue()),
                  BackupDayStatus::State::OnDisk);
    }
    for (const SimRequest &request : requestsTo(SimFault::Backups))
        EXPECT_TRUE(request.target.startsWith(QLatin1String("/symbols/backups/trending/")))
            << qPrintable(request.target);

    // And they open as the other days do.
    auto *open = page->findChild<QPushButton *>(QStringLiteral("openSelectedButton"));
    ASSERT_NE(open, nullptr);
    ASSERT_TRUE(TestSupport::waitUntil([&] { return open->isEnabled(); })); // the page's refresh
    QTest::mouseClick(open, Qt::LeftButton);
    ASSERT_EQ(window.filesPage()->openFileCount(), 1);
    EXPECT_EQ(window.filesPage()->openTabs().at(0).paths, files);
}

TEST_F(BackupsPageTest, DraggingAcrossDaysSelectsARange)
{
    BackupsPage page;
    page.setDownloadFolder(folder.path());
    page.setBackupEndpoint(endpoint());
    page.resize(1100, 750);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    BackupCalendar *calendar = page.calendar();
    calendar->setCurrentPage(2024, 2);
    auto *grid = calendar->findChild<QTableView *>(QStringLiteral("qt_calendar_calendarview"));
    ASSERT_NE(grid, nullptr);
    QTest::mousePress(grid->viewport(), Qt::LeftButton, {}, cellCentre(grid, 12));
    QMouseEvent move(QEvent::MouseMove, cellCentre(grid, 15),
                     grid->viewport()->mapToGlobal(cellCentre(grid, 15)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(grid->viewport(), &move);
    QTest::mouseRelease(grid->viewport(), Qt::LeftButton, {}, cellCentre(grid, 15));
    EXPECT_EQ(calendar->rangeStart(), QDate(2024, 2, 12));
    EXPECT_EQ(calendar->rangeEnd(), QDate(2024, 2, 15));
    EXPECT_EQ(calendar->selectedDays().size(), 4);

    calendar->selectShownMonth();
    EXPECT_EQ(calendar->rangeStart(), QDate(2024, 2, 1));
    EXPECT_EQ(calendar->rangeEnd(), QDate(2024, 2, 29));
}

TEST_F(BackupsPageTest, ThePageOpensOnYesterdayTheLatestDayThatCanHaveABackup)
{
    // Today's file is made once the day is over: a first Download Selected fetches a day
    // that exists.
    BackupsPage page;
    page.setBackupEndpoint(endpoint());
    const QList<QDate> days = page.calendar()->selectedDays();
    ASSERT_EQ(days.size(), 1);
    EXPECT_EQ(days.front(), QDate::currentDate().addDays(-1));
}

TEST_F(BackupsPageTest, FutureDaysCannotBeSelected)
{
    BackupsPage page;
    page.setBackupEndpoint(endpoint());
    BackupCalendar *calendar = page.calendar();
    calendar->selectRange(QDate::currentDate().addDays(-2), QDate::currentDate().addDays(5));
    EXPECT_EQ(calendar->rangeEnd(), QDate::currentDate());
    EXPECT_EQ(calendar->selectedDays().size(), 3);
}

TEST_F(BackupsPageTest, AnAccountWithoutAPasswordShowsItsQueueAndAsksBeforeTheFirstRequest)
{
    BackupEndpoint noPassword = endpoint();
    noPassword.credentials.password.clear();
    BackupsPage page;
    page.setDownloadFolder(folder.path());
    page.setBackupEndpoint(noPassword);
    EXPECT_FALSE(page.findChild<EmptyState *>()->isVisibleTo(&page));
    EXPECT_TRUE(page.calendar()->isVisibleTo(&page));

    QSignalSpy asked(page.queue(), &DownloadQueue::credentialsRequired);
    const int doneBefore = page.queue()->totals().done; // the saved queue of earlier runs
    ASSERT_EQ(page.queue()->enqueue({{QStringLiteral("activity"), QDate(2024, 2, 3)}}).added, 1);
    ASSERT_TRUE(TestSupport::waitUntil([&] { return asked.count() == 1; }));
    EXPECT_TRUE(page.queue()->isWaitingForCredentials());
    EXPECT_TRUE(sim->requests().isEmpty()) << "nothing is sent without the password";

    page.session()->providePassword(sim->credentials().password);
    ASSERT_TRUE(TestSupport::waitUntil(
        [&] { return page.queue()->totals().done == doneBefore + 1; }, 20000));
    EXPECT_EQ(asked.count(), 1);
}

TEST_F(BackupsPageTest, OnAShownPageThePasswordDialogAsksAndTheDownloadCarriesOn)
{
    BackupEndpoint noPassword = endpoint();
    noPassword.credentials.password.clear();
    BackupsPage page;
    page.setDownloadFolder(folder.path());
    page.setBackupEndpoint(noPassword);
    page.resize(1100, 750);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    const int doneBefore = page.queue()->totals().done;
    ASSERT_EQ(page.queue()->enqueue({{QStringLiteral("message"), QDate(2024, 2, 4)}}).added, 1);
    PasswordDialog *dialog = nullptr;
    ASSERT_TRUE(TestSupport::waitUntil([&] { return (dialog = page.findChild<PasswordDialog *>()); }));
    QTest::keyClicks(dialog->passwordField(), sim->credentials().password);
    QTest::keyClick(dialog->passwordField(), Qt::Key_Return);
    ASSERT_TRUE(TestSupport::waitUntil(
        [&] { return page.queue()->totals().done == doneBefore + 1; }, 20000));
}

TEST_F(BackupsPageTest, TheQueueSummaryFollowsTheQueueAndTabLeavesIt)
{
    BackupsPage page;
    page.setDownloadFolder(folder.path());
    page.setBackupEndpoint(endpoint());
    page.resize(1024, 600);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    auto *totals = page.findChild<QLabel *>(QStringLiteral("queueTotals"));
    ASSERT_NE(totals, nullptr);
    page.queue()->clearFinished(); // what earlier tests left in the saved queue
    ASSERT_EQ(page.queue()->count(), 0);

    page.queue()->enqueue(DownloadQueue::keysFor(page.selectedFileTypes(), QDate(2024, 2, 8),
                                                 QDate(2024, 2, 9)));
    page.queue()->enqueue(
        DownloadQueue::keysFor(page.selectedFileTypes(), missingDay(), missingDay()));
    ASSERT_TRUE(TestSupport::waitUntil([&] {
        const auto t = page.queue()->totals();
        return t.done == 4 && t.notAvailable == 2;
    }, 20000));
    ASSERT_TRUE(TestSupport::waitUntil(
        [&] { return totals->text().contains(QStringLiteral("4 done")); }))
        << totals->text().toStdString();

    // More days queued after four finished files: the overall figure is not "all done" while
    // their sizes are still unknown.
    page.queue()->enqueue(DownloadQueue::keysFor(page.selectedFileTypes(), QDate(2024, 2, 10),
                                                 QDate(2024, 2, 11)));
    EXPECT_LT(page.queueModel()->overall().fraction, 0.75);
    EXPECT_FALSE(page.queueModel()->overall().sizesKnown);
    ASSERT_TRUE(
        TestSupport::waitUntil([&] { return page.queue()->totals().done == 8; }, 20000));
    ASSERT_TRUE(TestSupport::waitUntil([&] { return page.queueModel()->overall().fraction == 1.0; }));

    // Clear Finished empties the queue, and the summary with it.
    QToolButton *clear = nullptr;
    for (QToolButton *button : page.findChildren<QToolButton *>())
        if (button->text() == QStringLiteral("Clear Finished"))
            clear = button;
    ASSERT_NE(clear, nullptr);
    QTest::mouseClick(clear, Qt::LeftButton);
    EXPECT_EQ(page.queue()->count(), 0);
    EXPECT_FALSE(totals->text().contains(QStringLiteral("done"))) << totals->text().toStdString();
    EXPECT_FALSE(totals->text().contains(QStringLiteral("not available")))
        << totals->text().toStdString();

    // Tab leaves the queue rather than walking its cells.
    page.queue()->enqueue(DownloadQueue::keysFor(page.selectedFileTypes(), QDate(2024, 2, 12),
                                                 QDate(2024, 2, 12)));
    auto *queue = page.findChild<QTableView *>(QStringLiteral("downloadQueueView"));
    ASSERT_NE(queue, nullptr);
    ASSERT_GT(queue->model()->rowCount(), 0);
    QTest::mouseClick(queue->viewport(), Qt::LeftButton, {},
                      queue->visualRect(queue->model()->index(0, 1)).center());
    ASSERT_EQ(QApplication::focusWidget(), queue);
    QTest::keyClick(queue, Qt::Key_Tab);
    EXPECT_NE(QApplication::focusWidget(), queue);
    // Leave the saved queue empty for the next test.
    ASSERT_TRUE(TestSupport::waitUntil([&] { return !page.queue()->hasPendingWork(); }, 20000));
    page.queue()->clearFinished();
}

TEST_F(BackupsPageTest, ATypeFoundOnNoDayIsNamedOnThePage)
{
    BackupsPage page;
    page.setDownloadFolder(folder.path());
    BackupEndpoint service = endpoint();
    service.fileTypes = {QStringLiteral("activity"), QStringLiteral("messages")};
    page.setBackupEndpoint(service);
    page.resize(1100, 750);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.queue()->enqueue(DownloadQueue::keysFor(service.fileTypes, QDate(2024, 1, 8),
                                                 QDate(2024, 1, 9)));
    auto *warning = page.findChild<QLabel *>(QStringLiteral("typeNotFoundWarning"));
    ASSERT_NE(warning, nullptr);
    ASSERT_TRUE(TestSupport::waitUntil(
        [&] { return warning->isVisible() && page.queue()->totals().done == 2; }, 20000));
    EXPECT_TRUE(warning->text().contains(QStringLiteral("“messages”")))
        << qPrintable(warning->text());
    EXPECT_TRUE(warning->text().contains(QStringLiteral("does not seem to exist")));
    EXPECT_FALSE(warning->text().contains(QStringLiteral("“activity” does not")));
    EXPECT_EQ(page.queue()->totals().done, 2);
}

namespace {

QToolButton *queueButton(BackupsPage &page, const QString &text)
{
    for (QToolButton *button : page.findChildren<QToolButton *>()) {
        if (button->text() == text && button->isVisible())
            return button;
    }
    return nullptr;
}

// Answers the next question box by clicking the button labelled \a answer, and tells what the
// box said and whether \a check held while it was open. The watching timer belongs to the
// application, so it never outlives a test that failed early.
struct Answer
{
    QString text;
    bool checked = false;
    bool answered = false;
};

std::shared_ptr<Answer> answerNextQuestion(const QString &answer, std::function<bool()> check)
{
    auto result = std::make_shared<Answer>();
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, result, answer, check] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        result->text = box->text();
        result->checked = check();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == answer) {
                result->answered = true;
                button->click();
            }
        }
        timer->stop();
        timer->deleteLater();
    });
    timer->start();
    return result;
}

} // namespace

// Cancel asks before a partial download is thrown away; until the user says so the download
// and its NAME.part stay.
TEST_F(BackupsPageTest, CancelAsksBeforeThrowingAwayAPartialDownload)
{
    sim->injectFault(SimFault::make(SimFault::Throttle, SimFault::Storage, qint64(40 * 1024)));
    BackupsPage page;
    page.setDownloadFolder(folder.path());
    page.setBackupEndpoint(endpoint());
    page.resize(1024, 600);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    page.queue()->clearFinished();
    const BackupKey key{page.selectedFileTypes().front(), QDate(2024, 2, 20)};
    page.queue()->enqueue({key});
    ASSERT_TRUE(TestSupport::waitUntil(
        [&] { return itemOf(*page.queue(), key).bytesReceived > 16 * 1024; }, 20000));
    const QString part = pathOf(BackupNaming::partFileName(key));
    ASSERT_TRUE(QFileInfo::exists(part));

    QTableView *table = page.queueView();
    const int row = page.queueModel()->row(key);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(row, 1)).center());
    QToolButton *cancel = queueButton(page, QStringLiteral("Cancel"));
    ASSERT_NE(cancel, nullptr);
    ASSERT_TRUE(cancel->isEnabled());

    // "Keep Downloading": nothing is lost.
    auto kept = answerNextQuestion(QStringLiteral("Keep Downloading"),
                                   [&] { return QFileInfo::exists(part); });
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_TRUE(kept->answered) << "no question was asked";
    EXPECT_TRUE(kept->text.contains(QStringLiteral("already downloaded")))
        << kept->text.toStdString();
    EXPECT_TRUE(kept->checked) << "the .part file is kept while the question is open";
    EXPECT_NE(itemOf(*page.queue(), key).state, DownloadItem::State::Cancelled);
    EXPECT_TRUE(QFileInfo::exists(part));

    // "Cancel and Delete": stopped, and the partial file is gone.
    auto gone = answerNextQuestion(QStringLiteral("Cancel and Delete"), [] { return true; });
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_TRUE(gone->answered);
    EXPECT_EQ(itemOf(*page.queue(), key).state, DownloadItem::State::Cancelled);
    EXPECT_FALSE(QFileInfo::exists(part));
    page.queue()->clearFinished();
}

// A failed download says why in its row; Retry with nothing selected retries every failed
// download and says so.
TEST_F(BackupsPageTest, FailuresShowTheirReasonAndRetryWithNothingSelectedRetriesThemAll)
{
    sim->injectFault(SimFault::make(SimFault::Corrupt, SimFault::Storage));
    BackupsPage page;
    page.setDownloadFolder(folder.path());
    page.setBackupEndpoint(endpoint());
    page.queue()->setRetryPolicy(fastPolicy());
    page.resize(1024, 600);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    page.queue()->clearFinished();
    const QString type = page.selectedFileTypes().front();
    page.queue()->enqueue(DownloadQueue::keysFor({type}, QDate(2024, 2, 21), QDate(2024, 2, 22)));
    ASSERT_TRUE(
        TestSupport::waitUntil([&] { return page.queue()->totals().failed == 2; }, 30000));

    QTableView *table = page.queueView();
    const BackupKey failed{type, QDate(2024, 2, 21)};
    const QModelIndex state =
        table->model()->index(page.queueModel()->row(failed), DownloadQueueModel::StateColumn);
    const QString reason = itemOf(*page.queue(), failed).message;
    ASSERT_FALSE(reason.isEmpty());
    EXPECT_EQ(state.data().toString(), QStringLiteral("Failed: ") + reason)
        << "the reason is in the row, not only in its tooltip";
    if (const QString shots = qEnvironmentVariable("HYDRANT_SCREENSHOT_DIR"); !shots.isEmpty())
        page.grab().save(QDir(shots).filePath(QStringLiteral("backups-failed.png")));

    sim->clearFaults();
    table->clearSelection();
    auto *totals = page.findChild<QLabel *>(QStringLiteral("queueTotals"));
    QToolButton *retry = queueButton(page, QStringLiteral("Retry"));
    ASSERT_NE(retry, nullptr);
    ASSERT_TRUE(TestSupport::waitUntil([&] { return retry->isEnabled(); }))
        << "Retry works with nothing selected when some failed";
    QTest::mouseClick(retry, Qt::LeftButton);
    // ("download(s)" until the English catalogue has the plural)
    EXPECT_TRUE(totals->text().startsWith(QStringLiteral("Retrying 2 failed download")))
        << totals->text().toStdString();
    ASSERT_TRUE(TestSupport::waitUntil([&] { return page.queue()->totals().done == 2; }, 20000));
    page.queue()->clearFinished();
}

// One toggle hides the days the service has no file for, and shows them again.
TEST_F(BackupsPageTest, NotAvailableDaysCanBeHiddenWithOneToggle)
{
    BackupsPage page;
    page.setDownloadFolder(folder.path());
    page.setBackupEndpoint(endpoint());
    page.resize(1024, 600);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    page.queue()->clearFinished();
    const QString type = page.selectedFileTypes().front();
    page.queue()->enqueue(DownloadQueue::keysFor({type}, missingDay(), missingDay()));
    page.queue()->enqueue(DownloadQueue::keysFor({type}, QDate(2024, 1, 8), QDate(2024, 1, 8)));
    ASSERT_TRUE(TestSupport::waitUntil([&] { return !page.queue()->hasPendingWork(); }, 20000));
    const int missing = page.queueModel()->row(BackupKey{type, missingDay()});
    const int present = page.queueModel()->row(BackupKey{type, QDate(2024, 1, 8)});
    ASSERT_EQ(itemOf(*page.queue(), {type, missingDay()}).state, DownloadItem::State::NotAvailable);

    QToolButton *toggle = queueButton(page, QStringLiteral("Hide Not Available"));
    ASSERT_NE(toggle, nullptr);
    QTableView *table = page.queueView();
    EXPECT_FALSE(table->isRowHidden(missing));
    QTest::mouseClick(toggle, Qt::LeftButton);
    EXPECT_TRUE(toggle->isChecked());
    EXPECT_TRUE(table->isRowHidden(missing));
    EXPECT_FALSE(table->isRowHidden(present));
    QTest::mouseClick(toggle, Qt::LeftButton);
    EXPECT_FALSE(table->isRowHidden(missing));
    page.queue()->clearFinished();
}

// Quitting while downloads run asks first; "Keep Downloading" keeps the window and the
// downloads, "Quit Anyway" closes it.
TEST_F(BackupsPageTest, QuitAsksWhileDownloadsAreRunning)
{
    sim->injectFault(SimFault::make(SimFault::Throttle, SimFault::Storage, qint64(40 * 1024)));
    MainWindow window;
    window.backupsPage()->setDownloadFolder(folder.path());
    window.setEndpoints(StreamEndpoint(), endpoint());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    DownloadQueue *queue = window.backupsPage()->queue();
    queue->clearFinished();
    const QString type = window.backupsPage()->selectedFileTypes().front();
    queue->enqueue(DownloadQueue::keysFor({type}, QDate(2024, 2, 26), QDate(2024, 2, 27)));
    ASSERT_TRUE(TestSupport::waitUntil([&] { return queue->totals().active > 0; }, 10000));
    ASSERT_EQ(window.runningDownloads(), 2);

    QAction *quit = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("&Quit"))
            quit = action;
    }
    ASSERT_NE(quit, nullptr);
    auto stay = answerNextQuestion(QStringLiteral("Keep Downloading"), [] { return true; });
    quit->trigger();
    ASSERT_TRUE(stay->answered) << "no question was asked";
    // ("download(s)" until the English catalogue has the plural)
    EXPECT_TRUE(stay->text.startsWith(QStringLiteral("2 download"))) << stay->text.toStdString();
    EXPECT_TRUE(stay->text.endsWith(QStringLiteral("still running. Quit anyway?")))
        << stay->text.toStdString();
    EXPECT_TRUE(window.isVisible());
    EXPECT_EQ(window.runningDownloads(), 2);

    auto leave = answerNextQuestion(QStringLiteral("Quit Anyway"), [] { return true; });
    quit->trigger();
    ASSERT_TRUE(leave->answered);
    EXPECT_FALSE(window.isVisible());

    // Leave the saved queue empty for the next test.
    QList<BackupKey> keys;
    for (const DownloadItem &item : queue->items())
        keys.append(item.key);
    for (const BackupKey &key : std::as_const(keys))
        queue->cancel(key);
    queue->clearFinished();
}

// When the queue has finished, a tray message says what came of it, where there is a tray.
TEST_F(BackupsPageTest, ATrayMessageSaysWhenTheQueueHasFinished)
{
    for (const bool tray : {false, true}) {
        BackupsPage page;
        page.setDownloadFolder(folder.path());
        page.setBackupEndpoint(endpoint());
        page.queue()->clearFinished();
        DownloadNotifier notifier(page.queue(), [tray] { return tray; });
        QSignalSpy notified(&notifier, &DownloadNotifier::notified);
        const QString type = page.selectedFileTypes().front();
        page.queue()->enqueue(DownloadQueue::keysFor({type}, missingDay(), missingDay()));
        const QDate day(2024, 2, 28 + int(tray));
        page.queue()->enqueue(DownloadQueue::keysFor({type}, day, day));
        ASSERT_TRUE(
            TestSupport::waitUntil([&] { return !page.queue()->hasPendingWork(); }, 20000));
        QCoreApplication::processEvents();
        if (!tray) {
            EXPECT_EQ(notified.count(), 0) << "no tray, no message";
            EXPECT_EQ(notifier.trayIcon(), nullptr);
        } else {
            ASSERT_EQ(notified.count(), 1);
            EXPECT_EQ(notified.front().at(0).toString(), QStringLiteral("Downloads finished"));
            const QString text = notified.front().at(1).toString();
            EXPECT_TRUE(text.startsWith(QStringLiteral("1 file"))) << text.toStdString();
            EXPECT_TRUE(text.endsWith(QStringLiteral("1 not available"))) << text.toStdString();
            ASSERT_NE(notifier.trayIcon(), nullptr);
        }
        page.queue()->clearFinished();
    }
}

// The queue's order can be changed from the keyboard: the selected day moves and stays selected.
TEST_F(BackupsPageTest, SelectedDaysMoveUpAndDownTheQueueFromTheKeyboard)
{
    sim->injectFault(SimFault::make(SimFault::Throttle, SimFault::Storage, qint64(64 * 1024)));
    BackupsPage page;
    page.setDownloadFolder(folder.path());
    page.setBackupEndpoint(endpoint());
    page.resize(1024, 600);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    page.queue()->clearFinished();
    page.queue()->pauseAll();
    const QString type = page.selectedFileTypes().front();
    const QList<BackupKey> days = DownloadQueue::keysFor({type}, QDate(2024, 3, 4), QDate(2024, 3, 7));
    page.queue()->enqueue(days);
    page.queue()->pauseAll();

    QTableView *table = page.queueView();
    table->setFocus();
    table->selectRow(page.queueModel()->row(days[3]));
    ASSERT_TRUE(TestSupport::waitUntil([&] { return page.moveUpAction()->isEnabled(); }));
    QTest::keyClick(table, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(page.queueModel()->row(days[3]), 2);
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(page.queueModel()->row(days[3]), 0);
    EXPECT_EQ(page.queueModel()->keys(table->selectionModel()->selectedRows()),
              QList<BackupKey>{days[3]})
        << "the moved day stays selected";
    QTest::keyClick(table, Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(page.queueModel()->row(days[3]), 1);
    EXPECT_EQ(page.queue()->items().front().key, days[0]);
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(page.queue()->items().back().key, days[3]);

    table->clearSelection();
    EXPECT_FALSE(page.moveUpAction()->isEnabled()) << "nothing selected, nothing to move";
    page.queue()->clearFinished();
}

// Days downloaded from the calendar open in the Files page as one dataset: the downloaded files
// of the selected days (the days not on disk are left out), in one tab, the page switched to it.
TEST_F(BackupsPageTest, OpenSelectedDaysOpensTheDownloadedDaysOfEachTypeAsOneDatasetTab)
{
    MainWindow window;
    BackupsPage *page = window.backupsPage();
    page->setDownloadFolder(folder.path());
    window.setEndpoints(StreamEndpoint(), endpoint());
    window.resize(1280, 800);
    window.show();
    window.showPage(MainWindow::Backups);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    DownloadQueue *queue = page->queue();
    queue->clearFinished();
    const QString type = QStringLiteral("message");
    const QString activity = QStringLiteral("activity");
    queue->enqueue(
        DownloadQueue::keysFor({activity, type}, QDate(2024, 1, 22), QDate(2024, 1, 24)));
    ASSERT_TRUE(TestSupport::waitUntil([&] { return !queue->hasPendingWork(); }, 20000));
    queue->clearFinished();

    BackupCalendar *calendar = page->calendar();
    calendar->setCurrentPage(2024, 1);
    auto *grid = calendar->findChild<QTableView *>(QStringLiteral("qt_calendar_calendarview"));
    ASSERT_NE(grid, nullptr);
    auto *open = page->findChild<QPushButton *>(QStringLiteral("openSelectedButton"));
    ASSERT_NE(open, nullptr);

    // Days with nothing on disk: nothing to open.
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, cellCentre(grid, 2));
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, Qt::ShiftModifier, cellCentre(grid, 4));
    EXPECT_FALSE(open->isEnabled());
    EXPECT_FALSE(page->openSelectedAction()->isEnabled());

    // The 21st to the 25th: three of those days are downloaded.
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, cellCentre(grid, 21));
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, Qt::ShiftModifier, cellCentre(grid, 25));
    ASSERT_EQ(calendar->selectedDays().size(), 5);
    QStringList downloaded, activities;
    for (int day = 22; day <= 24; ++day) {
        downloaded << page->catalogue()->filePath({type, QDate(2024, 1, day)});
        activities << page->catalogue()->filePath({activity, QDate(2024, 1, day)});
    }
    EXPECT_EQ(page->selectedFilesOnDisk(), activities + downloaded);
    ASSERT_TRUE(open->isEnabled());
    EXPECT_TRUE(page->openSelectedAction()->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);

    // A day's activities and its messages are two timelines: a tab for each type, named by
    // what the files' names share.
    EXPECT_EQ(window.currentPage(), MainWindow::Files);
    FilesPage *files = window.filesPage();
    ASSERT_EQ(files->openFileCount(), 2);
    EXPECT_EQ(files->openTabs().at(0).paths, activities);
    EXPECT_EQ(files->openTabs().at(1).paths, downloaded);
    DatasetView *view = files->datasetView();
    ASSERT_NE(view, nullptr);
    EXPECT_TRUE(view->title().startsWith(QStringLiteral("stocktwits_message_2024_01_* (3 file")))
        << view->title().toStdString();
    ASSERT_TRUE(TestSupport::waitUntil([&] { return view->dataset()->isFinished(); }, 30000));
    ASSERT_EQ(view->dataset()->fileCount(), 3);
    for (int file = 0; file < 3; ++file) {
        EXPECT_EQ(view->dataset()->path(file), downloaded[file]);
        EXPECT_TRUE(view->dataset()->problem(file).isEmpty())
            << view->dataset()->problem(file).toStdString();
    }
    EXPECT_GT(view->model()->rowCount(), 0);
    EXPECT_EQ(view->model()->rowCount(), view->dataset()->rowCount());

    // The same days again: the tabs that are open.
    window.showPage(MainWindow::Backups);
    page->openSelectedAction()->trigger();
    EXPECT_EQ(window.currentPage(), MainWindow::Files);
    EXPECT_EQ(files->openFileCount(), 2);
}

namespace {

/// Right-clicks \a row of the queue and clicks the menu item called \a text.
bool chooseFromRowMenu(QTableView *table, int row, const QString &text)
{
    bool clicked = false;
    auto *poll = new QTimer(QCoreApplication::instance());
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, text, &clicked] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        poll->stop();
        poll->deleteLater();
        for (QAction *action : menu->actions()) {
            if (action->text() == text) {
                // Chosen with the keys (a mouse release right after the menu opens is ignored
                // by newer Qt versions).
                menu->setActiveAction(action);
                QTest::keyClick(menu, Qt::Key_Return);
                clicked = true;
                return;
            }
        }
        menu->close();
    });
    poll->start();
    const QPoint at = table->visualRect(table->model()->index(row, 0)).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, table->viewport()->mapToGlobal(at));
    QApplication::sendEvent(table->viewport(), &event);
    return clicked;
}

} // namespace

TEST_F(BackupsPageTest, ShowInFileManagerFallsBackToTheFolderAndSaysWhenNothingOpens)
{
    QStringList shown;
    QList<QUrl> opened;
    bool folderOpens = true;
    DesktopOpener::setFileManager([&shown](const QString &path) {
        shown << path;
        return false; // no file manager answers on D-Bus
    });
    DesktopOpener::setUrlOpener([&opened, &folderOpens](const QUrl &url) {
        opened << url;
        return folderOpens;
    });
    QMainWindow window;
    auto *page = new BackupsPage;
    window.setCentralWidget(page);
    page->setDownloadFolder(folder.path());
    page->setBackupEndpoint(endpoint());
    window.resize(1024, 600);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    page->queue()->clearFinished();
    const QString type = page->selectedFileTypes().front();
    const BackupKey key{type, QDate(2024, 1, 8)};
    page->queue()->enqueue(DownloadQueue::keysFor({type}, key.date, key.date));
    ASSERT_TRUE(TestSupport::waitUntil([&] { return !page->queue()->hasPendingWork(); }, 20000));
    const int row = page->queueModel()->row(key);
    ASSERT_GE(row, 0);
    const QString path =
        page->queueModel()->index(row, 0).data(DownloadQueueModel::FilePathRole).toString();
    ASSERT_TRUE(QFileInfo::exists(path));

    ASSERT_TRUE(chooseFromRowMenu(page->queueView(), row, QStringLiteral("Show in File Manager")));
    EXPECT_EQ(shown, QStringList{path}) << "the file manager is asked first";
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.front(), QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    EXPECT_TRUE(window.statusBar()->currentMessage().isEmpty())
        << window.statusBar()->currentMessage().toStdString();

    // Neither works: the status bar says so and names the folder.
    folderOpens = false;
    ASSERT_TRUE(chooseFromRowMenu(page->queueView(), row, QStringLiteral("Show in File Manager")));
    EXPECT_EQ(opened.size(), 2);
    const QString message = window.statusBar()->currentMessage();
    EXPECT_TRUE(message.contains(QStringLiteral("No file manager"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QDir::toNativeSeparators(QFileInfo(path).absolutePath())))
        << message.toStdString();

    DesktopOpener::setFileManager({});
    DesktopOpener::setUrlOpener({});
    page->queue()->clearFinished();
}
