// The KArchive paths: they run where the build has KArchive (the Debian 13 job).

#include "core/buildinfo.h"
#include "files/archiveaccess.h"
#include "files/fileindex.h"
#include "filetestutil.h"
#include "sampledata.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QTemporaryDir>

#if HYDRANT_HAS_KARCHIVE
#include <K7Zip>
#include <KCompressionDevice>
#include <KTar>
#include <KZip>
#endif

TEST(ArchiveNames, UnsafeMemberNamesAreRecognised)
{
    EXPECT_TRUE(ArchiveAccess::isSafeMemberPath(QStringLiteral("day.jsonl")));
    EXPECT_TRUE(ArchiveAccess::isSafeMemberPath(QStringLiteral("2016/12/day.jsonl.gz")));
    EXPECT_TRUE(ArchiveAccess::isSafeMemberPath(QStringLiteral("a..b.jsonl")));
    EXPECT_FALSE(ArchiveAccess::isSafeMemberPath(QStringLiteral("../evil.jsonl")));
    EXPECT_FALSE(ArchiveAccess::isSafeMemberPath(QStringLiteral("a/../../evil")));
    EXPECT_FALSE(ArchiveAccess::isSafeMemberPath(QStringLiteral("/etc/passwd")));
    EXPECT_FALSE(ArchiveAccess::isSafeMemberPath(QStringLiteral("C:\\x.jsonl")));
    EXPECT_FALSE(ArchiveAccess::isSafeMemberPath(QStringLiteral("a\\..\\b")));
    EXPECT_FALSE(ArchiveAccess::isSafeMemberPath(QStringLiteral("bad\nname")));
    EXPECT_FALSE(ArchiveAccess::isSafeMemberPath(QString()));
}

#if HYDRANT_HAS_KARCHIVE

namespace {

QByteArray sample(int lines = 500)
{
    return SampleData::stockTwitsLines(lines);
}

QString writeZip(const QTemporaryDir &dir, const QString &name, const QList<QPair<QString, QByteArray>> &members)
{
    const QString path = QDir(dir.path()).filePath(name);
    KZip zip(path);
    if (!zip.open(QIODevice::WriteOnly))
        return {};
    for (const auto &[member, bytes] : members)
        zip.writeFile(member, bytes);
    zip.close();
    return path;
}

QString writeTar(const QTemporaryDir &dir, const QString &name, const QString &mimeType,
                 const QList<QPair<QString, QByteArray>> &members)
{
    const QString path = QDir(dir.path()).filePath(name);
    KTar tar(path, mimeType);
    if (!tar.open(QIODevice::WriteOnly))
        return {};
    for (const auto &[member, bytes] : members)
        tar.writeFile(member, bytes);
    tar.close();
    return path;
}

QString writeCompressed(const QTemporaryDir &dir, const QString &name, KCompressionDevice::CompressionType type,
                        const QByteArray &bytes)
{
    const QString path = QDir(dir.path()).filePath(name);
    KCompressionDevice device(path, type);
    if (!device.open(QIODevice::WriteOnly))
        return {};
    device.write(bytes);
    device.close();
    return path;
}

void expectLines(FileDocument &document, const QByteArray &data)
{
    ASSERT_EQ(document.status(), FileDocument::Status::Ready) << document.errorString().toStdString();
    EXPECT_EQ(document.index()->state(), FileIndex::State::Complete) << document.index()->message().toStdString();
    EXPECT_EQ(readAllLines(document), SampleData::lines(data));
    EXPECT_EQ(document.index()->statistics().messages(), qint64(SampleData::lines(data).size()));
}

} // namespace

TEST(Archives, ZipWithOneMemberOpensIt)
{
    QTemporaryDir dir;
    const QByteArray data = sample();
    auto document = openAndIndex(writeZip(dir, QStringLiteral("day.zip"), {{QStringLiteral("day.jsonl"), data}}));
    EXPECT_EQ(document->format(), FileFormat::Zip);
    EXPECT_EQ(document->memberPath(), QStringLiteral("day.jsonl"));
    expectLines(*document, data);
}

TEST(Archives, ZipWithSeveralMembersAsksWhichOne)
{
    QTemporaryDir dir;
    const QByteArray first = sample(100);
    const QByteArray second = SampleData::stockTwitsLines(250, 1480982400);
    const QString path = writeZip(dir, QStringLiteral("week.zip"),
                                  {{QStringLiteral("mon.jsonl"), first}, {QStringLiteral("sub/tue.jsonl"), second},
                                   {QStringLiteral("readme.txt"), QByteArray("hello")}});
    FileDocument document;
    document.setCacheEnabled(false);
    ASSERT_TRUE(document.open(path));
    ASSERT_TRUE(document.waitForFinished(10000));
    ASSERT_EQ(document.status(), FileDocument::Status::NeedsMember);
    QStringList names;
    for (const auto &member : document.archiveMembers())
        names << member.path;
    names.sort();
    EXPECT_EQ(names, QStringList({QStringLiteral("mon.jsonl"), QStringLiteral("readme.txt"), QStringLiteral("sub/tue.jsonl")}));
    ASSERT_TRUE(document.openMember(QStringLiteral("sub/tue.jsonl")));
    ASSERT_TRUE(document.waitForFinished(10000));
    expectLines(document, second);
}

TEST(Archives, GzipMemberInsideZipIsIndexedAsGzip)
{
    QTemporaryDir dir;
    const QByteArray data = sample(800);
    auto document = openAndIndex(writeZip(dir, QStringLiteral("nested.zip"),
                                          {{QStringLiteral("day.jsonl.gz"), SampleData::gzipMembers(data, {1234})}}));
    expectLines(*document, data);
    // Random access works through the access points of the extracted copy.
    QByteArray line;
    ASSERT_TRUE(document->createLineReader()->readLine(700, 1 << 20, line));
    EXPECT_EQ(line, SampleData::lines(data)[700]);
}

TEST(Archives, UnsafeMemberIsListedButNeverOpened)
{
    QTemporaryDir dir;
    const QString path = writeZip(dir, QStringLiteral("evil.zip"),
                                  {{QStringLiteral("../escape.jsonl"), sample(10)}, {QStringLiteral("fine.jsonl"), sample(20)}});
    FileDocument document;
    document.setCacheEnabled(false);
    ASSERT_TRUE(document.open(path));
    ASSERT_TRUE(document.waitForFinished(10000));
    // Only one safe member: it opens; the other is never touched.
    if (document.status() == FileDocument::Status::NeedsMember) {
        EXPECT_FALSE(document.openMember(QStringLiteral("../escape.jsonl")));
        EXPECT_TRUE(document.errorString().contains(QStringLiteral("not safe")));
    } else {
        EXPECT_EQ(document.memberPath(), QStringLiteral("fine.jsonl"));
    }
    // Nothing was written next to the archive or above it.
    EXPECT_FALSE(QFile::exists(QDir(dir.path()).filePath(QStringLiteral("../escape.jsonl"))));
    EXPECT_FALSE(QFile::exists(QDir(dir.path()).filePath(QStringLiteral("escape.jsonl"))));
}

TEST(Archives, TarAndCompressedTars)
{
    QTemporaryDir dir;
    const QByteArray data = sample(300);
    const QList<QPair<QString, QByteArray>> members{{QStringLiteral("day.jsonl"), data}};
    for (const auto &[name, mime] : {std::pair{"day.tar", "application/x-tar"}, std::pair{"day.tar.gz", "application/gzip"},
                                     std::pair{"day.tar.xz", "application/x-xz"}, std::pair{"day.tar.bz2", "application/x-bzip"}}) {
        SCOPED_TRACE(name);
        const QString path = writeTar(dir, QString::fromLatin1(name), QString::fromLatin1(mime), members);
        ASSERT_FALSE(path.isEmpty());
        auto document = openAndIndex(path);
        EXPECT_EQ(document->memberPath(), QStringLiteral("day.jsonl"));
        expectLines(*document, data);
    }
}

TEST(Archives, SevenZip)
{
    QTemporaryDir dir;
    const QByteArray data = sample(300);
    const QString path = QDir(dir.path()).filePath(QStringLiteral("day.7z"));
    {
        K7Zip archive(path);
        if (!archive.open(QIODevice::WriteOnly))
            GTEST_SKIP() << "this KArchive cannot write 7z";
        archive.writeFile(QStringLiteral("day.jsonl"), data);
        archive.close();
    }
    auto document = openAndIndex(path);
    EXPECT_EQ(document->format(), FileFormat::SevenZip);
    expectLines(*document, data);
}

TEST(Archives, SingleCompressedFiles)
{
    QTemporaryDir dir;
    const QByteArray data = sample(400);
    for (const auto &[name, type] : {std::pair{"day.jsonl.xz", KCompressionDevice::Xz},
                                     std::pair{"day.jsonl.bz2", KCompressionDevice::BZip2}}) {
        SCOPED_TRACE(name);
        auto document = openAndIndex(writeCompressed(dir, QString::fromLatin1(name), type, data));
        expectLines(*document, data);
    }
}

TEST(Archives, ZstdOpensOrSaysWhy)
{
    QTemporaryDir dir;
    const QByteArray data = sample(200);
    if (ArchiveAccess::zstdSupported()) {
        auto document = openAndIndex(writeCompressed(dir, QStringLiteral("day.jsonl.zst"), KCompressionDevice::Zstd, data));
        expectLines(*document, data);
    } else {
        // A zstd frame header, enough for detection.
        const QString path = SampleData::write(dir, QStringLiteral("day.jsonl.zst"), QByteArray("\x28\xb5\x2f\xfd", 4) + QByteArray(64, 'x'));
        auto document = openAndIndex(path);
        EXPECT_EQ(document->status(), FileDocument::Status::Failed);
        EXPECT_TRUE(document->errorString().contains(QStringLiteral("zstd")));
    }
}

TEST(Archives, DamagedZipIsAClearError)
{
    QTemporaryDir dir;
    const QString path = SampleData::write(dir, QStringLiteral("broken.zip"), QByteArray("PK\x03\x04", 4) + QByteArray(300, '\x07'));
    auto document = openAndIndex(path);
    EXPECT_EQ(document->status(), FileDocument::Status::Failed);
    EXPECT_FALSE(document->errorString().isEmpty());
}

#endif
