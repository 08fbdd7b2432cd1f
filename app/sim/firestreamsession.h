#pragma once

#include "firestreamcontent.h"
#include "gzipstreamencoder.h"
#include "simfault.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>

class SimHttpConnection;
class SimulatorState;

/// One open Firestream connection: server-sent events at the configured rate (or as fast as
/// the client reads), gzip in HTTP chunks with a sync flush after every batch, keep-alive
/// comments, and the faults it was given (drop after a number of event-stream bytes — before
/// compression, so a test can cut inside an event or a field — or after a number of items,
/// or stall).
class FirestreamSession : public QObject
{
    Q_OBJECT

public:
    struct Setup
    {
        FirestreamContent::Stream stream = FirestreamContent::Stream::Users;
        qint64 startIndex = 0;
        QByteArray notice; ///< sent before the first item (resume_unavailable), if any
        qint64 dropAfterBytes = -1;
        qint64 dropAfterItems = -1;
        qint64 stallAfterItems = -1;
    };

    FirestreamSession(SimHttpConnection *connection, SimulatorState *state, const Setup &setup);
    ~FirestreamSession() override;

    void start();

private:
    void pump();
    void sendKeepAlive();
    /// Compresses and writes what is pending; false once the connection has ended.
    bool flush();
    void end(const QString &reason);

    SimHttpConnection *m_connection;
    SimulatorState *m_state;
    Setup m_setup;
    int m_number = 0;
    std::unique_ptr<GzipStreamEncoder> m_encoder;
    QByteArray m_raw;
    QByteArray m_compressed;
    qint64 m_next = 0;
    qint64 m_items = 0;        ///< items appended so far
    qint64 m_flushedItems = 0; ///< items written completely
    qint64 m_streamBytes = 0;  ///< event-stream bytes written (before compression)
    std::deque<qint64> m_itemEnds; ///< where each item not yet written whole ends
    qint64 m_keepAlives = 0;
    bool m_ended = false;
    bool m_stalled = false;
    QTimer m_tick;
    QTimer m_keepAlive;
};
