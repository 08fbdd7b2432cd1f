#include "inflatecheck.h"

#include "core/inflateengine.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>

#include <zlib.h>

namespace {

using Kind = InflateEngine::Kind;
using Error = GzipInflater::Error;

/// JSON lines like a backup file's, some repetitive and some not, so deflate makes blocks of
/// every kind.
QByteArray jsonLines(int count, quint32 seed = 7)
{
    QRandomGenerator random(seed);
    QByteArray text;
    for (int i = 0; i < count; ++i) {
        text += "{\"id\":" + QByteArray::number(1000000 + i) + ",\"user\":\"u" +
                QByteArray::number(random.bounded(5000)) + "\",\"body\":\"";
        const int words = random.bounded(4, 40);
        for (int w = 0; w < words; ++w)
            text += QByteArray::number(random.generate(), 36) + ' ';
        text += "\"}\n";
    }
    return text;
}

/// One gzip member; \a level 0 makes stored blocks.
QByteArray gzip(const QByteArray &raw, int level = 6, bool headerExtras = false)
{
    z_stream z{};
    deflateInit2(&z, level, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
    gz_header header{};
    QByteArray name("backup.jsonl"), comment("a comment"), extra("AB\x02\x00xy", 6);
    if (headerExtras) {
        header.name = reinterpret_cast<Bytef *>(name.data());
        header.comment = reinterpret_cast<Bytef *>(comment.data());
        header.extra = reinterpret_cast<Bytef *>(extra.data());
        header.extra_len = uInt(extra.size());
        header.hcrc = 1;
        deflateSetHeader(&z, &header);
    }
    QByteArray out(int(deflateBound(&z, uLong(raw.size())) + 1024), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(raw.constData()));
    z.avail_in = uInt(raw.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(int(z.total_out));
    deflateEnd(&z);
    return out;
}

std::vector<Kind> engines()
{
    std::vector<Kind> kinds{Kind::Zlib};
    if (InflateEngine::available(Kind::Isal))
        kinds.push_back(Kind::Isal);
    return kinds;
}

/// Both engines (or zlib alone in a build without ISA-L) give exactly this outcome.
InflateCheck::Outcome agreed(const QByteArray &data, size_t chunk = 4096, bool stop = false)
{
    const InflateCheck::Outcome reference = InflateCheck::run(Kind::Zlib, data, chunk, 65536, stop);
    for (Kind kind : engines()) {
        SCOPED_TRACE(InflateEngine::name(kind));
        const InflateCheck::Outcome o = InflateCheck::run(kind, data, chunk, 65536, stop);
        EXPECT_EQ(o.output, reference.output);
        EXPECT_EQ(o.error, reference.error);
        EXPECT_EQ(o.errorPosition, reference.errorPosition);
        EXPECT_EQ(o.members, reference.members);
        EXPECT_EQ(o.memberEnds, reference.memberEnds);
        EXPECT_EQ(o.trailingStart, reference.trailingStart);
        EXPECT_EQ(o.trailingZeros, reference.trailingZeros);
    }
    return reference;
}

} // namespace

TEST(InflateEngine, TheFastestEngineIsTheDefault)
{
    EXPECT_EQ(InflateEngine::create()->kind(), InflateEngine::fastest());
    EXPECT_TRUE(InflateEngine::available(Kind::Zlib));
}

TEST(InflateEngine, BothEnginesInflateAMemberInAnyPieces)
{
    const QByteArray raw = jsonLines(3000);
    const QByteArray data = gzip(raw);
    for (size_t chunk : {size_t(1), size_t(7), size_t(4096), size_t(data.size())}) {
        SCOPED_TRACE(chunk);
        const InflateCheck::Outcome o = agreed(data, chunk);
        EXPECT_EQ(o.output, raw);
        EXPECT_EQ(o.error, Error::None);
        EXPECT_EQ(o.members, 1);
    }
}

TEST(InflateEngine, MultiMemberFilesWithEmptyMembersAndHeaderFields)
{
    const QByteArray a = jsonLines(500, 1), b = jsonLines(800, 2);
    const QByteArray data = gzip(a) + gzip({}) + gzip(b, 1, true) + gzip({}, 9, true) + gzip(a, 0);
    const InflateCheck::Outcome o = agreed(data, 1000);
    EXPECT_EQ(o.output, a + b + a);
    EXPECT_EQ(o.error, Error::None);
    EXPECT_EQ(o.members, 5);
    EXPECT_EQ(o.memberEnds, (std::vector<qint64>{a.size(), a.size(), a.size() + b.size(),
                                                 a.size() + b.size(), 2 * a.size() + b.size()}));
}

TEST(InflateEngine, ATruncatedFileIsReportedWithEverythingBeforeTheCut)
{
    const QByteArray raw = jsonLines(2000);
    const QByteArray whole = gzip(raw);
    for (qsizetype cut : {qsizetype(5), qsizetype(15), whole.size() / 2, whole.size() - 4}) {
        SCOPED_TRACE(cut);
        const InflateCheck::Outcome zlib = InflateCheck::run(Kind::Zlib, whole.left(cut));
        for (Kind kind : engines()) {
            SCOPED_TRACE(InflateEngine::name(kind));
            const InflateCheck::Outcome o = InflateCheck::run(kind, whole.left(cut));
            EXPECT_EQ(o.error, Error::Truncated);
            EXPECT_EQ(o.errorPosition, cut);
            EXPECT_TRUE(raw.startsWith(o.output));
            // The last symbols before the cut: an engine may need a few more bits to decode
            // them, so the output may be a match (at most 258 bytes) shorter or longer.
            EXPECT_LE(std::abs(o.output.size() - zlib.output.size()), 258 * 4);
        }
    }
}

TEST(InflateEngine, AWrongCrcOrLengthFailsAtTheTrailer)
{
    const QByteArray first = gzip(jsonLines(100, 3));
    QByteArray data = first + gzip(jsonLines(300, 4));
    const qsizetype trailer = data.size() - 8;
    QByteArray badCrc = data;
    badCrc[trailer] = char(badCrc[trailer] ^ 0x55);
    InflateCheck::Outcome o = agreed(badCrc);
    EXPECT_EQ(o.error, Error::BadCrc);
    EXPECT_EQ(o.errorPosition, trailer);
    EXPECT_EQ(o.errorMember, 1); // the second member; the first one passed
    EXPECT_EQ(o.memberEnds.size(), 1u);

    QByteArray badLength = data;
    badLength[trailer + 5] = char(badLength[trailer + 5] ^ 1);
    o = agreed(badLength);
    EXPECT_EQ(o.error, Error::BadLength);
    EXPECT_EQ(o.errorPosition, trailer);
}

TEST(InflateEngine, ACorruptBlockIsAnErrorForBothEngines)
{
    const QByteArray raw = jsonLines(3000, 5);
    const QByteArray data = gzip(raw);
    int corrupt = 0;
    for (qsizetype at : {qsizetype(11), qsizetype(40), data.size() / 3, data.size() / 2}) {
        SCOPED_TRACE(at);
        QByteArray damaged = data;
        for (qsizetype i = at; i < at + 32; ++i)
            damaged[i] = char(0xff);
        const InflateCheck::Outcome zlib = InflateCheck::run(Kind::Zlib, damaged);
        EXPECT_NE(zlib.error, Error::None);
        corrupt += zlib.error == Error::CorruptData;
        for (Kind kind : engines()) {
            const InflateCheck::Outcome o = InflateCheck::run(kind, damaged);
            EXPECT_NE(o.error, Error::None) << InflateEngine::name(kind);
            // Where the engine notices lies between the damage and the member's end.
            if (o.error == Error::CorruptData) {
                EXPECT_GE(o.errorPosition, at - 8);
                EXPECT_LE(o.errorPosition, data.size());
            }
        }
    }
    EXPECT_GT(corrupt, 0);
}

TEST(InflateEngine, GarbageAfterTheLastMemberIsToldApartFromZeros)
{
    const QByteArray raw = jsonLines(200);
    const QByteArray member = gzip(raw);
    InflateCheck::Outcome o = agreed(member + QByteArray(100, '\0'));
    EXPECT_EQ(o.error, Error::None);
    EXPECT_EQ(o.output, raw);
    EXPECT_EQ(o.trailingStart, member.size());
    EXPECT_TRUE(o.trailingZeros);

    o = agreed(member + member + QByteArray("GARBAGE after the end"), 10);
    EXPECT_EQ(o.error, Error::None);
    EXPECT_EQ(o.output, raw + raw);
    EXPECT_EQ(o.trailingStart, 2 * member.size());
    EXPECT_FALSE(o.trailingZeros);

    o = agreed(QByteArray("not gzip at all"));
    EXPECT_EQ(o.error, Error::NotGzip);
    EXPECT_EQ(o.errorPosition, 0);

    o = agreed({});
    EXPECT_EQ(o.error, Error::None);
    EXPECT_EQ(o.members, 0);

    // One byte cannot be told from the start of a gzip header (zlib says so too).
    o = agreed(QByteArray("?"));
    EXPECT_EQ(o.error, Error::Truncated);
}

TEST(InflateEngine, BlockBoundariesFromEitherEngineResumeInBoth)
{
    const QByteArray raw = jsonLines(20000, 9);
    for (int level : {1, 6, 0}) {
        SCOPED_TRACE(level);
        const QByteArray data = gzip(raw, level);
        for (Kind finder : engines()) {
            SCOPED_TRACE(InflateEngine::name(finder));
            const InflateCheck::Outcome found = InflateCheck::run(finder, data, 4096, 65536, true);
            EXPECT_EQ(found.output, raw);
            EXPECT_EQ(found.error, Error::None);
            ASSERT_GE(found.boundaries.size(), 3u);
            for (size_t i = 0; i < found.boundaries.size(); i += found.boundaries.size() / 3) {
                const InflateCheck::Boundary &b = found.boundaries[i];
                EXPECT_EQ(b.window, raw.mid(std::max<qint64>(0, b.out - 32768),
                                            std::min<qint64>(b.out, 32768)));
                for (Kind reader : engines()) {
                    bool ok = false;
                    const QByteArray rest = InflateCheck::resumeAt(reader, data, b, &ok);
                    EXPECT_TRUE(ok) << InflateEngine::name(reader);
                    EXPECT_TRUE(rest == raw.mid(b.out)) << InflateEngine::name(reader) << " at "
                                                        << b.out;
                }
            }
        }
    }
}

TEST(InflateEngine, OneInflaterRestartsAtAccessPointsAsAReaderDoes)
{
    // A reader keeps one inflater and jumps from point to point, leaving input unread.
    const QByteArray raw = jsonLines(20000, 12);
    const QByteArray data = gzip(raw);
    const InflateCheck::Outcome found = InflateCheck::run(Kind::Zlib, data, 65536, 65536, true);
    ASSERT_GE(found.boundaries.size(), 4u);
    for (Kind kind : engines()) {
        SCOPED_TRACE(InflateEngine::name(kind));
        GzipInflater inflater(InflateEngine::create(kind));
        inflater.setVerifyChecksums(false);
        std::vector<unsigned char> out(1000);
        for (size_t i = found.boundaries.size(); i-- > 0;) {
            const InflateCheck::Boundary &b = found.boundaries[i];
            ASSERT_TRUE(inflater.resume(b.in, b.bits, uchar(data[b.in - 1]), b.window));
            const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
            qint64 fed = b.in;
            QByteArray got;
            while (got.size() < 5000) {
                const GzipInflater::Step step = inflater.inflate(out.data(), out.size());
                got.append(reinterpret_cast<const char *>(out.data()), qsizetype(step.produced));
                ASSERT_NE(step.event, GzipInflater::Event::Error) << inflater.errorDetail().toStdString();
                if (step.event == GzipInflater::Event::NeedsInput) {
                    const qint64 n = std::min<qint64>(4096, data.size() - fed);
                    inflater.setInput(bytes + fed, size_t(n));
                    fed += n;
                }
            }
            EXPECT_TRUE(raw.mid(b.out).startsWith(got)) << "at " << b.out;
        }
    }
}
