#include "jetstreamreader.h"

#include "jetstreampublisher.h"
#include "natsconnection.h"

#include <QCoreApplication>
#include <QTimeZone>

#include "message/messagetimeparser.h"

#include <nats/nats.h>

namespace {

constexpr int64_t nanosecondsPerMillisecond = 1'000'000;

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
}

JetStreamReader::~JetStreamReader()
{
    unsubscribe();
}

bool JetStreamReader::start(const Start &start, QString *error)
{
    m_start = start;
    m_seenReconnects = m_connection.reconnects();
    RelayStreamInfo info;
    if (!JetStreamPublisher::streamInfo(m_connection.jetStream(), m_settings.stream, &info, error))
        return false;
    // "From now on" is pinned to a sequence, so a subscription made again later starts there too.
    m_firstSequence = info.lastSequence + 1;
    m_sinceSequence = 0;
    if (start.kind == Start::Kind::Since)
        m_sinceSequence = firstSequenceSince(start.since, info.firstSequence, info.lastSequence);
    return subscribe(error);
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
        const natsStatus status = js_GetMsg(&message, m_connection.jetStream(),
                                            m_stream.constData(), middle, nullptr, &code);
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

void JetStreamReader::unsubscribe()
{
    if (m_subscription) {
        natsSubscription_Unsubscribe(m_subscription);
        natsSubscription_Destroy(m_subscription);
        m_subscription = nullptr;
    }
}

bool JetStreamReader::subscribe(QString *error)
{
    unsubscribe();
    m_lastAttempt = QDateTime::currentDateTimeUtc();
    jsSubOptions options;
    jsSubOptions_Init(&options);
    options.Stream = m_stream.constData();
    options.Ordered = true;
    // Missed heartbeats tell the client the consumer is gone (its node died): two seconds.
    options.Config.Heartbeat = 2000 * nanosecondsPerMillisecond;
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
    jsErrCode code = jsErrCode(0);
    const natsStatus status = js_SubscribeSync(&m_subscription, m_connection.jetStream(),
                                               m_subject.constData(), nullptr, &options, &code);
    if (status != NATS_OK) {
        m_subscription = nullptr;
        m_needsSubscription = true;
        *error = QCoreApplication::translate("JetStreamReader",
                                             "Cannot read the JetStream stream '%1': %2")
                     .arg(m_settings.stream, NatsConnection::statusText(status) +
                                                 (code ? QStringLiteral(" (JetStream %1)").arg(int(code))
                                                       : QString()));
        return false;
    }
    // Messages waiting in the client are not limited to a count: a late reader catching up on a
    // long history must not be cut off as a slow consumer.
    natsSubscription_SetPendingLimits(m_subscription, -1, 256 * 1024 * 1024);
    m_needsSubscription = false;
    return true;
}

bool JetStreamReader::next(std::vector<Item> &items, size_t maxItems,
                           std::chrono::milliseconds wait, QString *error)
{
    Q_UNUSED(error);
    // The connection moved to another server: the consumer may have gone with the old one, so
    // a new one continues after the last message delivered.
    if (const int reconnects = m_connection.reconnects(); reconnects != m_seenReconnects) {
        m_seenReconnects = reconnects;
        m_needsSubscription = true;
    }
    if (m_needsSubscription &&
        m_lastAttempt.msecsTo(QDateTime::currentDateTimeUtc()) >= 250) {
        QString ignored; // tried again on the next call
        if (subscribe(&ignored))
            ++m_resubscriptions;
    }
    if (!m_subscription) {
        natsConnection_FlushTimeout(m_connection.connection(), std::max<int64_t>(1, wait.count()));
        return true;
    }
    int64_t timeout = std::max<int64_t>(1, wait.count());
    while (items.size() < maxItems) {
        natsMsg *message = nullptr;
        const natsStatus status = natsSubscription_NextMsg(&message, m_subscription, timeout);
        if (status == NATS_TIMEOUT)
            break;
        if (status != NATS_OK) {
            // Missed heartbeats, a slow consumer, a closed subscription: start a new one.
            m_needsSubscription = true;
            break;
        }
        timeout = 1; // then take what is already waiting
        jsMsgMetaData *meta = nullptr;
        if (natsMsg_GetMetaData(&meta, message) != NATS_OK) {
            natsMsg_Destroy(message); // a status message, not a stored one
            continue;
        }
        const quint64 sequence = meta->Sequence.Stream;
        const int64_t timestamp = meta->Timestamp;
        const quint64 pending = meta->NumPending;
        jsMsgMetaData_Destroy(meta);
        if (sequence <= m_lastSequence) {
            ++m_repeatsDropped;
            natsMsg_Destroy(message);
            continue;
        }
        m_lastSequence = sequence;
        m_pending = pending;
        Item item;
        item.sequence = sequence;
        item.data = QByteArray(natsMsg_GetData(message), natsMsg_GetDataLength(message));
        item.storedAt = MessageTimeParser::utcFromMSecs(timestamp / nanosecondsPerMillisecond);
        const char *id = nullptr;
        if (natsMsgHeader_Get(message, RelaySettings::idHeader, &id) == NATS_OK && id)
            item.id = QByteArray(id);
        items.push_back(std::move(item));
        natsMsg_Destroy(message);
    }
    return true;
}
