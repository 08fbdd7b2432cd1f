#include "downloadretrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

bool DownloadRetryPolicy::shouldRetry(ErrorClass errorClass, int attempt) const
{
    if (errorClass == ErrorClass::Corrupt)
        return attempt < m_intervals.maxCorruptAttempts;
    return attempt < m_intervals.maxAttempts;
}

qint64 DownloadRetryPolicy::delayMs(ErrorClass errorClass, int attempt) const
{
    attempt = std::max(1, attempt);
    qint64 base = 0;
    switch (errorClass) {
    case ErrorClass::Network:
        base = std::min(m_intervals.networkStepMs * attempt, m_intervals.networkMaxMs);
        break;
    case ErrorClass::Server: {
        const int doublings = std::min(attempt - 1, 20);
        base = std::min(m_intervals.serverStartMs << doublings, m_intervals.serverMaxMs);
        break;
    }
    case ErrorClass::ExpiredLink:
        // The first expiry is simply resolved again; repeated ones look like a clock problem
        // or a struggling service, so they back off like network errors.
        base = attempt == 1
                   ? 0
                   : std::min(m_intervals.networkStepMs * (attempt - 1), m_intervals.networkMaxMs);
        break;
    case ErrorClass::Corrupt:
        base = 0;
        break;
    }
    const double random = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
    return base + qint64(double(base) * m_intervals.jitter * std::clamp(random, 0.0, 1.0));
}
