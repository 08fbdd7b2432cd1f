#pragma once

#include "net/serviceendpoint.h"

#include <QMainWindow>

class QLabel;
class QMenu;
class QStackedWidget;
class NavigationBar;
class LivePage;
class LiveSession;
class BackupsPage;
class BackupSession;
class FilesPage;
class DownloadNotifier;
class DemoSession;

/// The application window: a side bar with the Live, Backups and Files pages, the menus and the
/// status bar. It only wires pages and actions together; each page owns its own work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { Live = 0, Backups = 1, Files = 2 };
    Q_ENUM(Page)

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    LivePage *livePage() const { return m_livePage; }
    BackupsPage *backupsPage() const { return m_backupsPage; }
    FilesPage *filesPage() const { return m_filesPage; }

    Page currentPage() const;
    /// Downloads queued or running now (closing the window asks first while there are any).
    int runningDownloads() const;
    DownloadNotifier *downloadNotifier() const { return m_downloadNotifier; }

    /// Points the Live and Backups pages at these services. \a demo marks the window as running
    /// against the built-in simulator (shown in the title and status bar).
    void setEndpoints(const StreamEndpoint &stream, const BackupEndpoint &backups, bool demo = false);
    /// The streams the demo offers (a Gnip firehose, a StockTwits Firestream): the Stream menu's
    /// Demo Stream submenu switches the Live page between them. Empty removes the submenu.
    void setDemoStreams(const QList<StreamEndpoint> &streams);
    /// The Demo Stream submenu; nullptr outside the demo.
    QMenu *demoStreamMenu() const { return m_demoStreamMenu; }
    /// Starts the built-in simulator (once) and points the Live and Backups pages at it, the Live
    /// page streaming at once: what `hydrant --demo` and the pages' "Try the demo" buttons do.
    /// Returns false, with a sentence for the user in \a error, when the simulator cannot start.
    bool startDemo(QString *error = nullptr);
    /// The demo's simulator, while it runs (nullptr before startDemo()).
    DemoSession *demoSession() const { return m_demo; }

public slots:
    void showPage(MainWindow::Page page);
    /// Opens a saved archive in the Files page (a folder: its daily files as one dataset) and
    /// remembers it in Open Recent.
    void openFile(const QString &path);
    /// Opens what the user chose in the Files page: one file in a tab of its own, a folder or
    /// several files as one dataset (FilesPage::open()). Paths that do not exist are named.
    void openPaths(const QStringList &paths);
    /// Reopens the Files page's tabs of the last session where they were left (when the
    /// Preference asks for it); says which files are gone.
    void reopenLastSession();
    /// File → Open: one archive, or several chosen together (opened as one dataset).
    void openFileDialog();
    /// File → Open Folder: a folder of daily archives, opened as one dataset.
    void openFolderDialog();
    /// File → Open Recordings Folder: the folder the Live page records into, as one dataset
    /// that follows the recording (created when it does not exist yet, so it can be watched).
    void openRecordingsFolder();
    void showAccounts();
    void showPreferences();
    void showAbout();
    /// Help → Keyboard Shortcuts (a ShortcutsDialog, not modal).
    void showShortcuts();
    /// Help → Documentation: the README online, in the user's browser.
    void showDocumentation();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createPages();
    void createMenus();
    void rebuildRecentMenu();
    /// Where File → Open starts: the folder last opened from, else the download folder.
    static QString openDialogFolder();
    void restoreWindowState();
    /// Asks before quitting while downloads run; true to quit.
    bool confirmQuit();
    /// A page's "Try the demo" button: startDemo(), saying why when it cannot start.
    void tryDemo();

    NavigationBar *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    LiveSession *m_liveSession = nullptr;
    BackupSession *m_backupSession = nullptr;
    LivePage *m_livePage = nullptr;
    BackupsPage *m_backupsPage = nullptr;
    FilesPage *m_filesPage = nullptr;
    DownloadNotifier *m_downloadNotifier = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_streamMenu = nullptr;
    QMenu *m_demoStreamMenu = nullptr;
    QLabel *m_statusLabel = nullptr;
    DemoSession *m_demo = nullptr;
};
