#include "jetstreamreader.h"

#include "jetstreampublisher.h"
#include "natsconnection.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include "message/messagetimeparser.h"

#include <nats/nats.h>

#include <algorithm>
#include <thread>

namespace {

constexpr int64_t nanosecondsPerMillisecond = 1'000'000;

/// How long after a failed attempt a new consumer is asked for again: quickly at first (a cluster
/// electing a leader answers within seconds), then once a second.
std::chrono::milliseconds retryPause(int failedAttempts)
{
    return std::chrono::milliseconds(std::min(1000, 250 << std::min(failedAttempts - 1, 2)));
}

/// A refusal that a cluster re-forming after losing a node gives for a while (no leader yet, a
/// consumer placed on the node that is gone, no answer in time); anything else the servers say
/// will not change by asking again.
bool isPassing(natsStatus status, jsErrCode code)
{
    if (code == 0)
        return status != NATS_NOT_PERMITTED && status != NATS_INVALID_ARG;
    switch (int(code)) {
    case JSClusterNoPeersErr:
    case JSClusterNotAssignedErr:
    case JSClusterNotAvailErr:
    case JSClusterNotLeaderErr:
    case JSInsufficientResourcesErr:
    case JSStreamOfflineErr:
    case JSConsumerOfflineErr:
        return true;
    default:
        return false;
    }
}

/// How long a refusal that is not passing may last before reading ends with it: a cluster that
/// has settled keeps saying it (the stream was deleted, the user may not read it).
constexpr std::chrono::seconds lastingRefusal{10};

} // namespace

std::optional<JetStreamReader::Start> JetStreamReader::Start::parse(const QString &text,
                                                                    const QDateTime &now,
                                                                    QString *error)
{
    Start start;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String("new") || trimmed == QLatin1String("live"))
        return start;
    if (trimmed == QLatin1String("all")) {
        start.kind = Kind::All;
        return start;
    }
    if (const auto span = RelaySettings::parseSpan(trimmed)) {
        start.kind = Kind::Since;
        start.since = now.toUTC().addSecs(-span->count());
        return start;
    }
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (time.isValid()) {
        if (time.timeSpec() == Qt::LocalTime && !trimmed.contains(QLatin1Char('Z')) &&
            !trimmed.contains(QLatin1Char('+')))
            time.setTimeZone(QTimeZone::utc()); // times without a zone are UTC, as everywhere
        start.kind = Kind::Since;
        start.since = time.toUTC();
        return start;
    }
    *error = QCoreApplication::translate(
                 "JetStreamReader",
                 "'%1' is not a start: give new, all, a span such as 30m, 1h or 2d, or a time "
                 "such as 2024-03-11T09:00Z.")
                 .arg(text);
    return std::nullopt;
}

JetStreamReader::JetStreamReader(NatsConnection &connection, const RelaySettings &settings)
    : m_connection(connection)
    , m_settings(settings)
    , m_subject(settings.messagesSubject().toUtf8())
    , m_stream(settings.stream.toUtf8())
{
    jsOptions options;
    jsOptions_Init(&options);
    options.Wait = requestWait.count();
    if (connection.connection())
        natsConnection_JetStream(&m_jetStream, connection.connection(), &options);
}

JetStreamReader::~JetStreamReader()
{
    if (m_subscription) {
        // Its consumer is deleted (a request: by its answer, no message is on its way any more).
        m_connection.forget(m_subscription);
        natsSubscription_Unsubscribe(m_subscription);
        natsSubscription_Destroy(m_subscription);
        m_subscription = nullptr;
    }
    freeRetired(true);
    if (m_jetStream)
        jsCtx_Destroy(m_jetStream);
}

bool JetStreamReader::start(const Start &start, QString *error)
{
    m_start = start;
    RelayStreamInfo info;
    if (!JetStreamPublisher::streamInfo(m_jetStream, m_settings.stream, &info, error))
        return false;
    // "From now on" is pinned to a sequence, so a subscription made again later starts there too.
    m_firstSequence = info.lastSequence + 1;
    m_streamHoldsOnlyTheSubject = info.subjects == QStringList{QString::fromUtf8(m_subject)};
    m_sinceSequence = 0;
    if (start.kind == Start::Kind::Since)
        m_sinceSequence = firstSequenceSince(start.since, info.firstSequence, info.lastSequence);
    m_lastProgress = Clock::now();
    m_firstRefusal = {};
    if (subscribe(error))
        return true;
    if (!m_refusalPassing)
        return false;
    // The stream is there, its cluster is electing a leader or placing consumers: next() asks
    // again.
    error->clear();
    return true;
}

quint64 JetStreamReader::firstSequenceSince(const QDateTime &since, quint64 first, quint64 last)
{
    // The servers' own lookup of a start time (DeliverByStartTime) is not to be trusted: a
    // nats-server 2.9 answered a time between two stored messages with the end of the stream,
    // so "the last hour" showed nothing of it. The stored messages are in time order; a binary
    // search over their stored times finds the first one at or after the time.
    const int64_t target = since.toMSecsSinceEpoch() * nanosecondsPerMillisecond;
    quint64 low = qMax<quint64>(first, 1), high = last + 1;
    while (low < high) {
        const quint64 middle = low + (high - low) / 2;
        natsMsg *message = nullptr;
        jsErrCode code = jsErrCode(0);
        const natsStatus status =
            js_GetMsg(&message, m_jetStream, m_stream.constData(), middle, nullptr, &code);
        if (status == NATS_NOT_FOUND || (status != NATS_OK && code == JSNoMessageFoundErr)) {
            low = middle + 1; // removed (aged out from the front): older than what follows
            continue;
        }
        if (status != NATS_OK)
            return 0; // leave it to the server's lookup
        const int64_t storedAt = natsMsg_GetTime(message);
        natsMsg_Destroy(message);
        if (storedAt >= target)
            high = middle;
        else
            low = middle + 1;
    }
    return low;
}

QString JetStreamReader::resubscriptionReport() const
{
    return QCoreApplication::translate(
               "JetStreamReader", "The consumer was lost (%1); reading continues after message %2.")
        .arg(m_lossReason, QLocale().toString(m_resumedAfter));
}

void JetStreamReader::dropSubscription(natsSubscription *&subscription)
{
    if (!subscription)
        return;
    m_connection.forget(subscription);
    // Taken off the connection now, freed later: the NATS C client before 3.10 hands an incoming
    // message to the subscription it found without holding on to it, so one freed while a message
    // for it is on its way corrupts the heap (nats.c issue 637). Once off the connection none can
    // reach it. With a message delivered, a limit of one removes it at once and leaves its
    // consumer alone; without, only an unsubscription removes it, and that deletes the consumer
    // (a request, at most requestWait).
    if (m_subscriptionDelivered > 0)
        natsSubscription_AutoUnsubscribe(subscription, 1);
    else
        natsSubscription_Unsubscribe(subscription);
    m_retired.push_back({subscription, Clock::now()});
    subscription = nullptr;
    m_subscriptionDelivered = 0;
}

void JetStreamReader::freeRetired(bool all)
{
    const Clock::time_point now = Clock::now();
    for (auto it = m_retired.begin(); it != m_retired.end();) {
        if (all || now - it->since >= retiredFor) {
            natsSubscription_Destroy(it->subscription);
            it = m_retired.erase(it);
        } else {
            ++it;
        }
    }
}

void JetStreamReader::lose(const QString &reason)
{
    if (!m_needsSubscription) {
        m_lossReason = reason;
        m_needsSubscription = true;
        m_failedAttempts = 0;
        m_nextAttempt = Clock::now();
    }
}

bool JetStreamReader::subscribe(QString *error)
{
    const Clock::time_point now = Clock::now();
    jsSubOptions options;
    jsSubOptions_Init(&options);
    options.Stream = m_stream.constData();
    // What an ordered consumer is, but kept by this reader rather than by the client: the client
    // makes a new consumer after every reconnection (even when the old one lives on), tries again
    // only every two heartbeats, and cannot be told to stop; here the reader decides when, and
    // starts the new one after the last message it delivered.
    options.Config.AckPolicy = js_AckNone;
    options.Config.MaxDeliver = 1;
    options.Config.FlowControl = true;
    options.Config.Heartbeat = std::chrono::nanoseconds(heartbeat).count();
    options.Config.MemoryStorage = true;
    options.Config.Replicas = 1;
    if (m_lastSequence > 0) {
        options.Config.DeliverPolicy = js_DeliverByStartSequence;
        options.Config.OptStartSeq = m_lastSequence + 1;
    } else {
        switch (m_start.kind) {
        case Start::Kind::New:
            options.Config.DeliverPolicy = js_DeliverByStartSequence;
            options.Config.OptStartSeq = m_firstSequence;
            break;
        case Start::Kind::All:
            options.Config.DeliverPolicy = js_DeliverAll;
            break;
        case Start::Kind::Since:
            if (m_sinceSequence > 0) {
                options.Config.DeliverPolicy = js_DeliverByStartSequence;
                options.Config.OptStartSeq = m_sinceSequence;
                break;
            }
            options.Config.DeliverPolicy = js_DeliverByStartTime;
            options.Config.OptStartTime =
                m_start.since.toMSecsSinceEpoch() * nanosecondsPerMillisecond;
            break;
        }
    }
    natsSubscription *fresh = nullptr;
    jsErrCode code = jsErrCode(0);
    const natsStatus status =
        m_jetStream
            ? js_SubscribeSync(&fresh, m_jetStream, m_subject.constData(), nullptr, &options, &code)
            : NATS_CONNECTION_CLOSED;
    if (status != NATS_OK) {
        ++m_failedAttempts;
        m_nextAttempt = now + retryPause(m_failedAttempts);
        m_needsSubscription = true;
        m_refusalPassing = isPassing(status, code);
        if (m_refusalPassing)
            m_firstRefusal = {};
        else if (m_firstRefusal == Clock::time_point{})
            m_firstRefusal = now;
        *error = QCoreApplication::translate("JetStreamReader",
                                             "Cannot read the JetStream stream '%1': %2")
                     .arg(m_settings.stream, NatsConnection::statusText(status) +
                                                 (code ? QStringLiteral(" (JetStream %1)").arg(int(code))
                                                       : QString()));
        return false;
    }
    // Messages waiting in the client are not limited to a count: a late reader catching up on a
    // long history must not be cut off as a slow consumer.
    natsSubscription_SetPendingLimits(fresh, -1, 256 * 1024 * 1024);
    // Only now is the old one let go: while no new consumer could be made, it might still have
    // delivered (each of its messages checked against the delivery order).
    dropSubscription(m_subscription);
    m_subscription = fresh;
    m_subscriptionDelivered = 0;
    m_consumerSequence = 0;
    if (m_started)
        ++m_resubscriptions;
    m_resumedAfter = position();
    m_started = true;
    m_needsSubscription = false;
    m_failedAttempts = 0;
    m_firstRefusal = {};
    m_lastProgress = now;
    m_awaitedSequence = 0;
    return true;
}

quint64 JetStreamReader::position() const
{
    if (m_lastSequence > 0)
        return m_lastSequence;
    switch (m_start.kind) {
    case Start::Kind::New:
        return m_firstSequence - 1;
    case Start::Kind::All:
        return 0;
    case Start::Kind::Since:
        return m_sinceSequence > 0 ? m_sinceSequence - 1 : 0;
    }
    return 0;
}

bool JetStreamReader::positionKnown() const
{
    return !(m_start.kind == Start::Kind::Since && m_sinceSequence == 0 && m_lastSequence == 0);
}

void JetStreamReader::checkQuiet()
{
    m_lastProgress = Clock::now();
    if (!positionKnown())
        return; // where the server began is not known here
    RelayStreamInfo info;
    QString ignored;
    if (!JetStreamPublisher::streamInfo(m_jetStream, m_settings.stream, &info, &ignored))
        return; // asked again after the next quiet spell
    const quint64 reached = position();
    // Messages that aged out of the stream are not waited for.
    const quint64 from = std::max(reached, info.firstSequence > 0 ? info.firstSequence - 1 : 0);
    m_pending = info.lastSequence > from ? info.lastSequence - from : 0;
    if (m_awaitedSequence > reached && info.firstSequence <= m_awaitedSequence) {
        lose(QCoreApplication::translate("JetStreamReader",
                                         "the stream holds messages it did not deliver"));
        m_awaitedSequence = 0;
        return;
    }
    m_awaitedSequence = m_pending > 0 ? info.lastSequence : 0;
}

void JetStreamReader::deliver(natsMsg *message, quint64 sequence, int64_t storedAtNs,
                              std::vector<Item> &items)
{
    m_lastSequence = sequence;
    const char *id = nullptr;
    if (natsMsgHeader_Get(message, RelaySettings::idHeader, &id) != NATS_OK)
        id = nullptr;
    // The stream may hold a message twice: one sent again while its cluster changed leader
    // (the new leader can take it before it applied the first copy), or after the duplicate
    // window. It is delivered once.
    if (id && m_duplicates.isDuplicate(QString::fromUtf8(id))) {
        ++m_duplicatesDropped;
        return;
    }
    Item item;
    item.sequence = sequence;
    item.data = QByteArray(natsMsg_GetData(message), natsMsg_GetDataLength(message));
    item.storedAt = MessageTimeParser::utcFromMSecs(storedAtNs / nanosecondsPerMillisecond);
    if (id)
        item.id = QByteArray(id);
    items.push_back(std::move(item));
}

bool JetStreamReader::takePassedOver(quint64 sequence, std::vector<Item> &items)
{
    // The leader answers these requests (not a replica, as a direct get may be): it holds every
    // message the stream took. What aged out from the front is not asked for.
    RelayStreamInfo info;
    QString ignored;
    if (!JetStreamPublisher::streamInfo(m_jetStream, m_settings.stream, &info, &ignored))
        return false;
    for (quint64 wanted = std::max(position() + 1, info.firstSequence); wanted < sequence;
         ++wanted) {
        natsMsg *message = nullptr;
        jsErrCode code = jsErrCode(0);
        const natsStatus status =
            js_GetMsg(&message, m_jetStream, m_stream.constData(), wanted, nullptr, &code);
        if (status == NATS_NOT_FOUND || (status != NATS_OK && code == JSNoMessageFoundErr))
            continue; // removed from the stream: the consumer was right to pass over it
        if (status != NATS_OK)
            return false;
        if (m_subject == natsMsg_GetSubject(message)) {
            ++m_passedOverTaken;
            deliver(message, wanted, natsMsg_GetTime(message), items);
        }
        natsMsg_Destroy(message);
    }
    return true;
}

bool JetStreamReader::next(std::vector<Item> &items, size_t maxItems,
                           std::chrono::milliseconds wait, QString *error)
{
    freeRetired(false);
    if (m_subscription && m_connection.takeMissedHeartbeats(m_subscription))
        lose(QCoreApplication::translate("JetStreamReader", "its heartbeats stopped"));
    if (m_needsSubscription && Clock::now() >= m_nextAttempt) {
        QString refusal;
        if (!subscribe(&refusal) && !m_refusalPassing &&
            Clock::now() - m_firstRefusal >= lastingRefusal) {
            *error = refusal;
            return false;
        }
    }
    if (!m_subscription) {
        // Nothing to read from until the next attempt: wait as a read would have.
        const auto untilAttempt =
            std::chrono::duration_cast<std::chrono::milliseconds>(m_nextAttempt - Clock::now());
        std::this_thread::sleep_for(std::clamp(untilAttempt, std::chrono::milliseconds(1), wait));
        return true;
    }
    const size_t before = items.size();
    // What follows would leave a hole: the consumer is let go and a new one made after the last
    // message delivered.
    const auto loseConsumer = [this](const QString &reason) {
        lose(reason);
        dropSubscription(m_subscription);
    };
    int64_t timeout = std::max<int64_t>(1, wait.count());
    while (items.size() < maxItems) {
        natsMsg *message = nullptr;
        const natsStatus status = natsSubscription_NextMsg(&message, m_subscription, timeout);
        if (status == NATS_TIMEOUT)
            break;
        if (status != NATS_OK) {
            // The server counted deliveries that never arrived (lost while the connection moved),
            // a slow consumer, a closed subscription.
            loseConsumer(status == NATS_MISMATCH
                             ? QCoreApplication::translate("JetStreamReader",
                                                           "messages it delivered did not arrive")
                             : NatsConnection::statusText(status));
            break;
        }
        timeout = 1; // then take what is already waiting
        ++m_subscriptionDelivered;
        jsMsgMetaData *meta = nullptr;
        if (natsMsg_GetMetaData(&meta, message) != NATS_OK) {
            natsMsg_Destroy(message); // a status message, not a stored one
            continue;
        }
        const quint64 delivery = meta->Sequence.Consumer;
        const quint64 sequence = meta->Sequence.Stream;
        const int64_t timestamp = meta->Timestamp;
        const quint64 pending = meta->NumPending;
        jsMsgMetaData_Destroy(meta);
        if (delivery != m_consumerSequence + 1) {
            // A message the consumer sent before this one never arrived.
            natsMsg_Destroy(message);
            loseConsumer(QCoreApplication::translate(
                "JetStreamReader", "a message arrived out of its delivery order"));
            break;
        }
        m_consumerSequence = delivery;
        if (sequence <= m_lastSequence) {
            ++m_repeatsDropped;
            natsMsg_Destroy(message);
            continue;
        }
        if (m_streamHoldsOnlyTheSubject && positionKnown() && sequence > position() + 1 &&
            !takePassedOver(sequence, items)) {
            // Reading goes on after what was taken.
            natsMsg_Destroy(message);
            loseConsumer(QCoreApplication::translate("JetStreamReader",
                                                     "it passed over messages the stream holds"));
            break;
        }
        m_pending = pending;
        deliver(message, sequence, timestamp, items);
        natsMsg_Destroy(message);
    }
    if (items.size() > before) {
        m_lastProgress = Clock::now();
        m_awaitedSequence = 0;
    } else if (m_subscription && !m_needsSubscription &&
               Clock::now() - m_lastProgress >= quietCheck) {
        checkQuiet();
    }
    return true;
}
