#pragma once

#include "net/clock.h"

/// The real Clock: std::chrono::steady_clock and precise QTimers.
class SystemClock : public Clock
{
public:
    std::chrono::milliseconds now() const override;
    ClockTimer *createTimer(QObject *parent) override;
};
