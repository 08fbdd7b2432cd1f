#include "streamservice.h"

#include "messagegenerator.h"
#include "simhttpconnection.h"
#include "simulatorstate.h"
#include "streamsession.h"

#include <QRegularExpression>
#include <QTcpSocket>

#include <cmath>

namespace {

QByteArray jsonError(SimulatorState *state, const QByteArray &message)
{
    QByteArray sent;
    MessageGenerator::appendIsoTime(sent, state->nowMs());
    sent.chop(1);
    return "{\"error\":{\"message\":\"" + message + "\",\"sent\":\"" + sent + "+00:00\"}}\r\n";
}

} // namespace

StreamService::StreamService(SimulatorState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{}

bool StreamService::matches(const QString &path, QString *account, QString *label)
{
    static const QRegularExpression classic(
        QStringLiteral("^/accounts/([^/]+)/publishers/([^/]+)/streams/([^/]+)/([^/]+)\\.json$"));
    static const QRegularExpression product(
        QStringLiteral("^/stream/([^/]+)/accounts/([^/]+)/publishers/([^/]+)/([^/]+)\\.json$"));
    QRegularExpressionMatch match = classic.match(path);
    int accountGroup = 1;
    if (!match.hasMatch()) {
        match = product.match(path);
        accountGroup = 2;
    }
    if (!match.hasMatch())
        return false;
    if (account)
        *account = match.captured(accountGroup);
    if (label)
        *label = match.captured(4);
    return true;
}

qint64 StreamService::startIndex(const QString &accountKey, const SimHttpRequest &request,
                                 bool *backfill) const
{
    // client=N: the classic backfill of up to five minutes; backfillMinutes=N on newer products.
    double minutes = 0;
    if (request.query.hasQueryItem(QStringLiteral("backfillMinutes")))
        minutes =
            qBound(0, request.query.queryItemValue(QStringLiteral("backfillMinutes")).toInt(), 5);
    else if (request.query.hasQueryItem(QStringLiteral("client")))
        minutes = request.query.queryItemValue(QStringLiteral("client")).toInt() > 0 ? 5 : 0;
    *backfill = minutes > 0;

    const SimulatorOptions &options = m_state->options();
    const std::optional<qint64> last = m_state->lastSentIndex(accountKey);
    qint64 head = 0;
    for (const SimStreamConnection &connection : m_state->connections())
        head = qMax(head, connection.nextIndex);

    if (options.messagesPerSecond > 0) {
        // Messages happen on a timeline whether anyone listens or not; a reconnection misses
        // those of the gap unless backfill sends the last minutes again.
        const qint64 due = m_state->dueIndex();
        if (*backfill && last)
            return qMax<qint64>(0,
                                due - qint64(std::ceil(minutes * 60 * options.messagesPerSecond)));
        return due;
    }
    if (*backfill && last)
        return qMax<qint64>(0, *last + 1 - options.unlimitedBackfillMessages);
    return last ? qMax(*last + 1, head) : head;
}

void StreamService::handle(SimHttpConnection *connection, const SimHttpRequest &request)
{
    const SimulatorOptions &options = m_state->options();
    SimRequest logged = SimRequest::of(SimFault::Stream, request);
    const auto answer = [&](int status, const QByteArray &body, const QByteArray &type,
                            const SimHttpConnection::Headers &headers = {}) {
        logged.status = status;
        m_state->logRequest(logged);
        connection->respond(status, body, type, headers);
    };
    const QByteArray json = "application/json; charset=utf-8";
    const QByteArray text = "text/plain; charset=utf-8";

    QString account, label;
    matches(request.path, &account, &label);
    if (request.method != "GET") {
        answer(405, "Only GET is supported on a stream.\n", text, {{"Allow", "GET"}});
        return;
    }
    if (m_state->takeFault(SimFault::Stream, SimFault::ServiceUnavailable)) {
        logged.injected = true;
        answer(
            503,
            "Service Unavailable: the stream is temporarily unavailable. Reconnect with backoff.\n",
            text);
        return;
    }
    QString user, password;
    if (!request.basicCredentials(&user, &password) || user != options.user ||
        password != options.password) {
        answer(401,
               "Unauthorized: invalid credentials for this stream. Check the user name and "
               "password.\n",
               text, {{"WWW-Authenticate", "Basic realm=\"Hydrant simulator\""}});
        return;
    }
    logged.injected = m_state->takeFault(SimFault::Stream, SimFault::RateLimited).has_value();
    if (logged.injected || !m_state->admitConnection(account)) {
        answer(429,
               jsonError(m_state, "Rate limited: more than " +
                                      QByteArray::number(options.connectLimit) +
                                      " connection requests in " +
                                      QByteArray::number(options.connectWindowMs / 1000) +
                                      " seconds for this account."),
               json);
        return;
    }
    if (!request.acceptsGzip()) {
        answer(
            406,
            jsonError(m_state,
                      "This connection requires compression. To enable compression, send an "
                      "'Accept-Encoding: gzip' header in your request and be ready to uncompress "
                      "the stream as it is read on the client end."),
            json);
        return;
    }

    logged.status = 200;
    m_state->logRequest(logged);
    StreamSession::Setup setup;
    setup.account = account;
    setup.label = label;
    setup.startIndex = startIndex(account + QLatin1Char('/') + label, request, &setup.backfill);
    setup.faults = m_state->takeFaults(SimFault::Stream);

    // Too many concurrent connections: the oldest is forced off, as the service does.
    m_sessions.removeIf(
        [](const QPointer<StreamSession> &session) { return !session || !session->isActive(); });
    const QString key = account + QLatin1Char('/') + label;
    QList<StreamSession *> same;
    for (const auto &session : std::as_const(m_sessions)) {
        if (session->accountKey() == key)
            same.append(session);
    }
    for (qsizetype i = 0;
         i + options.allowedConnections <= same.size() && options.allowedConnections > 0; ++i) {
        same[i]->forceDisconnect(
            "Forced Disconnect: Too many connections. (Allowed Connections = " +
            QByteArray::number(options.allowedConnections) + ")");
    }

    auto *session = new StreamSession(connection, m_state, setup);
    m_sessions.append(session);
    session->start();
}
