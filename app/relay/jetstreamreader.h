#pragma once

#include "net/duplicatefilter.h"
#include "net/relaysettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>
#include <vector>

class NatsConnection;
typedef struct __natsSubscription natsSubscription;
typedef struct __jsCtx jsCtx;
typedef struct __natsMsg natsMsg;

/// Reads a relay's JetStream stream in order, from a chosen start: what arrives from now on,
/// everything kept, or everything since a time.
///
/// Nothing is delivered twice and nothing is skipped. The reader keeps its own consumer (an
/// ephemeral push consumer, one replica, no acknowledgements) and the stream sequence of the last
/// message it delivered; whenever that consumer is shown to be lost it makes a new one that starts
/// right after that sequence, and drops anything at or before it. A consumer is lost when its
/// heartbeats stop (its node died), when the server's count of what it delivered disagrees with
/// what arrived (messages lost while the connection moved), when a message arrives out of its
/// delivery order, or when the stream holds messages the consumer has not delivered for longer than
/// a consumer ever takes (a consumer the server no longer serves). A consumer that passes over
/// stored messages (its stream sequence jumps, as one made on a replica still catching up can)
/// is not trusted either: the messages between are asked of the stream's leader and delivered in
/// their place, and only what the stream no longer holds is left out. Moving to another server
/// alone is not a loss: a consumer on a node that is still up goes on delivering. A message the
/// stream holds twice (same Nats-Msg-Id, among the last DuplicateFilter::defaultCapacity) is
/// delivered once.
///
/// Every request waits at most requestWait, so a call never blocks for long; a new consumer that
/// cannot be made yet (a cluster electing a new leader, a request placed on the node that died)
/// is tried again on the next calls, a little later each time, keeping the old one meanwhile.
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

    /// The longest a request to the servers (a new consumer, the stream's state) is waited for.
    static constexpr std::chrono::milliseconds requestWait{2000};
    /// How often the servers send a consumer's heartbeat; two missed ones mean it is lost.
    static constexpr std::chrono::milliseconds heartbeat{1000};
    /// After this long without a message the stream's state is asked: a consumer that has still
    /// not delivered what the stream held at the previous look is taken for lost.
    static constexpr std::chrono::milliseconds quietCheck{3000};

    JetStreamReader(NatsConnection &connection, const RelaySettings &settings);
    ~JetStreamReader();
    JetStreamReader(const JetStreamReader &) = delete;
    JetStreamReader &operator=(const JetStreamReader &) = delete;

    /// Looks the stream up and subscribes from \a start; false with a sentence in \a error when
    /// there is no such stream or no server answers. A consumer the cluster cannot make yet
    /// (it is electing a leader) is not an error: it is tried again by next().
    bool start(const Start &start, QString *error);
    /// Appends up to \a maxItems messages to \a items (and the messages a consumer passed over,
    /// taken in their place), waiting at most \a wait for the first (longer only while requests
    /// to the servers are under way, each at most requestWait).
    /// Connection trouble is handled inside (a new consumer as needed); this only reports what
    /// the caller can do nothing about, with false and a sentence in \a error.
    bool next(std::vector<Item> &items, size_t maxItems, std::chrono::milliseconds wait,
              QString *error);

    quint64 lastSequence() const { return m_lastSequence; }
    /// How many stored messages are still to come after the last one delivered: from the last
    /// message (how many the stream held after it when it was sent) or, while nothing arrives,
    /// from the stream's own count (0 before either is known).
    quint64 pending() const { return m_pending; }
    /// Messages the server sent again after a new subscription and that were dropped here.
    qint64 repeatsDropped() const { return m_repeatsDropped; }
    /// Messages the stream holds twice (same Nats-Msg-Id) whose second copy was dropped here.
    qint64 duplicatesDropped() const { return m_duplicatesDropped; }
    /// Stored messages a consumer passed over that were asked of the stream's leader instead.
    qint64 passedOverTaken() const { return m_passedOverTaken; }
    /// New consumers made because the previous one was lost.
    int resubscriptions() const { return m_resubscriptions; }
    /// True while the consumer is known to be lost and a new one is not made yet.
    bool isResubscribing() const { return m_needsSubscription; }
    /// Why the last consumer was taken for lost, in words (empty before any).
    QString lastLossReason() const { return m_lossReason; }
    /// The sequence the newest consumer continues after (0: from the start).
    quint64 resumedAfter() const { return m_resumedAfter; }
    /// One sentence for a log, after a new consumer was made: why the last one was lost and
    /// where reading continues.
    QString resubscriptionReport() const;

private:
    using Clock = std::chrono::steady_clock;

    /// Makes a consumer from where reading stands; the old one is dropped only once the new one
    /// exists. False with the servers' reason in \a error.
    bool subscribe(QString *error);
    /// Lets \a subscription go, without asking the servers to delete its consumer where it can
    /// (an ephemeral consumer without interest goes by itself, and a delete sent to a node that
    /// died only waits for its deadline); the object itself is freed a little later.
    void dropSubscription(natsSubscription *&subscription);
    /// Frees the subscriptions let go at least retiredFor ago (\a all: every one).
    void freeRetired(bool all);
    /// The consumer is lost: a new one is to be made, at once.
    void lose(const QString &reason);
    /// Asks the stream's state after a quiet spell; loses the consumer when it keeps back what
    /// the stream held at the previous look.
    void checkQuiet();
    /// The sequence reading stands after: the last delivered, or the one before the start.
    quint64 position() const;
    /// False while the server alone knows where reading began (a start time it looked up).
    bool positionKnown() const;
    /// Delivers \a message (stream sequence \a sequence, stored at \a storedAtNs) unless the
    /// stream held it before; reading then stands after it.
    void deliver(natsMsg *message, quint64 sequence, int64_t storedAtNs, std::vector<Item> &items);
    /// Delivers what the stream holds on this reader's subject after position() and before
    /// \a sequence, asked of the stream's leader one by one; false when the servers could not
    /// be asked (what was taken stays delivered).
    bool takePassedOver(quint64 sequence, std::vector<Item> &items);
    /// The first sequence in [\a first, \a last] stored at or after \a since (\a last + 1 when
    /// none is); 0 when the servers could not be asked.
    quint64 firstSequenceSince(const QDateTime &since, quint64 first, quint64 last);

    NatsConnection &m_connection;
    RelaySettings m_settings;
    QByteArray m_subject;
    QByteArray m_stream;
    jsCtx *m_jetStream = nullptr; ///< this reader's context: requests wait at most requestWait
    Start m_start;
    quint64 m_firstSequence = 0; ///< for Kind::New: the first sequence after the stream's end
    quint64 m_sinceSequence = 0; ///< for Kind::Since: the first stored at or after the time
                                 ///< (0: unknown, the server looks it up)
    natsSubscription *m_subscription = nullptr;
    qint64 m_subscriptionDelivered = 0; ///< messages the current subscription handed over
    /// Subscriptions taken off the connection, to be freed once no message can be on its way.
    struct Retired
    {
        natsSubscription *subscription;
        Clock::time_point since;
    };
    static constexpr std::chrono::milliseconds retiredFor{1000};
    std::vector<Retired> m_retired;
    quint64 m_consumerSequence = 0; ///< delivery sequence of the last message of this consumer
    quint64 m_lastSequence = 0;
    quint64 m_pending = 0;
    qint64 m_repeatsDropped = 0;
    DuplicateFilter m_duplicates; ///< the ids of the last messages delivered
    qint64 m_duplicatesDropped = 0;
    qint64 m_passedOverTaken = 0;
    /// The stream takes this reader's subject alone, so its sequence has no gaps of other
    /// subjects' messages: a jump is messages removed or passed over.
    bool m_streamHoldsOnlyTheSubject = false;
    int m_resubscriptions = 0;
    quint64 m_resumedAfter = 0;

    bool m_started = false; ///< a first consumer was made
    bool m_needsSubscription = false;
    int m_failedAttempts = 0;
    bool m_refusalPassing = false;    ///< the last refusal is one a re-forming cluster gives
    Clock::time_point m_firstRefusal; ///< when lasting refusals began (empty: none)
    Clock::time_point m_nextAttempt;
    Clock::time_point m_lastProgress; ///< the last message, or the last look at the stream
    quint64 m_awaitedSequence = 0;    ///< the stream's last sequence at the previous look
    QString m_lossReason;
};
