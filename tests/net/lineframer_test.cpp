#include "net/lineframer.h"

#include <gtest/gtest.h>

namespace {

std::vector<QByteArray> feedAll(LineFramer &framer, QByteArrayView data)
{
    std::vector<QByteArray> lines;
    framer.feed(data, lines);
    return lines;
}

std::vector<QByteArray> feedBytewise(LineFramer &framer, QByteArrayView data)
{
    std::vector<QByteArray> lines;
    for (qsizetype i = 0; i < data.size(); ++i)
        framer.feed(data.sliced(i, 1), lines);
    return lines;
}

} // namespace

TEST(LineFramer, SplitsCrLfLinesAndCountsBareHeartbeats)
{
    LineFramer framer;
    const auto lines = feedAll(framer, "{\"id\":1}\r\n\r\n{\"id\":2}\r\n\r\n\r\n");
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0], "{\"id\":1}");
    EXPECT_EQ(lines[1], "{\"id\":2}");
    EXPECT_EQ(framer.heartbeats(), 3);
    EXPECT_EQ(framer.delimiter(), LineFramer::Delimiter::CrLf);
}

TEST(LineFramer, SameResultWhateverTheChunkBoundaries)
{
    const QByteArray stream = "\r\n{\"a\":\"x\"}\r\n{\"b\":\"y\\nz\"}\r\n\r\n{\"c\":3}\r\n";
    LineFramer whole;
    const auto expected = feedAll(whole, stream);
    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        LineFramer framer;
        std::vector<QByteArray> lines;
        framer.feed(QByteArrayView(stream).first(cut), lines);
        framer.feed(QByteArrayView(stream).sliced(cut), lines);
        EXPECT_EQ(lines, expected) << "cut at " << cut;
        EXPECT_EQ(framer.heartbeats(), 2) << "cut at " << cut;
    }
    LineFramer bytewise;
    EXPECT_EQ(feedBytewise(bytewise, stream), expected);
    EXPECT_EQ(expected.size(), 3u);
}

TEST(LineFramer, AcceptsStreamsThatUseLfOnly)
{
    LineFramer framer;
    const auto lines = feedAll(framer, "{\"id\":1}\n{\"id\":2}\n\n{\"id\":3}\n");
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[2], "{\"id\":3}");
    EXPECT_EQ(framer.heartbeats(), 1);
    EXPECT_EQ(framer.delimiter(), LineFramer::Delimiter::Lf);
}

TEST(LineFramer, KeepsALoneLfInsideACrLfMessage)
{
    LineFramer framer;
    const auto lines = feedBytewise(framer, "\r\n{\"text\":\"line one\nline two\"}\r\n");
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0], "{\"text\":\"line one\nline two\"}");
}

TEST(LineFramer, DiscardsThePartialLineOfADroppedConnection)
{
    LineFramer framer;
    std::vector<QByteArray> lines;
    framer.feed("{\"id\":1}\r\n{\"id\":2,\"body\":\"cut he", lines);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_GT(framer.pendingBytes(), 0);
    EXPECT_EQ(framer.reset(), qsizetype(strlen("{\"id\":2,\"body\":\"cut he")));
    EXPECT_EQ(framer.discardedPartialLines(), 1);
    // The next connection starts clean: its first line is delivered whole, never glued to the cut
    // one.
    framer.feed("{\"id\":2,\"body\":\"cut here\"}\r\n", lines);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[1], "{\"id\":2,\"body\":\"cut here\"}");
}

TEST(LineFramer, DropsALineLongerThanTheLimitAndCarriesOn)
{
    LineFramer framer(64);
    std::vector<QByteArray> lines;
    const QByteArray huge(1000, 'x');
    framer.feed("{\"ok\":1}\r\n", lines);
    for (int i = 0; i < 10; ++i)
        framer.feed(huge, lines); // never buffered beyond the limit
    EXPECT_LE(framer.pendingBytes(), 64 + 1);
    framer.feed("tail\r\n{\"ok\":2}\r\n", lines);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[1], "{\"ok\":2}");
    EXPECT_EQ(framer.oversizedLines(), 1);
}

TEST(LineFramer, DropsAnOversizedLineThatArrivesInOneChunk)
{
    LineFramer framer(16);
    std::vector<QByteArray> lines;
    framer.feed("0123456789abcdefghijkl\r\n{}\r\n", lines);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0], "{}");
    EXPECT_EQ(framer.oversizedLines(), 1);
}

TEST(LineFramer, ALineOfExactlyTheLimitIsKeptWhateverItsTerminator)
{
    // The limit is on the line, not on its "\r\n": 8 bytes of content pass a limit of 8.
    for (const char *stream : {"12345678\r\n{}\r\n", "12345678\n{}\n"}) {
        for (const qsizetype chunk : {qsizetype(1), qsizetype(3), qsizetype(1000)}) {
            LineFramer framer(8);
            std::vector<QByteArray> lines;
            const QByteArrayView all(stream);
            for (qsizetype at = 0; at < all.size(); at += chunk)
                framer.feed(all.sliced(at, std::min(chunk, all.size() - at)), lines);
            ASSERT_EQ(lines.size(), 2u) << stream << " in chunks of " << chunk;
            EXPECT_EQ(lines[0], "12345678");
            EXPECT_EQ(framer.oversizedLines(), 0);
        }
    }
}

TEST(LineFramer, CountsEveryLineItDropsWhereverTheChunksEnd)
{
    // Lines of 9, 20 and 9 bytes against a limit of 8 (the last with a "\n" inside, which
    // belongs to a "\r\n" line), between lines that fit (one of exactly 8): three dropped and
    // counted, four delivered.
    const QByteArray stream = "ok1\r\n123456789\r\nok2\r\n" + QByteArray(20, 'x') +
                              "\r\n12345678\r\nok3\r\n1234\n5678\r\n";
    for (qsizetype chunk = 1; chunk <= stream.size(); ++chunk) {
        LineFramer framer(8);
        std::vector<QByteArray> lines;
        for (qsizetype at = 0; at < stream.size(); at += chunk)
            framer.feed(QByteArrayView(stream).sliced(at, std::min(chunk, stream.size() - at)),
                        lines);
        EXPECT_EQ(lines, (std::vector<QByteArray>{"ok1", "ok2", "12345678", "ok3"})) << chunk;
        EXPECT_EQ(framer.oversizedLines(), 3) << chunk;
        EXPECT_LE(framer.pendingBytes(), 9);
    }
}
