#pragma once

#include <QtGlobal>

#include <algorithm>

#include <chrono>

/// A token bucket shared by every transfer it limits: together they take at most rate() bytes
/// a second, with bursts of at most a quarter of a second's worth. A pure policy on times the
/// caller passes in (the injected clock's), so tests drive it without waiting. A rate of 0 means
/// no limit.
class BandwidthLimit
{
public:
    using Time = std::chrono::milliseconds;

    /// Bytes per second for everything together; 0 lifts the limit.
    void setRate(qint64 bytesPerSecond, Time now);
    qint64 rate() const { return m_rate; }
    bool isLimited() const { return m_rate > 0; }

    /// How many of \a wanted bytes may be taken at \a now (all of them without a limit); the
    /// caller takes that many.
    qint64 take(qint64 wanted, Time now);
    /// How long until a worthwhile amount (16 KiB, or a whole burst when that is less) may be
    /// taken again; zero when it may now.
    Time waitFrom(Time now);

private:
    void refill(Time now);
    qint64 burst() const { return std::max<qint64>(1, m_rate / 4); }

    qint64 m_rate = 0;
    double m_tokens = 0;
    Time m_last{0};
};
