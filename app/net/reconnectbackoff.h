#pragma once

#include "net/reconnectpolicy.h"

#include <chrono>
#include <functional>

/// Remembers the failures in a row of each kind and turns the next one into a delay through a
/// ReconnectPolicy. It grants the immediate reconnect after a dropped connection only once until
/// a connection has been healthy (open for healthyAfter); a healthy connection also resets every
/// counter, so a stream that ran for hours starts again from the shortest delays.
class ReconnectBackoff
{
public:
    struct Decision
    {
        ReconnectPolicy::Failure
            failure;     ///< the kind actually applied (a repeated drop counts as Network)
        int attempt = 1; ///< failures of that kind in a row, this one included
        std::chrono::milliseconds delay{0};
    };

    explicit ReconnectBackoff(ReconnectPolicy policy = {},
                              std::chrono::milliseconds healthyAfter = std::chrono::seconds(60));

    /// Source of jitter, returning numbers in [0, 1). Default: a per-thread random generator.
    void setRandomSource(std::function<double()> random);
    void setHealthyAfter(std::chrono::milliseconds span) { m_healthyAfter = span; }
    std::chrono::milliseconds healthyAfter() const { return m_healthyAfter; }
    const ReconnectPolicy &policy() const { return m_policy; }

    /// A connection was established (HTTP 200) at \a now.
    void connected(std::chrono::milliseconds now);
    /// A connection attempt or an established connection failed at \a now.
    Decision failed(ReconnectPolicy::Failure failure, std::chrono::milliseconds now);
    /// Forgets everything (a fresh start by the user).
    void reset();

    int attempts(ReconnectPolicy::Failure failure) const;

private:
    ReconnectPolicy m_policy;
    std::chrono::milliseconds m_healthyAfter;
    std::function<double()> m_random;
    int m_counts[4] = {0, 0, 0, 0};
    bool m_immediateUsed = false;
    bool m_connected = false;
    std::chrono::milliseconds m_connectedAt{0};
};
