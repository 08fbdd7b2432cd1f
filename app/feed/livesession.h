#pragma once

#include "feed/livestatistics.h"
#include "feed/recorder.h"
#include "message/message.h"
#include "net/firehoseclient.h"
#include "net/streamsource.h"
#include "net/resumestate.h"
#include "net/serviceendpoint.h"
#include "net/streamevent.h"
#include "net/streamstatistics.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

class ConnectRateLimiter;
class FeedInbox;
class FeedModel;
class QThread;
class QTimer;

/// One account's live stream, as the GUI and `hydrant-cli stream` both drive it: the stream
/// client (a FirehoseClient, or for a team relay account the StreamSource its registered
/// factory makes) on a thread of its own, the inbox that hands its batches to this object's thread, the
/// feed model, the live statistics, and the recorder on a thread of its own.
///
/// The client (and with it the duplicate filter) lives as long as the session, not the
/// connection: after a reconnect — automatic, or Disconnect then Connect — the provider's backfill
/// re-sends the last minutes, and none of it reaches the feed or the recording twice.
///
/// A stop loses nothing already received: disconnectStream() stops the client, which hands over
/// its last batch; the session then moves everything waiting into the model (and to
/// messagesArrived) and flushes the recording, before it returns.
///
/// The password may be missing (no secret store, nothing stored, or rejected by the server):
/// the session then asks for it with passwordNeeded() and connects once setPassword() gave one.
class LiveSession : public QObject
{
    Q_OBJECT

public:
    /// Where a resumable stream (Firestream, the StockTwits firehose) stands, for the status bar.
    struct ResumePosition
    {
        QString cursor;      ///< of the last item that reached the session; empty: none yet
        /// The connection continued after this item (empty: it started at the live position).
        QString resumedFrom;
        /// The service could not continue after this item: the items after it are missing.
        QString gapAfter;

        bool isEmpty() const { return cursor.isEmpty() && resumedFrom.isEmpty() && gapAfter.isEmpty(); }
        bool operator==(const ResumePosition &) const = default;
    };

    explicit LiveSession(int feedCapacity, QObject *parent = nullptr);
    ~LiveSession() override; ///< stops the stream and closes the recording behind it

    /// The stream to watch. A session that is connected reconnects to a different stream.
    void setEndpoint(const StreamEndpoint &endpoint);
    StreamEndpoint endpoint() const { return m_endpoint; }
    /// There is an account to connect to (its password may still be asked for).
    bool hasAccount() const;
    /// The account's password is not known: connecting asks for it.
    bool needsPassword() const { return m_endpoint.needsPassword(); }
    /// A team relay account: where the next connectStream() begins reading ("new", "all", "5m",
    /// an ISO 8601 time; see JetStreamReader::Start). Ignored by the HTTP streams.
    void setRelayStart(const QString &start) { m_endpoint.relayStart = start; }
    /// The password for the current account, from a prompt; connects if a connection waited for it.
    void setPassword(const QString &password);

    /// The user's preferences (feed size, stall timeout, longest line), read here so nothing
    /// below the session reads settings; taken at the next connectStream().
    void applySettings();
    /// Taken at the next connectStream().
    void setStallTimeout(std::chrono::milliseconds timeout);
    void setFeedCapacity(int messages);
    /// Taken at the next connectStream(): lines longer than this are dropped and counted
    /// (0, the default: LineFramer's default).
    void setMaxLineLength(qsizetype bytes);
    /// How many messages may wait for this thread before the oldest are dropped (default: the
    /// feed's capacity, since older ones would leave the ring at once).
    void setBacklogLimit(qsizetype messages);
    /// Stops delivering (and disconnects) after this many activities; 0 (default) means no limit.
    void setMessageLimit(qint64 activities);
    /// The account's connect budget (default: the one shared by every client of the account).
    void setConnectRateLimiter(std::shared_ptr<ConnectRateLimiter> limiter);
    /// The recording file's label; by default recordingLabel(endpoint()).
    void setRecordingLabel(const QString &label);
    /// Longest time recorded data stays in memory before it is written (default: the
    /// recorder's, one second). Taken by the next recording.
    void setRecordingFlushInterval(int milliseconds) { m_recordingFlushMs = milliseconds; }
    /// The next connection continues after this item (a resume cursor saved by an earlier run).
    void setResumeCursor(const QString &cursor) { m_resumeCursor = cursor; }
    /// Where this stream's recording stopped on disk, as a saved state: the cursor of its last
    /// complete block, when that block belongs to this stream; nothing otherwise (also when not
    /// recording). Blocks while the recorder's thread reads the end of the file: for the command
    /// line, which decides from it before it connects. connectStream() never waits for it.
    std::optional<ResumeState> recordedResumeState() const;

    FeedModel *model() const { return m_model; }
    FeedInbox *inbox() const { return m_inbox; }
    LiveStatistics *statistics() { return &m_statistics; }
    /// The latest state reported by the stream client.
    FirehoseClient::Status status() const { return m_status; }
    FirehoseClient::State state() const { return m_status.state; }
    /// The user wants the stream: connected, or reconnecting by itself.
    bool isActive() const;
    /// The client's counters now (asks its thread).
    StreamStatistics streamStatistics() const;
    /// Messages that reached the session since it was created.
    quint64 messagesReceived() const;
    /// The resume cursor of the stream and how its connection began (empty for a service
    /// without a cursor, such as Gnip).
    ResumePosition resumePosition() const { return m_position; }

    bool isRecording() const { return m_recorder != nullptr; }
    QString recordingPath() const { return m_recordingPath; }
    /// Messages on disk in the current (or last) recording, as of its last flush.
    quint64 messagesRecorded() const { return m_recorded; }
    QString recordingError() const { return m_recordingError; }

    /// The recording label for an endpoint, the same in the window and on the command line:
    /// Gnip's {STREAM_LABEL} from .../{STREAM_LABEL}.json; a StockTwits stream's path
    /// ("symbols_stream"); else the account's name.
    static QString recordingLabel(const StreamEndpoint &endpoint);

public slots:
    /// Connects (again); asks for the password first when it is not known. The first connection
    /// made while recording, with no cursor of the session's own yet (the first after a start),
    /// continues where the recording stopped when the service can still replay it: the
    /// recorder's thread reads that from the file, and the connection starts once it has
    /// answered, so this returns at once.
    void connectStream();
    /// Disconnects; returns once everything received is in the model and on disk.
    void disconnectStream();
    /// Starts writing the stream to \a folder, or (false) closes the recording. Returns false
    /// when a recording could not be started.
    bool setRecording(bool recording, const QString &folder = {});
    /// Takes a batch as if it came from the stream client: statistics, recording and the feed.
    void ingest(const MessageBatch &batch);
    void clearFeed();

signals:
    void statusChanged(const FirehoseClient::Status &status);
    void connectionEvent(const StreamEvent &event);
    void statisticsUpdated(const StreamStatistics &statistics);
    /// The resume cursor moved, a connection resumed from it, or the service could not.
    void resumePositionChanged(const LiveSession::ResumePosition &position);
    /// Messages that just entered the model, in arrival order (in this object's thread).
    void messagesArrived(const MessageBatch &batch);
    /// The message limit was reached; the session has disconnected.
    void limitReached();
    /// Connecting needs the account's password: none is known, or the server refused it.
    /// \a reason says which (empty when none was ever given).
    void passwordNeeded(const QString &reason);
    void recordingStarted(const QString &path);
    void recordingProgress(const QString &path, quint64 messagesWritten);
    /// The resume cursor of the last item the recording holds on disk.
    void recordingCursor(const QString &cursor);
    /// The recording stopped on an error (disk full, permissions): \a message is a sentence for
    /// the user, \a reason the system's own words. isRecording() is already false.
    void recordingFailed(const QString &message, const QString &reason);
    /// Something the user should know that did not stop the recording (a torn tail set aside).
    void recordingWarning(const QString &message);
    void recordingStopped(const QString &path, quint64 messagesWritten);

private:
    /// Makes the client for the endpoint's kind of stream (FirehoseClient, or the registered
    /// source of a team relay); false when this build cannot read that kind.
    bool ensureClient();
    void dropClient();
    void deliver(const MessageBatch &batch); ///< in the client's thread
    /// Drains at once, or when minimumDrainIntervalMs has passed since the last drain.
    void scheduleDrain();
    void drain(qsizetype maxMessages);
    void drainAll();
    /// Destroys \a spent (evicted from the model) in the client's thread, which allocated it.
    void releaseOnClientThread(MessageBatch spent);
    void onStatus(const FirehoseClient::Status &status);
    void stopClient();
    void setResumePosition(const ResumePosition &position);
    /// Starts the client (in its thread) with the endpoint, settings and resume cursor now set.
    void startClient();
    /// The connection \a request waited for where the recording stopped: resume from there (or
    /// say why not) and connect.
    void onRecordedPosition(quint64 request, const Recorder::RecordedPosition &recorded);
    std::optional<ResumeState> resumeStateOf(const Recorder::RecordedPosition &recorded) const;
    /// The recorder, or nullptr when not recording (it lives in m_recorderThread).
    Recorder *currentRecorder() const;

    StreamEndpoint m_endpoint;
    FirehoseClient::Status m_status;
    std::chrono::milliseconds m_stallTimeout{30'000};
    qsizetype m_maxLineLength = 0;
    std::shared_ptr<ConnectRateLimiter> m_limiter;
    LiveStatistics m_statistics;
    FeedModel *m_model = nullptr;
    FeedInbox *m_inbox = nullptr;
    QTimer *m_drainTimer = nullptr;
    QElapsedTimer m_sinceDrain;   ///< since the last turn that moved messages into the model
    qsizetype m_backlogLimit = 0; ///< 0: the feed's capacity
    bool m_wantConnected = false;
    /// Counts connectStream() and disconnectStream() calls: an answer from the recorder for an
    /// earlier one is not acted on.
    quint64 m_connectRequest = 0;
    bool m_connectWhenPasswordGiven = false;

    QThread *m_clientThread = nullptr;
    StreamSource *m_client = nullptr; ///< lives in m_clientThread
    bool m_clientIsRelay = false;     ///< m_client reads a team relay

    std::atomic<qint64> m_limit{0};
    qint64 m_delivered = 0; ///< activities, counted in the client's thread
    bool m_limitHit = false; ///< in the client's thread

    mutable QMutex m_recorderMutex; ///< guards m_recorder against deliver()
    QThread *m_recorderThread = nullptr;
    Recorder *m_recorder = nullptr; ///< lives in m_recorderThread
    QString m_recordingLabel;
    QString m_recordingPath;
    QString m_resumeCursor;
    ResumePosition m_position;
    QString m_recordingError;
    quint64 m_recorded = 0;
    int m_recordingFlushMs = 0; ///< 0: the recorder's default
};

Q_DECLARE_METATYPE(LiveSession::ResumePosition)
