#include "net/bandwidthlimit.h"

#include <algorithm>
#include <cmath>

void BandwidthLimit::setRate(qint64 bytesPerSecond, Time now)
{
    m_rate = std::max<qint64>(0, bytesPerSecond);
    m_last = now;
    m_tokens = double(burst()); // a new limit starts with one burst available
}

void BandwidthLimit::refill(Time now)
{
    if (now > m_last) {
        m_tokens = std::min(double(burst()),
                            m_tokens + double(m_rate) * double((now - m_last).count()) / 1000.0);
        m_last = now;
    }
}

qint64 BandwidthLimit::take(qint64 wanted, Time now)
{
    if (!isLimited())
        return wanted;
    refill(now);
    const qint64 allowed = std::clamp<qint64>(qint64(m_tokens), 0, wanted);
    m_tokens -= double(allowed);
    return allowed;
}

BandwidthLimit::Time BandwidthLimit::waitFrom(Time now)
{
    if (!isLimited())
        return Time{0};
    refill(now);
    // Wake for a worthwhile amount, not for every byte.
    const double worthwhile = double(std::min<qint64>(burst(), 16 * 1024));
    if (m_tokens >= worthwhile)
        return Time{0};
    return Time{qint64(std::ceil((worthwhile - m_tokens) * 1000.0 / double(m_rate)))};
}
