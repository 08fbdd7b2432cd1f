#include "net/clocktimer.h"
#include "net/manualclock.h"

#include <gtest/gtest.h>

#include <QtGlobal>

using namespace std::chrono_literals;

TEST(ManualClock, FiresTimersInDeadlineOrderAtTheirDeadlines)
{
    ManualClock clock(0ms);
    QObject owner;
    ClockTimer *a = clock.createTimer(&owner);
    ClockTimer *b = clock.createTimer(&owner);
    std::vector<std::pair<char, qint64>> fired;
    QObject::connect(a, &ClockTimer::timeout,
                     [&] { fired.emplace_back('a', clock.now().count()); });
    QObject::connect(b, &ClockTimer::timeout, [&] {
        fired.emplace_back('b', clock.now().count());
        if (fired.size() < 3)
            b->start(100ms); // re-armed from its own timeout
    });
    a->start(250ms);
    b->start(100ms);
    EXPECT_EQ(clock.timeToNextTimer(), 100ms);
    clock.advance(299ms);
    EXPECT_EQ(fired, (std::vector<std::pair<char, qint64>>{{'b', 100}, {'b', 200}, {'a', 250}}));
    EXPECT_EQ(clock.now(), 299ms);
    EXPECT_TRUE(b->isActive());
    b->stop();
    EXPECT_FALSE(clock.advanceToNextTimer());
}
