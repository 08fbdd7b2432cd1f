#include "filetransfer.h"

#include "backupfile.h"
#include "simhttpconnection.h"

#include <QTcpSocket>

namespace {

constexpr qint64 fileHighWaterBytes = 4 * 1024 * 1024;
constexpr qint64 pieceBytes = 256 * 1024;

} // namespace

FileTransfer::FileTransfer(SimHttpConnection *connection, std::shared_ptr<const BackupFile> file,
                           qint64 begin, qint64 end, const QList<SimFault> &faults)
    : QObject(connection)
    , m_connection(connection)
    , m_file(std::move(file))
    , m_position(begin)
    , m_end(end)
{
    for (const SimFault &fault : faults) {
        if (fault.kind == SimFault::DropAfterBytes)
            m_dropAfter = fault.amount;
        else if (fault.kind == SimFault::Stall)
            m_stallAfter = fault.amount;
        else if (fault.kind == SimFault::Throttle)
            m_throttle = qMax<qint64>(1, fault.amount);
        else if (fault.kind == SimFault::Corrupt)
            m_corruptAt = fault.amount > 0 ? fault.amount : m_file->size() / 2;
        else if (fault.kind == SimFault::EndlessBody)
            m_endless = true;
        else if (fault.kind == SimFault::RangeIgnoredCut)
            m_dropAfter = fault.amount > 0 ? fault.amount : (end - begin) / 2;
    }
    connect(&m_tick, &QTimer::timeout, this, &FileTransfer::pump);
}

void FileTransfer::start()
{
    m_clock.start();
    connect(m_connection->socket(), &QTcpSocket::bytesWritten, this, &FileTransfer::pump);
    connect(m_connection, &SimHttpConnection::closed, this, [this] { m_done = true; });
    if (m_throttle > 0)
        m_tick.start(10);
    pump();
}

void FileTransfer::pump()
{
    if (m_done || m_connection->isClosed())
        return;
    QTcpSocket *socket = m_connection->socket();
    while (m_position < m_end && socket->bytesToWrite() < fileHighWaterBytes) {
        qint64 want = qMin(pieceBytes, m_end - m_position);
        if (m_throttle > 0) {
            const qint64 allowance = m_throttle * m_clock.elapsed() / 1000 - m_sent;
            if (allowance <= 0)
                return;
            want = qMin(want, allowance);
        }
        if (m_dropAfter >= 0)
            want = qMin(want, m_dropAfter - m_sent);
        if (m_stallAfter >= 0)
            want = qMin(want, m_stallAfter - m_sent);
        if (want <= 0)
            break;
        const QByteArrayView piece = m_file->view(m_position, want);
        if (m_corruptAt >= m_position && m_corruptAt < m_position + piece.size()) {
            QByteArray copy(piece.data(), piece.size());
            copy[m_corruptAt - m_position] = char(copy[m_corruptAt - m_position] ^ 0x5a);
            socket->write(copy);
        } else {
            socket->write(piece.data(), piece.size());
        }
        m_position += piece.size();
        m_sent += piece.size();
    }
    if (m_dropAfter >= 0 && m_sent >= m_dropAfter && m_position < m_end) {
        m_done = true;
        m_connection->closeGracefully();
        return;
    }
    if (m_stallAfter >= 0 && m_sent >= m_stallAfter && m_position < m_end) {
        m_done = true; // keep the socket open, send nothing more
        m_tick.stop();
        return;
    }
    if (m_position >= m_end && m_endless) {
        // After the whole file: more bytes for as long as the client reads them.
        static const QByteArray filler = [] {
            QByteArray bytes(64 * 1024, '\0');
            quint32 x = 2463534242u;
            for (char &c : bytes) {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                c = char(x);
            }
            return bytes;
        }();
        while (socket->bytesToWrite() < fileHighWaterBytes) {
            qint64 want = filler.size();
            if (m_throttle > 0) {
                const qint64 allowance = m_throttle * m_clock.elapsed() / 1000 - m_sent;
                if (allowance <= 0)
                    return;
                want = qMin(want, allowance);
            }
            socket->write(filler.constData(), want);
            m_sent += want;
        }
        return;
    }
    if (m_position >= m_end) {
        m_done = true;
        m_tick.stop();
        disconnect(socket, nullptr, this, nullptr);
        m_connection->endResponse();
        deleteLater();
    }
}
