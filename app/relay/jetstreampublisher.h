#pragma once

#include "message/message.h"
#include "net/relaysettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

class NatsConnection;
typedef struct __jsCtx jsCtx;
typedef struct __natsMsg natsMsg;
typedef struct jsPubAck jsPubAck;
typedef struct jsPubAckErr jsPubAckErr;

/// What a JetStream stream holds and how it is kept, as its servers report it.
struct RelayStreamInfo
{
    quint64 messages = 0;
    quint64 firstSequence = 0;
    quint64 lastSequence = 0;
    int replicas = 1;
    std::chrono::seconds maxAge{0};
    std::chrono::seconds duplicateWindow{0};
    QStringList subjects; ///< the subjects it takes
    QString leader;       ///< the server that orders the stream's writes (a cluster only)
    bool created = false; ///< ensureStream() created it just now
};

/// Publishes a relay's activities to its JetStream stream, each exactly once, in order.
///
/// Every message carries its activity id as `Nats-Msg-Id`, so the stream itself drops a second
/// copy within its duplicate window: a relay restarted mid-burst, a provider's backfill after a
/// reconnect, or a publish retried after a lost acknowledgement never stores a message twice.
/// A batch is sent without waiting for each acknowledgement, then waited for as a whole; what
/// was not acknowledged is sent again, one at a time, until it is or the deadline passes.
///
/// The batch goes out on a second connection of its own that never reconnects (to the server
/// the relay's connection uses when it can). A reconnecting client keeps what is sent while
/// it reconnects and gives it to the next server first, ahead of what died with the old one:
/// sent again afterwards, those would be stored after later messages. A connection that closes
/// instead loses them all, and all are sent again in order.
class JetStreamPublisher
{
public:
    /// What became of one batch.
    struct Outcome
    {
        qint64 stored = 0;     ///< new in the stream
        qint64 duplicates = 0; ///< the stream already held them (same id within the window)
        qint64 tooLarge = 0;   ///< larger than the servers accept: not relayed, counted
        qint64 retried = 0;    ///< sent again after no or a failed acknowledgement
        QString error;         ///< non-empty: the batch could not be stored before the deadline
    };

    /// The last message stored, as a restarted relay finds it.
    struct StoredPosition
    {
        quint64 sequence = 0;
        QString id;
        QString cursor;       ///< the upstream resume cursor it carried (may be empty)
        QByteArray upstream;  ///< which upstream stream it came from
        QDateTime storedAt;   ///< UTC
    };

    JetStreamPublisher(NatsConnection &connection, const RelaySettings &settings);
    ~JetStreamPublisher();
    JetStreamPublisher(const JetStreamPublisher &) = delete;
    JetStreamPublisher &operator=(const JetStreamPublisher &) = delete;

    /// Creates the stream when it does not exist (file storage, the settings' maximum age and
    /// duplicate window, one replica per known server up to three); checks an existing one takes
    /// the messages' subject. False with a sentence in \a error otherwise.
    bool ensureStream(RelayStreamInfo *info, QString *error);
    /// The last message on the messages' subject; nothing (and \a error empty) when there is none.
    std::optional<StoredPosition> lastStored(QString *error);

    /// Publishes the activities of \a batch (system messages and malformed lines are not
    /// relayed) tagged with \a upstreamKey; blocks until each is acknowledged or \a deadline.
    Outcome publish(const MessageBatch &batch, const QByteArray &upstreamKey,
                    std::chrono::milliseconds deadline);

    /// The id a message is stored under: its activity id, or a digest of its bytes when it has
    /// none (or one a header cannot carry), so a re-sent copy is still recognised.
    static QByteArray messageId(const Message &message);

    /// The state of \a stream (for readers and tests as well); false with \a error when unknown.
    static bool streamInfo(jsCtx *jetStream, const QString &stream, RelayStreamInfo *info,
                           QString *error);

private:
    natsMsg *makeMessage(const Message &message, const QByteArray &upstreamKey) const;
    static void onAck(jsCtx *, natsMsg *msg, jsPubAck *ack, jsPubAckErr *error, void *closure);
    /// The batch connection's JetStream context, connected now or just before; null when it
    /// cannot be (the batch then goes the slow way).
    jsCtx *batchJetStream();
    /// Closes the batch connection, taking back what is still in flight on it.
    void closeBatchConnection();

    NatsConnection &m_connection;
    RelaySettings m_settings;
    QByteArray m_subject;
    std::unique_ptr<NatsConnection> m_batchConnection; ///< never reconnects
    jsCtx *m_batchJetStream = nullptr; ///< on it, with this publisher's acknowledgement handler
    QDeadlineTimer m_batchConnectionRetry; ///< after a failed connection, when to try again
    static constexpr std::chrono::milliseconds batchConnectionRetryWait{5000};

    QMutex m_ackMutex; ///< guards what the acknowledgement handler (a client thread) writes
    /// Messages sent and not yet acknowledged, to their index in the batch (identity only: the
    /// client owns them meanwhile).
    std::unordered_map<natsMsg *, size_t> m_inFlight;
    std::vector<char> m_acked; ///< per index: 0 waiting, 1 stored, 2 duplicate, 3 failed
    QString m_lastAckError;
};
