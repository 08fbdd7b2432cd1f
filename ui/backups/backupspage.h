#pragma once

#include "backups/backupkey.h"
#include "net/serviceendpoint.h"

#include <QPointer>
#include <QWidget>

class BackupCalendar;
class BackupCatalogue;
class BackupSession;
class PasswordDialog;
class DownloadQueue;
class DownloadQueueModel;
class EmptyState;
class QAction;
class QCheckBox;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QVBoxLayout;

/// The Backups page: a calendar painted with what is on disk, queued, missing or failed per day,
/// file-type choices, and the download queue as a table with progress bars. It lays out and
/// wires a BackupSession (queue, catalogue, saved state); it never talks to the network itself.
class BackupsPage : public QWidget
{
    Q_OBJECT

public:
    /// A page with a session of its own.
    explicit BackupsPage(QWidget *parent = nullptr);
    /// A page showing \a session (not owned; it must outlive the page).
    explicit BackupsPage(BackupSession *session, QWidget *parent = nullptr);
    ~BackupsPage() override;

    BackupSession *session() const { return m_session; }

    /// Adds this page's actions to the Backups menu of the main window.
    void populateMenu(QMenu *menu);

    /// The backup service to download from (from the chosen account, or the demo session).
    void setBackupEndpoint(const BackupEndpoint &endpoint);
    BackupEndpoint backupEndpoint() const;

    /// Where downloads go: AppSettings::downloadFolder() (its "Simulator" subfolder for a
    /// loopback service, so demo files never mix with real ones) unless set here.
    QString downloadFolder() const;
    void setDownloadFolder(const QString &folder);

    QStringList selectedFileTypes() const;

    DownloadQueue *queue() const { return m_queue; }
    BackupCatalogue *catalogue() const { return m_catalogue; }
    BackupCalendar *calendar() const { return m_calendar; }
    QTableView *queueView() const { return m_table; }
    DownloadQueueModel *queueModel() const { return m_model; }

    /// The downloaded files of the selected days, of the selected file types (every type when
    /// none is ticked), by type then day.
    QStringList selectedFilesOnDisk() const;
    /// The downloaded files of the selected days of one file type, by day.
    QStringList selectedFilesOnDisk(const QString &type) const;

public slots:
    /// Queues every (selected type × selected day).
    void downloadSelected();
    /// Asks the Files page to open the downloaded files of the selected days as one dataset.
    void openSelectedDays();

signals:
    /// A downloaded archive should be opened in the Files page.
    void openFileRequested(const QString &path);
    /// Downloaded archives should be opened in the Files page together, as one dataset.
    void openFilesRequested(const QStringList &paths);
    /// The user wants to try the demo (the main window starts it, as `hydrant --demo` does).
    void demoRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createContent();
    QWidget *createCalendarPanel();
    QWidget *createQueuePanel();
    void rebuildTypeChoices();
    void updateSelectionSummary();
    /// The file types the calendar's actions act on: the ticked ones, or every one when none is.
    QStringList typesActedOn() const;
    void updateTotals();
    void updateActions();
    void scheduleCalendarRefresh();
    void chooseFolder();
    void updateFolderLabel();
    void showRowMenu(const QPoint &pos);
    void showDayMenu(const QDate &date, const QPoint &globalPos);
    void addFileActions(QMenu *menu, const QString &type, const QDate &date);
    void deleteFile(const QString &type, const QDate &date);
    void showInFileManager(const QString &path);
    void askForPassword(const QString &message);
    /// The downloads of the selected rows on show, as the selection stands now (a hidden Not
    /// available row is never acted on).
    QList<BackupKey> selectedKeys() const;
    /// Cancel: stops the selected downloads, after asking when that throws away data.
    void cancelSelected();
    /// Retry: the selected downloads, or every failed one when none is selected.
    void retrySelectedOrFailed();
    /// Hides or shows the Not available rows from \a first to \a last (-1: the last row), as
    /// the toggle says.
    void applyRowFilter(int first = 0, int last = -1);
    /// A short notice in the queue's summary line and the window's status bar.
    void tell(const QString &text);

    BackupSession *m_session = nullptr;
    bool m_ownsSession = false;
    QPointer<PasswordDialog> m_passwordDialog;

    DownloadQueue *m_queue = nullptr;
    DownloadQueueModel *m_model = nullptr;
    BackupCatalogue *m_catalogue = nullptr;

    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    BackupCalendar *m_calendar = nullptr;
    QWidget *m_typeBox = nullptr;
    QVBoxLayout *m_typeLayout = nullptr;
    QList<QCheckBox *> m_typeChecks;
    /// The page's controls after the file types, in Tab order (calendar, its buttons, the queue).
    QList<QWidget *> m_tabOrder;
    QLabel *m_selectionLabel = nullptr;
    QLabel *m_folderLabel = nullptr;
    QPushButton *m_downloadButton = nullptr;
    QPushButton *m_openSelectedButton = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QTableView *m_table = nullptr;
    QProgressBar *m_totalProgress = nullptr;
    QLabel *m_totalsLabel = nullptr;
    QLabel *m_queueHint = nullptr;
    QLabel *m_typeWarning = nullptr; ///< a file type found on none of the days asked for
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_totalsTimer = nullptr;

    QAction *m_downloadAction = nullptr;
    QAction *m_openSelectedAction = nullptr;
    QAction *m_pauseAllAction = nullptr;
    QAction *m_resumeAllAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QAction *m_moveToTopAction = nullptr;
    QAction *m_moveToBottomAction = nullptr;
    QAction *m_hideNotAvailableAction = nullptr;

public:
    /// For tests: the toggle that hides Not available days.
    QAction *hideNotAvailableAction() const { return m_hideNotAvailableAction; }
    QAction *retryAction() const { return m_retryAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    QAction *openSelectedAction() const { return m_openSelectedAction; }
    QAction *moveUpAction() const { return m_moveUpAction; }
    QAction *moveDownAction() const { return m_moveDownAction; }
    QAction *moveToTopAction() const { return m_moveToTopAction; }
    QAction *moveToBottomAction() const { return m_moveToBottomAction; }
};
