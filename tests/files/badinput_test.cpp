#include "files/archiveaccess.h"
#include "files/bytereader.h"
#include "files/fileindex.h"
#include "filetestutil.h"
#include "sampledata.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

namespace {

// Resident memory now (not the peak, which earlier tests may have raised).
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * 4096 : 0;
}

} // namespace

TEST(BadInput, TruncatedGzipKeepsEverythingBeforeTheDamage)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(4000);
    const QByteArray compressed = SampleData::gzip(data);
    const QString path = SampleData::write(dir, QStringLiteral("cut.jsonl.gz"),
                                           compressed.left(compressed.size() * 6 / 10));
    auto document = openAndIndex(path);
    ASSERT_EQ(document->status(), FileDocument::Status::Ready);
    const auto index = document->index();
    EXPECT_EQ(index->state(), FileIndex::State::Truncated);
    EXPECT_TRUE(index->message().contains(QLatin1String("truncated")))
        << index->message().toStdString();
    const std::vector<QByteArray> lines = readAllLines(*document);
    const std::vector<QByteArray> truth = SampleData::lines(data);
    ASSERT_GT(lines.size(), 2000u);
    ASSERT_LT(lines.size(), truth.size());
    // Every line before the cut is there and whole; the one the cut went through is not a line.
    for (size_t i = 0; i < lines.size(); ++i)
        ASSERT_EQ(lines[i], truth[i]) << i;
    EXPECT_EQ(document->lineCount(), qint64(lines.size()));
    // The first problem the user is told of: the file ends early, in the index's words.
    const QList<FileDocument::Problem> problems = document->problems();
    ASSERT_FALSE(problems.isEmpty());
    EXPECT_TRUE(problems.first().endsEarly);
    EXPECT_EQ(problems.first().text, index->message());
}

TEST(BadInput, AFileWithoutOneJsonObjectSaysItIsNoJsonLinesFile)
{
    QTemporaryDir dir;
    auto document = openAndIndex(SampleData::write(dir, QStringLiteral("notes.jsonl"),
                                                   "shopping list\nmilk\neggs\n"));
    ASSERT_EQ(document->status(), FileDocument::Status::Ready);
    const QList<FileDocument::Problem> problems = document->problems();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_FALSE(problems.first().endsEarly);
    EXPECT_TRUE(problems.first().text.contains(QStringLiteral("JSON-lines")));

    const auto good =
        openAndIndex(SampleData::write(dir, QStringLiteral("good.jsonl"), SampleData::stockTwitsLines(10)));
    EXPECT_TRUE(good->problems().isEmpty());
}

// The data of a truncated file ends inside a JSON line: that line is reported as cut off, and
// counted neither as a line, nor as a message, nor as malformed.
TEST(BadInput, ALineCutOffByTheEndOfTheDataIsReportedAsCutNotCounted)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(3000);
    const QByteArray compressed = SampleData::gzip(data);
    // A cut whose decompressed data ends in the middle of a line.
    qsizetype cut = compressed.size() / 2;
    QByteArray visible = SampleData::gunzip(compressed.left(cut));
    while (visible.endsWith('\n') || visible.size() - visible.lastIndexOf('\n') < 10)
        visible = SampleData::gunzip(compressed.left(++cut));
    const qint64 complete =
        qint64(SampleData::lines(visible.left(visible.lastIndexOf('\n') + 1)).size());
    const qint64 cutBytes = visible.size() - visible.lastIndexOf('\n') - 1;
    const QString path =
        SampleData::write(dir, QStringLiteral("cut.jsonl.gz"), compressed.left(cut));

    auto document = openAndIndex(path);
    const auto index = document->index();
    ASSERT_EQ(index->state(), FileIndex::State::Truncated);
    EXPECT_EQ(document->lineCount(), complete);
    EXPECT_EQ(index->statistics().lines(), complete);
    EXPECT_EQ(index->statistics().messages(), complete);
    EXPECT_EQ(index->statistics().malformed(), 0);
    EXPECT_EQ(index->cutLineBytes(), cutBytes);
    EXPECT_TRUE(index->message().contains(QLatin1String("cut off")))
        << index->message().toStdString();
    // The last line is the last whole one.
    QByteArray last;
    ASSERT_TRUE(document->lineReader().readLine(complete - 1, 1 << 20, last));
    EXPECT_EQ(last, SampleData::lines(data)[size_t(complete - 1)]);
}

// A file cut off right after a long repeat: a read that stopped inside the repeat left its
// end in zlib while every compressed byte was already consumed, and the next read took that for
// the end of the file, so the last bytes of the line could not be shown.
TEST(BadInput, TheLastBytesBeforeACutAreReadableAfterAReadThatStoppedInARepeat)
{
    QTemporaryDir dir;
    QByteArray data;
    for (int i = 0; i < 4000; ++i)
        data += "{\"body\":\"same again\"}\n";
    const QByteArray compressed = SampleData::gzip(data, 9);
    int checked = 0;
    // Cuts inside the last compressed bytes, before the end-of-block code and the trailer.
    for (qsizetype cut = compressed.size() - 40; cut < compressed.size() - 9; ++cut) {
        const QByteArray truth = SampleData::gunzip(compressed.left(cut));
        if (truth.size() < 2)
            continue;
        const QString path =
            SampleData::write(dir, QStringLiteral("cut%1.gz").arg(cut), compressed.left(cut));
        auto document = openAndIndex(path);
        ASSERT_EQ(document->index()->outputDone(), truth.size()) << cut;
        auto reader = document->createByteReader();
        QByteArray head(truth.size() - 2, Qt::Uninitialized);
        ASSERT_EQ(reader->readAt(0, head.data(), head.size()), head.size()) << cut;
        char tail[2];
        ASSERT_EQ(reader->readAt(head.size(), tail, 2), 2) << cut;
        EXPECT_EQ(head + QByteArray(tail, 2), truth) << cut;
        ++checked;
    }
    EXPECT_GT(checked, 20);
}

TEST(BadInput, CorruptGzipDataIsReportedWithItsPosition)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(3000);
    QByteArray compressed = SampleData::gzip(data);
    for (int i = compressed.size() / 2; i < compressed.size() / 2 + 64; ++i)
        compressed[i] = char(0xff);
    const QString path = SampleData::write(dir, QStringLiteral("bad.gz"), compressed);
    auto document = openAndIndex(path);
    const auto index = document->index();
    EXPECT_EQ(index->state(), FileIndex::State::Damaged);
    EXPECT_TRUE(index->message().contains(QLatin1String("compressed byte")))
        << index->message().toStdString();
    EXPECT_GT(index->lineCount(), 100);
}

TEST(BadInput, PlainTextNamedGzIsReadAsText)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(10);
    const QString path = SampleData::write(dir, QStringLiteral("liar.jsonl.gz"), data);
    auto document = openAndIndex(path);
    EXPECT_EQ(document->format(), FileFormat::PlainText);
    EXPECT_EQ(document->lineCount(), 10);
    ASSERT_FALSE(document->notices().isEmpty());
    EXPECT_TRUE(document->notices().front().contains(QLatin1String("gzip")));
}

TEST(BadInput, BinaryJunkIsRefusedWithAReason)
{
    QTemporaryDir dir;
    QByteArray junk;
    for (int i = 0; i < 5000; ++i)
        junk.append(char((i * 7919) % 256));
    const QString path = SampleData::write(dir, QStringLiteral("junk.gz"), junk);
    FileDocument document;
    EXPECT_FALSE(document.open(path));
    EXPECT_EQ(document.status(), FileDocument::Status::Failed);
    EXPECT_TRUE(document.errorString().contains(QLatin1String("binary")))
        << document.errorString().toStdString();
}

TEST(BadInput, EmptyFileAndEmptyGzip)
{
    QTemporaryDir dir;
    auto empty =
        openAndIndex(SampleData::write(dir, QStringLiteral("empty.jsonl.gz"), QByteArray()));
    EXPECT_EQ(empty->status(), FileDocument::Status::Ready);
    EXPECT_EQ(empty->lineCount(), 0);
    EXPECT_TRUE(empty->notices().join(QLatin1Char(' ')).contains(QLatin1String("empty")));

    auto emptyGzip = openAndIndex(
        SampleData::write(dir, QStringLiteral("nothing.gz"), SampleData::gzip(QByteArray())));
    EXPECT_EQ(emptyGzip->status(), FileDocument::Status::Ready);
    EXPECT_EQ(emptyGzip->index()->state(), FileIndex::State::Complete);
    EXPECT_EQ(emptyGzip->lineCount(), 0);
}

TEST(BadInput, ByteOrderMarkIsNotPartOfTheFirstLine)
{
    QTemporaryDir dir;
    const QByteArray data = "\xef\xbb\xbf" + SampleData::stockTwitsLines(3);
    auto document = openAndIndex(
        SampleData::write(dir, QStringLiteral("bom.jsonl.gz"), SampleData::gzip(data)));
    const std::vector<QByteArray> lines = readAllLines(*document);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_TRUE(lines[0].startsWith('{'));
    EXPECT_EQ(document->index()->statistics().messages(), 3);
}

TEST(BadInput, InvalidUtf8StillCountsAsAMessage)
{
    QTemporaryDir dir;
    const QByteArray data =
        "{\"id\":1,\"body\":\"caf\xe9 \xff\xfe ok\",\"created_at\":\"2016-12-05T00:00:00Z\"}\n"
        "{\"id\":2,\"body\":\"fine\"}\n";
    auto document = openAndIndex(SampleData::write(dir, QStringLiteral("latin1.jsonl"), data));
    const FileStatistics stats = document->index()->statistics();
    EXPECT_EQ(stats.messages(), 2);
    EXPECT_EQ(stats.repairedUtf8(), 1);
    EXPECT_EQ(stats.timed(), 1);
}

TEST(BadInput, HundredMegabyteLineIsCutNotHeld)
{
    QTemporaryDir dir;
    const qint64 size = 100LL << 20;
    QByteArray huge;
    huge.reserve(size + 200);
    huge += "{\"id\":1,\"body\":\"";
    huge += QByteArray(size, 'x');
    huge += "\"}";
    const QByteArray data = "{\"id\":0}\n" + huge + "\n{\"id\":2}\n";
    const QString path =
        SampleData::write(dir, QStringLiteral("long.jsonl.gz"), SampleData::gzip(data, 1));
    auto document = openAndIndex(path, 4 << 20);
    const auto index = document->index();
    ASSERT_EQ(index->lineCount(), 3);
    auto reader = document->createLineReader();
    QByteArray cut;
    qint64 length = 0;
    ASSERT_TRUE(reader->readLine(1, 64 * 1024, cut, &length));
    EXPECT_EQ(cut.size(), 64 * 1024);
    EXPECT_EQ(length, huge.size());
    EXPECT_TRUE(cut.startsWith("{\"id\":1,"));
    QByteArray next;
    ASSERT_TRUE(reader->readLine(2, 1024, next));
    EXPECT_EQ(next, QByteArray("{\"id\":2}"));
    // The whole line on request.
    QByteArray whole;
    ASSERT_TRUE(reader->readWholeLine(1, whole));
    EXPECT_EQ(whole.size(), huge.size());
    EXPECT_TRUE(whole.endsWith("xx\"}"));
    const FileStatistics stats = index->statistics();
    EXPECT_EQ(stats.longLines(), 1);
    EXPECT_EQ(stats.messages(), 3); // starts with '{' and ends with '}'
}

TEST(BadInput, DeepNestingIsMalformedNotACrash)
{
    QTemporaryDir dir;
    const int depth = 100000;
    const QByteArray nested = QByteArray(depth, '[') + QByteArray(depth, ']');
    const QByteArray objects = [depth] {
        QByteArray text;
        for (int i = 0; i < depth; ++i)
            text += "{\"a\":";
        text += "1";
        text += QByteArray(depth, '}');
        return text;
    }();
    const QByteArray data = nested + "\n" + objects + "\n{\"id\":3}\n";
    auto document = openAndIndex(SampleData::write(dir, QStringLiteral("deep.jsonl"), data));
    const FileStatistics stats = document->index()->statistics();
    EXPECT_EQ(stats.lines(), 3);
    EXPECT_EQ(stats.messages(), 1);
    EXPECT_EQ(stats.tooDeep(), 2);
}

TEST(BadInput, GzipBombIsIndexedWithoutHoldingIt)
{
    // A thousand to one: 256 MiB of output from about 256 KB (sixteen members, each 16 MiB of
    // NUL bytes in four huge lines, compressed once and repeated). Scaled down from 1 GB to
    // keep the suite fast; the code path does not depend on the size, and memory must not
    // grow with it.
    QTemporaryDir dir;
    const qint64 memberSize = 16LL << 20;
    const qint64 lineSize = 4LL << 20;
    const int members = 16;
    QByteArray block(int(memberSize), '\0');
    for (qint64 i = lineSize - 1; i < memberSize; i += lineSize)
        block[int(i)] = '\n';
    const QByteArray member = SampleData::gzip(block, 9);
    block = QByteArray();
    QByteArray bomb;
    for (int i = 0; i < members; ++i)
        bomb += member;
    ASSERT_LT(bomb.size(), members * memberSize / 900);
    const QString path = SampleData::write(dir, QStringLiteral("bomb.jsonl.gz"), bomb);
    bomb = QByteArray();

    const qint64 rssBefore = residentBytes();
    auto document = openAndIndex(path, 4 << 20);
    const auto index = document->index();
    EXPECT_EQ(index->state(), FileIndex::State::Complete);
    EXPECT_EQ(index->outputDone(), members * memberSize);
    EXPECT_EQ(index->lineCount(), members * memberSize / lineSize);
    EXPECT_LT(index->memoryBytes(), 4 << 20);
    EXPECT_LT(residentBytes() - rssBefore, 64LL << 20);
    EXPECT_EQ(index->statistics().messages(), 0);
    // A line in the middle can be read, cut.
    QByteArray cut;
    qint64 length = 0;
    ASSERT_TRUE(document->createLineReader()->readLine(33, 1024, cut, &length));
    EXPECT_EQ(cut.size(), 1024);
    EXPECT_EQ(length, lineSize - 1);
}

TEST(BadInput, ArchivesWithoutKArchiveSayHowToGetIt)
{
    if (ArchiveAccess::isAvailable())
        GTEST_SKIP() << "this build has KArchive";
    QTemporaryDir dir;
    const QString path = SampleData::write(dir, QStringLiteral("day.zip"),
                                           QByteArray("PK\x03\x04", 4) + QByteArray(100, 'a'));
    FileDocument document;
    EXPECT_FALSE(document.open(path));
    EXPECT_TRUE(document.errorString().contains(QLatin1String("KArchive")));
    EXPECT_TRUE(document.errorString().contains(QLatin1String("HYDRANT_WITH_KARCHIVE=ON")));
    const QString xz = SampleData::write(dir, QStringLiteral("day.jsonl.xz"),
                                         QByteArray("\xfd"
                                                    "7zXZ\x00",
                                                    6) +
                                             QByteArray(100, 'a'));
    EXPECT_FALSE(document.open(xz));
    EXPECT_TRUE(document.errorString().contains(QLatin1String("xz")));
}
