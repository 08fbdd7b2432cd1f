// The simulator's gzip stream body: what a client can decode after every flush.

#include "sim/gzipstreamencoder.h"

#include <gtest/gtest.h>

#include <zlib.h>

namespace {

/// A client's zlib inflater reading a gzip member that has not ended.
class StreamInflater
{
public:
    StreamInflater() { inflateInit2(&m_stream, 15 + 16); }
    ~StreamInflater() { inflateEnd(&m_stream); }

    /// Everything \a piece decodes to; false when zlib finds an error.
    bool feed(const QByteArray &piece, QByteArray *out)
    {
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(piece.constData()));
        m_stream.avail_in = uInt(piece.size());
        char buffer[65536];
        int status = Z_OK;
        do {
            m_stream.next_out = reinterpret_cast<Bytef *>(buffer);
            m_stream.avail_out = sizeof buffer;
            status = inflate(&m_stream, Z_SYNC_FLUSH);
            out->append(buffer, qsizetype(sizeof buffer - m_stream.avail_out));
        } while (status == Z_OK && (m_stream.avail_in > 0 || m_stream.avail_out == 0));
        return status == Z_OK || status == Z_BUF_ERROR;
    }

private:
    z_stream m_stream{};
};

} // namespace

TEST(GzipStreamEncoder, EveryPieceCanBeDecodedAsSoonAsItIsSentAtEveryLevel)
{
    for (int level : {0, 1, 6}) {
        GzipStreamEncoder encoder(level);
        StreamInflater client;
        QByteArray piece;
        encoder.encode({}, piece); // the header alone, as a stream begins
        ASSERT_GE(piece.size(), 10) << level;
        EXPECT_EQ(piece.left(2), QByteArray("\x1f\x8b")) << level;
        QByteArray decoded;
        ASSERT_TRUE(client.feed(piece, &decoded));
        EXPECT_TRUE(decoded.isEmpty());
        qint64 rawBytes = 0;
        qint64 sentBytes = piece.size();
        for (int i = 0; i < 200; ++i) {
            // Pieces of every size, from one line to more than one deflate window.
            QByteArray raw;
            for (int line = 0; line < (i * 37) % 900 + 1; ++line)
                raw += QByteArray("{\"id\":") + QByteArray::number(i * 1000 + line) +
                       ",\"body\":\"$TSLA line " + QByteArray::number(line * i) + "\"}\r\n";
            encoder.encode(raw, piece);
            decoded.clear();
            ASSERT_TRUE(client.feed(piece, &decoded)) << level << " piece " << i;
            ASSERT_EQ(decoded, raw) << level << " piece " << i;
            rawBytes += raw.size();
            sentBytes += piece.size();
        }
        // Compressed as a server would, not stored (level 0 excepted).
        if (level > 0) {
            EXPECT_LT(sentBytes * 3, rawBytes) << level;
        }
    }
}
