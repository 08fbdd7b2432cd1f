#pragma once

#include <QtGlobal>

#include <functional>

/// When to try a failed download again (DESIGN §1.1 applied to downloads): network errors back
/// off linearly (+250 ms per attempt up to 16 s), server errors exponentially (5 s doubling up to
/// 320 s), an expired link is resolved again at once the first time; all with jitter, and a
/// bounded number of attempts before the item is marked failed. Pure: the intervals and the
/// random source are injectable so tests run in milliseconds.
class DownloadRetryPolicy
{
public:
    enum class ErrorClass { Network, Server, ExpiredLink, Corrupt };

    struct Intervals
    {
        qint64 networkStepMs = 250;
        qint64 networkMaxMs = 16'000;
        qint64 serverStartMs = 5'000;
        qint64 serverMaxMs = 320'000;
        int maxAttempts = 8;        ///< failures in a row before giving up
        int maxCorruptAttempts = 2; ///< a corrupt result is fetched again from scratch once
        double jitter = 0.2;        ///< up to this fraction is added at random
    };

    DownloadRetryPolicy() = default;
    explicit DownloadRetryPolicy(const Intervals &intervals)
        : m_intervals(intervals)
    {}

    const Intervals &intervals() const { return m_intervals; }
    /// Replaces the random source (returns a value in [0, 1)); tests make it constant.
    void setRandom(std::function<double()> random) { m_random = std::move(random); }

    /// True when a failure of \a errorClass after \a attempt failures in a row (1 = the first)
    /// should be tried again.
    bool shouldRetry(ErrorClass errorClass, int attempt) const;
    /// Milliseconds to wait before the next try after the \a attempt-th failure in a row.
    qint64 delayMs(ErrorClass errorClass, int attempt) const;

private:
    Intervals m_intervals;
    std::function<double()> m_random;
};
