#pragma once

#include "fixeddeflatewriter.h"
#include "gzipstreamencoder.h"
#include "simfault.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class SimHttpConnection;
class SimulatorState;

/// One open stream connection: writes messages at the configured rate (or as fast as the client
/// reads) as gzip inside HTTP chunks, flushing after every batch so the client can decode each
/// message at once, with \r\n line ends, heartbeats and the faults it was given.
class StreamSession : public QObject
{
    Q_OBJECT

public:
    struct Setup
    {
        QString account;
        QString label;
        bool backfill = false;
        qint64 startIndex = 0;
        QList<SimFault> faults;
    };

    StreamSession(SimHttpConnection *connection, SimulatorState *state, const Setup &setup);
    ~StreamSession() override;

    /// Sends the 200 headers and starts streaming.
    void start();
    /// Sends an in-stream error message, then closes (the service's "Forced Disconnect").
    void forceDisconnect(const QByteArray &message);

    QString accountKey() const { return m_setup.account + QLatin1Char('/') + m_setup.label; }
    bool isActive() const { return !m_ended; }
    int number() const { return m_number; }

signals:
    void ended(StreamSession *session);

private:
    void pump();
    void sendHeartbeat();
    /// Compresses what is pending with a sync flush and writes it as one chunk. Returns false
    /// when a fault ended the connection.
    bool flush();
    /// Deflates m_raw into m_compressed with a sync flush (Deflate encoding).
    void deflatePending();
    void commitBatch();
    void stall();
    void end(const QString &reason);
    void writeErrorLine(const QByteArray &message);
    void appendMessageLine(qint64 index);
    /// A line that is not a stream message (heartbeat, error, broken line), sent as is.
    void appendSpecial(const QByteArray &bytes);
    qsizetype pendingBytes() const;
    void openBlock();

    SimHttpConnection *m_connection;
    SimulatorState *m_state;
    Setup m_setup;
    int m_number = 0;

    std::unique_ptr<GzipStreamEncoder> m_encoder; ///< Deflate encoding only
    bool m_precompressed = false;
    QByteArray m_raw;     // pending decoded bytes (Deflate encoding)
    QByteArray m_encoded; // pending encoded bytes (Precompressed encoding)
    std::optional<FixedDeflateWriter> m_writer;
    qsizetype m_encodedDecodedBytes = 0;
    QByteArray m_compressed;

    qint64 m_next = 0;          // next message index to append
    qint64 m_sent = 0;          // messages written completely
    qint64 m_batchMessages = 0; // messages appended since the last flush
    qint64 m_heartbeats = 0;
    qint64 m_bodyBytes = 0;
    bool m_stalled = false;
    bool m_ended = false;
    bool m_malformedSent = false;

    qint64 m_dropAfterBytes = -1;
    qint64 m_dropAfterMessages = -1;
    qint64 m_stallAfter = -1;
    qint64 m_cutAfter = -1;
    qint64 m_malformedAfter = -1;
    qint64 m_forcedAfter = -1;
    qint64 m_throttle = 0;
    QElapsedTimer m_throttleClock;

    QTimer m_tick;
    QTimer m_heartbeat;
};
