#pragma once

#include "net/reconnectpolicy.h"

#include <QtGlobal>

#include <functional>

/// When to try a failed download again (DESIGN §1.1 and §6 applied to downloads). The waits are
/// the stream's own backoff curve (ReconnectPolicy): network errors, expired links and corrupt
/// transfers back off linearly (+250 ms per try up to 16 s), server errors exponentially (5 s
/// doubling up to 320 s), rate limiting from 60 s; all with jitter — no retry is ever immediate.
/// The tries of one file are capped three ways: failures in a row (only progress that was kept
/// starts that count again; a restart from zero or a failed verification never does), tries in
/// all, and bytes fetched (a small multiple of the file's size, or an absolute cap when the size
/// is unknown). Pure: the curve and the random source are injectable so tests run in
/// milliseconds.
class DownloadRetryPolicy
{
public:
    enum class ErrorClass { Network, Server, RateLimited, ExpiredLink, Corrupt };

    struct Intervals
    {
        ReconnectPolicy::Settings backoff; ///< the curve, shared with the stream
        int maxAttempts = 8;        ///< failures in a row without kept progress before giving up
        int maxCorruptAttempts = 2; ///< a corrupt result is fetched again from scratch once
        int maxTries = 30;          ///< tries of one file in all, whatever happened
        double maxBytesFactor = 3.0; ///< bytes fetched for one file: at most this times its size
        qint64 bytesAllowance = 1024 * 1024;             ///< ... plus this much
        qint64 maxBytesUnknownSize = qint64(32) << 30;   ///< when the size is not known
    };

    /// What happened to one file so far (in this session).
    struct Tally
    {
        int failuresInARow = 0; ///< this failure included
        int tries = 0;          ///< every try, this one included
        qint64 bytesFetched = 0; ///< every body byte received for the file
        qint64 fileSize = -1;    ///< -1 when unknown
    };

    enum class Verdict {
        Retry,
        TooManyFailures, ///< failures in a row reached the cap
        TooManyTries,    ///< tries in all reached the cap
        TooManyBytes,    ///< bytes fetched passed the cap
    };

    DownloadRetryPolicy() = default;
    explicit DownloadRetryPolicy(const Intervals &intervals)
        : m_intervals(intervals)
    {}

    const Intervals &intervals() const { return m_intervals; }
    /// Replaces the random source (returns a value in [0, 1)); tests make it constant.
    void setRandom(std::function<double()> random) { m_random = std::move(random); }

    /// Whether a file that just failed with \a errorClass is tried again.
    Verdict verdict(ErrorClass errorClass, const Tally &tally) const;
    /// True when a failure of \a errorClass after \a attempt failures in a row (1 = the first)
    /// may be tried again, as far as the count of failures in a row goes.
    bool shouldRetry(ErrorClass errorClass, int attempt) const;
    /// The most bytes fetched for one file of \a fileSize bytes (-1: unknown).
    qint64 byteLimit(qint64 fileSize) const;
    /// Milliseconds to wait before the next try after the \a attempt-th failure in a row; never
    /// zero.
    qint64 delayMs(ErrorClass errorClass, int attempt) const;

private:
    Intervals m_intervals;
    std::function<double()> m_random;
};
