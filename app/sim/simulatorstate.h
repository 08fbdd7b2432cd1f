#pragma once

#include "backupfilecache.h"
#include "messagegenerator.h"
#include "simfault.h"
#include "simrecords.h"
#include "simulatoroptions.h"
#include "streamtemplatepool.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>

#include <atomic>
#include <functional>
#include <optional>

/// What the simulator's listeners share across their threads: the options, the content
/// generators, the clock, the pending faults and the record of what was served. Every method
/// is thread-safe.
class SimulatorState
{
public:
    explicit SimulatorState(const SimulatorOptions &options);

    const SimulatorOptions &options() const { return m_options; }
    const MessageGenerator &generator() const { return m_generator; }

    // --- Clock: wall time plus an offset tests can advance ------------------------------------
    qint64 nowMs() const;
    void advanceClock(qint64 ms);
    QDate today() const;

    // --- Stream timeline ----------------------------------------------------------------------
    /// Marks t = 0 of the stream: at a finite rate, message n "happens" at n / rate seconds.
    void startTimeline();
    /// Messages that have happened so far (finite positive rates only).
    qint64 dueIndex() const;
    qint64 createdAtMs(qint64 index) const;
    /// Appends message \a index as the stream serves it (no line end).
    void appendStreamMessage(QByteArray &out, qint64 index);
    /// Writes message \a index and \r\n as pre-encoded deflate codes (see StreamTemplatePool);
    /// returns the decoded size.
    qsizetype appendDeflatedStreamLine(FixedDeflateWriter &writer, qint64 index);
    /// True when the stream is assembled from pre-deflated pieces.
    bool usesPrecompressedStream() const;

    // --- Faults -------------------------------------------------------------------------------
    void addFault(const SimFault &fault);
    void clearFaults();
    /// Consumes one use of the first pending fault of \a kind for \a target.
    std::optional<SimFault> takeFault(SimFault::Target target, SimFault::Kind kind);
    /// Consumes one use of every pending fault for \a target except 503s and stalls of the API.
    QList<SimFault> takeFaults(SimFault::Target target);

    // --- Stream connections -------------------------------------------------------------------
    /// Counts a connection request of \a account; false when it exceeds the limit (429).
    bool admitConnection(const QString &account);
    /// Registers a new stream connection; returns its number.
    int addConnection(SimStreamConnection record);
    void updateConnection(int number, const std::function<void(SimStreamConnection &)> &update);
    QList<SimStreamConnection> connections() const;
    /// Index of the last message any earlier connection of \a accountKey was sent, if any.
    std::optional<qint64> lastSentIndex(const QString &accountKey) const;
    qint64 messagesSent() const { return m_messagesSent.load(); }

    // --- Request log --------------------------------------------------------------------------
    void logRequest(const SimRequest &request);
    QList<SimRequest> requests() const;

    // --- Backups ------------------------------------------------------------------------------
    bool isKnownFileType(const QString &type) const;
    /// True when \a day has a file of \a type (past, not today, not a missing day).
    bool hasBackup(const QString &type, QDate day) const;
    BackupFile::Parameters fileParameters(const QString &type, QDate day) const;
    std::shared_ptr<const BackupFile> backupFile(const QString &type, QDate day);
    QByteArray signingSecret() const { return m_secret; }

private:
    const StreamTemplatePool &streamPool();

    const SimulatorOptions m_options;
    const MessageGenerator m_generator;
    BackupFileCache m_files;
    const QByteArray m_secret;

    std::shared_ptr<const StreamTemplatePool> m_pool;
    QMutex m_poolMutex;
    std::atomic<qint64> m_clockOffset{0};
    QElapsedTimer m_timeline;
    qint64 m_epochMs = 0;
    std::atomic<qint64> m_messagesSent{0};

    mutable QMutex m_mutex;
    QList<SimFault> m_faults;
    QHash<QString, QList<qint64>> m_connectAttempts;
    QList<SimStreamConnection> m_connections;
    QHash<QString, qint64> m_lastSent;
    QList<SimRequest> m_requests;
};
