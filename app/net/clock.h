#pragma once

#include <chrono>

class ClockTimer;
class QObject;

/// A steady clock plus single-shot timers, injected into the stream client so that backoff,
/// stall detection and the connect budget run on real time in the application and on a manual
/// clock in tests (which then take milliseconds instead of minutes).
class Clock
{
public:
    virtual ~Clock() = default;

    /// Monotonic time since an arbitrary origin; never jumps with the wall clock.
    virtual std::chrono::milliseconds now() const = 0;
    /// A new stopped single-shot timer owned by \a parent.
    virtual ClockTimer *createTimer(QObject *parent) = 0;

    /// The process-wide real clock (a SystemClock).
    static Clock *system();
};
