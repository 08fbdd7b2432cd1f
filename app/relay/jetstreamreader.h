#pragma once

#include "net/relaysettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>
#include <vector>

class NatsConnection;
typedef struct __natsSubscription natsSubscription;

/// Reads a relay's JetStream stream in order with an ordered consumer, from a chosen start: what
/// arrives from now on, everything kept, or everything since a time.
///
/// Nothing is delivered twice and nothing is skipped: the reader remembers the stream sequence of
/// the last message it delivered, drops anything at or before it, and after the connection moves
/// to another server (or the consumer is lost with the node that held it) subscribes again from
/// the next sequence.
class JetStreamReader
{
public:
    /// Where reading begins.
    struct Start
    {
        enum class Kind { New, All, Since };
        Kind kind = Kind::New;
        QDateTime since; ///< for Since (UTC)

        /// "new" (or "live"), "all", a span back from \a now ("90s", "30m", "1h", "2d") or an
        /// ISO 8601 time; nothing, with a sentence in \a error, otherwise.
        static std::optional<Start> parse(const QString &text, const QDateTime &now,
                                          QString *error);
    };

    /// One stored message as a reader gets it.
    struct Item
    {
        quint64 sequence = 0; ///< its place in the stream
        QByteArray data;      ///< the activity's JSON line, as the provider sent it
        QDateTime storedAt;   ///< when the relay stored it (UTC)
        QByteArray id;        ///< its Nats-Msg-Id
    };

    JetStreamReader(NatsConnection &connection, const RelaySettings &settings);
    ~JetStreamReader();
    JetStreamReader(const JetStreamReader &) = delete;
    JetStreamReader &operator=(const JetStreamReader &) = delete;

    /// Subscribes from \a start; false with a sentence in \a error (no such stream, no server).
    bool start(const Start &start, QString *error);
    /// Appends up to \a maxItems messages to \a items, waiting at most \a wait for the first.
    /// Connection trouble is handled inside (subscribing again as needed); this only reports
    /// what the caller can do nothing about, with false and a sentence in \a error.
    bool next(std::vector<Item> &items, size_t maxItems, std::chrono::milliseconds wait,
              QString *error);

    quint64 lastSequence() const { return m_lastSequence; }
    /// How many messages the stream held after the last one delivered, when it was sent: how
    /// far behind the reader is (0 before the first).
    quint64 pending() const { return m_pending; }
    /// Messages the server sent again after a new subscription and that were dropped here.
    qint64 repeatsDropped() const { return m_repeatsDropped; }
    /// Subscriptions made again after the connection moved or the consumer was lost.
    int resubscriptions() const { return m_resubscriptions; }

private:
    bool subscribe(QString *error);
    void unsubscribe();
    /// The first sequence in [\a first, \a last] stored at or after \a since (\a last + 1 when
    /// none is); 0 when the servers could not be asked.
    quint64 firstSequenceSince(const QDateTime &since, quint64 first, quint64 last);

    NatsConnection &m_connection;
    RelaySettings m_settings;
    QByteArray m_subject;
    QByteArray m_stream;
    Start m_start;
    quint64 m_firstSequence = 0; ///< for Kind::New: the first sequence after the stream's end
    quint64 m_sinceSequence = 0; ///< for Kind::Since: the first stored at or after the time
                                 ///< (0: unknown, the server looks it up)
    natsSubscription *m_subscription = nullptr;
    quint64 m_lastSequence = 0;
    quint64 m_pending = 0;
    qint64 m_repeatsDropped = 0;
    int m_resubscriptions = 0;
    int m_seenReconnects = 0;
    bool m_needsSubscription = false;
    QDateTime m_lastAttempt;
};
