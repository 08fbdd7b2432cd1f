#pragma once

#include "backups/gzipverifier.h"

#include <QObject>
#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

/// Verifies a `.part` file on a worker thread while it is still being written: the writer
/// announces how many bytes are on disk, the worker reads up to there and feeds a GzipVerifier.
/// The check then costs no extra pass at the end, and a resumed download re-reads its earlier
/// bytes from disk, so nothing is taken on trust.
class PartFileVerifier : public QObject
{
    Q_OBJECT

public:
    explicit PartFileVerifier(const QString &path, QObject *parent = nullptr);
    ~PartFileVerifier() override;

    /// Starts the worker (the file must exist).
    void start();
    /// The file now holds \a bytes verified-able bytes (written and flushed).
    void setAvailable(qint64 bytes);
    /// No more bytes will come: the verdict follows with finished().
    void setComplete();
    /// Stops the worker without a verdict.
    void cancel();

    qint64 verifiedBytes() const;
    bool isRunning() const { return m_thread.joinable(); }

signals:
    /// The verdict, delivered in this object's thread. Emitted early (before setComplete())
    /// when the bytes are already known to be bad.
    void finished(const GzipVerifier::Result &result);

private:
    void run();

    QString m_path;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    qint64 m_available = 0;
    qint64 m_verified = 0;
    bool m_complete = false;
    bool m_cancelled = false;
};
