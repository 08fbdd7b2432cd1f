#pragma once

#include "message/message.h"
#include "net/serviceendpoint.h"
#include "net/streamevent.h"
#include "net/streamstatistics.h"

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

class ConnectRateLimiter;

/// What a LiveSession drives on its client thread: something that delivers one account's
/// messages in batches and says how its connection stands. FirehoseClient is the one for the
/// HTTP streams; other kinds of stream (a team relay's NATS JetStream stream) are built by a
/// factory registered by whoever links them in, so the core depends on none of them.
///
/// It may live in a worker thread (move it there before start()); then its signals reach the
/// GUI thread queued.
class StreamSource : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Disconnected,       ///< not started, or stopped
        Connecting,         ///< request sent, waiting for the answer
        Connected,          ///< HTTP 200, data flowing
        Stalled,            ///< no byte within the stall timeout; about to reconnect
        WaitingToReconnect, ///< a retry is scheduled (see Status)
        RateLimited,        ///< 420/429 from the server; a retry is scheduled (see Status)
        AuthFailed,         ///< 401 (or NATS refused them): stopped until new credentials are given
        Failed,             ///< stopped for a reason retrying cannot fix (406, TLS, bad URL)
    };
    Q_ENUM(State)

    /// The state with what the user needs to read from it.
    struct Status
    {
        State state = State::Disconnected;
        QString reason;          ///< a sentence; includes the server's own text when it sent one
        int attempt = 0;         ///< failures of the current kind in a row
        int httpStatus = 0;      ///< of the last answer; 0 when none
        QString serverMessage;   ///< the server's error text, as sent
        QDateTime nextAttemptAt; ///< UTC, while waiting to reconnect
        std::chrono::milliseconds nextAttemptIn{-1}; ///< at the moment the state was set
        QString cursor; ///< where the next connection resumes (empty: the live position)
        /// The item this connection asked the service to continue after (empty: it started at
        /// the live position, or the service could not continue from there).
        QString resumedFrom;
    };

    using QObject::QObject;
    ~StreamSource() override;

    virtual void setEndpoint(const StreamEndpoint &endpoint) = 0;
    /// No byte for this long means a stall (sources that detect stalls themselves ignore it).
    virtual void setStallTimeout(std::chrono::milliseconds) {}
    /// Longest line accepted (0: the default).
    virtual void setMaxLineLength(qsizetype) {}
    /// The account's connect budget.
    virtual void setConnectRateLimiter(std::shared_ptr<ConnectRateLimiter>) {}
    /// Where the stream resumes (ignored by sources without a cursor).
    virtual void setResumeCursor(const QString &) {}

    virtual Status status() const = 0;
    virtual StreamStatistics statistics() const = 0;

    /// Builds a source for the streams of one kind; registered once, before any session
    /// connects (the desktop application registers the team relay's when built with NATS).
    using Factory = std::function<StreamSource *()>;
    static void registerFactory(StreamServiceKind kind, Factory factory);
    /// A new source for \a kind from its registered factory; nullptr when none is registered.
    static StreamSource *create(StreamServiceKind kind);

public slots:
    /// Connects (again).
    virtual void start() = 0;
    /// Disconnects; hands over the last batch first.
    virtual void stop() = 0;

signals:
    void stateChanged(StreamSource::State state, const QString &reason);
    /// A batch of messages in arrival order (activities and malformed lines; never system
    /// messages or duplicates).
    void messagesReceived(const MessageBatch &batch);
    void connectionEvent(const StreamEvent &event);
    /// About once a second while started.
    void statisticsUpdated(const StreamStatistics &statistics);
    /// The service could not continue after \a cursor (too old or unknown to it): the items
    /// between that one and the first one delivered now are missing.
    void resumeGap(const QString &cursor, const QString &reason);
};
