#include "net/reconnectbackoff.h"
#include "net/reconnectpolicy.h"

#include <gtest/gtest.h>

#include <QtGlobal>

using namespace std::chrono_literals;
using Failure = ReconnectPolicy::Failure;

namespace {

std::vector<qint64> sequence(Failure failure, int count)
{
    ReconnectPolicy policy;
    std::vector<qint64> delays;
    for (int attempt = 1; attempt <= count; ++attempt)
        delays.push_back(policy.delay(failure, attempt, 0.0).count());
    return delays;
}

} // namespace

TEST(ReconnectPolicy, NetworkErrorsBackOffLinearlyBy250msUpTo16s)
{
    const auto delays = sequence(Failure::Network, 70);
    for (int i = 0; i < 64; ++i)
        EXPECT_EQ(delays[size_t(i)], 250 * (i + 1));
    EXPECT_EQ(delays[63], 16'000);
    EXPECT_EQ(delays[64], 16'000);
    EXPECT_EQ(delays[69], 16'000);
}

TEST(ReconnectPolicy, HttpErrorsBackOffExponentiallyFrom5sUpTo320s)
{
    EXPECT_EQ(sequence(Failure::Http, 9),
              (std::vector<qint64>{5'000, 10'000, 20'000, 40'000, 80'000, 160'000, 320'000, 320'000,
                                   320'000}));
}

TEST(ReconnectPolicy, RateLimitingBacksOffExponentiallyFromOneMinute)
{
    EXPECT_EQ(sequence(Failure::RateLimited, 6),
              (std::vector<qint64>{60'000, 120'000, 240'000, 480'000, 960'000, 960'000}));
}

TEST(ReconnectPolicy, ADroppedConnectionIsRetriedAtOnce)
{
    EXPECT_EQ(sequence(Failure::Dropped, 1), (std::vector<qint64>{0}));
}

TEST(ReconnectPolicy, JitterOnlyLengthensTheDelayWithinItsShare)
{
    ReconnectPolicy policy;
    for (double r : {0.0, 0.25, 0.5, 0.999}) {
        const auto d = policy.delay(Failure::Http, 1, r);
        EXPECT_GE(d, 5'000ms);
        EXPECT_LE(d, 6'000ms);
    }
    EXPECT_NE(policy.delay(Failure::Http, 1, 0.1), policy.delay(Failure::Http, 1, 0.9));
    EXPECT_EQ(policy.delay(Failure::Dropped, 1, 0.9), 0ms);
}

TEST(ReconnectPolicy, HugeAttemptNumbersStayAtTheCaps)
{
    ReconnectPolicy policy;
    EXPECT_EQ(policy.baseDelay(Failure::Network, 2'000'000'000), 16'000ms);
    EXPECT_EQ(policy.baseDelay(Failure::Http, 2'000'000'000), 320'000ms);
    EXPECT_EQ(policy.baseDelay(Failure::RateLimited, 2'000'000'000), 960'000ms);
}

TEST(ReconnectBackoff, OneImmediateRetryAfterADropThenLinear)
{
    ReconnectBackoff backoff;
    backoff.setRandomSource([] { return 0.0; });
    backoff.connected(0ms);
    auto d = backoff.failed(Failure::Dropped, 5'000ms);
    EXPECT_EQ(d.delay, 0ms);
    EXPECT_EQ(d.failure, Failure::Dropped);
    // The immediate reconnect fails at the TCP level: linear from 250 ms.
    EXPECT_EQ(backoff.failed(Failure::Network, 5'010ms).delay, 250ms);
    EXPECT_EQ(backoff.failed(Failure::Network, 5'300ms).delay, 500ms);
    // It connects, but drops again quickly: no second free retry.
    backoff.connected(6'000ms);
    d = backoff.failed(Failure::Dropped, 7'000ms);
    EXPECT_EQ(d.failure, Failure::Network);
    EXPECT_EQ(d.delay, 750ms);
    EXPECT_EQ(d.attempt, 3);
}

TEST(ReconnectBackoff, ErrorClassesCountSeparately)
{
    ReconnectBackoff backoff;
    backoff.setRandomSource([] { return 0.0; });
    EXPECT_EQ(backoff.failed(Failure::Http, 0ms).delay, 5'000ms);
    EXPECT_EQ(backoff.failed(Failure::Network, 0ms).delay, 250ms);
    EXPECT_EQ(backoff.failed(Failure::Http, 0ms).delay, 10'000ms);
    EXPECT_EQ(backoff.failed(Failure::RateLimited, 0ms).delay, 60'000ms);
    EXPECT_EQ(backoff.failed(Failure::RateLimited, 0ms).delay, 120'000ms);
    EXPECT_EQ(backoff.failed(Failure::Http, 0ms).delay, 20'000ms);
}

TEST(ReconnectBackoff, AHealthyConnectionResetsEveryCounter)
{
    ReconnectBackoff backoff(ReconnectPolicy{}, 60s);
    backoff.setRandomSource([] { return 0.0; });
    for (int i = 0; i < 5; ++i)
        backoff.failed(Failure::Http, 0ms);
    backoff.connected(100s);
    EXPECT_EQ(backoff.failed(Failure::Dropped, 130s).delay, 0ms);    // 30 s: not yet healthy
    EXPECT_EQ(backoff.failed(Failure::Http, 131s).delay, 160'000ms); // the 6th in a row
    backoff.connected(200s);
    EXPECT_EQ(backoff.failed(Failure::Dropped, 261s).delay, 0ms); // healthy for 61 s: all reset
    EXPECT_EQ(backoff.attempts(Failure::Http), 0);
    EXPECT_EQ(backoff.failed(Failure::Http, 262s).delay, 5'000ms);
}
