#include "firestreamservice.h"

#include "firestreamsession.h"
#include "simhttpconnection.h"
#include "simulatorstate.h"

FirestreamService::FirestreamService(SimulatorState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{}

bool FirestreamService::matches(const QString &path)
{
    return FirestreamContent::streamForPath(path).has_value();
}

qint64 FirestreamService::liveIndex(FirestreamContent::Stream stream) const
{
    if (m_state->options().messagesPerSecond > 0)
        return m_state->dueIndex();
    // As fast as clients read: the newest item is the last one any connection was sent.
    qint64 head = 0;
    const QString label = FirestreamContent::pathOf(stream);
    for (const SimStreamConnection &connection : m_state->connections()) {
        if (connection.account == QLatin1String("firestream") && connection.label == label)
            head = qMax(head, connection.nextIndex);
    }
    return head;
}

qint64 FirestreamService::sentAtMs(FirestreamContent::Stream stream, qint64 index) const
{
    if (m_state->options().messagesPerSecond > 0)
        return m_state->createdAtMs(index);
    qint64 at = -1;
    for (const auto &[firstIndex, ms] : m_sent.value(int(stream))) {
        if (firstIndex <= index)
            at = ms;
    }
    return at;
}

qint64 FirestreamService::oldestHeld(FirestreamContent::Stream stream, qint64 live) const
{
    const qint64 horizon = m_state->nowMs() - replayWindowMs;
    const double rate = m_state->options().messagesPerSecond;
    if (rate > 0) {
        const qint64 epoch = m_state->createdAtMs(0);
        const qint64 first = horizon <= epoch ? 0 : qint64(double(horizon - epoch) * rate / 1000.0) + 1;
        return qMin(first, live);
    }
    for (const auto &[firstIndex, ms] : m_sent.value(int(stream))) {
        if (ms >= horizon)
            return qMin(firstIndex, live);
    }
    return live;
}

void FirestreamService::handle(SimHttpConnection *connection, const SimHttpRequest &request)
{
    using namespace FirestreamContent;
    const SimulatorOptions &options = m_state->options();
    SimRequest logged = SimRequest::of(SimFault::Stream, request);
    const auto answer = [&](int status, const QByteArray &body,
                            const SimHttpConnection::Headers &headers = {}) {
        logged.status = status;
        m_state->logRequest(logged);
        connection->respond(status, body, "application/json; charset=utf-8", headers);
    };
    const auto error = [](const QByteArray &message) {
        return "{\"error\":{\"message\":\"" + message + "\"}}\n";
    };

    const Stream stream = *streamForPath(request.path);
    if (request.method != "GET") {
        answer(405, error("Only GET is supported on a stream."), {{"Allow", "GET"}});
        return;
    }
    if (m_state->takeFault(SimFault::Stream, SimFault::ServiceUnavailable)) {
        logged.injected = true;
        answer(503, error("Service Unavailable: the stream is temporarily unavailable. Reconnect "
                          "with backoff."));
        return;
    }
    QString user, password;
    if (!request.basicCredentials(&user, &password) || user != options.user ||
        password != options.password) {
        answer(401, error("Unauthorized: invalid credentials."),
               {{"WWW-Authenticate", "Basic realm=\"Firestream\""}});
        return;
    }
    logged.injected = m_state->takeFault(SimFault::Stream, SimFault::RateLimited).has_value();
    if (logged.injected || !m_state->admitConnection(QStringLiteral("firestream"))) {
        answer(429, error("Rate limited: too many connection requests."));
        return;
    }
    if (!request.acceptsGzip()) {
        answer(406, error("This connection requires compression. To enable compression, send an "
                          "'Accept-Encoding: gzip' header in your request and be ready to "
                          "uncompress the stream as it is read on the client end."));
        return;
    }

    // Where this connection starts: after the seq_id asked for, when it can be honoured.
    FirestreamSession::Setup setup;
    setup.stream = stream;
    const qint64 live = liveIndex(stream);
    setup.startIndex = live;
    const QString asked = request.query.queryItemValue(QStringLiteral("seq_id"));
    if (!asked.isEmpty()) {
        const std::optional<qint64> index = indexOf(stream, asked);
        if (!index || *index >= live) {
            setup.notice = resumeUnavailableEvent(
                asked, "seq_id is not known on this stream; streaming from the live position.");
        } else if (sentAtMs(stream, *index) < m_state->nowMs() - replayWindowMs) {
            setup.startIndex = oldestHeld(stream, live);
            setup.notice = resumeUnavailableEvent(
                asked, "seq_id is older than 24 hours; streaming from the oldest item held.");
        } else {
            setup.startIndex = *index + 1;
        }
    }
    if (const auto fault = m_state->takeFault(SimFault::Stream, SimFault::DropAfterBytes))
        setup.dropAfterBytes = fault->amount;
    if (const auto fault = m_state->takeFault(SimFault::Stream, SimFault::DropAfterMessages))
        setup.dropAfterItems = fault->amount;
    if (const auto fault = m_state->takeFault(SimFault::Stream, SimFault::Stall))
        setup.stallAfterItems = fault->amount;

    logged.status = 200;
    m_state->logRequest(logged);
    m_sent[int(stream)].append({setup.startIndex, m_state->nowMs()});
    auto *session = new FirestreamSession(connection, m_state, setup);
    session->start();
}
