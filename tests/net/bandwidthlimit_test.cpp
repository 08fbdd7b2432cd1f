#include "net/bandwidthlimit.h"

#include <gtest/gtest.h>

using namespace std::chrono_literals;

TEST(BandwidthLimit, WithoutARateEverythingPasses)
{
    BandwidthLimit limit;
    EXPECT_FALSE(limit.isLimited());
    EXPECT_EQ(limit.take(10'000'000, 0ms), 10'000'000);
    EXPECT_EQ(limit.waitFrom(0ms), 0ms);
}

TEST(BandwidthLimit, TakesAtMostTheRateOverTimeWithQuarterSecondBursts)
{
    BandwidthLimit limit;
    limit.setRate(100'000, 0ms);
    EXPECT_EQ(limit.take(1'000'000, 0ms), 25'000) << "a burst is a quarter of a second";
    EXPECT_EQ(limit.take(1'000'000, 0ms), 0);
    // A worthwhile amount (16 KiB) arrives after 164 ms at 100 kB/s.
    EXPECT_EQ(limit.waitFrom(0ms), 164ms);
    EXPECT_EQ(limit.take(1'000'000, 100ms), 10'000);
    // Over ten seconds, never more than the rate (plus the first burst).
    qint64 taken = 0;
    for (int ms = 110; ms <= 10'100; ms += 10)
        taken += limit.take(1'000'000, std::chrono::milliseconds(ms));
    EXPECT_NEAR(double(taken), 1'000'000.0, 1'000.0);
    // Idle time does not bank more than one burst.
    EXPECT_EQ(limit.take(1'000'000, 60'000ms), 25'000);
}

TEST(BandwidthLimit, LiftingTheLimitLetsEverythingThrough)
{
    BandwidthLimit limit;
    limit.setRate(1'000, 0ms);
    EXPECT_EQ(limit.take(5'000, 0ms), 250);
    limit.setRate(0, 0ms);
    EXPECT_EQ(limit.take(5'000, 0ms), 5'000);
}
