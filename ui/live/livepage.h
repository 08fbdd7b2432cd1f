#pragma once

#include "feed/livestatistics.h"
#include "net/firehoseclient.h"
#include "net/serviceendpoint.h"

#include <QWidget>

class ConnectionLog;
class ConnectionStatusBar;
class EmptyState;
class FeedInbox;
class FeedModel;
class FeedProxyModel;
class FeedView;
class LiveCharts;
class MessageDetailView;
class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QThread;
class QTimer;
class Recorder;

/// The Live page: the realtime stream as a feed with filters, detail, charts and recording.
/// The stream client and the recorder run on worker threads; this page receives batches of
/// messages (about every 50 ms) and feeds the model, the statistics and the recorder with them.
class LivePage : public QWidget
{
    Q_OBJECT

public:
    explicit LivePage(QWidget *parent = nullptr);
    ~LivePage() override;

    /// Adds this page's actions to the Stream menu of the main window.
    void populateMenu(QMenu *menu);

    /// The stream to show (from the chosen account, or the demo session). A page that is
    /// connected reconnects to the new endpoint.
    void setStreamEndpoint(const StreamEndpoint &endpoint);
    StreamEndpoint streamEndpoint() const { return m_endpoint; }

    FeedModel *feedModel() const { return m_feed; }
    FeedProxyModel *proxyModel() const { return m_proxy; }
    FeedView *feedView() const { return m_view; }
    MessageDetailView *detailView() const { return m_detail; }
    LiveCharts *charts() const { return m_charts; }
    ConnectionLog *connectionLog() const { return m_log; }
    ConnectionStatusBar *connectionStatusBar() const { return m_statusBar; }
    const LiveStatistics &statistics() const { return m_statistics; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    /// The latest state reported by the stream client.
    FirehoseClient::State connectionState() const { return m_status.state; }
    bool isRecording() const { return m_recorder != nullptr; }
    QString recordingPath() const { return m_recordingPath; }
    /// Messages that reached the page since it was created.
    quint64 messagesReceived() const;
    /// Where batches enter the page; push() is thread-safe, so a producer thread may feed it
    /// directly (the stream client does).
    FeedInbox *inbox() const { return m_inbox; }

    QAction *connectAction() const { return m_connectAction; }
    QAction *disconnectAction() const { return m_disconnectAction; }
    QAction *pauseAction() const { return m_pauseAction; }
    QAction *recordAction() const { return m_recordAction; }

    /// The recording label for an endpoint: {STREAM_LABEL} from .../{STREAM_LABEL}.json.
    static QString recordingLabel(const StreamEndpoint &endpoint);

public slots:
    /// Takes a batch as if it came from the stream client: statistics, recording and the feed.
    void ingest(const MessageBatch &batch);
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

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createActions();
    QWidget *createContent();
    void ensureClient();
    void drainPending();
    void onStatus(const FirehoseClient::Status &status);
    void onEvent(const StreamEvent &event);
    void applyFilter();
    void updateCounts();
    void updateActions();
    void showSelected();
    void saveLayout();
    void restoreLayout();
    void setShortcutsActive(bool active);

    StreamEndpoint m_endpoint;
    FirehoseClient::Status m_status;
    LiveStatistics m_statistics;
    /// Batches received but not yet in the model: they enter it in event-loop turns of their
    /// own, so painting and input run between them even when the stream bursts.
    FeedInbox *m_inbox = nullptr;
    QTimer *m_drainTimer = nullptr;
    QMetaObject::Connection m_recordConnection;

    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    FeedModel *m_feed = nullptr;
    FeedProxyModel *m_proxy = nullptr;
    FeedView *m_view = nullptr;
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

    QThread *m_clientThread = nullptr;
    FirehoseClient *m_client = nullptr; ///< lives in m_clientThread
    QThread *m_recorderThread = nullptr;
    Recorder *m_recorder = nullptr; ///< lives in m_recorderThread
    QString m_recordingPath;
    bool m_wantConnected = false;
    QList<QPair<QAction *, QKeySequence>> m_shortcuts;
};
