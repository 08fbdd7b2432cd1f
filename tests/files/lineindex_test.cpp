#include "files/lineindex.h"
#include "files/linesplitter.h"

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

namespace {

/// A resolver that reads \a content the way FileIndex reads a file.
LineIndex::Resolver resolverOver(const QByteArray &content, int *calls = nullptr)
{
    return [&content, calls](qint64 from, qint64 to, qint64, std::vector<qint64> &out) {
        if (calls)
            ++*calls;
        if (from < 0 || to > content.size())
            return false;
        LineSplitter::lineStartsIn(content.constData() + from, to - from, from, out);
        return true;
    };
}

} // namespace

TEST(LineIndex, AHundredMillionTinyLinesFitInAFewKilobytesPerMegabyte)
{
    // "x\n" lines: the old index held 1.2 bytes per line (120 MB here).
    LineIndex index;
    const qint64 lines = 100'000'000;
    for (qint64 i = 0; i < lines; ++i)
        index.append(2 * i);
    EXPECT_LT(index.memoryBytes(), 512 * 1024);
    // The starts of a sparse stretch are computed, as reading "x\nx\n..." would give them.
    const LineIndex::Resolver resolve = [](qint64 from, qint64 to, qint64,
                                           std::vector<qint64> &out) {
        for (qint64 start = from; start < to; start += 2)
            out.push_back(start);
        return true;
    };
    std::mt19937_64 random(3);
    for (int probe = 0; probe < 1000; ++probe) {
        const qint64 line = qint64(random() % lines);
        ASSERT_EQ(index.at(line, resolve), 2 * line) << line;
        ASSERT_EQ(index.lineContaining(2 * line + 1, resolve), line);
    }
    EXPECT_EQ(index.at(lines - 1, resolve), 2 * (lines - 1));
    // Without a way to read the content, a sparse line is unknown, never wrong.
    EXPECT_TRUE(index.isSparse(5000));
    EXPECT_EQ(index.at(5000), -1);
}

TEST(LineIndex, SparseStretchesAreReadBackExactlyBesideDenseOnes)
{
    // Runs of tiny lines, blank lines and CRLF heartbeats between runs of long lines.
    std::mt19937_64 random(11);
    QByteArray content;
    for (int run = 0; run < 200; ++run) {
        const bool tiny = run % 3 != 0;
        const int count = 1 + int(random() % 300);
        for (int i = 0; i < count; ++i) {
            if (random() % 10 == 0)
                content += random() % 2 ? "\r\n" : "  \n";
            content += QByteArray(tiny ? 1 + int(random() % 20) : 300 + int(random() % 3000),
                                  char('a' + random() % 26));
            content += random() % 4 ? "\n" : "\r\n";
        }
    }
    std::vector<qint64> truth;
    LineSplitter::lineStartsIn(content.constData(), content.size(), 0, truth);
    LineIndex index;
    for (const qint64 start : truth)
        index.append(start);
    int calls = 0;
    const LineIndex::Resolver resolve = resolverOver(content, &calls);
    std::vector<qint64> all;
    ASSERT_TRUE(index.starts(0, index.count(), all, resolve));
    EXPECT_EQ(all, truth);
    EXPECT_GT(calls, 0); // some of it was sparse
    for (size_t i = 0; i < truth.size(); i += 7) {
        ASSERT_EQ(index.at(qint64(i), resolve), truth[i]) << i;
        ASSERT_EQ(index.lineContaining(truth[i], resolve), qint64(i));
        ASSERT_EQ(index.firstLineAtOrAfter(truth[i] + 1, resolve), qint64(i + 1));
    }

    LineIndex copy;
    ASSERT_TRUE(LineIndex::deserialize(index.serialize(), copy));
    std::vector<qint64> again;
    ASSERT_TRUE(copy.starts(0, copy.count(), again, resolve));
    EXPECT_EQ(again, truth);
    EXPECT_LT(copy.memoryBytes(), index.memoryBytes() + 4096);

    // Content that no longer holds the indexed lines is refused, not misread.
    QByteArray changed = content;
    changed.replace('\n', ' ');
    std::vector<qint64> wrong;
    EXPECT_FALSE(index.starts(0, index.count(), wrong, resolverOver(changed)));
}
