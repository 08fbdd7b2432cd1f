#pragma once

#include "stopsignals.h"

#include <QTimer>

#include <functional>

/// What every command that runs until stopped shares: a status line every few seconds, the end
/// after --duration, and Ctrl+C or SIGTERM; the last two end the run normally, with its summary.
/// Create it once the run is set up (it installs the signal handlers) and keep it for the run.
class RunControls
{
public:
    /// \a statusSeconds and \a durationSeconds of 0 mean none; \a printStatus writes the line,
    /// \a finish ends the run.
    RunControls(double statusSeconds, double durationSeconds, std::function<void()> printStatus,
                std::function<void()> finish);

    /// The run is over: no more status lines, and neither the duration nor a late signal ends
    /// it again while the command writes its summary.
    void end();

private:
    QTimer m_status;
    QTimer m_duration;
    StopSignals m_stopSignals;
};
