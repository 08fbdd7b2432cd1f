#include "backups/gzipverifier.h"
#include "gziptestdata.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

GzipVerifier::Result verifyInPieces(const QByteArray &data, int piece)
{
    GzipVerifier verifier;
    for (qsizetype at = 0; at < data.size(); at += piece)
        verifier.feed(data.constData() + at, std::min<qsizetype>(piece, data.size() - at));
    return verifier.finish();
}

} // namespace

TEST(GzipVerifier, AcceptsOneMemberFedInAnyPieces)
{
    const QByteArray data = GzipTestData::member(2000);
    for (int piece : {1, 7, 4096, int(data.size())}) {
        const auto result = verifyInPieces(data, piece);
        EXPECT_TRUE(result.ok) << piece << qPrintable(result.error);
        EXPECT_EQ(result.members, 1);
        EXPECT_EQ(result.compressedBytes, data.size());
        EXPECT_GT(result.uncompressedBytes, data.size());
    }
}

TEST(GzipVerifier, ChecksEveryMemberOfAConcatenatedFile)
{
    const QByteArray data =
        GzipTestData::member(100, 1) + GzipTestData::member(300, 2) + GzipTestData::member(5, 3);
    const auto result = verifyInPieces(data, 1000);
    EXPECT_TRUE(result.ok) << qPrintable(result.error);
    EXPECT_EQ(result.members, 3);
}

TEST(GzipVerifier, DetectsABadCrcInTheSecondMember)
{
    const QByteArray first = GzipTestData::member(100, 1);
    QByteArray second = GzipTestData::member(100, 2);
    second[second.size() - 6] = char(second[second.size() - 6] ^ 0x40); // CRC32 trailer byte
    const auto result = verifyInPieces(first + second, 512);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.contains(QStringLiteral("member 2"))) << qPrintable(result.error);
}

TEST(GzipVerifier, DetectsAWrongLength)
{
    QByteArray data = GzipTestData::member(100);
    data[data.size() - 1] = char(data[data.size() - 1] ^ 0x01); // ISIZE trailer byte
    const auto result = verifyInPieces(data, 512);
    EXPECT_FALSE(result.ok);
}

TEST(GzipVerifier, DetectsAFlippedBitInTheData)
{
    QByteArray data = GzipTestData::member(2000);
    data[data.size() / 2] = char(data[data.size() / 2] ^ 0x10);
    EXPECT_FALSE(verifyInPieces(data, 4096).ok);
}

TEST(GzipVerifier, RefusesTruncatedEmptyAndNonGzipData)
{
    const QByteArray data = GzipTestData::member(2000);
    const auto cut = verifyInPieces(data.left(data.size() - 3), 4096);
    EXPECT_FALSE(cut.ok);
    EXPECT_TRUE(cut.error.contains(QStringLiteral("incomplete"))) << qPrintable(cut.error);
    EXPECT_FALSE(verifyInPieces(QByteArray(), 1).ok);
    const auto plain = verifyInPieces(QByteArrayLiteral("{\"id\":1}\n"), 4);
    EXPECT_FALSE(plain.ok);
    EXPECT_TRUE(plain.error.contains(QStringLiteral("not gzip"))) << qPrintable(plain.error);
    const auto oneByte = verifyInPieces(QByteArrayLiteral("{"), 1);
    EXPECT_TRUE(oneByte.error.contains(QStringLiteral("not gzip"))) << qPrintable(oneByte.error);
    const auto magicOnly = verifyInPieces(data.left(1), 1);
    EXPECT_TRUE(magicOnly.error.contains(QStringLiteral("incomplete"))) << qPrintable(magicOnly.error);
    EXPECT_FALSE(verifyInPieces(data + QByteArrayLiteral("garbage"), 4096).ok);
}

TEST(GzipVerifier, VerifiesAFileOnDisk)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.gz"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(GzipTestData::member(5000, 1) + GzipTestData::member(5000, 2));
    file.close();
    qint64 lastProgress = 0;
    const auto result =
        GzipVerifier::verifyFile(path, nullptr, [&](qint64 n) { lastProgress = n; });
    EXPECT_TRUE(result.ok) << qPrintable(result.error);
    EXPECT_EQ(result.members, 2);
    EXPECT_EQ(lastProgress, file.size());
    EXPECT_FALSE(GzipVerifier::verifyFile(dir.filePath(QStringLiteral("missing.gz"))).ok);
}
