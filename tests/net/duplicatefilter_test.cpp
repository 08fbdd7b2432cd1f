#include "net/duplicatefilter.h"

#include <gtest/gtest.h>

#include <QString>

#include <deque>
#include <random>
#include <set>

TEST(DuplicateFilter, DropsAnIdSeenBefore)
{
    DuplicateFilter filter;
    EXPECT_FALSE(filter.isDuplicate(u"tag:example,2024:1"));
    EXPECT_FALSE(filter.isDuplicate(u"tag:example,2024:2"));
    EXPECT_TRUE(filter.isDuplicate(u"tag:example,2024:1"));
    EXPECT_TRUE(filter.isDuplicate(u"tag:example,2024:2"));
    EXPECT_EQ(filter.size(), 2);
}

TEST(DuplicateFilter, MessagesWithoutIdAreNeverDropped)
{
    DuplicateFilter filter;
    EXPECT_FALSE(filter.isDuplicate(u""));
    EXPECT_FALSE(filter.isDuplicate(u""));
}

TEST(DuplicateFilter, ForgetsTheOldestIdsBeyondItsWindow)
{
    DuplicateFilter filter(100);
    for (int i = 0; i < 250; ++i)
        EXPECT_FALSE(filter.isDuplicate(QString::number(i)));
    EXPECT_EQ(filter.size(), 100);
    for (int i = 150; i < 250; ++i)
        EXPECT_TRUE(filter.isDuplicate(QString::number(i))) << i;
    EXPECT_FALSE(filter.isDuplicate(QString::number(0))); // long gone
}

TEST(DuplicateFilter, BackfillReplayAfterReconnectIsDroppedWhole)
{
    DuplicateFilter filter;
    for (int i = 0; i < 5000; ++i)
        ASSERT_FALSE(filter.isDuplicate(QString::number(1'000'000 + i)));
    int dropped = 0, kept = 0;
    for (int i = 4000; i < 6000; ++i) // the server re-sends the last 1000, then new ones
        (filter.isDuplicate(QString::number(1'000'000 + i)) ? dropped : kept)++;
    EXPECT_EQ(dropped, 1000);
    EXPECT_EQ(kept, 1000);
}

// The window holds exactly the newest ids however they collide in the table: checked against a
// plain set over a long run of random ids with many repeats.
TEST(DuplicateFilter, AgreesWithASimpleWindowOverManyRandomIds)
{
    constexpr int window = 1000;
    DuplicateFilter filter(window);
    std::deque<QString> order;
    std::set<QString> seen;
    std::mt19937 random(20261206);
    std::uniform_int_distribution<int> pick(0, 3000);
    for (int step = 0; step < 200'000; ++step) {
        const QString id = QStringLiteral("tag:example:%1").arg(pick(random));
        const bool expected = seen.count(id) > 0;
        ASSERT_EQ(filter.isDuplicate(id), expected) << "step " << step;
        if (!expected) {
            order.push_back(id);
            seen.insert(id);
            if (int(order.size()) > window) {
                seen.erase(order.front());
                order.pop_front();
            }
        }
        ASSERT_EQ(filter.size(), int(order.size()));
    }
}
