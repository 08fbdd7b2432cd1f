#pragma once

#include "simfault.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

class BackupFile;
class SimHttpConnection;

/// Writes one byte range of a backup file to a storage connection, as fast as the socket takes
/// it (or throttled), straight from the file's shared segments, never copying the file whole.
/// Applies the storage faults it was given: drop or stall after N bytes, throttle, one wrong byte,
/// bytes without end after the file, a cut after N bytes of a restart from zero.
class FileTransfer : public QObject
{
    Q_OBJECT

public:
    FileTransfer(SimHttpConnection *connection, std::shared_ptr<const BackupFile> file,
                 qint64 begin, qint64 end, const QList<SimFault> &faults);

    void start();

private:
    void pump();

    SimHttpConnection *m_connection;
    std::shared_ptr<const BackupFile> m_file;
    qint64 m_position;
    qint64 m_end;
    qint64 m_sent = 0;
    qint64 m_dropAfter = -1;
    qint64 m_stallAfter = -1;
    qint64 m_throttle = 0;
    qint64 m_corruptAt = -1; ///< file offset of the byte sent wrong
    bool m_endless = false;
    bool m_done = false;
    QElapsedTimer m_clock;
    QTimer m_tick;
};
