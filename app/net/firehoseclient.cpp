#include "firehoseclient.h"

#include "core/appsettings.h"
#include "net/clock.h"
#include "net/clocktimer.h"
#include "net/connectratelimiter.h"
#include "net/endpointpolicy.h"
#include "net/httpstatusrule.h"
#include "net/httpstreamconnection.h"
#include "net/streamrequest.h"
#include "net/tlstrust.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>

#include <cstring>

// Debug output is off unless enabled (QT_LOGGING_RULES="hydrant.net.stream.debug=true").
Q_LOGGING_CATEGORY(lcStream, "hydrant.net.stream", QtInfoMsg)

using namespace std::chrono_literals;
using Failure = ReconnectPolicy::Failure;

namespace {

constexpr qsizetype maxErrorBody = 64 * 1024;

QString seconds(std::chrono::milliseconds span)
{
    return QLocale().toString(double(span.count()) / 1000.0, 'f', span.count() % 1000 ? 1 : 0);
}

/// \a text as a whole sentence for the connection log: the system's own error texts ("Connection
/// refused") end without a full stop.
QString asSentence(QString text)
{
    text = text.trimmed();
    static const QString ends = QStringLiteral(".!?…”\"");
    if (!text.isEmpty() && !ends.contains(text.back()))
        text += QLatin1Char('.');
    return text;
}

} // namespace

FirehoseClient::FirehoseClient(QObject *parent)
    : FirehoseClient(nullptr, parent)
{}

FirehoseClient::FirehoseClient(Clock *clock, QObject *parent)
    : StreamSource(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_framer(LineFramer::defaultMaxLineLength)
{
    qRegisterMetaType<MessageBatch>();
    qRegisterMetaType<StreamEvent>();
    qRegisterMetaType<StreamStatistics>();
    // What it receives may be kept by the hundred thousand (the Live ring).
    m_normalizer.setSharesRepeats(true);

    m_retryTimer = m_clock->createTimer(this);
    connect(m_retryTimer, &ClockTimer::timeout, this, &FirehoseClient::attemptConnection);
    m_stallTimer = m_clock->createTimer(this);
    connect(m_stallTimer, &ClockTimer::timeout, this, &FirehoseClient::onStallTimeout);

    // Batch delivery is a cadence for consumers, not a protocol timeout: real time always.
    m_tickTimer = new QTimer(this);
    m_tickTimer->setInterval(int(m_batchInterval.count()));
    connect(m_tickTimer, &QTimer::timeout, this, &FirehoseClient::onTick);
}

FirehoseClient::~FirehoseClient()
{
    dropConnection();
}

void FirehoseClient::setEndpoint(const StreamEndpoint &endpoint)
{
    // Ids and the resume cursor belong to one stream: another stream's say nothing about this
    // one's (a /stream seq_id sent to /sentiment would skip or repeat items there).
    if (endpoint.url != m_endpoint.url || endpoint.service != m_endpoint.service) {
        m_duplicates.clear();
        m_cursor.clear();
        m_status.cursor.clear();
    }
    m_endpoint = endpoint;
    m_resume = ResumeRule(endpoint.service, endpoint.url);
    if (!m_limiterGiven)
        m_limiter.reset();
}

void FirehoseClient::setStallTimeout(std::chrono::milliseconds timeout)
{
    m_stallTimeout = std::max(timeout, 1ms);
}

void FirehoseClient::setBatchInterval(std::chrono::milliseconds interval)
{
    m_batchInterval = std::max(interval, 1ms);
    m_tickTimer->setInterval(int(m_batchInterval.count()));
}

void FirehoseClient::setMaxBatchSize(int messages)
{
    m_maxBatchSize = std::max(messages, 1);
}

void FirehoseClient::setDuplicateWindow(int ids)
{
    m_duplicates = DuplicateFilter(ids);
}

void FirehoseClient::setReconnectPolicy(const ReconnectPolicy &policy)
{
    ReconnectBackoff backoff(policy, m_backoff.healthyAfter());
    m_backoff = std::move(backoff);
}

void FirehoseClient::setHealthyAfter(std::chrono::milliseconds span)
{
    m_backoff.setHealthyAfter(span);
}

void FirehoseClient::setRandomSource(std::function<double()> random)
{
    m_backoff.setRandomSource(std::move(random));
}

void FirehoseClient::setConnectRateLimiter(std::shared_ptr<ConnectRateLimiter> limiter)
{
    m_limiter = std::move(limiter);
    m_limiterGiven = bool(m_limiter);
}

void FirehoseClient::setMaxLineLength(qsizetype bytes)
{
    m_maxLineLength = bytes;
    if (bytes > 0) {
        m_framer = LineFramer(bytes);
        m_events = SseParser(bytes);
    }
}

void FirehoseClient::setResumeCursor(const QString &cursor)
{
    m_cursor = ResumeRule::isDigitString(cursor) ? cursor : QString();
    m_status.cursor = m_cursor;
}

StreamStatistics FirehoseClient::statistics() const
{
    StreamStatistics stats = m_stats;
    stats.heartbeats = m_framer.heartbeats() + m_events.comments();
    stats.oversizedLines = m_framer.oversizedLines() + m_events.oversizedEvents();
    stats.msSinceLastByte = m_lastByteAt.count() < 0 ? -1 : (m_clock->now() - m_lastByteAt).count();
    return stats;
}

QString FirehoseClient::stateName(State state)
{
    switch (state) {
    case State::Disconnected:
        return tr("Disconnected");
    case State::Connecting:
        return tr("Connecting");
    case State::Connected:
        return tr("Connected");
    case State::Stalled:
        return tr("Stalled");
    case State::WaitingToReconnect:
        return tr("Waiting to reconnect");
    case State::RateLimited:
        return tr("Rate limited");
    case State::AuthFailed:
        return tr("Authentication failed");
    case State::Failed:
        return tr("Failed");
    }
    return {};
}

void FirehoseClient::start()
{
    stop();
    m_stats = {};
    const qsizetype limit =
        m_maxLineLength > 0 ? m_maxLineLength : LineFramer::defaultMaxLineLength;
    m_framer = LineFramer(limit);
    m_events = SseParser(limit);
    m_oversizeReported = false;
    // The duplicate window is kept: a backfill after a stop and start re-sends what was
    // delivered before the stop.
    m_backoff.reset();
    m_requestsSent = 0;
    m_lastByteAt = -1ms;
    m_status = {};
    m_status.cursor = m_cursor;

    const QString refusal = EndpointPolicy::refusalReason(m_endpoint.url);
    if (!refusal.isEmpty()) {
        fail(State::Failed, refusal);
        return;
    }
    if (!m_endpoint.credentials.isComplete()) {
        fail(State::AuthFailed, tr("Enter the user name and password of the stream account."));
        return;
    }
    if (!m_limiter)
        m_limiter =
            ConnectRateLimiter::forAccount(m_endpoint.url.host(), m_endpoint.credentials.user);

    m_running = true;
    m_messageRate.restart(m_clock->now(), 0);
    m_tickTimer->start();
    attemptConnection();
}

void FirehoseClient::stop()
{
    const bool wasActive = m_running || m_connection;
    m_running = false;
    ++m_attemptTicket;
    m_retryTimer->stop();
    m_stallTimer->stop();
    m_tickTimer->stop();
    if (m_connection) {
        dropConnection();
        if (discardPartialItem() > 0)
            ++m_stats.partialLinesDiscarded;
    }
    m_established = false;
    flushBatch();
    if (wasActive) {
        setState(State::Disconnected, tr("Stopped."));
        logEvent(StreamEvent::Kind::Info, tr("Disconnected."));
        emit statisticsUpdated(statistics());
    }
}

void FirehoseClient::attemptConnection()
{
    if (!m_running)
        return;
    // The account's budget overrides whatever the policy computed: wait, never exceed.
    const auto wait = m_limiter->tryAcquire(m_clock->now());
    if (wait > 0ms) {
        const QString reason = tr("At most %1 connection requests per minute are allowed; next "
                                  "attempt in %2 s.")
                                   .arg(m_limiter->maxRequests())
                                   .arg(seconds(wait));
        m_status.nextAttemptIn = wait;
        m_status.nextAttemptAt = QDateTime::currentDateTimeUtc().addMSecs(wait.count());
        const State waiting =
            m_status.state == State::RateLimited ? State::RateLimited : State::WaitingToReconnect;
        setState(waiting, reason);
        logEvent(StreamEvent::Kind::Warning, reason);
        m_retryTimer->start(wait);
        return;
    }
    sendRequest();
}

void FirehoseClient::sendRequest()
{
    // A retry still scheduled from an earlier failure must not start a second request.
    ++m_attemptTicket;
    m_retryTimer->stop();
    dropConnection();
    if (m_requestsSent++ > 0)
        ++m_stats.reconnects;
    m_established = false;
    m_errorBody.clear();
    m_status.httpStatus = 0;
    m_status.serverMessage.clear();
    m_status.nextAttemptIn = -1ms;
    m_status.nextAttemptAt = {};

    const auto headers = StreamRequest::headers(m_endpoint);
    // Every connection asks to continue after the last item kept; the rest of the URL is the
    // user's own.
    m_requestedCursor = m_cursor;
    m_status.resumedFrom = m_requestedCursor;
    const QUrl url = m_resume.requestUrl(m_endpoint.url, m_requestedCursor);
    setState(State::Connecting, m_requestsSent > 1
                                    ? tr("Reconnecting to %1…").arg(m_endpoint.url.host())
                                    : tr("Connecting to %1…").arg(m_endpoint.url.host()));
    // Every attempt is in the log, the first one too.
    const QString where = m_endpoint.url.toDisplayString(QUrl::RemoveUserInfo);
    logEvent(StreamEvent::Kind::Info,
             m_requestsSent > 1
                 ? tr("Reconnecting to %1 (attempt %2).").arg(where).arg(m_status.attempt + 1)
                 : tr("Connecting to %1.").arg(where));
    qCDebug(lcStream).noquote() << "request" << HttpStreamConnection::describeForLog(url, headers);
    // A connection of its own every time: the previous one failed or was dropped, and a CA
    // trusted since then must take effect.
    m_connection = new HttpStreamConnection(this);
    connect(m_connection, &HttpStreamConnection::responseStarted, this,
            &FirehoseClient::onResponseStarted);
    connect(m_connection, &HttpStreamConnection::bodyReceived, this,
            &FirehoseClient::onBodyReceived);
    connect(m_connection, &HttpStreamConnection::finished, this,
            &FirehoseClient::onConnectionFinished);
    m_connection->open(url, headers);
    m_stallTimer->start(m_stallTimeout);
}

void FirehoseClient::onResponseStarted()
{
    const HttpResponseReader &response = m_connection->response();
    const int status = response.status();
    m_status.httpStatus = status;
    m_lastByteAt = m_clock->now();
    m_stallTimer->start(m_stallTimeout);
    qCDebug(lcStream) << "answer" << status << response.headers();
    if (status != 200)
        return;
    m_established = true;
    const QByteArray encoding = response.header("Content-Encoding").trimmed().toLower();
    const bool gzip = encoding == "gzip" || encoding == "x-gzip";
    m_decoder.reset(gzip ? GzipStreamDecoder::Mode::Gzip : GzipStreamDecoder::Mode::Identity);
    if (!gzip)
        logEvent(StreamEvent::Kind::Warning, tr("The server sent the stream uncompressed."));
    ++m_stats.connections;
    m_backoff.connected(m_clock->now());
    m_status.attempt = 0;
    setState(State::Connected, tr("Connected to %1.").arg(m_endpoint.url.host()));
    const QString where = m_endpoint.url.toDisplayString(QUrl::RemoveUserInfo);
    logEvent(StreamEvent::Kind::Info,
             m_requestedCursor.isEmpty()
                 ? tr("Connected to %1.").arg(where)
                 : tr("Connected to %1, resuming after item %2 (%3=%2).")
                       .arg(where, m_requestedCursor, m_resume.parameter()));
}

void FirehoseClient::onBodyReceived(const QByteArray &wire)
{
    m_lastByteAt = m_clock->now();
    m_stallTimer->start(m_stallTimeout);
    if (!m_established) {
        // An error answer's text, kept up to a limit for the user.
        m_errorBody += wire.left(maxErrorBody - m_errorBody.size());
        return;
    }
    processBytes(wire);
}

void FirehoseClient::processBytes(const QByteArray &wire)
{
    m_stats.bytesOnWire += wire.size();
    m_inflated.resize(0); // keeps the capacity: no allocation per read
    if (!m_decoder.decode(wire, m_inflated)) {
        const QString reason =
            tr("The stream could not be decompressed: %1").arg(m_decoder.errorString());
        dropConnection();
        endEstablished(reason);
        return;
    }
    m_stats.bytesDecompressed += m_inflated.size();
    // Lines are normalised straight from the inflated buffer: no copy per line here.
    // A consumer may stop or restart the client from its slot while lines are being handed
    // out: the rest of this data then belongs to a connection that no longer exists.
    const quint64 connection = m_connectionSerial;
    if (usesEvents()) {
        m_events.feed(m_inflated, [this, connection](const SseEvent &event) {
            if (!m_running || connection != m_connectionSerial)
                return;
            const QByteArrayView id = event.hasOwnId ? event.lastEventId : QByteArrayView();
            if (!event.data.contains('\n')) {
                processItem(event.data, id);
                return;
            }
            // Data over several lines: the line feeds between them are JSON whitespace (a JSON
            // text holds none inside its strings), and an item is kept as one line. Joined in a
            // buffer kept from item to item, the few line feeds found with memchr.
            m_joined.resize(0);
            m_joined.append(event.data.data(), event.data.size());
            char *const begin = m_joined.data(), *const end = begin + m_joined.size();
            for (char *at = begin; (at = static_cast<char *>(std::memchr(at, '\n', size_t(end - at))));)
                *at++ = ' ';
            processItem(m_joined, id);
        });
    } else {
        m_framer.feed(m_inflated, [this, connection](QByteArrayView line) {
            if (m_running && connection == m_connectionSerial)
                processItem(line, {});
        });
    }
    // Said once per start; every later one is counted in the statistics.
    if (!m_oversizeReported && m_framer.oversizedLines() + m_events.oversizedEvents() > 0 &&
        m_running) {
        m_oversizeReported = true;
        logEvent(StreamEvent::Kind::Warning,
                 tr("A line longer than the limit of %1 was dropped (such lines are counted as "
                    "too long and never shown; the limit is the “Longest line” preference).")
                     .arg(QLocale().formattedDataSize(m_framer.maxLineLength())));
    }
}

qsizetype FirehoseClient::discardPartialItem()
{
    return usesEvents() ? m_events.reset() : m_framer.reset();
}

void FirehoseClient::processItem(QByteArrayView line, QByteArrayView eventId)
{
    Message message = m_normalizer.normalize(line);
    if (message.isSystemMessage()) {
        ++m_stats.systemMessages;
        const QString text = message.text.isEmpty() ? QString::fromUtf8(line.data(), line.size())
                                                    : message.text;
        logEvent(message.kind == Message::Kind::SystemError ? StreamEvent::Kind::ServerError
                                                            : StreamEvent::Kind::ServerInfo,
                 text);
        // The service says it cannot continue from the cursor it was given: a gap, said aloud.
        if (!m_requestedCursor.isEmpty() &&
            line.indexOf(QByteArrayView("\"resume_unavailable\"")) >= 0) {
            ++m_stats.resumeGaps;
            const QString cursor = m_requestedCursor;
            m_requestedCursor.clear();
            m_status.resumedFrom.clear();
            // What the server said is in the log just before.
            const QString reason =
                tr("The service could not continue after item %1: the items after it are "
                   "missing.")
                    .arg(cursor);
            logEvent(StreamEvent::Kind::Warning, reason);
            emit resumeGap(cursor, reason);
        }
        return;
    }
    if (m_resume.resumes()) {
        const QString cursor = m_resume.cursorOf(line, message.id, eventId);
        if (ResumeRule::isAfter(cursor, m_cursor)) {
            m_cursor = cursor;
            m_status.cursor = cursor;
        }
        message.cursor = cursor;
    }
    if (message.kind == Message::Kind::Malformed) {
        ++m_stats.malformedLines;
    } else if (m_duplicates.isDuplicate(message.id)) {
        ++m_stats.duplicatesDropped;
        return;
    } else {
        ++m_stats.messages;
    }
    m_pending.push_back(std::move(message));
    if (int(m_pending.size()) >= m_maxBatchSize)
        flushBatch();
}

void FirehoseClient::flushBatch()
{
    m_lastFlushAt = m_clock->now();
    if (m_pending.empty())
        return;
    MessageBatch batch;
    batch.swap(m_pending);
    m_pending.reserve(size_t(std::min(m_maxBatchSize, 4096)));
    emit messagesReceived(batch);
}

void FirehoseClient::onTick()
{
    flushBatch();
    if (m_messageRate.update(m_clock->now(), qint64(m_stats.messages))) {
        m_stats.messagesPerSecond = m_messageRate.rate();
        emit statisticsUpdated(statistics());
    }
}

void FirehoseClient::onConnectionFinished()
{
    HttpStreamConnection *connection = m_connection;
    if (!connection || sender() != connection)
        return;
    m_stallTimer->stop();
    const HttpStreamConnection::Outcome outcome = connection->outcome();
    const QString errorText = connection->errorString();
    const QStringList tlsErrors = connection->tlsErrors();
    const int status = connection->response().hasHead() ? connection->response().status() : 0;
    dropConnection();
    if (!m_running)
        return;

    if (m_established) {
        endEstablished(outcome == HttpStreamConnection::Outcome::Completed
                           ? tr("The server ended the stream.")
                           : tr("The connection dropped: %1").arg(errorText));
        return;
    }

    if (status != 0) {
        const QString server = serverText();
        m_status.serverMessage = server;
        const HttpStatusRule::Verdict verdict =
            HttpStatusRule::classify(HttpStatusRule::Server::Stream, status);
        switch (verdict.retry) {
        case HttpStatusRule::Retry::AskPassword:
            fail(State::AuthFailed, verdict.sentence, server);
            break;
        case HttpStatusRule::Retry::RateLimitBackoff:
            scheduleRetry(Failure::RateLimited, verdict.sentence, server);
            break;
        case HttpStatusRule::Retry::Backoff:
        case HttpStatusRule::Retry::RenewLink:
            scheduleRetry(Failure::Http, verdict.sentence, server);
            break;
        case HttpStatusRule::Retry::Never:
            fail(State::Failed, verdict.sentence, server);
            break;
        }
        return;
    }

    if (outcome == HttpStreamConnection::Outcome::TlsFailed) {
        const QString details =
            tlsErrors.isEmpty() ? errorText : tlsErrors.join(QLatin1String("; "));
        fail(State::Failed, tr("The secure connection to %1 failed: %2. If the server uses a "
                               "private certificate authority, add its certificate (%3).")
                                .arg(m_endpoint.url.host(), details,
                                     QString::fromLatin1(TlsTrust::environmentVariable)));
        return;
    }
    scheduleRetry(Failure::Network, tr("Network error: %1").arg(errorText));
}

void FirehoseClient::onStallTimeout()
{
    if (!m_running || !m_connection)
        return;
    if (!m_established) {
        dropConnection();
        scheduleRetry(Failure::Network, tr("No answer from %1 within %2 s.")
                                            .arg(m_endpoint.url.host(), seconds(m_stallTimeout)));
        return;
    }
    ++m_stats.stalls;
    const QString reason =
        tr("No data for %1 s: the connection stalled.").arg(seconds(m_stallTimeout));
    setState(State::Stalled, reason);
    dropConnection();
    endEstablished(reason);
}

void FirehoseClient::endEstablished(const QString &reason)
{
    m_established = false;
    if (discardPartialItem() > 0) {
        ++m_stats.partialLinesDiscarded;
        logEvent(StreamEvent::Kind::Warning, usesEvents()
                                                 ? tr("An incomplete event was discarded.")
                                                 : tr("An incomplete line was discarded."));
    }
    flushBatch();
    scheduleRetry(Failure::Dropped, reason);
}

void FirehoseClient::scheduleRetry(Failure failure, const QString &reason, const QString &server)
{
    const auto now = m_clock->now();
    const ReconnectBackoff::Decision decision = m_backoff.failed(failure, now);
    // Show the real wait: the connect budget may hold the attempt back further.
    const auto budgetWait = m_limiter ? m_limiter->waitTime(now + decision.delay) : 0ms;
    const auto wait = decision.delay + budgetWait;
    m_status.attempt = decision.attempt;
    m_status.nextAttemptIn = wait;
    m_status.nextAttemptAt = QDateTime::currentDateTimeUtc().addMSecs(wait.count());
    const State next =
        failure == Failure::RateLimited ? State::RateLimited : State::WaitingToReconnect;
    setState(next, reason + HttpStatusRule::serverSaid(server));
    // One sentence per entry: what happened, the server's own words, when the next attempt is
    // (an attempt made at once says so itself).
    logEvent(StreamEvent::Kind::Warning, asSentence(reason));
    if (!server.isEmpty())
        logEvent(StreamEvent::Kind::ServerError, server);
    if (wait > 0ms)
        logEvent(StreamEvent::Kind::Info, tr("Next attempt in %1 s (attempt %2).")
                                              .arg(seconds(wait))
                                              .arg(decision.attempt + 1));
    // One attempt per failure: whatever was scheduled before is superseded.
    const quint64 ticket = ++m_attemptTicket;
    m_retryTimer->stop();
    if (wait > 0ms) {
        m_retryTimer->start(wait);
    } else {
        QMetaObject::invokeMethod(
            this,
            [this, ticket] {
                if (ticket == m_attemptTicket)
                    attemptConnection();
            },
            Qt::QueuedConnection);
    }
}

void FirehoseClient::fail(State state, const QString &reason, const QString &server)
{
    m_running = false;
    m_retryTimer->stop();
    m_stallTimer->stop();
    m_tickTimer->stop();
    dropConnection();
    flushBatch();
    setState(state, reason + HttpStatusRule::serverSaid(server));
    logEvent(StreamEvent::Kind::Error, asSentence(reason));
    if (!server.isEmpty())
        logEvent(StreamEvent::Kind::ServerError, server);
    emit statisticsUpdated(statistics());
}

void FirehoseClient::dropConnection()
{
    ++m_connectionSerial;
    if (!m_connection)
        return;
    HttpStreamConnection *connection = m_connection;
    m_connection = nullptr;
    connection->disconnect(this);
    connection->abort();
    // Possibly inside one of its own signals: deleted once that has returned.
    connection->deleteLater();
}

void FirehoseClient::setState(State state, const QString &reason)
{
    // Every request is announced, even one that follows another without a state in between:
    // the connection log and the connect budget's accounting see each of them.
    const bool changed =
        state != m_status.state || reason != m_status.reason || state == State::Connecting;
    m_status.state = state;
    m_status.reason = reason;
    if (changed) {
        qCDebug(lcStream).noquote() << "state" << stateName(state) << reason;
        emit stateChanged(state, reason);
    }
}

void FirehoseClient::logEvent(StreamEvent::Kind kind, const QString &text)
{
    emit connectionEvent(StreamEvent{QDateTime::currentDateTimeUtc(), kind, text});
}

QString FirehoseClient::serverText() const
{
    return StreamRequest::serverMessage(m_errorBody);
}
