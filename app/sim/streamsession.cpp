#include "streamsession.h"

#include "messagegenerator.h"
#include "simhttpconnection.h"
#include "simulatorstate.h"
#include "streamtemplatepool.h"

#include <QDateTime>
#include <QTcpSocket>

namespace {

constexpr qint64 streamHighWaterBytes = 1024 * 1024;  // stop generating while this much is unsent
constexpr qsizetype batchRawBytes = 128 * 1024; // flush at least this often when running flat out
constexpr qint64 maxMessagesPerPump = 20000;    // keep the thread's event loop responsive

} // namespace

StreamSession::StreamSession(SimHttpConnection *connection, SimulatorState *state,
                             const Setup &setup)
    : QObject(connection)
    , m_connection(connection)
    , m_state(state)
    , m_setup(setup)
    , m_next(setup.startIndex)
{
    for (const SimFault &fault : setup.faults) {
        switch (fault.kind) {
        case SimFault::DropAfterBytes:
            m_dropAfterBytes = fault.amount;
            break;
        case SimFault::DropAfterMessages:
            m_dropAfterMessages = fault.amount;
            break;
        case SimFault::Stall:
            m_stallAfter = fault.amount;
            break;
        case SimFault::CutLine:
            m_cutAfter = fault.amount;
            break;
        case SimFault::MalformedLine:
            m_malformedAfter = fault.amount;
            break;
        case SimFault::ForcedDisconnect:
            m_forcedAfter = fault.amount;
            break;
        case SimFault::Throttle:
            m_throttle = qMax<qint64>(1, fault.amount);
            break;
        default:
            break;
        }
    }
    SimStreamConnection record;
    record.account = setup.account;
    record.label = setup.label;
    record.backfill = setup.backfill;
    record.firstIndex = setup.startIndex;
    record.nextIndex = setup.startIndex;
    m_number = m_state->addConnection(record);

    connect(m_connection, &SimHttpConnection::closed, this,
            [this] { end(QStringLiteral("client closed")); });
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &StreamSession::pump);
    connect(&m_heartbeat, &QTimer::timeout, this, &StreamSession::sendHeartbeat);
}

StreamSession::~StreamSession()
{
    if (!m_ended) {
        m_state->updateConnection(m_number, [](SimStreamConnection &record) {
            record.open = false;
            record.endReason = QStringLiteral("simulator stopped");
        });
    }
}

void StreamSession::start()
{
    const SimulatorOptions &options = m_state->options();
    m_connection->beginResponse(200, {{"Content-Type", "application/json; charset=utf-8"},
                                      {"Content-Encoding", "gzip"},
                                      {"Transfer-Encoding", "chunked"},
                                      {"Vary", "Accept-Encoding"},
                                      {"Connection", "keep-alive"}});
    m_precompressed = m_state->usesPrecompressedStream();
    if (m_precompressed) {
        // A gzip header (no name, Unix); deflate blocks follow and the member never ends.
        m_encoded = QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    } else {
        m_encoder = std::make_unique<GzipStreamEncoder>(options.streamCompressionLevel);
    }
    m_throttleClock.start();
    // The gzip header goes out at once, so a client sees the body begin before the first message.
    flush();

    const double rate = options.messagesPerSecond;
    if (rate != 0) {
        const int interval = rate > 0 ? qBound(1, int(1000.0 / rate), 20) : 10;
        m_tick.start(interval);
    }
    if (rate < 0)
        connect(m_connection->socket(), &QTcpSocket::bytesWritten, this, &StreamSession::pump);
    if (options.heartbeatIntervalMs > 0)
        m_heartbeat.start(options.heartbeatIntervalMs);
    pump();
}

void StreamSession::pump()
{
    if (m_ended || m_stalled)
        return;
    QTcpSocket *socket = m_connection->socket();
    if (socket->bytesToWrite() > streamHighWaterBytes)
        return;
    const double rate = m_state->options().messagesPerSecond;
    if (rate == 0)
        return;
    qsizetype batchLimit = batchRawBytes;
    if (m_throttle > 0) {
        const qint64 allowance = m_throttle * m_throttleClock.elapsed() / 1000 - m_bodyBytes;
        if (allowance <= 0)
            return;
        batchLimit = qsizetype(qBound<qint64>(1, allowance * 3, batchRawBytes));
    }
    const qint64 limit = rate > 0 ? qMin(m_state->dueIndex(), m_next + maxMessagesPerPump)
                                  : m_next + maxMessagesPerPump;
    while (m_next < limit) {
        const qint64 done = m_sent + m_batchMessages;
        if (m_stallAfter >= 0 && done >= m_stallAfter) {
            if (flush())
                stall();
            return;
        }
        if (m_dropAfterMessages >= 0 && done >= m_dropAfterMessages) {
            if (flush())
                end(QStringLiteral("fault: dropped after %1 messages").arg(done));
            return;
        }
        if (m_forcedAfter >= 0 && done >= m_forcedAfter) {
            writeErrorLine("Forced Disconnect: the stream is being restarted.");
            end(QStringLiteral("fault: forced disconnect after %1 messages").arg(done));
            return;
        }
        if (m_cutAfter >= 0 && done >= m_cutAfter) {
            if (!flush())
                return;
            QByteArray line;
            m_state->appendStreamMessage(line, m_next);
            appendSpecial(line.left(line.size() / 2));
            if (flush())
                end(QStringLiteral("fault: line cut after %1 messages").arg(done));
            return;
        }
        if (m_malformedAfter >= 0 && !m_malformedSent && done >= m_malformedAfter) {
            appendSpecial("<html><body>Upstream error</body></html> not JSON {\"id\":\r\n");
            m_malformedSent = true;
        }
        appendMessageLine(m_next);
        ++m_next;
        ++m_batchMessages;
        if (pendingBytes() >= batchLimit) {
            if (!flush())
                return;
            if (m_throttle > 0 || socket->bytesToWrite() > streamHighWaterBytes)
                return;
        }
    }
    flush();
}

void StreamSession::sendHeartbeat()
{
    if (m_ended || m_stalled)
        return;
    appendSpecial(QByteArrayLiteral("\r\n"));
    ++m_heartbeats;
    flush();
}

void StreamSession::deflatePending()
{
    m_encoder->encode(m_raw, m_compressed);
    m_raw.resize(0);
}

bool StreamSession::flush()
{
    if (m_ended)
        return false;
    if (pendingBytes() == 0 && m_bodyBytes > 0)
        return true;
    if (m_precompressed) {
        if (m_writer) {
            m_writer->endBlock();
            m_writer.reset();
        }
        m_compressed.swap(m_encoded);
        m_encoded.resize(0); // keeps the buffer for the next batch
        m_encodedDecodedBytes = 0;
    } else {
        deflatePending();
    }
    const qint64 produced = m_compressed.size();

    qint64 length = produced;
    const bool cut = m_dropAfterBytes >= 0 && m_bodyBytes + produced >= m_dropAfterBytes;
    if (cut)
        length = m_dropAfterBytes - m_bodyBytes;
    QTcpSocket *socket = m_connection->socket();
    if (length > 0) {
        socket->write(QByteArray::number(length, 16) + "\r\n");
        socket->write(m_compressed.constData(), length);
        socket->write("\r\n", 2);
    }
    m_bodyBytes += length;
    if (length == produced)
        commitBatch();
    if (cut) {
        end(QStringLiteral("fault: dropped after %1 bytes").arg(m_bodyBytes));
        return false;
    }
    return true;
}

void StreamSession::commitBatch()
{
    m_sent += m_batchMessages;
    m_batchMessages = 0;
    const qint64 sent = m_sent, next = m_next, bytes = m_bodyBytes, heartbeats = m_heartbeats;
    m_state->updateConnection(m_number, [=](SimStreamConnection &record) {
        record.messages = sent;
        record.nextIndex = next;
        record.bodyBytes = bytes;
        record.heartbeats = heartbeats;
    });
}

void StreamSession::stall()
{
    m_stalled = true;
    m_tick.stop();
    m_heartbeat.stop();
    m_state->updateConnection(m_number, [](SimStreamConnection &record) {
        record.endReason = QStringLiteral("fault: stalled");
    });
}

void StreamSession::writeErrorLine(const QByteArray &message)
{
    // Messages appended but not yet flushed stay unsent: the error ends the stream first.
    if (!flush())
        return;
    QByteArray line = "{\"error\":{\"message\":\"" + message + "\",\"sent\":\"";
    QByteArray sent;
    MessageGenerator::appendIsoTime(sent, m_state->nowMs());
    sent.chop(1); // the service writes +00:00 rather than Z here
    line += sent + "+00:00\"}}\r\n";
    appendSpecial(line);
    flush();
}

void StreamSession::appendMessageLine(qint64 index)
{
    if (m_precompressed) {
        openBlock();
        m_encodedDecodedBytes += m_state->appendDeflatedStreamLine(*m_writer, index);
    } else {
        m_state->appendStreamMessage(m_raw, index);
        m_raw.append("\r\n", 2);
    }
}

void StreamSession::appendSpecial(const QByteArray &bytes)
{
    if (m_precompressed) {
        openBlock();
        m_writer->appendLiterals(bytes);
        m_encodedDecodedBytes += bytes.size();
    } else {
        m_raw.append(bytes);
    }
}

qsizetype StreamSession::pendingBytes() const
{
    return m_precompressed ? m_encodedDecodedBytes + (m_bodyBytes == 0 ? m_encoded.size() : 0)
                           : m_raw.size();
}

void StreamSession::openBlock()
{
    if (!m_writer) {
        m_writer.emplace(m_encoded);
        m_writer->beginBlock();
    }
}

void StreamSession::forceDisconnect(const QByteArray &message)
{
    if (m_ended)
        return;
    m_raw.clear();
    m_writer.reset();
    m_encoded.clear();
    m_encodedDecodedBytes = 0;
    m_next -= m_batchMessages;
    m_batchMessages = 0;
    writeErrorLine(message);
    end(QStringLiteral("forced disconnect: too many connections"));
}

void StreamSession::end(const QString &reason)
{
    if (m_ended)
        return;
    m_ended = true;
    m_tick.stop();
    m_heartbeat.stop();
    const bool wasStalled = m_stalled;
    m_state->updateConnection(m_number, [&](SimStreamConnection &record) {
        record.open = false;
        if (!wasStalled || record.endReason.isEmpty())
            record.endReason = reason;
    });
    if (!m_connection->isClosed())
        m_connection->closeGracefully();
    emit ended(this);
}
