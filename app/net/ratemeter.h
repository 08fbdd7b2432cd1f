#pragma once

#include <QtGlobal>

#include <chrono>

/// How fast a running total grows, in units per second: download speeds, messages per second.
/// A pure value: the caller passes the time (from its injected Clock), so tests step it by hand.
/// The rate is measured over windows of at least `window`; with Smoothing::Halves each new
/// window's rate is averaged with the last, so an ETA does not jump, unless the last is older
/// than three windows (then it says nothing about now).
class RateMeter
{
public:
    enum class Smoothing { None, Halves };

    explicit RateMeter(Smoothing smoothing = Smoothing::None,
                       std::chrono::milliseconds window = std::chrono::milliseconds(1000));

    /// Starts a fresh window at \a now with the running total \a total; forgets the rate.
    void restart(std::chrono::milliseconds now, qint64 total);
    /// Starts a fresh window at \a now, keeping the rate (nothing moved since the last window).
    void restartWindow(std::chrono::milliseconds now, qint64 total);
    /// The running total is \a total at \a now. True when a window closed and rate() changed.
    bool update(std::chrono::milliseconds now, qint64 total);

    /// The rate of the last closed window (smoothed as asked); 0 before the first.
    double rate() const { return m_rate; }
    /// The best figure to show at \a now: the last rate while it is fresh (under three windows
    /// old), else what arrived since the window began.
    double rateAt(std::chrono::milliseconds now, qint64 total) const;
    /// The running total when the current window began.
    qint64 windowStartTotal() const { return m_windowTotal; }

private:
    Smoothing m_smoothing;
    std::chrono::milliseconds m_window;
    std::chrono::milliseconds m_windowStart{0};
    qint64 m_windowTotal = 0;
    double m_rate = 0;
};
