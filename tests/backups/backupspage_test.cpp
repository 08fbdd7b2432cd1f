#include "backupsimfixture.h"

#include "backups/backupcalendar.h"
#include "backups/backupcatalogue.h"
#include "backups/backupnaming.h"
#include "backups/backupsession.h"
#include "backups/backupspage.h"
#include "backups/downloadqueue.h"
#include "common/emptystate.h"
#include "common/passworddialog.h"

#include "testsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

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
