#include "mainwindow.h"
#include "startupreport.h"

#include "backups/backupcatalogue.h"
#include "backups/backupsession.h"
#include "backups/backupspage.h"
#include "backups/downloadnotifier.h"
#include "backups/downloadqueue.h"
#include "common/aboutdialog.h"
#include "common/desktopopener.h"
#include "common/accountsdialog.h"
#include "common/preferencesdialog.h"
#include "common/shortcutsdialog.h"
#include "core/appsettings.h"
#include "core/versioninfo.h"
#include "files/filespage.h"
#include "feed/livesession.h"
#include "live/livepage.h"
#include "main/navigationbar.h"
#include "sim/demosession.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

#include <memory>
#include <utility>

namespace {

/// Points the pages at the accounts chosen in Settings → Accounts, with their passwords from the
/// secret store (read asynchronously). At start-up (\a replace false) it leaves endpoints that
/// were set some other way, such as the demo's, untouched.
void applyChosenAccounts(MainWindow *window, bool replace)
{
    auto *store = new AccountStore(window);
    auto stream = std::make_shared<StreamEndpoint>(window->livePage()->streamEndpoint());
    auto backups = std::make_shared<BackupEndpoint>(window->backupsPage()->backupEndpoint());
    auto pending = std::make_shared<int>(2);
    const auto oneDone = [window, store, stream, backups, pending, replace] {
        if (--*pending > 0)
            return;
        store->deleteLater();
        if (!replace && (window->livePage()->streamEndpoint().hasAccount()
                         || window->backupsPage()->backupEndpoint().hasAccount()))
            return;
        window->setEndpoints(*stream, *backups);
    };
    const QString streamName = store->currentProfile(AccountStore::Service::Stream);
    const QString backupName = store->currentProfile(AccountStore::Service::Backups);
    if (streamName.isEmpty())
        oneDone();
    else
        store->streamEndpoint(streamName, [stream, oneDone](const StreamEndpoint &e, const QString &) {
            *stream = e;
            oneDone();
        });
    if (backupName.isEmpty())
        oneDone();
    else
        store->backupEndpoint(backupName, [backups, oneDone](const BackupEndpoint &e, const QString &) {
            *backups = e;
            oneDone();
        });
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Hydrant"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hydrant.svg")));
    setAcceptDrops(true);

    createPages();
    createMenus();
    StartupReport::mark("menus");

    m_statusLabel = new QLabel(this);
    // A long notice is cut rather than widening the window.
    m_statusLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->showMessage(tr("Ready"), 3000);

    restoreWindowState();
    QTimer::singleShot(0, this, [this] { applyChosenAccounts(this, false); });
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new NavigationBar(central);
    m_stack = new QStackedWidget(central);

    m_liveSession = new LiveSession(AppSettings::feedRingSize(), this);
    m_livePage = new LivePage(m_liveSession, m_stack);
    StartupReport::mark("live page");
    m_backupSession = new BackupSession(BackupCatalogue::defaultStatePath(),
                                        BackupSession::QueueKept::BetweenRuns, this);
    m_backupsPage = new BackupsPage(m_backupSession, m_stack);
    StartupReport::mark("backups page");
    m_downloadNotifier = new DownloadNotifier(m_backupSession->queue(),
                                              DownloadNotifier::defaultTrayAvailable, this);
    m_filesPage = new FilesPage(m_stack);
    StartupReport::mark("files page");
    m_stack->addWidget(m_livePage);
    m_stack->addWidget(m_backupsPage);
    m_stack->addWidget(m_filesPage);

    m_navigation->addPage(QIcon(QStringLiteral(":/icons/page-live.svg")), tr("Live"),
                          tr("The realtime stream (Ctrl+1)"));
    m_navigation->addPage(QIcon(QStringLiteral(":/icons/page-backups.svg")), tr("Backups"),
                          tr("Download daily backup archives (Ctrl+2)"));
    m_navigation->addPage(QIcon(QStringLiteral(":/icons/page-files.svg")), tr("Files"),
                          tr("Open and search saved archives (Ctrl+3)"));
    // Help → Keyboard Shortcuts says which page a shortcut belongs to.
    m_livePage->setProperty(ShortcutsDialog::scopeProperty, tr("Live"));
    m_backupsPage->setProperty(ShortcutsDialog::scopeProperty, tr("Backups"));
    m_filesPage->setProperty(ShortcutsDialog::scopeProperty, tr("Files"));

    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_navigation, &NavigationBar::pageSelected, this,
            [this](int index) { showPage(static_cast<Page>(index)); });
    connect(m_backupsPage, &BackupsPage::openFileRequested, this, &MainWindow::openFile);
    connect(m_backupsPage, &BackupsPage::openFilesRequested, this, &MainWindow::openPaths);
    connect(m_livePage, &LivePage::openFileRequested, this, &MainWindow::openFile);
    connect(m_livePage, &LivePage::addAccountRequested, this, &MainWindow::showAccounts);
    connect(m_livePage, &LivePage::demoRequested, this, &MainWindow::tryDemo);
    connect(m_backupsPage, &BackupsPage::demoRequested, this, &MainWindow::tryDemo);
    connect(m_filesPage, &FilesPage::openFileDialogRequested, this, &MainWindow::openFileDialog);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                        tr("&Open…"), this, &MainWindow::openFileDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *openFolder =
        fileMenu->addAction(tr("Open &Folder…"), this, &MainWindow::openFolderDialog);
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openFolder->setToolTip(tr("Open a folder of daily archives as one dataset"));
    QAction *openRecordings = fileMenu->addAction(tr("Open R&ecordings Folder"), this,
                                                  &MainWindow::openRecordingsFolder);
    openRecordings->setToolTip(
        tr("Open the folder the Live page records into as one dataset that follows the "
           "recording"));
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                        tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_streamMenu = menuBar()->addMenu(tr("&Stream"));
    m_livePage->populateMenu(m_streamMenu);

    QMenu *backupsMenu = menuBar()->addMenu(tr("&Backups"));
    m_backupsPage->populateMenu(backupsMenu);

    QMenu *settingsMenu = menuBar()->addMenu(tr("S&ettings"));
    settingsMenu->addAction(tr("&Accounts…"), this, &MainWindow::showAccounts);
    QAction *preferences =
        settingsMenu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *documentation =
        helpMenu->addAction(tr("&Documentation"), this, &MainWindow::showDocumentation);
    documentation->setShortcut(QKeySequence::HelpContents);
    documentation->setToolTip(tr("Read the user guide online"));
    helpMenu->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    helpMenu->addSeparator();
    QAction *about = helpMenu->addAction(tr("&About Hydrant"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);

    // Ctrl+1/2/3 switch pages from anywhere in the window.
    const QStringList pageNames = {tr("Live"), tr("Backups"), tr("Files")};
    for (int page = Live; page <= Files; ++page) {
        auto *action = new QAction(tr("Show the %1 Page").arg(pageNames[page]), this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, page] { showPage(Page(page)); });
        addAction(action);
    }
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files[i];
        // Numbered as Alt reaches them: &1 … &9, then 1&0; a name's own '&' stays a character.
        const QString number = i < 9 ? QStringLiteral("&%1").arg(i + 1) : QStringLiteral("1&0");
        QAction *action = m_recentMenu->addAction(
            number + QLatin1Char(' ') +
            QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&")));
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear Recent Files"), this, [this] {
        AppSettings::clearRecentFiles();
        rebuildRecentMenu();
    });
}

void MainWindow::setEndpoints(const StreamEndpoint &stream, const BackupEndpoint &backups, bool demo)
{
    m_livePage->setStreamEndpoint(stream);
    m_backupsPage->setBackupEndpoint(backups);
    if (demo) {
        setWindowTitle(tr("Hydrant — demo"));
        m_statusLabel->setText(tr("Demo mode: connected to the built-in simulator, no account needed."));
        m_livePage->connectStream(); // a new user sees the feed moving at once
    }
}

bool MainWindow::startDemo(QString *error)
{
    if (!m_demo) {
        // Its listeners run on threads of their own, never on the GUI thread. Made after the
        // pages and their sessions, it is deleted after them (a parent deletes its children in
        // the order they were made): no session outlives the service it talks to.
        auto *demo = new DemoSession(this);
        QString reason;
        if (!demo->start(&reason)) {
            delete demo;
            if (error)
                *error = tr("The demo simulator could not start: %1").arg(reason);
            return false;
        }
        m_demo = demo;
    }
    setEndpoints(m_demo->streamEndpoint(), m_demo->backupEndpoint(), true);
    setDemoStreams(m_demo->streamEndpoints());
    return true;
}

void MainWindow::tryDemo()
{
    QString error;
    if (!startDemo(&error))
        QMessageBox::warning(this, tr("Try the demo"), error);
}

void MainWindow::setDemoStreams(const QList<StreamEndpoint> &streams)
{
    delete std::exchange(m_demoStreamMenu, nullptr);
    if (streams.isEmpty())
        return;
    m_streamMenu->addSeparator();
    m_demoStreamMenu = m_streamMenu->addMenu(tr("Demo S&tream"));
    if (streams.size() > 1)
        m_statusLabel->setText(tr("Demo mode: the built-in simulator, no account needed. Stream ▸ "
                                  "Demo Stream switches between a Gnip firehose and a StockTwits "
                                  "Firestream."));
    auto *group = new QActionGroup(m_demoStreamMenu);
    const QUrl current = m_livePage->streamEndpoint().url;
    for (const StreamEndpoint &stream : streams) {
        QAction *action = m_demoStreamMenu->addAction(stream.profileName);
        action->setCheckable(true);
        action->setChecked(stream.url == current);
        action->setToolTip(StreamServiceKinds::displayName(stream.service));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, stream] {
            if (m_livePage->streamEndpoint().url == stream.url)
                return;
            // Another stream's rows and counts say nothing about this one.
            const bool connected = m_liveSession->isActive();
            m_livePage->disconnectStream();
            m_livePage->clearFeed();
            m_livePage->setStreamEndpoint(stream);
            if (connected)
                m_livePage->connectStream();
        });
    }
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_stack->currentIndex());
}

void MainWindow::showPage(MainWindow::Page page)
{
    m_stack->setCurrentIndex(page);
    m_navigation->setCurrentPage(page);
}

void MainWindow::openFile(const QString &path)
{
    openPaths({path});
}

void MainWindow::openPaths(const QStringList &paths)
{
    QStringList existing;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.exists())
            existing << info.absoluteFilePath();
        else
            QMessageBox::warning(this, tr("Open file"),
                                 tr("The file %1 does not exist.").arg(path));
    }
    if (existing.isEmpty())
        return;
    showPage(Files);
    m_filesPage->open(existing);
    // One file or one folder comes back from Open Recent as it was opened.
    if (existing.size() == 1) {
        AppSettings::addRecentFile(existing.front());
        rebuildRecentMenu();
    }
}

QString MainWindow::openDialogFolder()
{
    // A folder that does not exist would be taken for a file name and fill the name field; the
    // download folder is made when it is missing, as a download would make it.
    const QString last = AppSettings::lastOpenFolder();
    if (QFileInfo(last).isDir())
        return last;
    const QString downloads = AppSettings::downloadFolder();
    if (QFileInfo(downloads).isDir() || QDir().mkpath(downloads))
        return downloads;
    return QDir::homePath();
}

void MainWindow::openFileDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open archives"), openDialogFolder(),
        tr("JSON lines archives (*.gz *.jsonl *.ndjson *.json *.zip *.tar *.tgz *.7z *.xz *.bz2 "
           "*.zst);;All files (*)"));
    if (!paths.isEmpty())
        AppSettings::setLastOpenFolder(QFileInfo(paths.front()).absolutePath());
    openPaths(paths);
}

void MainWindow::reopenLastSession()
{
    if (!AppSettings::reopenFilesAtStart())
        return;
    const QStringList gone =
        m_filesPage->reopen(AppSettings::openTabs(), AppSettings::currentOpenTab());
    if (!gone.isEmpty())
        statusBar()->showMessage(
            tr("%n file(s) of the last session are gone: %1", "", int(gone.size()))
                .arg(gone.join(QStringLiteral(", "))),
            10000);
}

void MainWindow::openFolderDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Open a folder of daily archives"), openDialogFolder());
    if (folder.isEmpty())
        return;
    AppSettings::setLastOpenFolder(QFileInfo(folder).absolutePath());
    openPaths({folder});
}

void MainWindow::openRecordingsFolder()
{
    const QString folder = AppSettings::recordingFolder();
    if (!QDir().mkpath(folder)) {
        QMessageBox::warning(this, tr("Open Recordings Folder"),
                             tr("The recordings folder %1 cannot be created.")
                                 .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    showPage(Files);
    m_filesPage->openDataset({folder});
}

void MainWindow::showAccounts()
{
    AccountsDialog dialog(this);
    dialog.exec();
    if (dialog.accountsChanged())
        applyChosenAccounts(this, true);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    // Not modal: it can stay open beside the window while the user tries the keys.
    auto *dialog = new ShortcutsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showDocumentation()
{
    const QUrl url = VersionInfo::documentationUrl();
    if (!DesktopOpener::openUrl(url)) {
        QMessageBox::information(this, tr("Documentation"),
                                 tr("No web browser could be started. The user guide is at %1")
                                     .arg(url.toString()));
    }
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = AppSettings::windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(available.boundedTo(QSize(1280, 800)));
    }
    restoreState(AppSettings::windowState());
    showPage(static_cast<Page>(AppSettings::currentPage()));
}

int MainWindow::runningDownloads() const
{
    const DownloadQueue::Totals totals = m_backupSession->queue()->totals();
    return totals.active + totals.queued;
}

bool MainWindow::confirmQuit()
{
    const int running = runningDownloads();
    if (running == 0)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Quit Hydrant"),
                    tr("%n download(s) are still running. Quit anyway?", nullptr, running),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("quitQuestion"));
    box.setInformativeText(
        tr("They carry on from where they stopped the next time Hydrant starts."));
    QPushButton *quit = box.addButton(tr("Quit Anyway"), QMessageBox::AcceptRole);
    QPushButton *stay = box.addButton(tr("Keep Downloading"), QMessageBox::RejectRole);
    box.setDefaultButton(stay);
    box.setEscapeButton(stay);
    box.exec();
    return box.clickedButton() == quit;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmQuit()) {
        event->ignore();
        return;
    }
    AppSettings::setWindowGeometry(saveGeometry(), saveState());
    AppSettings::setCurrentPage(currentPage());
    AppSettings::setOpenTabs(m_filesPage->openTabs(), m_filesPage->currentTab());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // Several files or a folder dropped together are one dataset.
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    openPaths(paths);
    event->acceptProposedAction();
}
