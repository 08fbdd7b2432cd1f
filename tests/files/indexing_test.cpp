#include "files/bytereader.h"
#include "files/fileindex.h"
#include "files/indexcache.h"
#include "filetestutil.h"
#include "sampledata.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <random>

namespace {

std::vector<qint64> indexedStarts(const FileIndex &index)
{
    std::vector<qint64> starts;
    index.lineBoundaries(0, index.lineCount(), starts);
    if (!starts.empty())
        starts.pop_back(); // the end of the last line
    return starts;
}

} // namespace

TEST(Indexing, GzipLineIndexEqualsGroundTruth)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(3000);
    const QString path =
        SampleData::write(dir, QStringLiteral("day.jsonl.gz"), SampleData::gzip(data));
    auto document = openAndIndex(path);
    ASSERT_EQ(document->status(), FileDocument::Status::Ready);
    const auto index = document->index();
    EXPECT_EQ(index->state(), FileIndex::State::Complete);
    EXPECT_EQ(indexedStarts(*index), SampleData::lineStarts(data));
    EXPECT_EQ(index->endOffset(), data.size());
    EXPECT_EQ(readAllLines(*document), SampleData::lines(data));
    // Points go at deflate block ends (a few hundred KB apart here), at least 64 KiB apart.
    EXPECT_GE(index->accessPoints().count(), 3);
    EXPECT_EQ(index->statistics().messages(), 3000);
    EXPECT_EQ(index->statistics().malformed(), 0);
}

TEST(Indexing, MembersSplitInsideLinesAreIndexedAsOneStream)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(2000);
    // Cuts in the middle of lines, right after a newline and right before one.
    std::vector<qint64> cuts{1, 777, 4096, 65536 + 13, 300001, 300002};
    const qint64 newline = data.indexOf('\n', 500000);
    cuts.push_back(newline);
    cuts.push_back(newline + 1);
    cuts.push_back(data.size() - 5);
    std::sort(cuts.begin(), cuts.end());
    const QString path =
        SampleData::write(dir, QStringLiteral("members.gz"), SampleData::gzipMembers(data, cuts));
    auto document = openAndIndex(path, 32 * 1024);
    const auto index = document->index();
    EXPECT_EQ(index->state(), FileIndex::State::Complete);
    EXPECT_EQ(indexedStarts(*index), SampleData::lineStarts(data));
    EXPECT_EQ(readAllLines(*document), SampleData::lines(data));
    EXPECT_TRUE(document->notices().isEmpty())
        << document->notices().join(QLatin1Char('\n')).toStdString();
}

TEST(Indexing, RandomAccessAtAccessPointBoundaries)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(12000);
    const QString path =
        SampleData::write(dir, QStringLiteral("points.gz"),
                          SampleData::gzipMembers(data, {123457, 900001, 3000000}, 9));
    auto document = openAndIndex(path, 16 * 1024);
    const auto index = document->index();
    const std::vector<qint64> points = index->accessPoints().offsets();
    ASSERT_GT(points.size(), 15u);
    auto reader = document->createByteReader();
    std::mt19937 random(3);
    // Around every access point, in shuffled order so that each read starts afresh.
    std::vector<qint64> probes;
    for (const qint64 point : points) {
        for (const qint64 delta : {-33, -1, 0, 1, 700})
            probes.push_back(std::clamp<qint64>(point + delta, 0, data.size() - 1));
    }
    std::shuffle(probes.begin(), probes.end(), random);
    for (const qint64 offset : probes) {
        char buffer[100];
        const qint64 want = std::min<qint64>(sizeof buffer, data.size() - offset);
        ASSERT_EQ(reader->readAt(offset, buffer, want), want) << offset;
        ASSERT_EQ(QByteArray(buffer, int(want)), data.mid(offset, want)) << offset;
    }
}

TEST(Indexing, ReadsAnyLineDirectly)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(5000);
    const std::vector<QByteArray> truth = SampleData::lines(data);
    const QString path = SampleData::write(dir, QStringLiteral("any.gz"), SampleData::gzip(data));
    auto document = openAndIndex(path, 32 * 1024);
    auto reader = document->createLineReader();
    std::mt19937 random(11);
    for (int i = 0; i < 300; ++i) {
        const qint64 line = qint64(random() % truth.size());
        QByteArray content;
        qint64 length = 0;
        ASSERT_TRUE(reader->readLine(line, 1 << 20, content, &length));
        ASSERT_EQ(content, truth[size_t(line)]);
        ASSERT_EQ(length, truth[size_t(line)].size());
    }
    // A sparse set of lines in one go.
    const std::vector<qint64> wanted{0, 1, 2, 40, 41, 900, 2500, 4999};
    std::vector<QByteArray> got;
    ASSERT_TRUE(reader->forLines(wanted, 1 << 20, [&](qint64 line, QByteArrayView content, qint64) {
        EXPECT_EQ(content.toByteArray(), truth[size_t(line)]);
        got.push_back(content.toByteArray());
        return true;
    }));
    EXPECT_EQ(got.size(), wanted.size());
}

TEST(Indexing, PlainFileWithCrlfHeartbeatsAndBlankLines)
{
    QTemporaryDir dir;
    QByteArray data = "\r\n" + SampleData::stockTwitsLines(50, 1480896000, 1, "\r\n") +
                      "\r\n\r\n\n   \n" + SampleData::stockTwitsLines(10, 1480900000, 1, "\n") +
                      "{\"id\":1}"; // no final newline
    const QString path = SampleData::write(dir, QStringLiteral("stream.jsonl"), data);
    auto document = openAndIndex(path);
    const auto index = document->index();
    EXPECT_EQ(document->format(), FileFormat::PlainText);
    EXPECT_EQ(index->lineCount(), 61);
    EXPECT_EQ(indexedStarts(*index), SampleData::lineStarts(data));
    const std::vector<QByteArray> lines = readAllLines(*document);
    EXPECT_EQ(lines, SampleData::lines(data));
    for (const QByteArray &line : lines)
        EXPECT_FALSE(line.endsWith('\r'));
    EXPECT_EQ(index->statistics().messages(), 61);
}

TEST(Indexing, RowsArriveWhileIndexingContinues)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(60000);
    const QString path =
        SampleData::write(dir, QStringLiteral("big.gz"), SampleData::gzip(data, 1));
    FileDocument document;
    document.setCacheEnabled(false);
    QSignalSpy added(&document, &FileDocument::linesAdded);
    QSignalSpy finished(&document, &FileDocument::indexingFinished);
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(document.open(path));
    EXPECT_EQ(document.status(), FileDocument::Status::Indexing);
    ASSERT_TRUE(added.wait(5000));
    const qint64 firstBatch = added.first().first().toLongLong();
    EXPECT_GT(firstBatch, 0);
    EXPECT_LT(timer.elapsed(), 1000);
    QByteArray first;
    ASSERT_TRUE(document.lineReader().readLine(0, 1 << 20, first));
    EXPECT_EQ(first, SampleData::lines(data).front());
    ASSERT_TRUE(finished.count() > 0 || finished.wait(20000));
    EXPECT_EQ(document.lineCount(), 60000);
    EXPECT_GT(added.count(), 1); // it grew in batches
}

TEST(Indexing, CancelStopsAtOnceAndKeepsWhatWasIndexed)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(60000);
    const QString path =
        SampleData::write(dir, QStringLiteral("cancel.gz"), SampleData::gzip(data, 1));
    FileDocument document;
    document.setCacheEnabled(false);
    ASSERT_TRUE(document.open(path));
    QElapsedTimer timer;
    timer.start();
    document.cancel();
    ASSERT_TRUE(document.waitForFinished(2000));
    EXPECT_LT(timer.elapsed(), 200);
    const auto state = document.index()->state();
    EXPECT_TRUE(state == FileIndex::State::Cancelled || state == FileIndex::State::Complete);
    EXPECT_LE(document.lineCount(), 60000);
}

TEST(Indexing, DestroyingTheDocumentStopsThePass)
{
    QTemporaryDir dir;
    const QString path = SampleData::write(dir, QStringLiteral("close.gz"),
                                           SampleData::gzip(SampleData::stockTwitsLines(60000), 1));
    QElapsedTimer timer;
    {
        FileDocument document;
        document.setCacheEnabled(false);
        ASSERT_TRUE(document.open(path));
        timer.start();
    }
    EXPECT_LT(timer.elapsed(), 200);
}

TEST(Indexing, SecondOpenComesFromTheCache)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(3000);
    const QString path =
        SampleData::write(dir, QStringLiteral("cached.gz"), SampleData::gzip(data));
    IndexCache::setMinimumContentBytes(0);
    {
        FileDocument document;
        ASSERT_TRUE(document.open(path));
        ASSERT_TRUE(document.waitForFinished());
        EXPECT_FALSE(document.loadedFromCache());
    }
    FileDocument again;
    ASSERT_TRUE(again.open(path));
    EXPECT_TRUE(again.loadedFromCache());
    EXPECT_EQ(again.status(), FileDocument::Status::Ready);
    EXPECT_EQ(again.lineCount(), 3000);
    EXPECT_EQ(indexedStarts(*again.index()), SampleData::lineStarts(data));
    EXPECT_EQ(readAllLines(again), SampleData::lines(data));
    EXPECT_EQ(again.index()->statistics().messages(), 3000);

    // A changed file is indexed afresh.
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::Append));
        file.write(SampleData::gzip("{\"id\":2}\n"));
    }
    FileDocument changed;
    ASSERT_TRUE(changed.open(path));
    EXPECT_FALSE(changed.loadedFromCache());
    changed.waitForFinished();
    EXPECT_EQ(changed.lineCount(), 3001);
    IndexCache::setMinimumContentBytes(8 << 20);
}
