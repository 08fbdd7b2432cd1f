#include "systemclock.h"

#include "net/clocktimer.h"

#include <QTimer>

namespace {

/// A ClockTimer over a precise single-shot QTimer.
class SystemClockTimer : public ClockTimer
{
public:
    explicit SystemClockTimer(QObject *parent)
        : ClockTimer(parent)
        , m_timer(this)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &ClockTimer::timeout);
    }

    void start(std::chrono::milliseconds interval) override
    {
        m_timer.start(std::max(interval, std::chrono::milliseconds(0)));
    }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer;
};

} // namespace

std::chrono::milliseconds SystemClock::now() const
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
}

ClockTimer *SystemClock::createTimer(QObject *parent)
{
    return new SystemClockTimer(parent);
}

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}
