#include "backups/backupspage.h"
#include "files/filespage.h"
#include "live/livepage.h"
#include "main/mainwindow.h"

#include <gtest/gtest.h>

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
