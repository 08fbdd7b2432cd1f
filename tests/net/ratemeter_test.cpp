// Speeds and message rates, on a clock the test moves by hand.
#include "net/ratemeter.h"

#include <gtest/gtest.h>

using namespace std::chrono_literals;

TEST(RateMeter, MeasuresOverWholeWindowsOnly)
{
    RateMeter meter;
    meter.restart(0ms, 0);
    EXPECT_FALSE(meter.update(400ms, 400));
    EXPECT_EQ(meter.rate(), 0.0);
    EXPECT_TRUE(meter.update(1000ms, 2000));
    EXPECT_DOUBLE_EQ(meter.rate(), 2000.0);
    EXPECT_TRUE(meter.update(2000ms, 2500));
    EXPECT_DOUBLE_EQ(meter.rate(), 500.0); // no smoothing: the last window alone
}

TEST(RateMeter, SmoothingHalvesTheJumpSoAnEtaDoesNotLeap)
{
    RateMeter meter(RateMeter::Smoothing::Halves);
    meter.restart(0ms, 0);
    meter.update(1000ms, 1000);
    EXPECT_DOUBLE_EQ(meter.rate(), 1000.0); // the first window is taken as it is
    meter.update(2000ms, 4000);
    EXPECT_DOUBLE_EQ(meter.rate(), 2000.0); // halfway between 1000 and 3000
}

TEST(RateMeter, AnOldRateSaysNothingAboutNow)
{
    RateMeter meter(RateMeter::Smoothing::Halves);
    meter.restart(0ms, 0);
    meter.update(1000ms, 10'000);
    // Shown while fresh; once three windows pass without a closed window, what arrived since.
    EXPECT_DOUBLE_EQ(meter.rateAt(2500ms, 10'000), 10'000.0);
    EXPECT_DOUBLE_EQ(meter.rateAt(5000ms, 10'400), 100.0);
    // A window after a long silence is not averaged with the old rate.
    meter.update(6000ms, 10'500);
    EXPECT_DOUBLE_EQ(meter.rate(), 100.0);
}

TEST(RateMeter, NeverNegativeWhenATotalStartsOver)
{
    RateMeter meter(RateMeter::Smoothing::Halves);
    meter.restart(0ms, 5000);
    meter.update(1000ms, 0); // a download restarted from zero
    EXPECT_EQ(meter.rate(), 0.0);
    EXPECT_EQ(meter.rateAt(1500ms, 0), 0.0);
}
