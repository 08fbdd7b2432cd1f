#include "jetstreamsource.h"

#include "jetstreamreader.h"
#include "natsconnection.h"

#include "message/messagenormalizer.h"
#include "net/tlstrust.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

#include <vector>

namespace {

std::chrono::milliseconds steadyNow()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
}

/// Messages taken per turn, and the longest wait for the first of them: short, so a stop (a
/// blocking call from the window's thread) waits no longer than this.
constexpr size_t itemsPerTurn = 2000;
constexpr std::chrono::milliseconds waitPerTurn{20};

} // namespace

JetStreamSource::JetStreamSource(WallClock wallClock, QObject *parent)
    : StreamSource(parent)
    , m_wallClock(wallClock ? std::move(wallClock) : [] { return QDateTime::currentDateTimeUtc(); })
    , m_normalizer(std::make_unique<MessageNormalizer>())
    , m_rate(RateMeter::Smoothing::None)
{
    // What it reads may be kept by the hundred thousand (the Live ring).
    m_normalizer->setSharesRepeats(true);
}

JetStreamSource::~JetStreamSource()
{
    m_reader.reset();
    m_connection.reset();
}

void JetStreamSource::registerFactory()
{
    StreamSource::registerFactory(StreamServiceKind::NatsRelay,
                                  [] { return new JetStreamSource(); });
}

void JetStreamSource::setEndpoint(const StreamEndpoint &endpoint)
{
    m_endpoint = endpoint;
}

StreamStatistics JetStreamSource::statistics() const
{
    StreamStatistics statistics = m_stats;
    statistics.messagesPerSecond = m_rate.rateAt(steadyNow(), m_stats.messages);
    return statistics;
}

void JetStreamSource::start()
{
    stop();
    if (!m_pump) {
        m_pump = new QTimer(this);
        m_pump->setInterval(0);
        connect(m_pump, &QTimer::timeout, this, &JetStreamSource::pump);
        m_tick = new QTimer(this);
        m_tick->setInterval(1000);
        connect(m_tick, &QTimer::timeout, this, &JetStreamSource::tick);
    }
    m_stats = {};
    m_pendingShown = 0;
    m_resubscriptionsShown = 0;
    m_rate.restart(steadyNow(), 0);

    RelaySettings settings = m_endpoint.relay;
    settings.user = m_endpoint.credentials.user;
    settings.password = settings.user.isEmpty() ? QString() : m_endpoint.credentials.password;
    // An account has no CA file: a private CA is trusted as for the HTTP streams.
    settings.trustExtraCas = true;
    QString error;
    const auto startAt = JetStreamReader::Start::parse(
        m_endpoint.relayStart.isEmpty() ? QStringLiteral("new") : m_endpoint.relayStart,
        m_wallClock(), &error);
    if (!startAt) {
        setState(State::Failed, error);
        return;
    }
    if (const QString problem = settings.problem(); !problem.isEmpty()) {
        setState(State::Failed, problem);
        return;
    }
    setState(State::Connecting, tr("Connecting to %1…").arg(settings.servers.first().toString()));
    m_connection = std::make_unique<NatsConnection>();
    if (!m_connection->open(settings, &error)) {
        const bool refused = m_connection->credentialsRefused();
        if (m_connection->certificateRefused() && settings.caFile.isEmpty())
            error += QLatin1Char(' ') +
                     tr("If the server uses a private certificate authority, add its certificate "
                        "(%1).")
                         .arg(QString::fromLatin1(TlsTrust::environmentVariable));
        m_connection.reset();
        setState(refused ? State::AuthFailed : State::Failed, error);
        return;
    }
    settings.password.clear();
    m_reader = std::make_unique<JetStreamReader>(*m_connection, settings);
    if (!m_reader->start(*startAt, &error)) {
        m_reader.reset();
        m_connection.reset();
        setState(State::Failed, error);
        return;
    }
    m_stats.connections = 1;
    m_server = m_connection->connectedUrl();
    setState(State::Connected, connectedReason());
    m_pump->start();
    m_tick->start();
}

void JetStreamSource::stop()
{
    if (m_pump) {
        m_pump->stop();
        m_tick->stop();
    }
    const bool wasOpen = m_connection != nullptr;
    m_reader.reset();
    m_connection.reset();
    if (wasOpen || m_status.state != State::Disconnected)
        setState(State::Disconnected, tr("Disconnected."));
}

void JetStreamSource::pump()
{
    if (!m_reader)
        return;
    std::vector<JetStreamReader::Item> items;
    QString error;
    if (!m_reader->next(items, itemsPerTurn, waitPerTurn, &error)) {
        m_pump->stop();
        m_tick->stop();
        m_reader.reset();
        m_connection.reset();
        setState(State::Failed, error);
        return;
    }
    if (items.empty())
        return;
    MessageBatch batch;
    batch.reserve(items.size());
    for (JetStreamReader::Item &item : items) {
        Message message = m_normalizer->normalize(item.data);
        if (message.isSystemMessage()) {
            ++m_stats.systemMessages;
            continue;
        }
        if (message.kind == Message::Kind::Malformed)
            ++m_stats.malformedLines;
        else
            ++m_stats.messages;
        m_stats.bytesOnWire += item.data.size();
        m_stats.bytesDecompressed += item.data.size();
        batch.push_back(std::move(message));
    }
    m_stats.msSinceLastByte = 0;
    if (!batch.empty())
        emit messagesReceived(batch);
}

void JetStreamSource::tick()
{
    if (!m_connection)
        return;
    if (m_reader->resubscriptions() != m_resubscriptionsShown) {
        m_resubscriptionsShown = m_reader->resubscriptions();
        log(StreamEvent::Kind::Info, m_reader->resubscriptionReport());
    }
    m_rate.update(steadyNow(), m_stats.messages);
    m_stats.reconnects = m_connection->reconnects();
    m_stats.connections = 1 + m_connection->reconnects();
    const QString server = m_connection->connectedUrl();
    if (server.isEmpty()) {
        if (m_status.state != State::WaitingToReconnect)
            setState(State::WaitingToReconnect,
                     tr("The NATS server went away; reconnecting to another one."));
    } else if (server != m_server || m_status.state != State::Connected ||
               m_reader->pending() != m_pendingShown) {
        if (server != m_server && !m_server.isEmpty())
            log(StreamEvent::Kind::Info, tr("Now reading from %1.").arg(server));
        m_server = server;
        setState(State::Connected, connectedReason());
    }
    emit statisticsUpdated(statistics());
}

QString JetStreamSource::connectedReason() const
{
    m_pendingShown = m_reader ? m_reader->pending() : 0;
    if (m_pendingShown == 0)
        return tr("Connected to %1 (stream %2).").arg(m_server, m_endpoint.relay.stream);
    return tr("Connected to %1 (stream %2), %n message(s) behind.", nullptr,
              int(qMin<quint64>(m_pendingShown, quint64(INT_MAX))))
        .arg(m_server, m_endpoint.relay.stream);
}

void JetStreamSource::setState(State state, const QString &reason)
{
    const bool changed = state != m_status.state || reason != m_status.reason;
    m_status = {};
    m_status.state = state;
    m_status.reason = reason;
    if (!changed)
        return;
    log(state == State::Failed ? StreamEvent::Kind::Error
        : state == State::WaitingToReconnect ? StreamEvent::Kind::Warning
                                             : StreamEvent::Kind::Info,
        reason);
    emit stateChanged(state, reason);
}

void JetStreamSource::log(StreamEvent::Kind kind, const QString &text)
{
    emit connectionEvent(StreamEvent{QDateTime::currentDateTimeUtc(), kind, text});
}
