#pragma once

#include "feed/livesession.h"
#include "net/firehoseclient.h"
#include "net/serviceendpoint.h"

#include <QPointer>
#include <QWidget>

class ConnectionLog;
class ConnectionStatusBar;
class EmptyState;
class FeedInbox;
class FeedModel;
class FeedProxyModel;
class FeedView;
class MessageColumnSizer;
class LiveCharts;
class MessageDetailView;
class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;
class RelayStartDialog;

/// The Live page: the realtime stream of a LiveSession as a feed with filters, detail, charts
/// and recording. The session owns the pipeline (client and recorder threads, inbox, model,
/// statistics); the page only lays it out and wires it to the user's actions.
class LivePage : public QWidget
{
    Q_OBJECT

public:
    /// A page with a session of its own.
    explicit LivePage(QWidget *parent = nullptr);
    /// A page showing \a session (not owned; it must outlive the page).
    explicit LivePage(LiveSession *session, QWidget *parent = nullptr);
    ~LivePage() override;

    LiveSession *session() const { return m_session; }

    /// Adds this page's actions to the Stream menu of the main window.
    void populateMenu(QMenu *menu);

    /// The stream to show (from the chosen account, or the demo session). A page that is
    /// connected reconnects to the new endpoint. The password may be missing: Connect asks.
    void setStreamEndpoint(const StreamEndpoint &endpoint);
    StreamEndpoint streamEndpoint() const { return m_session->endpoint(); }

    FeedModel *feedModel() const { return m_session->model(); }
    FeedProxyModel *proxyModel() const { return m_proxy; }
    FeedView *feedView() const { return m_view; }
    MessageDetailView *detailView() const { return m_detail; }
    LiveCharts *charts() const { return m_charts; }
    ConnectionLog *connectionLog() const { return m_log; }
    ConnectionStatusBar *connectionStatusBar() const { return m_statusBar; }
    const LiveStatistics &statistics() const { return *m_session->statistics(); }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    /// The latest state reported by the stream client.
    FirehoseClient::State connectionState() const { return m_session->state(); }
    bool isRecording() const { return m_session->isRecording(); }
    QString recordingPath() const { return m_session->recordingPath(); }
    /// Messages that reached the page since it was created.
    quint64 messagesReceived() const;
    /// Where batches enter the page; push() is thread-safe, so a producer thread may feed it
    /// directly (the stream client does).
    FeedInbox *inbox() const { return m_session->inbox(); }

    QAction *connectAction() const { return m_connectAction; }
    /// The open "how far back" question of a team relay account's Connect, if any.
    RelayStartDialog *relayStartDialog() const;
    QAction *disconnectAction() const { return m_disconnectAction; }
    QAction *pauseAction() const { return m_pauseAction; }
    QAction *recordAction() const { return m_recordAction; }

public slots:
    /// Takes a batch as if it came from the stream client: statistics, recording and the feed.
    void ingest(const MessageBatch &batch);
    /// Connects; a team relay account first asks how far back to start (RelayStartDialog).
    void connectStream();
    void disconnectStream();
    void setPaused(bool paused);
    /// Starts or stops writing the stream to AppSettings::recordingFolder().
    void setRecording(bool recording);
    /// Sets the filter field (and applies it at once).
    void setFilterText(const QString &text);
    void clearFeed();

signals:
    /// A recording should be opened in the Files page.
    void openFileRequested(const QString &path);
    /// The user wants to add a stream account (the main window opens the Accounts dialog).
    void addAccountRequested();
    /// The user wants to try the demo (the main window starts it, as `hydrant --demo` does).
    void demoRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    /// A team relay account: asks how far back to start, then connects (Escape: nothing).
    void askWhereToStart();
    void startStream();
    void createActions();
    QWidget *createContent();
    void wireSession();
    void askForPassword(const QString &reason);
    void onStatus(const FirehoseClient::Status &status);
    void onEvent(const StreamEvent &event);
    void applyFilter();
    void updateCounts();
    void updateActions();
    void showSelected();
    void saveLayout();
    void restoreLayout();
    void setShortcutsActive(bool active);

    LiveSession *m_session = nullptr;
    bool m_ownsSession = false;

    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    FeedProxyModel *m_proxy = nullptr;
    FeedView *m_view = nullptr;
    MessageColumnSizer *m_columns = nullptr;
    MessageDetailView *m_detail = nullptr;
    LiveCharts *m_charts = nullptr;
    ConnectionLog *m_log = nullptr;
    ConnectionStatusBar *m_statusBar = nullptr;
    QTabWidget *m_bottomTabs = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_feedSplitter = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer *m_filterTimer = nullptr;
    QTimer *m_countTimer = nullptr;

    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_recordAction = nullptr;
    QAction *m_jumpAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_findAction = nullptr;
    bool m_askingForPassword = false;
    QPointer<RelayStartDialog> m_startDialog;
    QList<QPair<QAction *, QKeySequence>> m_shortcuts;
};
