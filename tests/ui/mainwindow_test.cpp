#include "backups/backupspage.h"
#include "files/filespage.h"
#include "live/livepage.h"
#include "common/passworddialog.h"
#include "feed/feedmodel.h"
#include "main/mainwindow.h"
#include "net/accountstore.h"
#include "net/secretstore.h"
#include "sim/simulator.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text().remove(QLatin1Char('&'));
    return titles;
}

} // namespace

TEST(MainWindow, HasThreePagesAndTheMenus)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_NE(window.livePage(), nullptr);
    EXPECT_NE(window.backupsPage(), nullptr);
    EXPECT_NE(window.filesPage(), nullptr);
    EXPECT_EQ(menuTitles(window),
              QStringList({QStringLiteral("File"), QStringLiteral("Stream"), QStringLiteral("Backups"),
                           QStringLiteral("Settings"), QStringLiteral("Help")}));
}

TEST(MainWindow, CtrlDigitsSwitchPages)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), MainWindow::Backups);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), MainWindow::Files);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), MainWindow::Live);
}

TEST(MainWindow, RemembersPageBetweenRuns)
{
    {
        MainWindow window;
        window.show();
        window.showPage(MainWindow::Files);
        window.close();
    }
    MainWindow again;
    EXPECT_EQ(again.currentPage(), MainWindow::Files);
    again.showPage(MainWindow::Live);
    again.close();
}

TEST(MainWindow, OpeningAFileShowsItInTheFilesPage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("day.jsonl"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"id\":1}\n");
    file.close();

    MainWindow window;
    window.openFile(path);
    EXPECT_EQ(window.currentPage(), MainWindow::Files);
    EXPECT_EQ(window.filesPage()->openFileCount(), 1);
    window.openFile(path);
    EXPECT_EQ(window.filesPage()->openFileCount(), 1) << "the same file opens once";
}

// Also run with no session bus at all (see CMakeLists.txt): then there is no secret store.
TEST(MainWindow, ASavedAccountWithoutAStoredPasswordIsListedAndConnectAsksForIt)
{
    SimulatorOptions options;
    options.messagesPerSecond = 500;
    options.heartbeatIntervalMs = 50;
    Simulator sim(options);
    ASSERT_TRUE(sim.start());
    const QString name = QStringLiteral("Saved earlier");
    {
        // Saved in an earlier run; the secret store has no password for it (or there is none).
        AccountStore store;
        StreamProfile profile;
        profile.name = name;
        profile.urlTemplate = sim.streamUrl().toString();
        profile.user = sim.credentials().user;
        store.saveStreamProfile(profile);
        store.setCurrentProfile(AccountStore::Service::Stream, name);
    }

    MainWindow window;
    window.show();
    LivePage *page = window.livePage();
    ASSERT_TRUE(TestSupport::waitUntil([&] { return page->streamEndpoint().hasAccount(); }, 10000));
    EXPECT_EQ(page->streamEndpoint().profileName, name);
    ASSERT_TRUE(page->connectAction()->isEnabled());

    page->connectAction()->trigger();
    PasswordDialog *dialog = nullptr;
    ASSERT_TRUE(TestSupport::waitUntil([&] { return (dialog = page->findChild<PasswordDialog *>()); }));
    if (qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QStringLiteral("/nonexistent/"))) {
        EXPECT_FALSE(SecretStore::isAvailable()) << "this run has no secret store";
    }
    EXPECT_EQ(dialog->findChild<QCheckBox *>(QStringLiteral("remember"))->isVisibleTo(dialog),
              SecretStore::isAvailable())
        << "offers to remember the password only where there is a secret store";
    QTest::keyClicks(dialog->passwordField(), sim.credentials().password);
    QTest::keyClick(dialog->passwordField(), Qt::Key_Return);
    ASSERT_TRUE(TestSupport::waitUntil([&] { return page->feedModel()->rowCount() >= 50; }, 10000));
    page->disconnectStream();
    AccountStore().removeProfile(AccountStore::Service::Stream, name);
}
