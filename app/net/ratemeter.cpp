#include "ratemeter.h"

#include <algorithm>

RateMeter::RateMeter(Smoothing smoothing, std::chrono::milliseconds window)
    : m_smoothing(smoothing)
    , m_window(std::max(window, std::chrono::milliseconds(1)))
{}

void RateMeter::restart(std::chrono::milliseconds now, qint64 total)
{
    restartWindow(now, total);
    m_rate = 0;
}

void RateMeter::restartWindow(std::chrono::milliseconds now, qint64 total)
{
    m_windowStart = now;
    m_windowTotal = total;
}

bool RateMeter::update(std::chrono::milliseconds now, qint64 total)
{
    const std::chrono::milliseconds span = now - m_windowStart;
    if (span < m_window)
        return false;
    const double instant = double(total - m_windowTotal) * 1000.0 / double(span.count());
    const bool stale = span > 3 * m_window;
    m_rate = m_smoothing == Smoothing::Halves && m_rate > 0 && !stale
                 ? 0.5 * m_rate + 0.5 * instant
                 : instant;
    m_rate = std::max(0.0, m_rate);
    restartWindow(now, total);
    return true;
}

double RateMeter::rateAt(std::chrono::milliseconds now, qint64 total) const
{
    const std::chrono::milliseconds span = now - m_windowStart;
    if (m_rate > 0 && span < 3 * m_window)
        return m_rate;
    return span.count() > 0 ? std::max(0.0, double(total - m_windowTotal) * 1000.0 /
                                                double(span.count()))
                            : 0.0;
}
