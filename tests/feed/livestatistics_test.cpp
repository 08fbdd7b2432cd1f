// The live statistics behind the charts: rates per second, top symbols and sentiment over a
// sliding window, fed with explicit arrival times.

#include "feed/livestatistics.h"
#include "feedtestdata.h"

#include <gtest/gtest.h>

using namespace FeedTestData;
using S = Message::Sentiment;

namespace {
constexpr qint64 t0 = 1'700'000'000'000LL; // a whole second
}

TEST(LiveStatistics, CountsMessagesPerSecond)
{
    LiveStatistics stats(10);
    stats.addBatch(batch(0, 5), t0);
    stats.addBatch(batch(5, 3), t0 + 999);
    stats.addBatch(batch(8, 7), t0 + 2000);
    const std::vector<int> rates = stats.messagesPerSecond(t0 + 2500);
    ASSERT_EQ(rates.size(), 10u);
    EXPECT_EQ(rates[9], 7);
    EXPECT_EQ(rates[8], 0);
    EXPECT_EQ(rates[7], 8);
    EXPECT_EQ(stats.total(), 15u);
    EXPECT_EQ(stats.inWindow(), 15u);
}

TEST(LiveStatistics, ForgetsWhatLeavesTheWindow)
{
    LiveStatistics stats(10);
    MessageBatch b;
    b.push_back(
        message(1, QStringLiteral("a"), QStringLiteral("x"), {QStringLiteral("OLD")}, S::Bullish));
    stats.addBatch(b, t0);
    b.clear();
    b.push_back(
        message(2, QStringLiteral("a"), QStringLiteral("x"), {QStringLiteral("NEW")}, S::Bearish));
    stats.addBatch(b, t0 + 5000);
    EXPECT_EQ(stats.topSymbols(10).size(), 2);
    stats.advanceTo(t0 + 10'000);
    const auto top = stats.topSymbols(10);
    ASSERT_EQ(top.size(), 1);
    EXPECT_EQ(top.front().first, QStringLiteral("NEW"));
    EXPECT_EQ(stats.inWindow(), 1u);
    EXPECT_EQ(stats.total(), 2u);
    const std::vector<int> rates = stats.messagesPerSecond(t0 + 10'000);
    EXPECT_EQ(std::accumulate(rates.begin(), rates.end(), 0), 1);
}

TEST(LiveStatistics, TopSymbolsMostFrequentFirst)
{
    LiveStatistics stats(300);
    MessageBatch b;
    for (int i = 0; i < 30; ++i) {
        QStringList symbols{QStringLiteral("S%1").arg(i % 12)};
        if (i % 3 == 0)
            symbols.append(QStringLiteral("AAPL"));
        b.push_back(message(i, QStringLiteral("a"), QStringLiteral("x"), symbols));
    }
    stats.addBatch(b, t0);
    const auto top = stats.topSymbols(10);
    ASSERT_EQ(top.size(), 10);
    EXPECT_EQ(top[0], qMakePair(QStringLiteral("AAPL"), 10));
    EXPECT_EQ(top[1], qMakePair(QStringLiteral("S0"), 3));
    EXPECT_EQ(top[6], qMakePair(QStringLiteral("S5"), 3));
    EXPECT_EQ(top[7], qMakePair(QStringLiteral("S10"), 2)) << "ties by name";
}

TEST(LiveStatistics, SentimentInBins)
{
    LiveStatistics stats(60);
    for (int second = 0; second < 60; ++second) {
        MessageBatch b;
        b.push_back(message(second * 2, QStringLiteral("a"), QStringLiteral("x"), {}, S::Bullish));
        b.push_back(message(second * 2 + 1, QStringLiteral("a"), QStringLiteral("x"), {},
                            second < 30 ? S::Bullish : S::Bearish));
        b.push_back(message(1000 + second, QStringLiteral("a"), QStringLiteral("x"), {}, S::None));
        stats.addBatch(b, t0 + second * 1000);
    }
    const auto bins = stats.sentiment(t0 + 59'000, 10);
    ASSERT_EQ(bins.size(), 6u);
    EXPECT_EQ(bins[0].startMs, t0);
    EXPECT_EQ(bins[0].bullish, 20);
    EXPECT_EQ(bins[0].bearish, 0);
    EXPECT_EQ(bins[5].bullish, 10);
    EXPECT_EQ(bins[5].bearish, 10);
}

TEST(LiveStatistics, IgnoresSystemAndMalformedLines)
{
    LiveStatistics stats;
    MessageBatch b(2);
    b[0].kind = Message::Kind::SystemError;
    b[1].kind = Message::Kind::Malformed;
    stats.addBatch(b, t0);
    EXPECT_EQ(stats.total(), 0u);
}
