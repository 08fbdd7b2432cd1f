// The stream's HTTP response reader: what a real server sends (chunked keep-alive streams,
// error answers with a length, interim answers) and what a broken one sends, in pieces of any
// size, because the socket decides the pieces.

#include "net/httpresponsereader.h"

#include <gtest/gtest.h>

namespace {

struct Read
{
    bool ok = true;
    QByteArray body;
};

/// Feeds \a wire to \a reader in pieces of \a piece bytes.
Read feedInPieces(HttpResponseReader &reader, QByteArrayView wire, qsizetype piece)
{
    Read read;
    for (qsizetype offset = 0; offset < wire.size() && read.ok; offset += piece)
        read.ok = reader.feed(wire.sliced(offset, std::min(piece, wire.size() - offset)), read.body);
    return read;
}

const QByteArray chunkedStream = "HTTP/1.1 200 OK\r\n"
                                 "Content-Type: application/json; charset=utf-8\r\n"
                                 "Content-Encoding: gzip\r\n"
                                 "Transfer-Encoding: chunked\r\n"
                                 "\r\n"
                                 "5\r\nhello\r\n"
                                 "1A;name=value\r\nabcdefghijklmnopqrstuvwxyz\r\n"
                                 "0\r\n"
                                 "X-Trailer: ignored\r\n"
                                 "\r\n";

} // namespace

TEST(HttpResponseReader, ChunkedBodyIsTheSameWhateverThePieces)
{
    for (const qsizetype piece : {qsizetype(1), qsizetype(2), qsizetype(7), chunkedStream.size()}) {
        SCOPED_TRACE(piece);
        HttpResponseReader reader;
        const Read read = feedInPieces(reader, chunkedStream, piece);
        ASSERT_TRUE(read.ok);
        EXPECT_EQ(reader.status(), 200);
        EXPECT_EQ(reader.reasonPhrase(), "OK");
        EXPECT_EQ(reader.header("content-encoding"), "gzip");
        EXPECT_EQ(read.body, "helloabcdefghijklmnopqrstuvwxyz");
        EXPECT_TRUE(reader.isComplete());
    }
}

TEST(HttpResponseReader, StreamThatNeverEndsDeliversEachChunkAsItArrives)
{
    HttpResponseReader reader;
    QByteArray body;
    ASSERT_TRUE(reader.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nab", body));
    EXPECT_TRUE(reader.hasHead());
    EXPECT_EQ(body, "ab");
    ASSERT_TRUE(reader.feed("cd\r\n2\r\n\r\n\r\n", body));
    EXPECT_EQ(body, "abcd\r\n"); // a heartbeat is body like any other
    EXPECT_FALSE(reader.isComplete());
    // A drop in the middle of the stream is not a proper end.
    EXPECT_FALSE(reader.finishAtClose());
    EXPECT_EQ(reader.error(), HttpResponseReader::Error::TruncatedBody);
}

TEST(HttpResponseReader, ErrorAnswerWithContentLengthEndsAtItsLength)
{
    HttpResponseReader reader;
    QByteArray body;
    ASSERT_TRUE(reader.feed("HTTP/1.1 401 Unauthorized\r\nContent-Length: 12\r\n"
                            "Connection: keep-alive\r\n\r\n{\"error\":1}\nGARBAGE",
                            body));
    EXPECT_EQ(reader.status(), 401);
    EXPECT_EQ(body, "{\"error\":1}\n");
    EXPECT_TRUE(reader.isComplete());
    EXPECT_TRUE(reader.finishAtClose());
}

TEST(HttpResponseReader, BodyWithoutFramingEndsWhenTheConnectionCloses)
{
    HttpResponseReader reader;
    QByteArray body;
    ASSERT_TRUE(reader.feed("HTTP/1.0 503 Service Unavailable\r\n\r\nback soon", body));
    EXPECT_FALSE(reader.isComplete());
    EXPECT_TRUE(reader.finishAtClose());
    EXPECT_TRUE(reader.isComplete());
    EXPECT_EQ(body, "back soon");
}

TEST(HttpResponseReader, InterimAnswersAreSkipped)
{
    HttpResponseReader reader;
    const Read read = feedInPieces(reader,
                                   "HTTP/1.1 100 Continue\r\n\r\n"
                                   "HTTP/1.1 204 No Content\r\nX-A: 1\r\n\r\n",
                                   3);
    ASSERT_TRUE(read.ok);
    EXPECT_EQ(reader.status(), 204);
    EXPECT_EQ(reader.header("x-a"), "1");
    EXPECT_TRUE(reader.isComplete());
}

TEST(HttpResponseReader, FoldedHeaderValuesAreJoined)
{
    HttpResponseReader reader;
    QByteArray body;
    ASSERT_TRUE(reader.feed("HTTP/1.1 200 OK\r\nX-Long: one\r\n  two\r\nContent-Length: 0\r\n\r\n",
                            body));
    EXPECT_EQ(reader.header("X-Long"), "one two");
    EXPECT_TRUE(reader.isComplete());
}

TEST(HttpResponseReader, MalformedAnswersAreRefused)
{
    const struct
    {
        QByteArray wire;
        HttpResponseReader::Error error;
    } cases[] = {
        {"SSH-2.0-OpenSSH_9.2\r\n\r\n", HttpResponseReader::Error::MalformedHead},
        {"HTTP/1.1 2x0 OK\r\n\r\n", HttpResponseReader::Error::MalformedHead},
        {"HTTP/1.1 020 OK\r\n\r\n", HttpResponseReader::Error::MalformedHead},
        {"HTTP/1.1 200 OK\r\nno colon here\r\n\r\n", HttpResponseReader::Error::MalformedHead},
        {"HTTP/1.1 200 OK\r\n: no name\r\n\r\n", HttpResponseReader::Error::MalformedHead},
        {"HTTP/1.1 200 OK\r\nContent-Length: lots\r\n\r\n",
         HttpResponseReader::Error::BadContentLength},
        {"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
         HttpResponseReader::Error::MalformedChunk},
        {"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXYZ",
         HttpResponseReader::Error::MalformedChunk},
        {"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffff\r\n",
         HttpResponseReader::Error::MalformedChunk},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.wire.toStdString());
        HttpResponseReader reader;
        QByteArray body;
        EXPECT_FALSE(reader.feed(c.wire, body));
        EXPECT_EQ(reader.error(), c.error);
        // Once refused, nothing more is read.
        EXPECT_FALSE(reader.feed("HTTP/1.1 200 OK\r\n\r\n", body));
    }
}

TEST(HttpResponseReader, EndlessHeadersAreCutOff)
{
    HttpResponseReader reader;
    QByteArray body;
    bool ok = reader.feed("HTTP/1.1 200 OK\r\n", body);
    const QByteArray header = "X-Padding: " + QByteArray(1000, 'a') + "\r\n";
    for (int i = 0; i < 100 && ok; ++i)
        ok = reader.feed(header, body);
    EXPECT_FALSE(ok);
    EXPECT_EQ(reader.error(), HttpResponseReader::Error::HeadTooLarge);
}

TEST(HttpResponseReader, CloseBeforeTheHeadIsComplete)
{
    HttpResponseReader reader;
    QByteArray body;
    ASSERT_TRUE(reader.feed("HTTP/1.1 200 OK\r\nContent-Ty", body));
    EXPECT_FALSE(reader.hasHead());
    EXPECT_FALSE(reader.finishAtClose());
    EXPECT_EQ(reader.error(), HttpResponseReader::Error::ClosedBeforeAnswer);
}
