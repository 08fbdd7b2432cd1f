#include "net/sseparser.h"

#include <gtest/gtest.h>

#include <vector>

namespace {

struct Received
{
    QByteArray type;
    QByteArray data;
    QByteArray id;
    bool ownId = false;

    bool operator==(const Received &) const = default;
};

std::vector<Received> feedAll(SseParser &parser, QByteArrayView bytes)
{
    std::vector<Received> events;
    parser.feed(bytes, [&](const SseEvent &event) {
        events.push_back({event.type.toByteArray(), event.data.toByteArray(),
                          event.lastEventId.toByteArray(), event.hasOwnId});
    });
    return events;
}

std::vector<Received> feedInPieces(SseParser &parser, QByteArrayView bytes, qsizetype piece)
{
    std::vector<Received> events;
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        const auto part = feedAll(parser, bytes.sliced(at, std::min(piece, bytes.size() - at)));
        events.insert(events.end(), part.begin(), part.end());
    }
    return events;
}

} // namespace

TEST(SseParser, AnEventIsItsFieldsUpToABlankLine)
{
    SseParser parser;
    const auto events = feedAll(parser, "id: 42\nevent: message\ndata: {\"a\":1}\n\n");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0], (Received{"message", "{\"a\":1}", "42", true}));
    EXPECT_EQ(parser.lastEventId(), "42");
}

TEST(SseParser, NothingIsDeliveredBeforeTheBlankLine)
{
    SseParser parser;
    EXPECT_TRUE(feedAll(parser, "id: 1\ndata: x\n").empty());
    EXPECT_EQ(feedAll(parser, "\n").size(), 1u);
}

TEST(SseParser, SeveralDataLinesAreJoinedWithLineFeeds)
{
    SseParser parser;
    const auto events = feedAll(parser, "data: {\"a\":1,\ndata: \"b\":2}\ndata:\n\n");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].data, "{\"a\":1,\n\"b\":2}\n");
}

TEST(SseParser, OneSpaceAfterTheColonIsRemovedAndNoMore)
{
    SseParser parser;
    const auto events = feedAll(parser, "data:no space\n\ndata:  two spaces\n\n");
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[0].data, "no space");
    EXPECT_EQ(events[1].data, " two spaces");
}

TEST(SseParser, TheTypeIsMessageUnlessAnEventFieldNamesOne)
{
    SseParser parser;
    const auto events = feedAll(parser, "event: info\ndata: a\n\nevent:\ndata: b\n\ndata: c\n\n");
    ASSERT_EQ(events.size(), 3u);
    EXPECT_EQ(events[0].type, "info");
    EXPECT_EQ(events[1].type, "message");
    EXPECT_EQ(events[2].type, "message"); // the type does not carry over to the next event
}

TEST(SseParser, CommentLinesAreKeepAlivesNotEvents)
{
    SseParser parser;
    const auto events = feedAll(parser, ":keep-alive\n\n: ping\n\ndata: x\n: inside\n\n");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].data, "x");
    EXPECT_EQ(parser.comments(), 3);
}

TEST(SseParser, CrLfLfAndCrAllEndLines)
{
    for (const QByteArray &end : {QByteArray("\r\n"), QByteArray("\n"), QByteArray("\r")}) {
        SseParser parser;
        const auto events =
            feedAll(parser, "id: 7" + end + "data: a" + end + "data: b" + end + end);
        ASSERT_EQ(events.size(), 1u) << end.toHex().constData();
        EXPECT_EQ(events[0].data, "a\nb");
        EXPECT_EQ(events[0].id, "7");
    }
}

TEST(SseParser, ACrAtTheEndOfOneReadAndAnLfAtTheStartOfTheNextAreOneLineEnd)
{
    SseParser parser;
    EXPECT_TRUE(feedAll(parser, "data: a\r").empty());
    // Were the LF a second line end, this would be the blank line that dispatches.
    EXPECT_TRUE(feedAll(parser, "\ndata: b\r").empty());
    const auto events = feedAll(parser, "\n\r\n");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].data, "a\nb");
}

TEST(SseParser, ALoneCrFollowedByTextInTheNextReadEndsTheLine)
{
    SseParser parser;
    feedAll(parser, "data: a\r");
    const auto events = feedAll(parser, "data: b\r\r");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].data, "a\nb");
}

TEST(SseParser, AByteOrderMarkAtTheStartIsSkippedEvenWhenSplit)
{
    const QByteArray stream = "\xEF\xBB\xBF" "data: x\n\n";
    for (qsizetype piece = 1; piece <= stream.size(); ++piece) {
        SseParser parser;
        const auto events = feedInPieces(parser, stream, piece);
        ASSERT_EQ(events.size(), 1u) << piece;
        EXPECT_EQ(events[0].data, "x");
    }
}

TEST(SseParser, OnlyOneByteOrderMarkAndOnlyAtTheStart)
{
    SseParser parser;
    // The second mark is part of the first line, so its field name is not "data".
    EXPECT_TRUE(feedAll(parser, "\xEF\xBB\xBF\xEF\xBB\xBF" "data: x\n\n").empty());
    SseParser later;
    const auto events = feedAll(later, "data: \xEF\xBB\xBFx\n\n");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].data, "\xEF\xBB\xBFx");
}

TEST(SseParser, BytesThatOnlyBeginLikeAByteOrderMarkAreKept)
{
    SseParser parser;
    EXPECT_TRUE(feedAll(parser, "\xEF").empty());
    EXPECT_TRUE(feedAll(parser, "\xBB" "data: x\n\n").empty()); // first line is "\xEF\xBB" "data…"
    const auto events = feedAll(parser, "data: y\n\n");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].data, "y");
}

TEST(SseParser, TheSameEventsWhereverTheReadsSplitTheStream)
{
    const QByteArray stream = "\xEF\xBB\xBF" "retry: 3000\r\n: hello\r\n\r\nid: 1\r\nevent: message\r\n"
                              "data: {\"a\":\r\ndata: 1}\r\n\r\nid: 2\rdata: b\r\r:x\n"
                              "id: 3\ndata: c\n\n";
    SseParser whole;
    const auto expected = feedAll(whole, stream);
    ASSERT_EQ(expected.size(), 3u);
    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        SseParser parser;
        auto events = feedAll(parser, stream.first(cut));
        const auto rest = feedAll(parser, stream.sliced(cut));
        events.insert(events.end(), rest.begin(), rest.end());
        EXPECT_EQ(events, expected) << "cut at " << cut;
    }
    SseParser bytewise;
    EXPECT_EQ(feedInPieces(bytewise, stream, 1), expected);
    EXPECT_EQ(bytewise.retryMs(), 3000);
}

TEST(SseParser, TheIdPersistsButOnlyTheEventThatSetsItOwnsIt)
{
    SseParser parser;
    const auto events = feedAll(parser, "id: 9\ndata: a\n\ndata: b\n\nid\ndata: c\n\n");
    ASSERT_EQ(events.size(), 3u);
    EXPECT_EQ(events[0], (Received{"message", "a", "9", true}));
    EXPECT_EQ(events[1], (Received{"message", "b", "9", false}));
    EXPECT_EQ(events[2], (Received{"message", "c", "", true})); // "id" alone empties it
}

TEST(SseParser, AnIdContainingNulIsIgnored)
{
    SseParser parser;
    const auto events = feedAll(parser, QByteArray("id: 5\ndata: a\n\nid: 6\0x\ndata: b\n\n", 32));
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[1].id, "5");
    EXPECT_FALSE(events[1].ownId);
    EXPECT_EQ(parser.ignoredIds(), 1);
}

TEST(SseParser, AnIdWithoutDataIsKeptForTheNextEvent)
{
    SseParser parser;
    EXPECT_TRUE(feedAll(parser, "id: 77\n\n").empty());
    EXPECT_EQ(parser.lastEventId(), "77");
    const auto events = feedAll(parser, "data: x\n\n");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].id, "77");
}

TEST(SseParser, RetryIsTakenOnlyWhenItIsAllDigits)
{
    SseParser parser;
    feedAll(parser, "retry: 1500\n\n");
    EXPECT_EQ(parser.retryMs(), 1500);
    feedAll(parser, "retry: 2s\n\nretry: -1\n\nretry:\n\n");
    EXPECT_EQ(parser.retryMs(), 1500);
}

TEST(SseParser, UnknownFieldsAndLinesWithoutAColonAreIgnored)
{
    SseParser parser;
    const auto events = feedAll(parser, "foo: bar\nDATA: shout\ndata\n\nseq_id: 1\ndata: x\n\n");
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[0].data, ""); // "data" without a colon is an empty data line
    EXPECT_EQ(events[1].data, "x");
}

TEST(SseParser, AnEventWithoutDataIsNotDispatched)
{
    SseParser parser;
    EXPECT_TRUE(feedAll(parser, "event: ping\n\n").empty());
    const auto events = feedAll(parser, "data: x\n\n");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].type, "message"); // the type of the empty event was reset
}

TEST(SseParser, AnEventOverTheLimitIsDroppedWholeAndCounted)
{
    SseParser parser(64);
    const QByteArray big = "id: 1\ndata: " + QByteArray(100, 'x') + "\ndata: more\n\n";
    const QByteArray stream = "data: before\n\n" + big + "id: 2\ndata: after\n\n";
    for (qsizetype piece : {qsizetype(1), qsizetype(7), stream.size()}) {
        SseParser parser(64);
        const auto events = feedInPieces(parser, stream, piece);
        ASSERT_EQ(events.size(), 2u) << piece;
        EXPECT_EQ(events[0].data, "before");
        EXPECT_EQ(events[1].data, "after");
        EXPECT_EQ(events[1].id, "2");
        EXPECT_EQ(parser.oversizedEvents(), 1);
        EXPECT_LE(parser.pendingBytes(), 64);
    }
}

TEST(SseParser, ManyDataLinesCannotGrowTheBufferBeyondTheLimit)
{
    SseParser parser(1000);
    for (int i = 0; i < 10000; ++i)
        feedAll(parser, "data: 0123456789\n");
    EXPECT_LE(parser.pendingBytes(), 1000);
    EXPECT_EQ(parser.oversizedEvents(), 1);
    feedAll(parser, "\n");
    EXPECT_EQ(feedAll(parser, "data: next\n\n").size(), 1u);
}

TEST(SseParser, ResetForgetsTheUnfinishedEventButKeepsTheLastId)
{
    SseParser parser;
    feedAll(parser, "id: 3\ndata: a\n\nid: 4\ndata: cut in the mi");
    EXPECT_GT(parser.reset(), 0);
    // A new connection may start with a byte order mark again.
    const auto events = feedAll(parser, "\xEF\xBB\xBF" "data: b\n\n");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].data, "b");
    EXPECT_EQ(events[0].id, "3");
}
