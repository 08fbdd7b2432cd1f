#include "jetstreampublisher.h"

#include "natsconnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QThread>

#include "message/messagetimeparser.h"

#include <nats/nats.h>

#include <algorithm>

namespace {

enum AckState : char { Waiting = 0, Stored = 1, Duplicate = 2, FailedAck = 3, NotSent = 4 };

constexpr int64_t nanosecondsPerSecond = 1'000'000'000;

QString jetStreamError(natsStatus status, jsErrCode code)
{
    QString text = NatsConnection::statusText(status);
    if (code != 0)
        text += QStringLiteral(" (JetStream %1)").arg(int(code));
    return text;
}

bool canBeHeaderValue(QByteArrayView value)
{
    if (value.isEmpty() || value.size() > 512)
        return false;
    for (char c : value)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return false;
    return true;
}

} // namespace

JetStreamPublisher::JetStreamPublisher(NatsConnection &connection, const RelaySettings &settings)
    : m_connection(connection)
    , m_settings(settings)
    , m_subject(settings.messagesSubject().toUtf8())
{
}

JetStreamPublisher::~JetStreamPublisher()
{
    closeBatchConnection();
}

jsCtx *JetStreamPublisher::batchJetStream()
{
    if (m_batchConnection && m_batchConnection->isConnected())
        return m_batchJetStream;
    closeBatchConnection();
    // Without the relay's connection the cluster is out of reach; after a failure, not at once.
    if (!m_connection.isConnected() || !m_batchConnectionRetry.hasExpired())
        return nullptr;
    // First the server the relay's connection uses (it answers): as the settings name it when
    // they do (a TLS certificate is checked against that name), else by the address the cluster
    // advertised; then the others given.
    const QUrl inUse(m_connection.connectedUrl());
    const auto isInUse = [&inUse](const QUrl &server) {
        return server.host() == inUse.host() && server.port(4222) == inUse.port(4222);
    };
    RelaySettings settings = m_settings;
    settings.servers.clear();
    for (const QUrl &server : m_settings.servers) {
        if (isInUse(server))
            settings.servers.prepend(server);
        else
            settings.servers.append(server);
    }
    const bool given =
        std::any_of(m_settings.servers.cbegin(), m_settings.servers.cend(), isInUse);
    if (!given && inUse.isValid())
        settings.servers.prepend(inUse);
    auto connection = std::make_unique<NatsConnection>();
    QString error;
    if (!connection->open(settings, &error, NatsConnection::Reconnection::Never)) {
        m_batchConnectionRetry.setRemainingTime(batchConnectionRetryWait);
        return nullptr;
    }
    jsOptions options;
    jsOptions_Init(&options);
    options.PublishAsync.MaxPending = 8192;
    options.PublishAsync.AckHandler = &JetStreamPublisher::onAck;
    options.PublishAsync.AckHandlerClosure = this;
    // A full window waits for acknowledgements this long before the rest goes the slow way.
    options.PublishAsync.StallWait = 2000;
    if (natsConnection_JetStream(&m_batchJetStream, connection->connection(), &options) != NATS_OK) {
        m_batchJetStream = nullptr;
        m_batchConnectionRetry.setRemainingTime(batchConnectionRetryWait);
        return nullptr;
    }
    m_batchConnection = std::move(connection);
    return m_batchJetStream;
}

void JetStreamPublisher::closeBatchConnection()
{
    if (m_batchJetStream) {
        // Nothing may call the handler for what is still in flight once it is given up: it is
        // taken back and dropped (it is sent again, by id, by whoever publishes it next).
        natsMsgList pending;
        if (js_PublishAsyncGetPendingList(&pending, m_batchJetStream) == NATS_OK)
            natsMsgList_Destroy(&pending);
        jsCtx_Destroy(m_batchJetStream);
        m_batchJetStream = nullptr;
    }
    m_batchConnection.reset();
}

QByteArray JetStreamPublisher::messageId(const Message &message)
{
    const QByteArray id = message.id.toUtf8();
    if (canBeHeaderValue(id))
        return id;
    return "sha256:" + QCryptographicHash::hash(message.raw, QCryptographicHash::Sha256).toHex();
}

bool JetStreamPublisher::streamInfo(jsCtx *jetStream, const QString &stream,
                                    RelayStreamInfo *info, QString *error)
{
    jsStreamInfo *raw = nullptr;
    jsErrCode code = jsErrCode(0);
    const natsStatus status =
        js_GetStreamInfo(&raw, jetStream, stream.toUtf8().constData(), nullptr, &code);
    if (status != NATS_OK) {
        *error = code == JSStreamNotFoundErr
                     ? QCoreApplication::translate("JetStreamPublisher",
                                                   "There is no JetStream stream named '%1'.")
                           .arg(stream)
                     : QCoreApplication::translate("JetStreamPublisher",
                                                   "Cannot read the JetStream stream '%1': %2")
                           .arg(stream, jetStreamError(status, code));
        return false;
    }
    info->messages = raw->State.Msgs;
    info->firstSequence = raw->State.FirstSeq;
    info->lastSequence = raw->State.LastSeq;
    info->replicas = raw->Config ? int(raw->Config->Replicas) : 1;
    info->maxAge = std::chrono::seconds(raw->Config ? raw->Config->MaxAge / nanosecondsPerSecond : 0);
    info->duplicateWindow =
        std::chrono::seconds(raw->Config ? raw->Config->Duplicates / nanosecondsPerSecond : 0);
    info->subjects.clear();
    for (int i = 0; raw->Config && i < raw->Config->SubjectsLen; ++i)
        info->subjects.append(QString::fromUtf8(raw->Config->Subjects[i]));
    info->leader = raw->Cluster && raw->Cluster->Leader ? QString::fromUtf8(raw->Cluster->Leader)
                                                        : QString();
    jsStreamInfo_Destroy(raw);
    return true;
}

bool JetStreamPublisher::ensureStream(RelayStreamInfo *info, QString *error)
{
    jsCtx *jetStream = m_connection.jetStream();
    if (!jetStream) {
        *error = QCoreApplication::translate("JetStreamPublisher", "Not connected to NATS.");
        return false;
    }
    const QByteArray name = m_settings.stream.toUtf8();
    QString readError;
    if (streamInfo(jetStream, m_settings.stream, info, &readError)) {
        // An existing stream is used as it is, as long as it keeps what the relay sends.
        jsStreamInfo *raw = nullptr;
        bool takesSubject = false;
        if (js_GetStreamInfo(&raw, jetStream, name.constData(), nullptr, nullptr) == NATS_OK) {
            for (int i = 0; raw->Config && i < raw->Config->SubjectsLen; ++i)
                takesSubject = takesSubject || m_subject == raw->Config->Subjects[i];
            jsStreamInfo_Destroy(raw);
        }
        if (!takesSubject) {
            *error = QCoreApplication::translate(
                         "JetStreamPublisher",
                         "The JetStream stream '%1' exists but does not take the subject %2: "
                         "give its --subject, or another --stream.")
                         .arg(m_settings.stream, QString::fromUtf8(m_subject));
            return false;
        }
        return true;
    }

    const char *subjects[] = {m_subject.constData()};
    jsStreamConfig config;
    jsStreamConfig_Init(&config);
    config.Name = name.constData();
    config.Subjects = subjects;
    config.SubjectsLen = 1;
    config.Storage = js_FileStorage;
    config.Retention = js_LimitsPolicy;
    config.Discard = js_DiscardOld;
    config.MaxAge = int64_t(m_settings.maxAge.count()) * nanosecondsPerSecond;
    config.Duplicates = int64_t(m_settings.duplicateWindow.count()) * nanosecondsPerSecond;
    config.Replicas = std::min(3, m_connection.knownServerCount());
    jsErrCode code = jsErrCode(0);
    natsStatus status = js_AddStream(nullptr, jetStream, &config, nullptr, &code);
    if (status != NATS_OK && code == JSStreamReplicasNotSupportedErr) {
        // One server that advertises others without being clustered with them.
        config.Replicas = 1;
        status = js_AddStream(nullptr, jetStream, &config, nullptr, &code);
    }
    // Another relay may have created it meanwhile: then it is there to be used.
    if (status != NATS_OK && !streamInfo(jetStream, m_settings.stream, info, &readError)) {
        *error = QCoreApplication::translate("JetStreamPublisher",
                                             "Cannot create the JetStream stream '%1': %2")
                     .arg(m_settings.stream, jetStreamError(status, code));
        return false;
    }
    if (!streamInfo(jetStream, m_settings.stream, info, error))
        return false;
    info->created = status == NATS_OK;
    return true;
}

std::optional<JetStreamPublisher::StoredPosition> JetStreamPublisher::lastStored(QString *error)
{
    jsCtx *jetStream = m_connection.jetStream();
    if (!jetStream) {
        *error = QCoreApplication::translate("JetStreamPublisher", "Not connected to NATS.");
        return std::nullopt;
    }
    natsMsg *message = nullptr;
    jsErrCode code = jsErrCode(0);
    const natsStatus status = js_GetLastMsg(&message, jetStream, m_settings.stream.toUtf8().constData(),
                                            m_subject.constData(), nullptr, &code);
    if (status != NATS_OK) {
        if (code != JSNoMessageFoundErr && status != NATS_NOT_FOUND)
            *error = QCoreApplication::translate(
                         "JetStreamPublisher",
                         "Cannot read the last message of the JetStream stream '%1': %2")
                         .arg(m_settings.stream, jetStreamError(status, code));
        return std::nullopt;
    }
    const auto header = [message](const char *name) {
        const char *value = nullptr;
        return natsMsgHeader_Get(message, name, &value) == NATS_OK && value
                   ? QByteArray(value)
                   : QByteArray();
    };
    StoredPosition position;
    position.sequence = natsMsg_GetSequence(message);
    position.id = QString::fromUtf8(header(RelaySettings::idHeader));
    position.cursor = QString::fromUtf8(header(RelaySettings::cursorHeader));
    position.upstream = header(RelaySettings::upstreamHeader);
    position.storedAt = MessageTimeParser::utcFromMSecs(natsMsg_GetTime(message) / 1'000'000);
    natsMsg_Destroy(message);
    return position;
}

natsMsg *JetStreamPublisher::makeMessage(const Message &message,
                                         const QByteArray &upstreamKey) const
{
    natsMsg *out = nullptr;
    if (natsMsg_Create(&out, m_subject.constData(), nullptr, message.raw.constData(),
                       int(message.raw.size())) != NATS_OK)
        return nullptr;
    natsMsgHeader_Set(out, RelaySettings::idHeader, messageId(message).constData());
    if (message.time.isValid())
        natsMsgHeader_Set(out, RelaySettings::timeHeader,
                          message.time.toUTC().toString(Qt::ISODateWithMs).toUtf8().constData());
    if (!message.symbols.isEmpty()) {
        const QByteArray symbols = message.symbols.join(QLatin1Char(',')).toUtf8();
        if (canBeHeaderValue(symbols))
            natsMsgHeader_Set(out, RelaySettings::symbolsHeader, symbols.constData());
    }
    if (!message.cursor.isEmpty())
        natsMsgHeader_Set(out, RelaySettings::cursorHeader, message.cursor.toUtf8().constData());
    if (!upstreamKey.isEmpty())
        natsMsgHeader_Set(out, RelaySettings::upstreamHeader, upstreamKey.constData());
    return out;
}

void JetStreamPublisher::onAck(jsCtx *, natsMsg *msg, jsPubAck *ack, jsPubAckErr *error,
                               void *closure)
{
    auto *self = static_cast<JetStreamPublisher *>(closure);
    {
        const QMutexLocker lock(&self->m_ackMutex);
        const auto found = self->m_inFlight.find(msg);
        if (found != self->m_inFlight.end()) {
            const size_t index = found->second;
            self->m_inFlight.erase(found);
            if (ack)
                self->m_acked[index] = ack->Duplicate ? Duplicate : Stored;
            else {
                self->m_acked[index] = FailedAck;
                if (error && error->ErrText)
                    self->m_lastAckError = QString::fromUtf8(error->ErrText);
            }
        }
    }
    natsMsg_Destroy(msg);
}

JetStreamPublisher::Outcome JetStreamPublisher::publish(const MessageBatch &batch,
                                                        const QByteArray &upstreamKey,
                                                        std::chrono::milliseconds deadline)
{
    Outcome outcome;
    std::vector<const Message *> activities;
    activities.reserve(batch.size());
    for (const Message &message : batch)
        if (message.isActivity())
            activities.push_back(&message);
    if (activities.empty())
        return outcome;
    jsCtx *jetStream = m_connection.jetStream();
    if (!jetStream) {
        outcome.error = QCoreApplication::translate("JetStreamPublisher", "Not connected to NATS.");
        return outcome;
    }
    const QDeadlineTimer timer(deadline);
    {
        const QMutexLocker lock(&m_ackMutex);
        m_inFlight.clear();
        m_acked.assign(activities.size(), Waiting);
        m_lastAckError.clear();
    }

    // The fast way: everything sent on the batch connection, then the acknowledgements awaited
    // together. Once that connection is lost nothing more goes this way: the rest, and what was
    // not acknowledged, go the slow way below, which keeps the order.
    jsCtx *batchContext = batchJetStream();
    bool sending = batchContext != nullptr;
    for (size_t i = 0; i < activities.size(); ++i) {
        sending = sending && m_batchConnection->isConnected();
        natsMsg *message = sending ? makeMessage(*activities[i], upstreamKey) : nullptr;
        if (!message) {
            const QMutexLocker lock(&m_ackMutex);
            m_acked[i] = NotSent;
            continue;
        }
        {
            const QMutexLocker lock(&m_ackMutex);
            m_inFlight.emplace(message, i);
        }
        natsMsg *sent = message;
        const natsStatus status = js_PublishMsgAsync(batchContext, &sent, nullptr);
        if (status != NATS_OK) {
            {
                const QMutexLocker lock(&m_ackMutex);
                m_inFlight.erase(message);
                m_acked[i] = status == NATS_MAX_PAYLOAD ? char(-1) : char(NotSent);
            }
            natsMsg_Destroy(sent);
            if (status != NATS_MAX_PAYLOAD)
                sending = false; // disconnected or the window stayed full: the slow way
        }
    }
    if (batchContext) {
        // Acknowledgements of messages sent on a connection that was lost never come (the
        // client has no deadline of its own for them): the wait ends with the connection.
        const QDeadlineTimer ackLimit(std::min<qint64>(timer.remainingTime(), 5000));
        natsStatus complete = NATS_TIMEOUT;
        while (complete != NATS_OK) {
            jsPubOptions waitOptions;
            jsPubOptions_Init(&waitOptions);
            waitOptions.MaxWait =
                std::max<int64_t>(1, std::min<int64_t>(ackLimit.remainingTime(), 100));
            complete = js_PublishAsyncComplete(batchContext, &waitOptions);
            if (ackLimit.hasExpired() || !m_batchConnection->isConnected())
                break;
        }
        // What is still in flight is taken back and sent again below, by id; nothing more
        // can leave this connection for the servers after that.
        if (complete != NATS_OK)
            closeBatchConnection();
    }

    // The slow way, in the batch's order: each message until it is acknowledged.
    std::vector<size_t> again;
    {
        const QMutexLocker lock(&m_ackMutex);
        m_inFlight.clear();
        for (size_t i = 0; i < activities.size(); ++i) {
            switch (m_acked[i]) {
            case Stored: ++outcome.stored; break;
            case Duplicate: ++outcome.duplicates; break;
            case char(-1): ++outcome.tooLarge; break;
            default: again.push_back(i); break;
            }
        }
    }
    outcome.retried = qint64(again.size());
    QString lastError = m_lastAckError;
    for (size_t index : again) {
        int attempt = 0;
        for (;;) {
            natsMsg *message = makeMessage(*activities[index], upstreamKey);
            jsPubOptions options;
            jsPubOptions_Init(&options);
            options.MaxWait = std::max<int64_t>(1, std::min<int64_t>(timer.remainingTime(), 2000));
            jsPubAck *ack = nullptr;
            jsErrCode code = jsErrCode(0);
            const natsStatus status = message ? js_PublishMsg(&ack, jetStream, message, &options, &code)
                                              : NATS_NO_MEMORY;
            natsMsg_Destroy(message);
            if (status == NATS_OK) {
                ++(ack->Duplicate ? outcome.duplicates : outcome.stored);
                jsPubAck_Destroy(ack);
                break;
            }
            if (status == NATS_MAX_PAYLOAD) {
                ++outcome.tooLarge;
                break;
            }
            lastError = jetStreamError(status, code);
            if (timer.hasExpired()) {
                outcome.error =
                    QCoreApplication::translate(
                        "JetStreamPublisher",
                        "JetStream did not store the messages in time (%1).")
                        .arg(lastError);
                return outcome;
            }
            // A node changing leader or a reconnection: a short, growing pause, then again.
            QThread::msleep(std::min(50 * ++attempt, 500));
        }
    }
    return outcome;
}
