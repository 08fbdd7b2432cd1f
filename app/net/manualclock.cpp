#include "manualclock.h"

#include "net/clocktimer.h"

/// A ClockTimer whose deadline is compared with a ManualClock's time.
class ManualClockTimer : public ClockTimer
{
public:
    ManualClockTimer(ManualClock *clock, QObject *parent)
        : ClockTimer(parent)
        , m_clock(clock)
    {}

    void start(std::chrono::milliseconds interval) override
    {
        m_deadline = m_clock->now() + std::max(interval, std::chrono::milliseconds(0));
        m_active = true;
    }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }

    ManualClock *m_clock;
    std::chrono::milliseconds m_deadline{0};
    bool m_active = false;
};

ManualClock::ManualClock(std::chrono::milliseconds start)
    : m_now(start)
{}

ManualClock::~ManualClock() = default;

ClockTimer *ManualClock::createTimer(QObject *parent)
{
    auto *timer = new ManualClockTimer(this, parent);
    m_timers.append(timer);
    return timer;
}

std::chrono::milliseconds ManualClock::timeToNextTimer() const
{
    std::chrono::milliseconds best{-1};
    for (const auto &timer : m_timers) {
        if (timer && timer->m_active && (best.count() < 0 || timer->m_deadline - m_now < best))
            best = std::max(timer->m_deadline - m_now, std::chrono::milliseconds(0));
    }
    return best;
}

void ManualClock::advance(std::chrono::milliseconds span)
{
    const auto target = m_now + span;
    for (;;) {
        m_timers.removeAll(nullptr);
        ManualClockTimer *due = nullptr;
        for (const auto &timer : std::as_const(m_timers)) {
            if (timer && timer->m_active && timer->m_deadline <= target &&
                (!due || timer->m_deadline < due->m_deadline))
                due = timer;
        }
        if (!due)
            break;
        m_now = std::max(m_now, due->m_deadline);
        due->m_active = false;
        emit due->timeout(); // may arm timers again, which the loop then sees
    }
    m_now = target;
}

bool ManualClock::advanceToNextTimer()
{
    const auto next = timeToNextTimer();
    if (next.count() < 0)
        return false;
    advance(next);
    return true;
}
