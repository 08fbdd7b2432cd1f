#include "net/gzipstreamdecoder.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>

#include <zlib.h>

namespace {

QByteArray gzip(const QByteArray &data)
{
    z_stream z{};
    deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(data.size()))) + 64, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

QByteArray sampleText(int lines)
{
    QByteArray text;
    for (int i = 0; i < lines; ++i)
        text += "{\"id\":" + QByteArray::number(i) +
                ",\"body\":\"$TSLA to the moon \xf0\x9f\x9a\x80\"}\r\n";
    return text;
}

} // namespace

TEST(GzipStreamDecoder, InflatesInPiecesOfAnySize)
{
    const QByteArray plain = sampleText(2000);
    const QByteArray packed = gzip(plain);
    for (int piece : {1, 7, 512, 100000}) {
        GzipStreamDecoder decoder;
        QByteArray out;
        for (qsizetype i = 0; i < packed.size(); i += piece)
            ASSERT_TRUE(decoder.decode(
                QByteArrayView(packed).sliced(i, std::min<qsizetype>(piece, packed.size() - i)),
                out));
        EXPECT_EQ(out, plain) << "piece " << piece;
        EXPECT_EQ(decoder.membersFinished(), 1);
        EXPECT_TRUE(decoder.atMemberBoundary());
    }
}

TEST(GzipStreamDecoder, ReleasesHighlyCompressedOutputWithoutWaitingForMoreInput)
{
    const QByteArray plain(5 * 1024 * 1024, 'a'); // compresses ~1000:1, far beyond one output chunk
    const QByteArray packed = gzip(plain);
    GzipStreamDecoder decoder;
    QByteArray out;
    ASSERT_TRUE(decoder.decode(packed, out));
    EXPECT_EQ(out.size(), plain.size());
}

TEST(GzipStreamDecoder, HandlesConcatenatedMembers)
{
    const QByteArray a = sampleText(10), b = sampleText(20), c = sampleText(3);
    const QByteArray packed = gzip(a) + gzip(b) + gzip(c);
    GzipStreamDecoder decoder;
    QByteArray out;
    for (qsizetype i = 0; i < packed.size(); i += 13)
        ASSERT_TRUE(decoder.decode(
            QByteArrayView(packed).sliced(i, std::min<qsizetype>(13, packed.size() - i)), out));
    EXPECT_EQ(out, a + b + c);
    EXPECT_EQ(decoder.membersFinished(), 3);
}

TEST(GzipStreamDecoder, ReportsCorruptInput)
{
    QByteArray packed = gzip(sampleText(100));
    packed[packed.size() / 2] = char(packed[packed.size() / 2] ^ 0x55);
    packed[packed.size() / 2 + 1] = char(packed[packed.size() / 2 + 1] ^ 0x55);
    GzipStreamDecoder decoder;
    QByteArray out;
    bool ok = decoder.decode(packed, out);
    EXPECT_FALSE(ok);
    EXPECT_TRUE(decoder.hasError());
    EXPECT_FALSE(decoder.errorString().isEmpty());
    EXPECT_FALSE(decoder.decode("more", out)); // stays failed
}

TEST(GzipStreamDecoder, RejectsABodyThatIsNotGzip)
{
    GzipStreamDecoder decoder;
    QByteArray out;
    EXPECT_FALSE(decoder.decode("{\"id\":1}\r\n", out));
    EXPECT_TRUE(decoder.hasError());
}

TEST(GzipStreamDecoder, IdentityModePassesBytesThrough)
{
    GzipStreamDecoder decoder(GzipStreamDecoder::Mode::Identity);
    QByteArray out;
    EXPECT_TRUE(decoder.decode("plain\r\n", out));
    EXPECT_EQ(out, "plain\r\n");
}

TEST(GzipStreamDecoder, ResetStartsANewStream)
{
    const QByteArray packed = gzip(sampleText(50));
    GzipStreamDecoder decoder;
    QByteArray out;
    ASSERT_TRUE(decoder.decode(QByteArrayView(packed).first(packed.size() / 2), out));
    EXPECT_FALSE(decoder.atMemberBoundary());
    decoder.reset();
    out.clear();
    ASSERT_TRUE(decoder.decode(packed, out));
    EXPECT_EQ(out, sampleText(50));
}

TEST(GzipStreamDecoder, KeepsNothingOfAReadItWasGivenOnceTheCallReturns)
{
    // A network read's buffer is gone after the call: here it is overwritten. Members end in
    // every position of a read, so the bytes an engine gives back at a member's end were read
    // in an earlier call.
    const QByteArray a = sampleText(10), b = sampleText(20), c = sampleText(3);
    const QByteArray packed = gzip(a) + gzip(b) + gzip(c);
    for (qsizetype piece : {1, 2, 3, 5, 7, 11, 16, 17}) {
        GzipStreamDecoder decoder;
        QByteArray out;
        for (qsizetype i = 0; i < packed.size(); i += piece) {
            QByteArray read = packed.mid(i, piece);
            ASSERT_TRUE(decoder.decode(read, out))
                << "piece " << piece << " at " << i << ": " << decoder.errorString().toStdString();
            read.fill('\xff');
        }
        EXPECT_EQ(out, a + b + c) << "piece " << piece;
        EXPECT_EQ(decoder.membersFinished(), 3);
    }
}
