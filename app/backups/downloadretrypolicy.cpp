#include "downloadretrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <limits>

bool DownloadRetryPolicy::shouldRetry(ErrorClass errorClass, int attempt) const
{
    if (errorClass == ErrorClass::Corrupt)
        return attempt < m_intervals.maxCorruptAttempts;
    return attempt < m_intervals.maxAttempts;
}

qint64 DownloadRetryPolicy::byteLimit(qint64 fileSize) const
{
    if (fileSize < 0)
        return m_intervals.maxBytesUnknownSize;
    const double limit = double(fileSize) * std::max(1.0, m_intervals.maxBytesFactor) +
                         double(std::max<qint64>(0, m_intervals.bytesAllowance));
    return limit >= 9.0e18 ? std::numeric_limits<qint64>::max() : qint64(std::llround(limit));
}

DownloadRetryPolicy::Verdict DownloadRetryPolicy::verdict(ErrorClass errorClass,
                                                         const Tally &tally) const
{
    if (tally.bytesFetched > byteLimit(tally.fileSize))
        return Verdict::TooManyBytes;
    if (tally.tries >= m_intervals.maxTries)
        return Verdict::TooManyTries;
    if (!shouldRetry(errorClass, tally.failuresInARow))
        return Verdict::TooManyFailures;
    return Verdict::Retry;
}

qint64 DownloadRetryPolicy::delayMs(ErrorClass errorClass, int attempt) const
{
    using Failure = ReconnectPolicy::Failure;
    Failure failure = Failure::Network;
    switch (errorClass) {
    case ErrorClass::Network:
    case ErrorClass::ExpiredLink: // the task already asked for a fresh link a few times
    case ErrorClass::Corrupt:     // fetched again from zero: never at once
        failure = Failure::Network;
        break;
    case ErrorClass::Server:
        failure = Failure::Http;
        break;
    case ErrorClass::RateLimited:
        failure = Failure::RateLimited;
        break;
    }
    const double random = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
    const ReconnectPolicy curve(m_intervals.backoff);
    return std::max<qint64>(1, curve.delay(failure, std::max(1, attempt), random).count());
}
