#include "backups/backupcalendar.h"
#include "backups/backupspage.h"
#include "files/datasetview.h"
#include "files/filedocument.h"
#include "files/filespage.h"
#include "files/fileview.h"
#include "live/feedview.h"
#include "live/connectionstatusbar.h"
#include "live/livepage.h"
#include "common/messagecolumns.h"
#include "core/appsettings.h"
#include "core/displaytimezone.h"
#include "files/filedocument.h"
#include "files/fileview.h"
#include "common/messagedetailview.h"
#include "core/translations.h"
#include "core/versioninfo.h"
#include "common/passworddialog.h"
#include "common/shortcutsdialog.h"
#include "feed/feedmodel.h"
#include "main/mainwindow.h"
#include "message/messagetimeparser.h"
#include "net/accountstore.h"
#include "net/secretstore.h"
#include "sim/demosession.h"
#include "sim/simulator.h"
#include "layoutcheck.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QAbstractItemView>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QSettings>
#include <QTimeZone>
#include <QTimer>

#include <functional>
#include <QLineEdit>
#include <QLabel>
#include <QDesktopServices>
#include <QDateTime>
#include <QDir>
#include <QMenu>
#include <QUrl>
#include <QHeaderView>
#include <QTableView>
#include <QToolBar>
#include <QTranslator>
#include <QMenuBar>
#include <QPushButton>
#include <QToolButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QAbstractTextDocumentLayout>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

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

// Closing the window keeps the Files page's tabs; the next start reopens them where they were
// left, the one shown shown again; a file deleted meanwhile is named, not opened; with the
// Preference off nothing reopens.
TEST(MainWindow, TheLastSessionsFilesReopenWhereTheyWereLeft)
{
    QTemporaryDir dir;
    const auto write = [&](const QString &name, int lines, qint64 firstTime) {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < lines; ++i)
            file.write(QStringLiteral("{\"id\":%1,\"body\":\"line %1\",\"created_at\":\"%2\"}\n")
                           .arg(i + 1)
                           .arg(MessageTimeParser::utcFromMSecs((firstTime + i * 60) * 1000)
                                    .toString(Qt::ISODate))
                           .toUtf8());
        return file.fileName();
    };
    const QString single = write(QStringLiteral("single.jsonl"), 300, 1709510400);
    QDir().mkpath(dir.filePath(QStringLiteral("month")));
    write(QStringLiteral("month/2024-03-01.jsonl"), 50, 1709251200);
    write(QStringLiteral("month/2024-03-02.jsonl"), 50, 1709337600);
    const QString gone = write(QStringLiteral("gone.jsonl"), 10, 1709510400);
    AppSettings::setReopenFilesAtStart(true);
    {
        MainWindow window;
        window.show();
        window.openPaths({single});
        window.openPaths({dir.filePath(QStringLiteral("month"))});
        window.openPaths({gone});
        FilesPage *files = window.filesPage();
        ASSERT_EQ(files->openFileCount(), 3);
        ASSERT_TRUE(TestSupport::waitUntil([&] {
            return files->fileView(single)->document()->status() == FileDocument::Status::Ready;
        }));
        files->fileView(single)->goToLine(250);
        auto *dataset = window.findChild<DatasetView *>();
        ASSERT_NE(dataset, nullptr);
        ASSERT_TRUE(TestSupport::waitUntil([&] { return dataset->table()->model()->rowCount() == 100; }));
        dataset->goToRow(70); // the second day's 21st message
        ASSERT_EQ(files->fileView(), files->fileView(gone)) << "the last one opened is shown";
        window.close();
    }
    {
        MainWindow window;
        window.show();
        window.reopenLastSession();
        FilesPage *files = window.filesPage();
        ASSERT_EQ(files->openFileCount(), 3);
        EXPECT_EQ(files->fileView(), files->fileView(gone)) << "the tab shown is shown again";
        ASSERT_TRUE(TestSupport::waitUntil(
            [&] { return files->fileView(single)->currentLine() == 250; }))
            << "the file at the line it was left on";
        auto *dataset = window.findChild<DatasetView *>();
        ASSERT_NE(dataset, nullptr);
        ASSERT_TRUE(TestSupport::waitUntil([&] { return dataset->currentRow() == 70; }))
            << "the dataset at its row";
        window.close();
    }
    QFile::remove(gone);
    {
        MainWindow window;
        window.show();
        window.reopenLastSession();
        FilesPage *files = window.filesPage();
        EXPECT_EQ(files->openFileCount(), 2) << "the deleted file is not reopened";
        EXPECT_TRUE(window.statusBar()->currentMessage().contains(gone))
            << window.statusBar()->currentMessage().toStdString();
        window.close();
    }
    AppSettings::setReopenFilesAtStart(false);
    {
        MainWindow window;
        window.reopenLastSession();
        EXPECT_EQ(window.filesPage()->openFileCount(), 0);
        window.close();
    }
    AppSettings::setReopenFilesAtStart(true);
    AppSettings::setOpenTabs({}, 0);
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

using LayoutCheck::whatDoesNotFit;

// The window fits a 1024×600 screen (a netbook, or 2048×1200 at scale 2; ctest also runs this
// with QT_SCALE_FACTOR=2) on every page, with or without an account, in English, German and
// Japanese: no toolbar hides an action in its overflow menu, nothing is cut, no button is
// narrower than its text, the status figures stay on screen.
TEST(MainWindow, FitsA1024By600ScreenOnEveryPage)
{
    DemoSession demo;
    QString error;
    ASSERT_TRUE(demo.start(&error)) << error.toStdString();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("day.jsonl"));
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("{\"id\":1,\"body\":\"hello\",\"postedTime\":\"2024-03-04T15:30:00Z\"}\n");
    out.close();
    for (const QString &language : {QString(), QStringLiteral("de"), QStringLiteral("ja")}) {
        LanguageForTest translated(language);
        if (!language.isEmpty()) {
            ASSERT_TRUE(translated.installed()) << "no catalogue for " << language.toStdString();
        }
        for (const bool withAccounts : {false, true}) {
            MainWindow window;
            if (withAccounts) {
                window.setEndpoints(demo.streamEndpoint(), demo.backupEndpoint(), true);
                window.openFile(file);
            }
            window.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
            for (const auto page : {MainWindow::Live, MainWindow::Backups, MainWindow::Files}) {
                window.showPage(page);
                window.resize(1024, 600);
                QCoreApplication::processEvents();
                const std::string where =
                    "page " + std::to_string(int(page)) +
                    (withAccounts ? " with accounts" : " without accounts") +
                    (language.isEmpty() ? "" : " in " + language.toStdString());
                EXPECT_LE(window.minimumSizeHint().width(), 1024) << where;
                EXPECT_LE(window.minimumSizeHint().height(), 600) << where;
                EXPECT_EQ(window.size(), QSize(1024, 600)) << where;
                if (const QString folder = qEnvironmentVariable("HYDRANT_SCREENSHOT_DIR");
                    !folder.isEmpty() && withAccounts)
                    window.grab().save(QDir(folder).filePath(
                        QStringLiteral("window-1024x600-page%1%2.png")
                            .arg(int(page))
                            .arg(language.isEmpty() ? QString() : QLatin1Char('-') + language)));
                const QStringList problems = whatDoesNotFit(window);
                EXPECT_TRUE(problems.isEmpty())
                    << where << ":\n  " << problems.join(QStringLiteral("\n  ")).toStdString();
            }
        }
    }
}

// Connect, Disconnect and Record work from every page, as the Stream menu shows.
TEST(MainWindow, StreamShortcutsWorkOnEveryPage)
{
    DemoSession demo;
    QString error;
    ASSERT_TRUE(demo.start(&error)) << error.toStdString();
    MainWindow window;
    window.setEndpoints(demo.streamEndpoint(), demo.backupEndpoint(), true);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    LivePage *live = window.livePage();
    for (const auto page : {MainWindow::Backups, MainWindow::Files}) {
        window.showPage(page);
        EXPECT_EQ(live->connectAction()->shortcut(), QKeySequence(Qt::Key_F5));
        EXPECT_EQ(live->disconnectAction()->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F5));
        EXPECT_EQ(live->recordAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        // The demo connects at once: Shift+F5 disconnects, F5 connects again.
        ASSERT_TRUE(TestSupport::waitUntil([&] { return live->disconnectAction()->isEnabled(); }));
        QSignalSpy disconnects(live->disconnectAction(), &QAction::triggered);
        QTest::keyClick(&window, Qt::Key_F5, Qt::ShiftModifier);
        EXPECT_EQ(disconnects.count(), 1);
        ASSERT_TRUE(TestSupport::waitUntil(
            [&] { return live->connectionState() == FirehoseClient::State::Disconnected; }));
        ASSERT_TRUE(live->connectAction()->isEnabled());
        QSignalSpy connects(live->connectAction(), &QAction::triggered);
        QTest::keyClick(&window, Qt::Key_F5);
        EXPECT_EQ(connects.count(), 1);
        EXPECT_TRUE(TestSupport::waitUntil(
            [&] { return live->connectionState() != FirehoseClient::State::Disconnected; }));
        EXPECT_EQ(window.currentPage(), page) << "the shortcut does not change the page";
    }
}

// On the Backups page Tab goes sidebar → file types → calendar → buttons.
TEST(MainWindow, BackupsTabOrderFollowsTheLayout)
{
    DemoSession demo;
    QString error;
    ASSERT_TRUE(demo.start(&error)) << error.toStdString();
    MainWindow window;
    window.setEndpoints(demo.streamEndpoint(), demo.backupEndpoint(), true);
    window.resize(1024, 600);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::Backups);
    QToolButton *sidebar = nullptr;
    for (QToolButton *button : window.findChildren<QToolButton *>())
        if (button->text() == QStringLiteral("Backups") && button->isVisible())
            sidebar = button;
    ASSERT_NE(sidebar, nullptr);
    sidebar->setFocus(Qt::TabFocusReason);
    ASSERT_EQ(QApplication::focusWidget(), sidebar);
    QStringList seen;
    bool sawCheck = false, sawCalendar = false, sawButton = false;
    for (int i = 0; i < 12 && !sawButton; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        ASSERT_NE(focus, nullptr);
        seen << QString::fromLatin1(focus->metaObject()->className());
        if (qobject_cast<QCheckBox *>(focus)) {
            EXPECT_FALSE(sawCalendar) << seen.join(QLatin1Char(' ')).toStdString();
            sawCheck = true;
        } else if (window.backupsPage()->calendar()->isAncestorOf(focus)) {
            EXPECT_TRUE(sawCheck) << seen.join(QLatin1Char(' ')).toStdString();
            sawCalendar = true;
        } else if (qobject_cast<QPushButton *>(focus)) {
            EXPECT_TRUE(sawCalendar) << seen.join(QLatin1Char(' ')).toStdString();
            sawButton = true;
        }
    }
    EXPECT_TRUE(sawCheck && sawCalendar && sawButton) << seen.join(QLatin1Char(' ')).toStdString();
}

namespace {

// The Text column of a message table is whole on screen, wide enough to read, and takes the width
// the other columns leave (no horizontal scroll bar).
void expectTextTakesTheSpareWidth(QTableView *table, const std::string &where)
{
    QHeaderView *header = table->horizontalHeader();
    const int viewport = table->viewport()->width();
    const int text = FeedModel::TextColumn;
    EXPECT_GE(header->sectionViewportPosition(text), 0) << where;
    EXPECT_LE(header->sectionViewportPosition(text) + header->sectionSize(text), viewport)
        << where << ": the Text column runs off the table";
    EXPECT_GE(header->sectionSize(text), 160) << where;
    EXPECT_LE(header->length(), viewport + 1) << where << ": a horizontal scroll bar";
    int others = 0;
    for (int column = 0; column < header->count(); ++column)
        others += column == text || header->isSectionHidden(column) ? 0 : header->sectionSize(column);
    EXPECT_EQ(header->sectionSize(text), std::max(ColumnFit::minimumTextWidth(viewport),
                                                  viewport - others))
        << where << ": the Text column does not take the spare width";
}

// Drags the right edge of \a column in \a table's header by \a dx pixels, as with the mouse.
void dragColumnEdge(QTableView *table, int column, int dx)
{
    QHeaderView *header = table->horizontalHeader();
    const QPoint edge(header->sectionViewportPosition(column) + header->sectionSize(column) - 1,
                      header->height() / 2);
    QTest::mousePress(header->viewport(), Qt::LeftButton, {}, edge);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(header->viewport(), edge + QPoint(dx * step / 4, 0));
    QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, edge + QPoint(dx, 0));
}

} // namespace

// In the live feed and in a file's table the Text column takes the width the others leave, in
// a 1024×600 window and in a wide one; a column the user widens keeps its width next time.
TEST(MainWindow, TheTextColumnTakesTheSpareWidthAndDraggedWidthsAreRemembered)
{
    DemoSession demo;
    QString error;
    ASSERT_TRUE(demo.start(&error)) << error.toStdString();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("day.jsonl"));
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("{\"id\":1,\"body\":\"hello\",\"postedTime\":\"2024-03-04T15:30:00Z\"}\n");
    out.close();

    int authorWidth = 0;
    {
        MainWindow window;
        window.setEndpoints(demo.streamEndpoint(), demo.backupEndpoint(), true);
        window.openFile(file);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        for (const QSize size : {QSize(1024, 600), QSize(1600, 900)}) {
            window.resize(size);
            for (const auto page : {MainWindow::Live, MainWindow::Files}) {
                window.showPage(page);
                QCoreApplication::processEvents();
                QTableView *table = page == MainWindow::Live
                                        ? static_cast<QTableView *>(window.livePage()->feedView())
                                        : window.filesPage()->fileView()->table();
                expectTextTakesTheSpareWidth(
                    table, (page == MainWindow::Live ? "live feed at " : "file at ") +
                               std::to_string(size.width()));
            }
        }
        // Wide enough for every column at its own width: the user widens Author by 50 px.
        QTableView *table = window.filesPage()->fileView()->table();
        QHeaderView *header = table->horizontalHeader();
        const int before = header->sectionSize(FeedModel::AuthorColumn);
        dragColumnEdge(table, FeedModel::AuthorColumn, 50);
        authorWidth = header->sectionSize(FeedModel::AuthorColumn);
        EXPECT_EQ(authorWidth, before + 50);
        expectTextTakesTheSpareWidth(table, "file after widening Author");
        window.close();
    }
    MainWindow again;
    again.openFile(file);
    again.resize(1600, 900);
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    again.showPage(MainWindow::Files);
    QCoreApplication::processEvents();
    QTableView *table = again.filesPage()->fileView()->table();
    EXPECT_EQ(table->horizontalHeader()->sectionSize(FeedModel::AuthorColumn), authorWidth)
        << "the widened column is remembered";
    expectTextTakesTheSpareWidth(table, "file in the next run");
}

namespace {

QAction *menuAction(const MainWindow &window, const QString &menu, const QString &item)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (top->text().remove(QLatin1Char('&')) != menu)
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (action->text().remove(QLatin1Char('&')) == item)
                return action;
        }
    }
    return nullptr;
}

// Catches the URLs Hydrant asks the desktop to open, so no browser starts.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls << url; }
};

} // namespace

// Help → Keyboard Shortcuts lists every shortcut of the window, read from its actions (a page's
// shortcuts too while another page shows), and the search field narrows the list.
TEST(MainWindow, KeyboardShortcutsListsEveryShortcutAndSearches)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("day.jsonl"));
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("{\"id\":1,\"body\":\"hello\"}\n");
    out.close();
    MainWindow window;
    window.openFile(file);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::Backups);

    QAction *item = menuAction(window, QStringLiteral("Help"), QStringLiteral("Keyboard Shortcuts"));
    ASSERT_NE(item, nullptr);
    item->trigger();
    auto *dialog = window.findChild<ShortcutsDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    if (const QString folder = qEnvironmentVariable("HYDRANT_SCREENSHOT_DIR"); !folder.isEmpty())
        dialog->grab().save(QDir(folder).filePath(QStringLiteral("keyboard-shortcuts.png")));
    const QList<ShortcutsDialog::Entry> all = dialog->visibleEntries();
    const auto has = [](const QList<ShortcutsDialog::Entry> &entries, const QString &action,
                        const QKeySequence &keys, const QString &where) {
        return entries.contains(ShortcutsDialog::Entry{
            action, keys.toString(QKeySequence::NativeText), where});
    };
    EXPECT_TRUE(has(all, QStringLiteral("Connect"), Qt::Key_F5, QStringLiteral("Live")));
    EXPECT_TRUE(has(all, QStringLiteral("Pause Scrolling"), Qt::CTRL | Qt::Key_P,
                    QStringLiteral("Live")))
        << "a page's shortcut is listed while another page shows";
    EXPECT_TRUE(has(all, QStringLiteral("Go to Line…"), Qt::CTRL | Qt::Key_G,
                    QStringLiteral("Files")));
    EXPECT_TRUE(has(all, QStringLiteral("Show the Backups Page"), Qt::CTRL | Qt::Key_2,
                    QStringLiteral("Everywhere")));
    EXPECT_TRUE(has(all, QStringLiteral("Download Selected Days"), Qt::CTRL | Qt::Key_D,
                    QStringLiteral("Backups")));
    // Every action of the window that has a shortcut is there.
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut().isEmpty())
            continue;
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        EXPECT_TRUE(std::any_of(all.begin(), all.end(),
                                [&](const ShortcutsDialog::Entry &e) { return e.keys.contains(keys); }))
            << action->text().toStdString() << " (" << keys.toStdString() << ") is missing";
    }

    // Search as the user types: by key, then by words of the action.
    QTest::keyClicks(dialog->searchField(), QStringLiteral("ctrl+g"));
    QList<ShortcutsDialog::Entry> found = dialog->visibleEntries();
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.front().action, QStringLiteral("Go to Line…"));
    dialog->searchField()->clear();
    QTest::keyClicks(dialog->searchField(), QStringLiteral("export"));
    found = dialog->visibleEntries();
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.front().action, QStringLiteral("Export…"));
    dialog->close();
}

// Help → Documentation opens the user guide through the desktop (here, a catcher).
TEST(MainWindow, DocumentationOpensTheUserGuide)
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    MainWindow window;
    window.show();
    QAction *item = menuAction(window, QStringLiteral("Help"), QStringLiteral("Documentation"));
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->shortcut(), QKeySequence(QKeySequence::HelpContents));
    item->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    ASSERT_EQ(catcher.urls.size(), 1);
    EXPECT_EQ(catcher.urls.front(), VersionInfo::documentationUrl());
    EXPECT_TRUE(catcher.urls.front().toString().startsWith(QStringLiteral("https://github.com/")))
        << catcher.urls.front().toString().toStdString();
}

#include "mainwindow_test.moc"

namespace {

/// The visible push button of \a page with the text \a text; nullptr when there is none.
QPushButton *visibleButton(QWidget *page, const QString &text)
{
    for (QPushButton *button : page->findChildren<QPushButton *>()) {
        if (button->isVisible() && button->text() == text)
            return button;
    }
    return nullptr;
}

/// The text \a label shows, as a reader sees it: no markup, a no-break space as a space, no
/// invisible word joiners.
QString shownText(const QLabel *label)
{
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText().replace(QChar(QChar::Nbsp), QLatin1Char(' ')).remove(QChar(0x2060));
}

/// The visible label of \a page that shows \a words; nullptr when none does.
QLabel *visibleLabelSaying(QWidget *page, const QString &words)
{
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (label->isVisible() && shownText(label).contains(words))
            return label;
    }
    return nullptr;
}

/// The widths at which \a label, laid out as rich text, breaks the command `hydrant --demo` over
/// two lines, from the command's own width to the label's.
QList<int> widthsBreakingTheDemoCommand(const QLabel *label)
{
    QList<int> broken;
    const int least = label->fontMetrics().horizontalAdvance(QStringLiteral("hydrant --demo")) * 2;
    for (int width = least; width <= label->width(); width += 2) {
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setHtml(label->text());
        document.setTextWidth(width);
        const QString plain = document.toPlainText();
        const int start = int(plain.indexOf(QStringLiteral("hydrant")));
        const int end = int(plain.indexOf(QStringLiteral("demo"), start)) + 3;
        const QTextBlock block = document.findBlock(start);
        document.documentLayout()->blockBoundingRect(block); // lays the block out
        const QTextLayout *layout = block.layout();
        if (layout->lineForTextPosition(start - block.position()).lineNumber() !=
            layout->lineForTextPosition(end - block.position()).lineNumber())
            broken << width;
    }
    return broken;
}

} // namespace

// A new user's first click: "Try the demo" on the Live page starts the same demo as
// `hydrant --demo` (the built-in simulator on loopback): the feed moves at once, and the Backups
// page has the demo's backups. The command the page names is never broken over two lines.
TEST(MainWindow, TryTheDemoOnTheLivePageStartsTheDemo)
{
    MainWindow window;
    window.showPage(MainWindow::Live);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents(); // the saved accounts (none) are applied
    LivePage *live = window.livePage();
    ASSERT_FALSE(live->streamEndpoint().hasAccount()) << "a fresh profile has no account";
    QLabel *text = visibleLabelSaying(live, QStringLiteral("hydrant --demo"));
    ASSERT_NE(text, nullptr);
    EXPECT_EQ(widthsBreakingTheDemoCommand(text), QList<int>());
    QPushButton *button = visibleButton(live, QStringLiteral("Try the demo"));
    ASSERT_NE(button, nullptr);

    QTest::mouseClick(button, Qt::LeftButton);
    ASSERT_NE(window.demoSession(), nullptr);
    EXPECT_EQ(live->streamEndpoint().url, window.demoSession()->streamEndpoint().url);
    EXPECT_EQ(window.backupsPage()->backupEndpoint().baseUrl,
              window.demoSession()->backupEndpoint().baseUrl);
    EXPECT_NE(window.demoStreamMenu(), nullptr);
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("demo")));
    ASSERT_TRUE(TestSupport::waitUntil([&] { return live->feedModel()->rowCount() >= 3; }, 10000))
        << "the demo's messages fill the feed";
    EXPECT_FALSE(button->isVisible()) << "the empty state made way for the feed";
    live->disconnectStream();
}

// The Backups page's empty state offers the same demo.
TEST(MainWindow, TryTheDemoOnTheBackupsPageStartsTheDemo)
{
    MainWindow window;
    window.showPage(MainWindow::Backups);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    BackupsPage *backups = window.backupsPage();
    ASSERT_FALSE(backups->backupEndpoint().hasAccount());
    QLabel *text = visibleLabelSaying(backups, QStringLiteral("hydrant --demo"));
    ASSERT_NE(text, nullptr);
    EXPECT_EQ(widthsBreakingTheDemoCommand(text), QList<int>());
    QPushButton *button = visibleButton(backups, QStringLiteral("Try the demo"));
    ASSERT_NE(button, nullptr);

    QTest::mouseClick(button, Qt::LeftButton);
    ASSERT_NE(window.demoSession(), nullptr);
    EXPECT_EQ(backups->backupEndpoint().baseUrl, window.demoSession()->backupEndpoint().baseUrl);
    EXPECT_TRUE(backups->backupEndpoint().hasAccount());
    EXPECT_FALSE(button->isVisible()) << "the calendar and queue took the empty state's place";
    EXPECT_EQ(window.currentPage(), MainWindow::Backups);
    ASSERT_TRUE(TestSupport::waitUntil(
        [&] { return window.livePage()->feedModel()->rowCount() >= 3; }, 10000));
    window.livePage()->disconnectStream();
}

// `hydrant --demo` offers a StockTwits Firestream beside the Gnip firehose: the Stream menu
// switches the Live page to it, and its items arrive with their seq_id cursors.
TEST(MainWindow, TheDemoOffersAFirestreamBesideTheGnipFirehose)
{
    DemoSession demo;
    QString error;
    ASSERT_TRUE(demo.start(&error)) << error.toStdString();
    MainWindow window;
    window.setEndpoints(demo.streamEndpoint(), demo.backupEndpoint(), true);
    window.setDemoStreams(demo.streamEndpoints());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    LivePage *live = window.livePage();

    QMenu *menu = window.demoStreamMenu();
    ASSERT_NE(menu, nullptr);
    const QList<QAction *> streams = menu->actions();
    ASSERT_EQ(streams.size(), 2);
    EXPECT_TRUE(streams.at(0)->isChecked()) << "the Gnip firehose is the demo's first stream";
    EXPECT_EQ(live->streamEndpoint().service, StreamServiceKind::Gnip);
    ASSERT_TRUE(TestSupport::waitUntil([&] { return live->feedModel()->rowCount() > 0; }, 10000));

    streams.at(1)->trigger();
    EXPECT_TRUE(streams.at(1)->isChecked());
    EXPECT_EQ(live->streamEndpoint().service, StreamServiceKind::Firestream);
    EXPECT_EQ(live->streamEndpoint().url.path(), QStringLiteral("/stream"));
    ASSERT_TRUE(TestSupport::waitUntil([&] { return live->feedModel()->rowCount() >= 3; }, 10000));
    // Only the Firestream's items are in the feed now, each with its seq_id.
    for (int row = 0; row < live->feedModel()->rowCount(); ++row) {
        const QString cursor = live->feedModel()->messageAt(row).cursor;
        EXPECT_EQ(cursor.size(), 56) << "row " << row << ": '" << cursor.toStdString() << "'";
    }
    // The status bar shows the cursor, and still fits a 1024×600 window.
    ASSERT_TRUE(TestSupport::waitUntil([&] {
        return live->connectionStatusBar()->resumeText().startsWith(QStringLiteral("seq …"));
    }));
    window.resize(1024, 600);
    QCoreApplication::processEvents();
    for (QLabel *label : live->connectionStatusBar()->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const QRect rect(label->mapTo(&window, QPoint(0, 0)), label->size());
        EXPECT_LE(rect.right(), window.width()) << label->text().toStdString();
    }
    live->disconnectStream();
}

namespace {

// Runs \a act on the next modal dialog once it is shown (QDialog::exec blocks the caller).
void whenADialogOpens(std::function<void(QWidget *)> act)
{
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

QString writeMessages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    // 2016-12-05 00:00:00 UTC and a minute apart: 01:00 in Berlin (CET).
    for (int i = 0; i < 3; ++i)
        file.write(QStringLiteral("{\"id\":%1,\"body\":\"Message %1 $AAPL\",\"created_at\":"
                                  "\"2016-12-05T00:0%1:00Z\",\"user\":{\"username\":\"someone\"}}\n")
                       .arg(i)
                       .toUtf8());
    return path;
}

} // namespace

TEST(MainWindow, EveryTimeShownFollowsTheZoneChosenInPreferences)
{
    DisplayTimeZone::setZone(DisplayTimeZone::Zone::Local);
    DisplayTimeZone::setLocalZone(QTimeZone("Europe/Berlin"));
    QTemporaryDir dir;
    const QString path = writeMessages(dir.filePath(QStringLiteral("day.jsonl")));
    MainWindow window;
    window.resize(1024, 600);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    window.openFile(path);
    FileView *view = window.filesPage()->fileView();
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(TestSupport::waitUntil(
        [view] { return view->document()->status() == FileDocument::Status::Ready; }, 10000));
    QAbstractItemModel *files = view->table()->model();
    QAbstractItemModel *live = window.livePage()->feedView()->model();
    const auto timeTitle = [](QAbstractItemModel *model) {
        return model->headerData(FeedModel::TimeColumn, Qt::Horizontal).toString();
    };
    EXPECT_EQ(timeTitle(files), QStringLiteral("Time (CET)"));
    EXPECT_EQ(timeTitle(live), QStringLiteral("Time (CET)"));
    EXPECT_EQ(files->index(1, FeedModel::TimeColumn).data().toString(),
              QStringLiteral("2016-12-05 01:01:00"));

    // Settings → Preferences: Times shown in: UTC, OK.
    bool chosen = false;
    whenADialogOpens([&chosen](QWidget *dialog) {
        auto *zone = dialog->findChild<QComboBox *>(QStringLiteral("timeZone"));
        ASSERT_NE(zone, nullptr) << "Preferences has no time zone choice";
        EXPECT_EQ(zone->currentText(), QStringLiteral("Local time"));
        zone->setFocus();
        while (zone->currentText() != QStringLiteral("UTC") && zone->currentIndex() < zone->count() - 1)
            QTest::keyClick(zone, Qt::Key_Down);
        chosen = zone->currentText() == QStringLiteral("UTC");
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        ASSERT_NE(buttons, nullptr);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QAction *preferences = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == QStringLiteral("&Preferences…"))
                preferences = action;
        }
    }
    ASSERT_NE(preferences, nullptr);
    preferences->trigger(); // Settings ▸ Preferences…
    ASSERT_TRUE(chosen);

    // The open views follow at once, without reopening.
    EXPECT_EQ(timeTitle(files), QStringLiteral("Time (UTC)"));
    EXPECT_EQ(timeTitle(live), QStringLiteral("Time (UTC)"));
    EXPECT_EQ(files->index(1, FeedModel::TimeColumn).data().toString(),
              QStringLiteral("2016-12-05 00:01:00"));
    const auto *detailTime = view->detail()->findChild<QLabel *>(QStringLiteral("messageTime"));
    ASSERT_NE(detailTime, nullptr);
    EXPECT_TRUE(detailTime->text().endsWith(QStringLiteral("UTC"))) << detailTime->text().toStdString();
    // And the choice is remembered.
    EXPECT_TRUE(AppSettings::timesInUtc());

    DisplayTimeZone::setZone(DisplayTimeZone::Zone::Local);
    DisplayTimeZone::setLocalZone(QTimeZone());
}

TEST(MainWindow, TheOpenDialogStartsInTheDownloadFolderThenWhereTheUserLastOpenedFrom)
{
    QTemporaryDir dir;
    // A download folder that does not exist yet (nothing was downloaded).
    const QString downloads = dir.filePath(QStringLiteral("Downloads/Hydrant"));
    AppSettings::setDownloadFolder(downloads);
    QSettings().remove(QStringLiteral("files/lastOpenFolder"));
    QDir(dir.path()).mkdir(QStringLiteral("elsewhere"));
    const QString path = writeMessages(dir.filePath(QStringLiteral("elsewhere/day.jsonl")));

    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QString folder;
    QString name = QStringLiteral("(no dialog)");
    const auto openWith = [&](const QString &typed) {
        whenADialogOpens([&folder, &name, typed](QWidget *dialog) {
            auto *files = qobject_cast<QFileDialog *>(dialog);
            ASSERT_NE(files, nullptr);
            folder = files->directory().absolutePath();
            auto *edit = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            ASSERT_NE(edit, nullptr);
            name = edit->text();
            edit->setFocus();
            QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
            if (typed.isEmpty()) {
                QTest::keyClick(edit, Qt::Key_Escape);
                if (files->isVisible())
                    files->reject();
                return;
            }
            edit->insert(typed); // pasted
            if (QCompleter *completer = edit->completer())
                completer->popup()->hide();
            QTest::keyClick(edit, Qt::Key_Return);
            if (files->isVisible()) {
                ADD_FAILURE() << "the dialog did not take the path";
                files->reject();
            }
        });
        QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier);
    };
    openWith(path);
    EXPECT_EQ(folder, QDir(downloads).absolutePath());
    EXPECT_EQ(name, QString()) << "the name field starts empty";
    EXPECT_EQ(window.filesPage()->openFileCount(), 1);

    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    openWith(QString());
    EXPECT_EQ(folder, QDir(dir.filePath(QStringLiteral("elsewhere"))).absolutePath());
    EXPECT_EQ(name, QString());
    QSettings().remove(QStringLiteral("files/lastOpenFolder"));
    QSettings().remove(QStringLiteral("backups/folder"));
}
