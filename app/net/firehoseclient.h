#pragma once

#include "message/message.h"
#include "message/messagenormalizer.h"
#include "net/duplicatefilter.h"
#include "net/gzipstreamdecoder.h"
#include "net/lineframer.h"
#include "net/ratemeter.h"
#include "net/reconnectbackoff.h"
#include "net/resumerule.h"
#include "net/serviceendpoint.h"
#include "net/sseparser.h"
#include "net/streamevent.h"
#include "net/streamstatistics.h"
#include "net/streamsource.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>
#include <memory>

class Clock;
class ClockTimer;
class ConnectRateLimiter;
class HttpStreamConnection;
class QTimer;

/// The realtime stream client (DESIGN §1.1, §1.2): one persistent HTTP GET with Basic
/// authentication and gzip (HttpStreamConnection: one connection per attempt, never a hidden
/// repeat), decompressed and framed here — "\r\n" lines (Gnip, the older StockTwits firehose)
/// or Server-Sent Events (StockTwits Firestream), as the endpoint's service says — normalised
/// into Messages, duplicates dropped, delivered in batches. Each item's resume cursor (its
/// ResumeRule) is kept, and every reconnect asks the service to continue after the last one. It reconnects by ReconnectBackoff, never faster than the
/// account's ConnectRateLimiter allows, detects stalls, and stops for good on 401 and 406.
/// It has no widgets and may live in a worker thread (move it there before start()); then
/// messagesReceived, stateChanged and the other signals reach the GUI thread queued.
class FirehoseClient : public StreamSource
{
    Q_OBJECT

public:
    explicit FirehoseClient(QObject *parent = nullptr);
    /// \a clock drives backoff and stall timers (nullptr: the real clock). Not owned.
    explicit FirehoseClient(Clock *clock, QObject *parent = nullptr);
    ~FirehoseClient() override;

    void setEndpoint(const StreamEndpoint &endpoint) override;
    StreamEndpoint endpoint() const { return m_endpoint; }

    /// No byte (data or heartbeat) for this long means a stall (default 30 s).
    void setStallTimeout(std::chrono::milliseconds timeout) override;
    std::chrono::milliseconds stallTimeout() const { return m_stallTimeout; }
    /// Messages are delivered at least this often while they arrive (default 50 ms)…
    void setBatchInterval(std::chrono::milliseconds interval);
    /// …or as soon as this many are waiting (default defaultMaxBatchSize).
    void setMaxBatchSize(int messages);
    static constexpr int defaultMaxBatchSize = 2000;
    /// How many recent ids the duplicate filter remembers.
    void setDuplicateWindow(int ids);
    void setReconnectPolicy(const ReconnectPolicy &policy);
    /// A connection open this long resets the backoff counters (default 60 s).
    void setHealthyAfter(std::chrono::milliseconds span);
    /// Jitter source returning [0, 1) (tests pass a constant).
    void setRandomSource(std::function<double()> random);
    /// The account's connect budget; by default the one shared by every client of the account.
    void setConnectRateLimiter(std::shared_ptr<ConnectRateLimiter> limiter) override;
    /// Longest line (or server-sent event) accepted; longer ones are dropped and counted
    /// (StreamStatistics::oversizedLines, and a connection event for the first). Without a
    /// call, LineFramer::defaultMaxLineLength (the session passes the user's setting).
    void setMaxLineLength(qsizetype bytes) override;
    /// Where the stream resumes: the cursor of the last item already kept (a restart within the
    /// service's replay window loses nothing). Ignored by services without a cursor.
    void setResumeCursor(const QString &cursor) override;
    /// The cursor of the last item delivered (or the one set), empty when none.
    QString resumeCursor() const { return m_cursor; }
    ResumeRule resumeRule() const { return m_resume; }

    State state() const { return m_status.state; }
    Status status() const override { return m_status; }
    StreamStatistics statistics() const override;
    static QString stateName(State state);

public slots:
    /// Connects (again). Counters start afresh; the duplicate window lasts as long as the client
    /// (or until the endpoint's URL changes), so a backfill after a stop and start repeats
    /// nothing already delivered.
    void start() override;
    /// Disconnects and cancels any scheduled retry; a partial line is discarded.
    void stop() override;

private:
    void attemptConnection();
    void sendRequest();
    void onResponseStarted();
    void onBodyReceived(const QByteArray &wire);
    void onConnectionFinished();
    void onStallTimeout();
    void onTick();
    void processBytes(const QByteArray &wire);
    void processItem(QByteArrayView data, QByteArrayView eventId);
    /// Forgets the unfinished line or event of a connection that ended; returns its size.
    qsizetype discardPartialItem();
    bool usesEvents() const { return m_endpoint.service == StreamServiceKind::Firestream; }
    void flushBatch();
    void dropConnection();
    void endEstablished(const QString &reason);
    /// \a reason is a sentence; \a server what the server said (its answer's body), if anything.
    void scheduleRetry(ReconnectPolicy::Failure failure, const QString &reason,
                       const QString &server = {});
    void fail(State state, const QString &reason, const QString &server = {});
    void setState(State state, const QString &reason);
    void logEvent(StreamEvent::Kind kind, const QString &text);
    QString serverText() const;

    Clock *m_clock;
    QPointer<HttpStreamConnection> m_connection;
    ClockTimer *m_retryTimer = nullptr;
    ClockTimer *m_stallTimer = nullptr;
    QTimer *m_tickTimer = nullptr;

    StreamEndpoint m_endpoint;
    std::chrono::milliseconds m_stallTimeout{30'000};
    std::chrono::milliseconds m_batchInterval{50};
    int m_maxBatchSize = defaultMaxBatchSize;
    std::shared_ptr<ConnectRateLimiter> m_limiter;
    bool m_limiterGiven = false;

    GzipStreamDecoder m_decoder;
    LineFramer m_framer;
    SseParser m_events;
    ResumeRule m_resume;
    QString m_cursor;
    QString m_requestedCursor; ///< the cursor the current connection was asked to resume from
    qsizetype m_maxLineLength = 0; ///< set by setMaxLineLength(); 0: the framer's default
    bool m_oversizeReported = false;
    MessageNormalizer m_normalizer;
    DuplicateFilter m_duplicates;
    ReconnectBackoff m_backoff;

    Status m_status;
    StreamStatistics m_stats;
    MessageBatch m_pending;
    QByteArray m_inflated;
    QByteArray m_joined; ///< an event whose data came over several lines, as one line
    QByteArray m_errorBody;
    bool m_running = false;
    bool m_established = false;
    int m_requestsSent = 0;
    quint64 m_connectionSerial = 0; ///< changes whenever a connection is dropped
    quint64 m_attemptTicket = 0;    ///< the scheduled attempt that may still run
    std::chrono::milliseconds m_lastByteAt{-1};
    std::chrono::milliseconds m_lastFlushAt{0};
    RateMeter m_messageRate; ///< of m_stats.messages
};
