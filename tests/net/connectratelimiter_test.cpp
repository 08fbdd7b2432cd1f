#include "net/connectratelimiter.h"
#include "net/manualclock.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>

#include <algorithm>

using namespace std::chrono_literals;

TEST(ConnectRateLimiter, AllowsTenThenSaysHowLongToWait)
{
    ConnectRateLimiter limiter;
    for (int i = 0; i < 10; ++i)
        EXPECT_EQ(limiter.tryAcquire(1'000ms + i * 1s), 0ms) << i;
    // The 11th at 10 s must wait until the first (at 1 s) leaves the window: the provider's
    // 60 s and one second of margin.
    EXPECT_EQ(limiter.tryAcquire(11'000ms), 51'000ms);
    EXPECT_EQ(limiter.requestsInWindow(11'000ms), 10);
    EXPECT_EQ(limiter.waitTime(61'999ms), 1ms);
    EXPECT_EQ(limiter.tryAcquire(62'000ms), 0ms);
    EXPECT_GT(limiter.tryAcquire(62'000ms), 0ms);
}

TEST(ConnectRateLimiter, TheServerNeverCountsElevenInItsMinuteDespiteJitter)
{
    // Clients of one account reconnect the moment the limiter lets them (time from a
    // ManualClock), and each request reaches the server up to 900 ms later, by a different delay
    // each time. The server counts arrivals: in no 60 s of its own may it see more than 10.
    ManualClock clock(0ms);
    ConnectRateLimiter limiter;
    QRandomGenerator random(7);
    std::vector<std::chrono::milliseconds> arrivals;
    while (clock.now() < 1h) {
        const auto wait = limiter.tryAcquire(clock.now());
        if (wait > 0ms) {
            clock.advance(wait);
            continue;
        }
        arrivals.push_back(clock.now() + std::chrono::milliseconds(random.bounded(0, 900)));
    }
    std::sort(arrivals.begin(), arrivals.end());
    ASSERT_GE(arrivals.size(), 580u) << "the whole budget stays usable: 10 per 61 s";
    for (size_t i = 0; i + 10 < arrivals.size(); ++i)
        ASSERT_GE(arrivals[i + 10] - arrivals[i], 60'000ms)
            << "the server saw 11 requests within a minute, from " << arrivals[i].count() << " ms";
}

TEST(ConnectRateLimiter, NeverMoreThanTenInAnySixtyOneSecondsUnderAStorm)
{
    // Many clients of one account fail and retry as fast as they can, at random moments; every
    // granted request is checked against every 61 s window (the provider's minute and a margin).
    ConnectRateLimiter limiter;
    QRandomGenerator random(42);
    std::vector<qint64> granted;
    std::chrono::milliseconds now = 0ms;
    for (int i = 0; i < 20'000; ++i) {
        now += std::chrono::milliseconds(random.bounded(0, 400));
        if (limiter.tryAcquire(now) == 0ms)
            granted.push_back(now.count());
    }
    ASSERT_GT(granted.size(), 100u);
    for (size_t i = 0; i + 10 < granted.size(); ++i)
        EXPECT_GE(granted[i + 10] - granted[i], 61'000)
            << "11 requests within 61 s at " << granted[i];
}

TEST(ConnectRateLimiter, WaitingExactlyAsToldIsAlwaysGranted)
{
    ConnectRateLimiter limiter;
    std::chrono::milliseconds now = 0ms;
    int granted = 0;
    for (int i = 0; i < 50; ++i) {
        auto wait = limiter.tryAcquire(now);
        if (wait > 0ms) {
            now += wait;
            ASSERT_EQ(limiter.tryAcquire(now), 0ms);
        }
        ++granted;
    }
    EXPECT_EQ(granted, 50);
    EXPECT_GE(now, 4 * 61'000ms); // 50 requests need at least four further windows
}

TEST(ConnectRateLimiter, OneLimiterPerAccount)
{
    auto a1 = ConnectRateLimiter::forAccount(QStringLiteral("stream.example"),
                                             QStringLiteral("a@example.org"));
    auto a2 = ConnectRateLimiter::forAccount(QStringLiteral("STREAM.example"),
                                             QStringLiteral("a@example.org"));
    auto b = ConnectRateLimiter::forAccount(QStringLiteral("stream.example"),
                                            QStringLiteral("b@example.org"));
    EXPECT_EQ(a1.get(), a2.get());
    EXPECT_NE(a1.get(), b.get());
}
