#include "reconnectpolicy.h"

#include <QtGlobal>

#include <algorithm>

using std::chrono::milliseconds;

namespace {

milliseconds doubling(milliseconds start, milliseconds maximum, int attempt)
{
    milliseconds value = start;
    for (int i = 1; i < attempt && value < maximum; ++i)
        value *= 2;
    return std::min(value, maximum);
}

} // namespace

milliseconds ReconnectPolicy::baseDelay(Failure failure, int attempt) const
{
    attempt = std::max(attempt, 1);
    switch (failure) {
    case Failure::Dropped:
        return milliseconds(0);
    case Failure::Network:
        // Linear; the attempt count is capped first so the product cannot overflow.
        return std::min(m_settings.linearStep * std::min(attempt, 1'000'000), m_settings.linearMax);
    case Failure::Http:
        return doubling(m_settings.httpStart, m_settings.httpMax, attempt);
    case Failure::RateLimited:
        return doubling(m_settings.rateLimitStart, m_settings.rateLimitMax, attempt);
    }
    return m_settings.linearMax;
}

milliseconds ReconnectPolicy::delay(Failure failure, int attempt, double random01) const
{
    const milliseconds base = baseDelay(failure, attempt);
    const double share = std::clamp(random01, 0.0, 1.0) * std::max(m_settings.jitterFraction, 0.0);
    return base + milliseconds(qint64(double(base.count()) * share));
}
