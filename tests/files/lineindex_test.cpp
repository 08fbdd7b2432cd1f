#include "files/lineindex.h"

#include <gtest/gtest.h>

#include <QByteArray>

#include <random>

TEST(LineIndex, StoresOffsetsExactlyAndFindsLinesByOffset)
{
    std::mt19937_64 random(7);
    std::vector<qint64> truth;
    LineIndex index;
    qint64 offset = 0;
    for (int i = 0; i < 10000; ++i) {
        // Mostly ~2 KB lines, some tiny, some huge (deltas of every varint width).
        const int kind = int(random() % 100);
        offset += kind < 80   ? 1500 + qint64(random() % 1000)
                  : kind < 98 ? 1 + qint64(random() % 100)
                              : qint64(random() % (1LL << 40));
        truth.push_back(offset);
        index.append(offset);
    }
    ASSERT_EQ(index.count(), qint64(truth.size()));
    for (size_t i = 0; i < truth.size(); ++i)
        ASSERT_EQ(index.at(qint64(i)), truth[i]) << i;

    std::vector<qint64> range;
    index.starts(63, 130, range);
    ASSERT_EQ(range.size(), 130u);
    for (size_t i = 0; i < range.size(); ++i)
        EXPECT_EQ(range[i], truth[63 + i]);

    EXPECT_EQ(index.lineContaining(truth[0] - 1), -1);
    for (int probe = 0; probe < 2000; ++probe) {
        const size_t i = random() % truth.size();
        EXPECT_EQ(index.lineContaining(truth[i]), qint64(i));
        EXPECT_EQ(index.firstLineAtOrAfter(truth[i]), qint64(i));
        if (i + 1 < truth.size() && truth[i + 1] > truth[i] + 1) {
            EXPECT_EQ(index.lineContaining(truth[i] + 1), qint64(i));
            EXPECT_EQ(index.firstLineAtOrAfter(truth[i] + 1), qint64(i + 1));
        }
    }
}

TEST(LineIndex, CostsAboutTwoBytesPerTwoKilobyteLine)
{
    LineIndex index;
    const qint64 lines = 2'000'000; // a 4 GB file of 2 KB lines
    for (qint64 i = 0; i < lines; ++i)
        index.append(i * 2048 + (i % 7));
    EXPECT_LT(index.memoryBytes(), 6 * 1024 * 1024);
    EXPECT_EQ(index.at(lines - 1), (lines - 1) * 2048 + ((lines - 1) % 7));
}

TEST(LineIndex, SurvivesSerialisation)
{
    LineIndex index;
    for (qint64 i = 0; i < 1000; ++i)
        index.append(i * i + i);
    LineIndex copy;
    ASSERT_TRUE(LineIndex::deserialize(index.serialize(), copy));
    ASSERT_EQ(copy.count(), index.count());
    for (qint64 i = 0; i < 1000; ++i)
        EXPECT_EQ(copy.at(i), index.at(i));
    EXPECT_FALSE(LineIndex::deserialize(QByteArray("garbage"), copy));
}
