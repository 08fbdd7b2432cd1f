#include "connectratelimiter.h"

#include <QHash>

#include <algorithm>

using std::chrono::milliseconds;

ConnectRateLimiter::ConnectRateLimiter(int maxRequests, milliseconds window)
    : m_maxRequests(std::max(maxRequests, 1))
    , m_window(window)
{}

std::shared_ptr<ConnectRateLimiter> ConnectRateLimiter::forAccount(const QString &host,
                                                                   const QString &user)
{
    static QMutex registryMutex;
    static QHash<QString, std::weak_ptr<ConnectRateLimiter>> registry;
    const QString key = host.toLower() + QLatin1Char('\n') + user;
    QMutexLocker locker(&registryMutex);
    if (auto existing = registry.value(key).lock())
        return existing;
    auto limiter = std::make_shared<ConnectRateLimiter>();
    registry.insert(key, limiter);
    return limiter;
}

void ConnectRateLimiter::expire(milliseconds now) const
{
    // A request at time t occupies the window [t, t + window).
    while (!m_requests.empty() && m_requests.front() + m_window <= now)
        m_requests.pop_front();
}

milliseconds ConnectRateLimiter::waitTimeLocked(milliseconds now) const
{
    expire(now);
    if (int(m_requests.size()) < m_maxRequests)
        return milliseconds(0);
    const milliseconds oldest = m_requests[m_requests.size() - size_t(m_maxRequests)];
    return std::max(oldest + m_window - now, milliseconds(1));
}

milliseconds ConnectRateLimiter::tryAcquire(milliseconds now)
{
    QMutexLocker locker(&m_mutex);
    const milliseconds wait = waitTimeLocked(now);
    if (wait.count() == 0)
        m_requests.push_back(now);
    return wait;
}

milliseconds ConnectRateLimiter::waitTime(milliseconds now) const
{
    QMutexLocker locker(&m_mutex);
    return waitTimeLocked(now);
}

int ConnectRateLimiter::requestsInWindow(milliseconds now) const
{
    QMutexLocker locker(&m_mutex);
    expire(now);
    return int(m_requests.size());
}
