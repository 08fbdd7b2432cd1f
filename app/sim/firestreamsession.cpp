#include "firestreamsession.h"

#include "simhttpconnection.h"
#include "simulatorstate.h"

#include <QTcpSocket>

namespace {

constexpr qint64 highWaterBytes = 1024 * 1024; // stop generating while this much is unsent
constexpr qsizetype batchBytes = 128 * 1024;   // flush at least this often when running flat out
constexpr qint64 maxItemsPerPump = 5000;       // keep the thread's event loop responsive

} // namespace

FirestreamSession::FirestreamSession(SimHttpConnection *connection, SimulatorState *state,
                                     const Setup &setup)
    : QObject(connection)
    , m_connection(connection)
    , m_state(state)
    , m_setup(setup)
    , m_next(setup.startIndex)
{
    SimStreamConnection record;
    record.account = QStringLiteral("firestream");
    record.label = FirestreamContent::pathOf(setup.stream);
    record.firstIndex = setup.startIndex;
    record.nextIndex = setup.startIndex;
    m_number = m_state->addConnection(record);
    connect(m_connection, &SimHttpConnection::closed, this,
            [this] { end(QStringLiteral("client closed")); });
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &FirestreamSession::pump);
    connect(&m_keepAlive, &QTimer::timeout, this, &FirestreamSession::sendKeepAlive);
}

FirestreamSession::~FirestreamSession()
{
    if (!m_ended) {
        m_state->updateConnection(m_number, [](SimStreamConnection &record) {
            record.open = false;
            record.endReason = QStringLiteral("simulator stopped");
        });
    }
}

void FirestreamSession::start()
{
    const SimulatorOptions &options = m_state->options();
    m_connection->beginResponse(200, {{"Content-Type", "text/event-stream; charset=utf-8"},
                                      {"Content-Encoding", "gzip"},
                                      {"Transfer-Encoding", "chunked"},
                                      {"Cache-Control", "no-cache"},
                                      {"Vary", "Accept-Encoding"},
                                      {"Connection", "keep-alive"}});
    m_encoder = std::make_unique<GzipStreamEncoder>(options.streamCompressionLevel);
    m_raw = FirestreamContent::preamble() + m_setup.notice;
    flush();
    const double rate = options.messagesPerSecond;
    if (rate > 0)
        m_tick.start(qBound(1, int(1000.0 / rate), 20));
    else if (rate < 0)
        connect(m_connection->socket(), &QTcpSocket::bytesWritten, this, &FirestreamSession::pump);
    if (options.heartbeatIntervalMs > 0)
        m_keepAlive.start(options.heartbeatIntervalMs);
    pump();
}

void FirestreamSession::pump()
{
    if (m_ended || m_stalled || m_connection->socket()->bytesToWrite() > highWaterBytes)
        return;
    const double rate = m_state->options().messagesPerSecond;
    if (rate == 0)
        return;
    const qint64 limit = rate > 0 ? qMin(m_state->dueIndex(), m_next + maxItemsPerPump)
                                  : m_next + maxItemsPerPump;
    while (m_next < limit) {
        if (m_setup.stallAfterItems >= 0 && m_items >= m_setup.stallAfterItems) {
            if (flush()) {
                m_stalled = true;
                m_tick.stop();
                m_keepAlive.stop();
            }
            return;
        }
        if (m_setup.dropAfterItems >= 0 && m_items >= m_setup.dropAfterItems) {
            if (flush())
                end(QStringLiteral("fault: dropped after %1 items").arg(m_items));
            return;
        }
        m_raw += FirestreamContent::event(m_state->generator(), m_setup.stream, m_next,
                                          m_state->createdAtMs(m_next));
        m_itemEnds.push_back(m_streamBytes + m_raw.size());
        ++m_next;
        ++m_items;
        if (m_raw.size() >= batchBytes) {
            if (!flush())
                return;
            if (m_connection->socket()->bytesToWrite() > highWaterBytes)
                return;
        }
    }
    flush();
}

void FirestreamSession::sendKeepAlive()
{
    if (m_ended || m_stalled)
        return;
    m_raw += FirestreamContent::keepAlive();
    ++m_keepAlives;
    flush();
}

bool FirestreamSession::flush()
{
    if (m_ended)
        return false;
    // A cut inside the event stream (before compression): the client gets exactly this prefix.
    bool cut = false;
    if (m_setup.dropAfterBytes >= 0 && m_streamBytes + m_raw.size() >= m_setup.dropAfterBytes) {
        m_raw.truncate(qsizetype(m_setup.dropAfterBytes - m_streamBytes));
        cut = true;
    }
    m_encoder->encode(m_raw, m_compressed);
    const qsizetype produced = m_compressed.size();
    m_streamBytes += m_raw.size();
    m_raw.resize(0);
    if (produced > 0) {
        QTcpSocket *socket = m_connection->socket();
        socket->write(QByteArray::number(produced, 16) + "\r\n");
        socket->write(m_compressed.constData(), produced);
        socket->write("\r\n", 2);
    }
    // Items count as sent once written whole; a cut one is not.
    while (!m_itemEnds.empty() && m_itemEnds.front() <= m_streamBytes) {
        m_itemEnds.pop_front();
        ++m_flushedItems;
    }
    const qint64 complete = m_flushedItems;
    const qint64 next = m_setup.startIndex + complete, bytes = m_streamBytes;
    const qint64 keepAlives = m_keepAlives;
    m_state->updateConnection(m_number, [=](SimStreamConnection &record) {
        record.messages = next - record.firstIndex;
        record.nextIndex = next;
        record.bodyBytes = bytes;
        record.heartbeats = keepAlives;
    });
    if (cut) {
        end(QStringLiteral("fault: dropped after %1 event-stream bytes").arg(m_streamBytes));
        return false;
    }
    return true;
}

void FirestreamSession::end(const QString &reason)
{
    if (m_ended)
        return;
    m_ended = true;
    m_tick.stop();
    m_keepAlive.stop();
    m_state->updateConnection(m_number, [&](SimStreamConnection &record) {
        record.open = false;
        record.endReason = reason;
    });
    if (!m_connection->isClosed())
        m_connection->closeGracefully();
}
