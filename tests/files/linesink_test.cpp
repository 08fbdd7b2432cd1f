// What an index pass hands a line sink (a search started on a file still being indexed reads
// its lines this way instead of decompressing the file again): every line, exactly as a reader
// of the finished index reads it.
#include "files/bytereader.h"
#include "files/fileindex.h"
#include "files/fileindexer.h"
#include "files/linereader.h"
#include "files/linesink.h"
#include "files/linesplitter.h"
#include "filetestutil.h"
#include "message/fieldscanner.h"
#include "message/parsedline.h"
#include "sampledata.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <functional>
#include <random>

namespace {

/// Keeps what the pass hands over, and checks the order of the calls.
class RecordingSink : public LineSink
{
public:
    qint64 firstLine = -1; ///< where begin() said the lines start
    qint64 endedWith = -1; ///< the line count end() was called with
    std::vector<QByteArray> received;
    qint64 bytes = 0;
    /// Called after each hand-over with the number of lines received so far; false stops.
    std::function<bool(qint64)> afterLines;

    void begin(qint64 first) override
    {
        EXPECT_EQ(firstLine, -1) << "begin() comes once";
        firstLine = first;
    }
    bool lines(qint64 first, std::span<const QByteArrayView> contents, qint64 span) override
    {
        EXPECT_GE(firstLine, 0) << "lines() only after begin()";
        EXPECT_EQ(endedWith, -1) << "no lines after end()";
        EXPECT_EQ(first, firstLine + qint64(received.size())) << "no line skipped or repeated";
        for (const QByteArrayView content : contents)
            received.push_back(content.toByteArray());
        bytes += span;
        return !afterLines || afterLines(qint64(received.size()));
    }
    void end(qint64 lineCount) override
    {
        EXPECT_EQ(endedWith, -1) << "end() comes once";
        endedWith = lineCount;
    }
};

/// Has a precheck (lines holding "7" are wanted) and records what judge() was told of each line.
class PrecheckingSink : public RecordingSink
{
public:
    std::vector<std::pair<QByteArray, Precheck>> judged;

    bool hasPrecheck() const override { return true; }
    bool wantsBytes(QByteArrayView line) const override { return line.contains('7'); }
    void judge(QByteArrayView content, const ParsedLine *, Precheck precheck) override
    {
        judged.emplace_back(content.toByteArray(), precheck);
    }
};

// Everything a line can look like: a byte-order mark, CRLF and LF terminators, blank lines and
// heartbeats between lines, a line longer than the scanner keeps, and no final terminator.
QByteArray awkwardData()
{
    QByteArray data = "\xef\xbb\xbf" + SampleData::stockTwitsLines(300, 1480896000, 1, "\r\n");
    data += "\r\n\r\n   \n\t\n";
    data += "{\"id\":1,\"body\":\"" + QByteArray(3 * FieldScanner::maxLineBytes / 2, 'x') +
            "\"}\r\n";
    data += "  {\"id\":2,\"body\":\"indented, trailing blanks\"}  \n";
    data += SampleData::stockTwitsLines(8000, 1480900000, 1, "\n");
    data += "{\"id\":3,\"body\":\"last, unterminated\"}";
    return data;
}

struct Pass
{
    std::shared_ptr<FileIndex> index = std::make_shared<FileIndex>();
    std::atomic_bool cancel{false};

    void run(const QString &path, bool gzip)
    {
        FileIndexer::Options options;
        options.accessPointSpacing = 256 * 1024;
        FileIndexer indexer(*index, cancel, options);
        if (gzip)
            indexer.indexGzip(path);
        else
            indexer.indexPlain(path);
    }

    /// Lines [first, count) as a reader of the finished index gives them.
    std::vector<QByteArray> read(qint64 first, const QString &path, bool gzip) const
    {
        const FileIndex::ContentSource source =
            gzip ? FileIndexer::gzipSource(path) : FileIndexer::plainSource(path);
        LineReader reader(index, source(*index));
        std::vector<QByteArray> result;
        reader.forEachLine(first, index->lineCount() - first, FieldScanner::maxLineBytes,
                           [&](qint64, QByteArrayView content, qint64) {
                               result.push_back(content.toByteArray());
                               return true;
                           });
        return result;
    }
};

/// A handed-over line may be longer than a reader's cut; the search cuts both the same way.
std::vector<QByteArray> cut(std::vector<QByteArray> lines)
{
    for (QByteArray &line : lines)
        line.truncate(FieldScanner::maxLineBytes);
    return lines;
}

class LineSinkTest : public ::testing::TestWithParam<bool>
{
protected:
    bool gzip() const { return GetParam(); }
    QString write(const QByteArray &data)
    {
        const QByteArray bytes = gzip() ? SampleData::gzipMembers(data, {data.size() / 3}) : data;
        return SampleData::write(dir, gzip() ? QStringLiteral("lines.jsonl.gz")
                                             : QStringLiteral("lines.jsonl"),
                                 bytes);
    }
    QTemporaryDir dir;
};

} // namespace

TEST_P(LineSinkTest, GetsEveryLineOfThePassAsAReaderReadsIt)
{
    const QByteArray data = awkwardData();
    const QString path = write(data);
    Pass pass;
    auto sink = std::make_shared<RecordingSink>();
    pass.index->attachLineSink(sink);
    pass.run(path, gzip());

    ASSERT_EQ(pass.index->state(), FileIndex::State::Complete);
    EXPECT_EQ(pass.index->lineCount(), 8303);
    EXPECT_EQ(sink->firstLine, 0);
    EXPECT_EQ(sink->endedWith, 8303);
    EXPECT_EQ(cut(sink->received), pass.read(0, path, gzip()));
    EXPECT_EQ(sink->received.front().left(1), "{") << "the byte-order mark is not content";
    EXPECT_EQ(sink->received.back(), "{\"id\":3,\"body\":\"last, unterminated\"}");
    EXPECT_EQ(sink->bytes, pass.index->endOffset() - 3) << "every byte after the mark";
}

TEST_P(LineSinkTest, APrecheckRunAheadOfTheScanGivesTheAnswerItWouldGiveOnEachLine)
{
    const QByteArray data = awkwardData() + "\n" + SampleData::stockTwitsLines(40000);
    const QString path = write(data);
    Pass pass;
    auto sink = std::make_shared<PrecheckingSink>();
    pass.index->attachLineSink(sink);
    pass.run(path, gzip());

    ASSERT_EQ(pass.index->state(), FileIndex::State::Complete);
    ASSERT_EQ(sink->judged.size(), sink->received.size()) << "every line handed over is judged";
    qint64 prechecked = 0;
    for (size_t i = 0; i < sink->judged.size(); ++i) {
        const auto &[content, precheck] = sink->judged[i];
        EXPECT_EQ(content, sink->received[i]);
        if (precheck == LineSink::Precheck::NotRun)
            continue;
        ++prechecked;
        EXPECT_EQ(precheck == LineSink::Precheck::Wanted, sink->wantsBytes(content))
            << "line " << i;
    }
    // Run ahead where the pass inflates on a thread of its own (gzip), once the scanning side
    // has taken the sink (the few pieces inflated before may not be); the first and last line
    // of each piece it hands over, and a plain file's lines, are left to the sink itself.
    if (gzip())
        EXPECT_GT(prechecked, qint64(sink->judged.size()) * 3 / 4);
    else
        EXPECT_EQ(prechecked, 0);
}

TEST_P(LineSinkTest, ASinkAttachedDuringThePassGetsTheLinesFoundAfterIt)
{
    const QByteArray data = awkwardData();
    const QString path = write(data);
    Pass pass;
    auto first = std::make_shared<RecordingSink>();
    auto late = std::make_shared<RecordingSink>();
    bool attached = false;
    first->afterLines = [&](qint64 received) {
        if (received >= 1000 && !attached) {
            pass.index->attachLineSink(late); // as a search started mid-pass does
            attached = true;
        }
        return true;
    };
    auto quitter = std::make_shared<RecordingSink>();
    quitter->afterLines = [](qint64 received) { return received < 500; };
    pass.index->attachLineSink(first);
    pass.index->attachLineSink(quitter);
    pass.run(path, gzip());

    ASSERT_EQ(pass.index->state(), FileIndex::State::Complete);
    const std::vector<QByteArray> all = cut(first->received);
    ASSERT_GE(late->firstLine, 1000);
    EXPECT_EQ(cut(late->received), pass.read(late->firstLine, path, gzip()));
    EXPECT_EQ(late->endedWith, 8303);
    EXPECT_GE(quitter->received.size(), 500u);
    EXPECT_LT(quitter->received.size(), all.size()) << "a sink that says no gets no more";
    EXPECT_EQ(quitter->endedWith, 8303) << "and is still told the pass ended";
}

TEST_P(LineSinkTest, ASinkAttachedToAFinishedIndexIsEndedAtOnce)
{
    const QString path = write(SampleData::stockTwitsLines(100));
    Pass pass;
    pass.run(path, gzip());
    auto sink = std::make_shared<RecordingSink>();
    pass.index->attachLineSink(sink);
    EXPECT_EQ(sink->firstLine, -1);
    EXPECT_TRUE(sink->received.empty());
    EXPECT_EQ(sink->endedWith, 100);
}

TEST_P(LineSinkTest, ASinkThatIsGoneIsNoLongerFed)
{
    const QString path = write(SampleData::stockTwitsLines(2000));
    Pass pass;
    {
        auto sink = std::make_shared<RecordingSink>();
        pass.index->attachLineSink(sink);
    }
    pass.run(path, gzip());
    EXPECT_EQ(pass.index->lineCount(), 2000);
}

INSTANTIATE_TEST_SUITE_P(GzipAndPlain, LineSinkTest, ::testing::Bool(),
                         [](const auto &info) {
                             return info.param ? std::string("Gzip") : std::string("Plain");
                         });

namespace {

/// What a splitter took of some content: its lines' starts, what a sink was handed, its figures.
struct Taken
{
    std::vector<qint64> starts;
    std::vector<QByteArray> received;
    qint64 lines = 0;
    qint64 completeEnd = 0;
    bool endedInsideLine = false;
    FileStatistics statistics;
};

Taken finishTaking(LineSplitter &splitter, const std::shared_ptr<RecordingSink> &sink,
                   std::vector<qint64> starts)
{
    splitter.finish();
    starts.insert(starts.end(), splitter.pendingStarts().begin(), splitter.pendingStarts().end());
    return Taken{std::move(starts),          sink->received,
                 splitter.lineCount(),       splitter.completeEnd(),
                 splitter.endedInsideLine(), splitter.statistics()};
}

} // namespace

TEST(LineSplitter, PiecesReadWhereTheyAreGiveWhatTheBufferGives)
{
    // Every pass hands the splitter its pieces to read in place (consume()), which copies into
    // its buffer (commit()) only what the pieces share. Cut anywhere, in pieces from one
    // byte to more than a line too long to keep, the lines, what a sink is handed and the
    // figures must be the same.
    QByteArray data = awkwardData();
    data.insert(data.indexOf("\n{") + 1, "not json\n{\"error\":{\"message\":\"slow down\"}}\n");
    const auto byBuffer = [&] {
        LineSplitter splitter;
        auto sink = std::make_shared<RecordingSink>();
        splitter.addSink(sink);
        std::vector<qint64> starts;
        for (qint64 done = 0; done < data.size();) {
            const qint64 n = std::min(data.size() - done, splitter.writeSpace());
            std::memcpy(splitter.writePointer(), data.constData() + done, size_t(n));
            splitter.commit(n);
            done += n;
            starts.insert(starts.end(), splitter.pendingStarts().begin(),
                          splitter.pendingStarts().end());
            splitter.pendingStarts().clear();
        }
        return finishTaking(splitter, sink, std::move(starts));
    }();
    ASSERT_EQ(byBuffer.starts, SampleData::lineStarts(data));
    ASSERT_EQ(byBuffer.statistics.longLines(), 1);

    const qint64 sizes[] = {1, 2, 17, 700, 2048, 64 * 1024, 300 * 1024, 1 << 20, 3 << 20};
    std::mt19937 random(5);
    for (int round = 0; round < 6; ++round) {
        LineSplitter splitter;
        auto sink = std::make_shared<RecordingSink>();
        splitter.addSink(sink);
        std::vector<qint64> starts;
        std::vector<char> piece;
        for (qint64 done = 0; done < data.size();) {
            const qint64 n = std::min(data.size() - done, sizes[random() % std::size(sizes)]);
            // The caller's memory: the piece and the padding the scanner may read past it.
            piece.assign(data.constData() + done, data.constData() + done + n);
            piece.resize(piece.size() + FieldScanner::padding, ' ');
            splitter.consume(piece.data(), n);
            done += n;
            starts.insert(starts.end(), splitter.pendingStarts().begin(),
                          splitter.pendingStarts().end());
            splitter.pendingStarts().clear();
        }
        const Taken inPlace = finishTaking(splitter, sink, std::move(starts));
        ASSERT_EQ(inPlace.starts, byBuffer.starts) << "round " << round;
        // (A line too long to keep may be handed over whole or cut, as it came.)
        ASSERT_EQ(cut(inPlace.received), cut(byBuffer.received)) << "round " << round;
        EXPECT_EQ(inPlace.lines, byBuffer.lines);
        EXPECT_EQ(inPlace.completeEnd, byBuffer.completeEnd);
        EXPECT_EQ(inPlace.endedInsideLine, byBuffer.endedInsideLine);
        expectSameStatistics(inPlace.statistics, byBuffer.statistics);
    }
}
