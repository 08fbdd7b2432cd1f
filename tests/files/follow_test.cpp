// Following a growing file: a document that watches its file reads only what was appended and
// ends up with the index a fresh open of the grown file has.

#include "feed/recorder.h"
#include "files/dataset.h"
#include "files/fileindex.h"
#include "filetestutil.h"
#include "message/messagenormalizer.h"
#include "sampledata.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

namespace {

constexpr qint64 spacing = 32 * 1024; // small access-point spacing: continuing passes use them

std::vector<qint64> indexedStarts(const FileIndex &index)
{
    std::vector<qint64> starts;
    index.lineBoundaries(0, index.lineCount(), starts);
    return starts; // the starts, then the end of the last line
}

void append(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::Append));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

/// A watched document (no cache, a poll slow enough never to fire during a test).
std::unique_ptr<FileDocument> openWatched(const QString &path)
{
    auto document = std::make_unique<FileDocument>();
    FileIndexer::Options options;
    options.accessPointSpacing = spacing;
    document->setIndexerOptions(options);
    document->setCacheEnabled(false);
    document->setPollIntervalMs(3600 * 1000);
    document->setWatching(true);
    document->open(path);
    document->waitForFinished();
    return document;
}

/// Looks at the file now and waits for what it read.
void checkNow(FileDocument &document)
{
    document.checkForChanges();
    document.waitForFinished();
}

/// The followed document holds what a fresh open of the same file holds.
void expectSameAsFreshOpen(FileDocument &followed)
{
    auto fresh = openAndIndex(followed.path(), spacing);
    ASSERT_EQ(fresh->status(), FileDocument::Status::Ready);
    EXPECT_EQ(followed.status(), FileDocument::Status::Ready);
    EXPECT_EQ(followed.lineCount(), fresh->lineCount());
    EXPECT_EQ(followed.index()->lineCount(), fresh->index()->lineCount());
    EXPECT_EQ(indexedStarts(*followed.index()), indexedStarts(*fresh->index()));
    EXPECT_EQ(followed.index()->endOffset(), fresh->index()->endOffset());
    EXPECT_EQ(readAllLines(followed), readAllLines(*fresh));
    EXPECT_EQ(followed.index()->statistics().lines(), fresh->index()->statistics().lines());
    EXPECT_EQ(followed.index()->statistics().messages(),
              fresh->index()->statistics().messages());
    EXPECT_EQ(followed.index()->statistics().lastTime(), fresh->index()->statistics().lastTime());
    EXPECT_TRUE(followed.problems().isEmpty());
}

} // namespace

TEST(Follow, LinesAppendedToAPlainFileAreAppendedToTheIndex)
{
    QTemporaryDir dir;
    const QString path =
        SampleData::write(dir, QStringLiteral("log.jsonl"), SampleData::stockTwitsLines(300));
    auto document = openWatched(path);
    ASSERT_EQ(document->lineCount(), 300);
    QSignalSpy added(document.get(), &FileDocument::linesAdded);

    append(path, SampleData::stockTwitsLines(200, 1480896300));
    checkNow(*document);
    EXPECT_EQ(document->lineCount(), 500);
    ASSERT_FALSE(added.isEmpty());
    EXPECT_EQ(added.last().first().toLongLong(), 500);
    expectSameAsFreshOpen(*document);

    // Nothing new: nothing happens.
    added.clear();
    checkNow(*document);
    EXPECT_TRUE(added.isEmpty());
}

TEST(Follow, APlainLineWrittenInTwoPartsIsOneLine)
{
    QTemporaryDir dir;
    const QByteArray more = SampleData::stockTwitsLines(3, 1480896300);
    const QString path =
        SampleData::write(dir, QStringLiteral("log.jsonl"), SampleData::stockTwitsLines(10));
    auto document = openWatched(path);

    // Half a line: held back until its terminator arrives.
    append(path, more.left(40));
    checkNow(*document);
    EXPECT_EQ(document->lineCount(), 10);
    append(path, more.mid(40));
    checkNow(*document);
    expectSameAsFreshOpen(*document);
    EXPECT_EQ(document->lineCount(), 13);
}

TEST(Follow, AnUnterminatedLastLineCountedAtOpenIsContinued)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(11);
    const qint64 cut = data.size() - 25; // inside the last line
    const QString path = SampleData::write(dir, QStringLiteral("log.jsonl"), data.left(cut));
    auto document = openWatched(path);
    ASSERT_EQ(document->lineCount(), 11); // the unterminated line counts, as it always did

    append(path, data.mid(cut) + SampleData::stockTwitsLines(4, 1480896300));
    checkNow(*document);
    EXPECT_EQ(document->lineCount(), 15);
    auto fresh = openAndIndex(path, spacing);
    EXPECT_EQ(indexedStarts(*document->index()), indexedStarts(*fresh->index()));
    EXPECT_EQ(readAllLines(*document), readAllLines(*fresh));
}

TEST(Follow, GzipMembersAppendedAsARecorderWritesThemAreIndexed)
{
    QTemporaryDir dir;
    // A recording: one member per flush, each a run of whole lines.
    const QByteArray first = SampleData::stockTwitsLines(400);
    const QString path =
        SampleData::write(dir, QStringLiteral("rec.jsonl.gz"),
                          SampleData::gzipMembers(first, {first.indexOf('\n', 30000) + 1}));
    auto document = openWatched(path);
    ASSERT_EQ(document->lineCount(), 400);

    for (int flush = 0; flush < 5; ++flush) {
        const QByteArray lines = SampleData::stockTwitsLines(150, 1480897000 + flush * 200);
        append(path, SampleData::gzip(lines, 1));
        checkNow(*document);
        EXPECT_EQ(document->lineCount(), 400 + 150 * (flush + 1));
    }
    expectSameAsFreshOpen(*document);
    // The access points found on the way serve readers as a fresh pass's do.
    EXPECT_GE(document->index()->accessPoints().count(), 3);
}

TEST(Follow, AHalfWrittenGzipMemberIsShownUpToItsLastLineAndNeverReportedAsDamaged)
{
    QTemporaryDir dir;
    const QString path = SampleData::write(dir, QStringLiteral("rec.jsonl.gz"),
                                           SampleData::gzip(SampleData::stockTwitsLines(200)));
    auto document = openWatched(path);
    ASSERT_EQ(document->lineCount(), 200);

    // A large member, caught in the middle of its write.
    const QByteArray lines = SampleData::stockTwitsLines(2000, 1480897000);
    const QByteArray member = SampleData::gzip(lines, 1);
    const qint64 half = member.size() / 2;
    append(path, member.left(half));
    checkNow(*document);
    EXPECT_EQ(document->index()->state(), FileIndex::State::Complete);
    EXPECT_TRUE(document->problems().isEmpty());
    const qint64 shown = document->lineCount();
    const qint64 inflatable = SampleData::lines(SampleData::gunzip(member.left(half))).size();
    EXPECT_GT(shown, 200);                  // its complete lines are there already
    EXPECT_LE(shown, 200 + inflatable);     // and nothing of the cut line
    EXPECT_EQ(readAllLines(*document).back(), SampleData::lines(lines)[size_t(shown - 201)]);

    // The rest of the member, and the next one.
    append(path, member.mid(half) + SampleData::gzip(SampleData::stockTwitsLines(50), 1));
    checkNow(*document);
    EXPECT_EQ(document->lineCount(), 2250);
    expectSameAsFreshOpen(*document);
}

TEST(Follow, AFileOpenedWhileAMemberIsHalfWrittenIsWholeOnceItIsComplete)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(500);
    const QByteArray gz = SampleData::gzip(data);
    const QString path =
        SampleData::write(dir, QStringLiteral("rec.jsonl.gz"), gz.left(gz.size() * 2 / 3));
    auto document = openWatched(path);
    // At open it is not known that the file grows: it ends early, as a cut download does.
    EXPECT_EQ(document->index()->state(), FileIndex::State::Truncated);

    append(path, gz.mid(gz.size() * 2 / 3));
    checkNow(*document);
    EXPECT_EQ(document->lineCount(), 500);
    expectSameAsFreshOpen(*document); // no problem is reported any more
}

TEST(Follow, AMemberWhoseFirstBytesAloneAreWrittenIsPickedUpWhenItIsWhole)
{
    QTemporaryDir dir;
    const QByteArray next = SampleData::gzip(SampleData::stockTwitsLines(40, 1480897000), 1);
    for (const qint64 written : {1, 2, 5, 12}) {
        const QString path = SampleData::write(
            dir, QStringLiteral("rec%1.jsonl.gz").arg(written),
            SampleData::gzip(SampleData::stockTwitsLines(100)) + next.left(written));
        auto document = openWatched(path);
        EXPECT_EQ(document->lineCount(), 100) << written;
        append(path, next.mid(written));
        checkNow(*document);
        EXPECT_EQ(document->lineCount(), 140) << written;
        expectSameAsFreshOpen(*document);
    }
}

TEST(Follow, AFileThatShrinksIsReadAgainFromTheStart)
{
    QTemporaryDir dir;
    const QString path =
        SampleData::write(dir, QStringLiteral("log.jsonl"), SampleData::stockTwitsLines(100));
    auto document = openWatched(path);
    QSignalSpy reset(document.get(), &FileDocument::reset);

    // Rewritten shorter in place (same inode).
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite | QIODevice::Truncate));
        file.write(SampleData::stockTwitsLines(30, 1490000000));
    }
    checkNow(*document);
    EXPECT_EQ(reset.size(), 1);
    EXPECT_EQ(document->lineCount(), 30);
    const QList<FileDocument::Problem> problems = document->problems();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.front().text.contains(QStringLiteral("shorter")));
    EXPECT_EQ(readAllLines(*document), SampleData::lines(SampleData::stockTwitsLines(30, 1490000000)));
}

TEST(Follow, AFileReplacedByAnotherIsReadAgainFromTheStart)
{
    QTemporaryDir dir;
    const QString path = SampleData::write(dir, QStringLiteral("rec.jsonl.gz"),
                                           SampleData::gzip(SampleData::stockTwitsLines(100)));
    auto document = openWatched(path);
    QSignalSpy reset(document.get(), &FileDocument::reset);

    // Another, longer file moved into its place (a new inode, as a rotating writer does).
    const QString other = SampleData::write(dir, QStringLiteral("other.jsonl.gz"),
                                            SampleData::gzip(SampleData::stockTwitsLines(300)));
    ASSERT_TRUE(QFile::remove(path));
    ASSERT_TRUE(QFile::rename(other, path));
    checkNow(*document);
    EXPECT_EQ(reset.size(), 1);
    EXPECT_EQ(document->lineCount(), 300);
    ASSERT_FALSE(document->problems().isEmpty());
    EXPECT_TRUE(document->problems().front().text.contains(QStringLiteral("replaced")));
}

TEST(Follow, AnEmptyFileThatGetsLinesIsRead)
{
    QTemporaryDir dir;
    const QString path = SampleData::write(dir, QStringLiteral("rec.jsonl"), {});
    auto document = openWatched(path);
    ASSERT_EQ(document->format(), FileFormat::Empty);
    append(path, SampleData::stockTwitsLines(20));
    checkNow(*document);
    EXPECT_EQ(document->lineCount(), 20);
    expectSameAsFreshOpen(*document);
}

TEST(Follow, GrowthIsFoundWithoutBeingAskedByTheWatcherOrThePoll)
{
    QTemporaryDir dir;
    const QString path =
        SampleData::write(dir, QStringLiteral("log.jsonl"), SampleData::stockTwitsLines(10));
    auto document = openWatched(path);
    document->setPollIntervalMs(20);
    QSignalSpy added(document.get(), &FileDocument::linesAdded);
    append(path, SampleData::stockTwitsLines(5, 1480896300));
    ASSERT_TRUE(added.wait(5000));
    EXPECT_EQ(document->lineCount(), 15);
}

TEST(Follow, AnUnwatchedDocumentDoesNotChange)
{
    QTemporaryDir dir;
    const QString path =
        SampleData::write(dir, QStringLiteral("log.jsonl"), SampleData::stockTwitsLines(10));
    auto document = openAndIndex(path);
    append(path, SampleData::stockTwitsLines(5, 1480896300));
    checkNow(*document);
    EXPECT_EQ(document->lineCount(), 10);
}

// --- A dataset that follows its folder

namespace {

using SampleData::recordedDayLines;
using SampleData::recordedDayName;

std::unique_ptr<Dataset> openFolder(const QString &folder, bool watching)
{
    auto dataset = std::make_unique<Dataset>();
    FileIndexer::Options options;
    options.accessPointSpacing = spacing;
    dataset->setIndexerOptions(options);
    dataset->setCacheEnabled(false);
    dataset->setPollIntervalMs(3600 * 1000);
    dataset->setWatching(watching);
    dataset->open({folder});
    dataset->waitForFinished();
    return dataset;
}

/// Every row as "file name:line".
/// Lets the dataset's documents read until it has \a rows rows (the passes run on threads).
bool waitUntilRows(Dataset &dataset, qint64 rows)
{
    QSignalSpy grew(&dataset, &Dataset::grew);
    while (dataset.rowCount() < rows) {
        if (!grew.wait(10000))
            return false;
    }
    return dataset.rowCount() == rows;
}

QStringList rowsOf(const Dataset &dataset)
{
    QStringList rows;
    for (qint64 row = 0; row < dataset.rowCount(); ++row) {
        const Dataset::Location at = dataset.locate(row);
        rows << QFileInfo(dataset.path(at.file)).fileName() + QLatin1Char(':') +
                    QString::number(at.line);
    }
    return rows;
}

} // namespace

TEST(FollowDataset, ANewDayFileInAnOpenFolderTakesItsPlaceInTime)
{
    QTemporaryDir dir;
    for (const int d : {1, 2, 4})
        SampleData::write(dir, recordedDayName(d), SampleData::gzip(recordedDayLines(d, 30)));
    auto dataset = openFolder(dir.path(), true);
    ASSERT_EQ(dataset->rowCount(), 90);
    QSignalSpy reordered(dataset.get(), &Dataset::reordered);
    QSignalSpy grew(dataset.get(), &Dataset::grew);

    // The next day starts recording: it goes last, its rows after all the others.
    SampleData::write(dir, recordedDayName(5), SampleData::gzip(recordedDayLines(5, 20)));
    dataset->checkForChanges();
    ASSERT_TRUE(grew.wait(10000));
    EXPECT_EQ(grew.first().first().toLongLong(), 90);
    EXPECT_TRUE(reordered.isEmpty());
    EXPECT_EQ(dataset->fileCount(), 4);
    EXPECT_EQ(dataset->rowCount(), 110);
    EXPECT_EQ(QFileInfo(dataset->path(3)).fileName(), recordedDayName(5));
    EXPECT_EQ(rowsOf(*dataset), rowsOf(*openFolder(dir.path(), false)));

    // A missing day downloaded later goes between its neighbours.
    SampleData::write(dir, recordedDayName(3), SampleData::gzip(recordedDayLines(3, 10)));
    dataset->checkForChanges();
    ASSERT_TRUE(reordered.wait(10000));
    EXPECT_EQ(dataset->rowCount(), 120);
    EXPECT_EQ(QFileInfo(dataset->path(2)).fileName(), recordedDayName(3));
    EXPECT_EQ(dataset->rowOf(2, 0), 60);
    EXPECT_EQ(rowsOf(*dataset), rowsOf(*openFolder(dir.path(), false)));
}

TEST(FollowDataset, TheGrowingLastFileAppendsRows)
{
    QTemporaryDir dir;
    SampleData::write(dir, recordedDayName(1), SampleData::gzip(recordedDayLines(1, 30)));
    const QString today = SampleData::write(dir, recordedDayName(2), SampleData::gzip(recordedDayLines(2, 10)));
    auto dataset = openFolder(dir.path(), true);
    ASSERT_EQ(dataset->rowCount(), 40);
    QSignalSpy grew(dataset.get(), &Dataset::grew);
    QSignalSpy reordered(dataset.get(), &Dataset::reordered);

    // The recorder flushes a member, then half of the next one.
    const QByteArray member = SampleData::gzip(recordedDayLines(2, 400, 10), 1);
    append(today, SampleData::gzip(recordedDayLines(2, 5, 410), 1) + member.left(member.size() / 2));
    dataset->checkForChanges();
    ASSERT_TRUE(grew.wait(10000));
    EXPECT_EQ(grew.first().first().toLongLong(), 40);
    EXPECT_GE(dataset->rowCount(), 45);
    EXPECT_TRUE(dataset->problem(1).isEmpty()) << dataset->problem(1).toStdString();
    EXPECT_TRUE(reordered.isEmpty());

    append(today, member.mid(member.size() / 2));
    dataset->checkForChanges();
    ASSERT_TRUE(waitUntilRows(*dataset, 445));
    EXPECT_EQ(rowsOf(*dataset), rowsOf(*openFolder(dir.path(), false)));
    EXPECT_TRUE(reordered.isEmpty());
    EXPECT_EQ(dataset->statistics().lines(), 445);
}

TEST(FollowDataset, TwoPartitionsRecordedTogetherStayMergedByTimeAsTheyGrow)
{
    // Two connections' recordings of one stream, their lines ten seconds apart in turn.
    QTemporaryDir dir;
    constexpr qint64 start = 1480896000;
    const QString a =
        SampleData::write(dir, QStringLiteral("part-a.jsonl.gz"),
                          SampleData::gzip(SampleData::stockTwitsLines(20, start, 20)));
    const QString b =
        SampleData::write(dir, QStringLiteral("part-b.jsonl.gz"),
                          SampleData::gzip(SampleData::stockTwitsLines(20, start + 10, 20)));
    auto dataset = openFolder(dir.path(), true);
    ASSERT_EQ(dataset->rowCount(), 40);
    EXPECT_EQ(rowsOf(*dataset).mid(0, 3),
              (QStringList{QStringLiteral("part-a.jsonl.gz:0"), QStringLiteral("part-b.jsonl.gz:0"),
                           QStringLiteral("part-a.jsonl.gz:1")}));
    QSignalSpy grew(dataset.get(), &Dataset::grew);
    QSignalSpy reordered(dataset.get(), &Dataset::reordered);

    // The second one goes on past the first one's last line: rows are appended.
    append(b, SampleData::gzip(SampleData::stockTwitsLines(10, start + 400, 20), 1));
    dataset->checkForChanges();
    ASSERT_TRUE(waitUntilRows(*dataset, 50));
    EXPECT_EQ(grew.first().first().toLongLong(), 40);
    EXPECT_TRUE(reordered.isEmpty());
    EXPECT_EQ(rowsOf(*dataset), rowsOf(*openFolder(dir.path(), false)));

    // The first one catches up among those lines: the rows are numbered anew, in time order.
    append(a, SampleData::gzip(SampleData::stockTwitsLines(5, start + 410, 20), 1));
    dataset->checkForChanges();
    ASSERT_TRUE(reordered.wait(10000));
    EXPECT_EQ(dataset->rowCount(), 55);
    EXPECT_EQ(rowsOf(*dataset), rowsOf(*openFolder(dir.path(), false)));
    EXPECT_EQ(rowsOf(*dataset).mid(40, 3), (QStringList{QStringLiteral("part-b.jsonl.gz:20"),
                                                        QStringLiteral("part-a.jsonl.gz:20"),
                                                        QStringLiteral("part-b.jsonl.gz:21")}));
}

// --- Following a recording while the recorder writes it

TEST(Follow, ARecordingIsFollowedMemberByMemberAsTheRecorderFlushes)
{
    QTemporaryDir dir;
    Recorder recorder(dir.path(), QStringLiteral("live"));
    recorder.setClock([] { return QDateTime::fromSecsSinceEpoch(1480896000, QTimeZone::utc()); });
    MessageNormalizer normalizer;
    qint64 id = 0;
    const auto record = [&](int count, qint64 from) {
        for (int i = 0; i < count; ++i, ++id)
            ASSERT_TRUE(recorder.append(
                normalizer.normalize(SampleData::stockTwitsLine(id, from + i))));
        ASSERT_TRUE(recorder.flush());
    };
    record(100, 1480896000);
    auto document = openWatched(recorder.currentFilePath());
    ASSERT_EQ(document->lineCount(), 100);

    for (int second = 1; second <= 5; ++second) {
        record(60, 1480896000 + second * 1000);
        checkNow(*document);
        EXPECT_EQ(document->lineCount(), qint64(100 + 60 * second));
        EXPECT_EQ(qint64(recorder.messagesWritten()), document->lineCount());
    }
    expectSameAsFreshOpen(*document);
}
