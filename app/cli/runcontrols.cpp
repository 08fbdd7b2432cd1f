#include "runcontrols.h"

RunControls::RunControls(double statusSeconds, double durationSeconds,
                         std::function<void()> printStatus, std::function<void()> finish)
{
    if (statusSeconds > 0) {
        QObject::connect(&m_status, &QTimer::timeout, &m_status, printStatus);
        m_status.start(int(statusSeconds * 1000));
    }
    m_duration.setSingleShot(true);
    if (durationSeconds > 0) {
        QObject::connect(&m_duration, &QTimer::timeout, &m_duration, finish);
        m_duration.start(int(durationSeconds * 1000));
    }
    QObject::connect(&m_stopSignals, &StopSignals::stopRequested, &m_stopSignals, finish);
}

void RunControls::end()
{
    m_status.stop();
    m_duration.stop();
    QObject::disconnect(&m_stopSignals, nullptr, nullptr, nullptr);
}
