#pragma once

#include "net/clock.h"

#include <QList>
#include <QPointer>

#include <chrono>

/// A Clock that only moves when told to: advance() fires every timer whose deadline falls in
/// the advanced span, in deadline order, with now() set to each deadline as it fires. Used by
/// the tests (and the soak) to check backoff and stall handling without waiting.
class ManualClock : public Clock
{
public:
    explicit ManualClock(std::chrono::milliseconds start = std::chrono::milliseconds(1'000'000));
    ~ManualClock() override;

    std::chrono::milliseconds now() const override { return m_now; }
    ClockTimer *createTimer(QObject *parent) override;

    /// Moves time forward by \a span, firing due timers on the way.
    void advance(std::chrono::milliseconds span);
    /// Moves time to the next armed deadline (if any) and fires it; returns false when none is
    /// armed.
    bool advanceToNextTimer();
    /// Time until the earliest armed deadline, or -1 ms when no timer is armed.
    std::chrono::milliseconds timeToNextTimer() const;

private:
    friend class ManualClockTimer;
    std::chrono::milliseconds m_now;
    QList<QPointer<class ManualClockTimer>> m_timers;
};
