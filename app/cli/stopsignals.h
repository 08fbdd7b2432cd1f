#pragma once

#include <QObject>

class QSocketNotifier;

/// Turns SIGINT and SIGTERM into a Qt signal, for the commands that run until stopped.
/// A signal handler may only do async-signal-safe work, so it writes one byte into a pipe
/// (the classic self-pipe); the event loop reads it and emits stopRequested(). Install it before
/// the command announces that it is ready, so a signal that follows the announcement at once is
/// never lost. Only one instance may be installed at a time; the destructor restores the default
/// handlers.
class StopSignals : public QObject
{
    Q_OBJECT

public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

    /// True once a signal arrived (it may not have been delivered by the event loop yet).
    bool received() const;

signals:
    /// SIGINT or SIGTERM arrived; emitted once, from the event loop.
    void stopRequested();

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
    bool m_emitted = false;
};
