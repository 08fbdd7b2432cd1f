#include "reconnectbackoff.h"

#include <QRandomGenerator>

using Failure = ReconnectPolicy::Failure;

ReconnectBackoff::ReconnectBackoff(ReconnectPolicy policy, std::chrono::milliseconds healthyAfter)
    : m_policy(policy)
    , m_healthyAfter(healthyAfter)
{
    setRandomSource({});
}

void ReconnectBackoff::setRandomSource(std::function<double()> random)
{
    if (random)
        m_random = std::move(random);
    else
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

void ReconnectBackoff::connected(std::chrono::milliseconds now)
{
    m_connected = true;
    m_connectedAt = now;
}

ReconnectBackoff::Decision ReconnectBackoff::failed(Failure failure, std::chrono::milliseconds now)
{
    const bool wasConnected = m_connected;
    m_connected = false;
    if (wasConnected && now - m_connectedAt >= m_healthyAfter)
        reset();

    if (failure == Failure::Dropped) {
        if (wasConnected && !m_immediateUsed) {
            m_immediateUsed = true;
            return {Failure::Dropped, 1, std::chrono::milliseconds(0)};
        }
        // The immediate retry was spent on a connection that did not last: back off as for
        // any network error.
        failure = Failure::Network;
    }
    int &count = m_counts[int(failure)];
    ++count;
    return {failure, count, m_policy.delay(failure, count, m_random())};
}

void ReconnectBackoff::reset()
{
    for (int &count : m_counts)
        count = 0;
    m_immediateUsed = false;
}

int ReconnectBackoff::attempts(Failure failure) const
{
    return m_counts[int(failure)];
}
