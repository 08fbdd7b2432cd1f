// The Files page's engine on an arbitrary file that claims to be gzip: the indexing pass
// (access points, line index) and the random-access reader that starts at those access points.
// Beyond not crashing, for a file that indexes as Complete or Truncated:
//  - the indexed content length is what zlib itself decompresses (members while a gzip magic
//    number follows, zero padding ignored); with ISA-L inflating, a file cut off may end a few
//    symbols earlier, and a cut inside a block header ISA-L already sees as invalid is called
//    damaged rather than truncated;
//  - every line start is at the beginning of the data (after a BOM) or just after a "\n", every
//    non-blank line is indexed, and a blank line (a heartbeat) only when it is too long to hold;
//  - the statistics are the same whether the scanning thread or the inflating one parsed a line;
//  - reading from any offset, also right at and beside every access point, gives exactly the
//    bytes zlib produced there; and the LineReader returns each line's bytes.

#include "core/inflateengine.h"
#include "files/bytereader.h"
#include "message/fieldscanner.h"
#include "files/fileindex.h"
#include "files/fileindexer.h"
#include "files/gzipreader.h"
#include "files/linereader.h"
#include "fuzzinput.h"

#include <QByteArray>

#include <sys/mman.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <optional>

namespace {

/// The input as a file without touching the disk: a memfd, opened through /proc/self/fd.
class MemoryFile
{
public:
    MemoryFile()
        : m_fd(memfd_create("hydrant-fuzz", 0))
        , m_path(QStringLiteral("/proc/self/fd/%1").arg(m_fd))
    {}
    bool write(QByteArrayView data)
    {
        if (m_fd < 0 || ftruncate(m_fd, 0) != 0)
            return false;
        return pwrite(m_fd, data.data(), size_t(data.size()), 0) == data.size();
    }
    QString path() const { return m_path; }

private:
    int m_fd;
    QString m_path;
};

enum class Ending { Complete, Truncated, Damaged };

/// zlib's reading of the file with the indexer's rules for what follows a member.
Ending referenceInflate(QByteArrayView file, QByteArray &out)
{
    z_stream z{};
    if (inflateInit2(&z, 31) != Z_OK)
        return Ending::Damaged;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(file.data()));
    z.avail_in = uInt(file.size());
    Ending ending = Ending::Truncated;
    char buffer[65536];
    for (;;) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        const int ret = inflate(&z, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
        if (ret == Z_STREAM_END) {
            if (z.avail_in >= 2 && z.next_in[0] == 0x1f && z.next_in[1] == 0x8b) {
                inflateReset(&z);
                continue;
            }
            ending = Ending::Complete;
            break;
        }
        if (ret == Z_BUF_ERROR || (ret == Z_OK && z.avail_in == 0 && z.avail_out != 0))
            break; // input used up inside a member
        if (ret != Z_OK) {
            ending = Ending::Damaged;
            break;
        }
    }
    inflateEnd(&z);
    return ending;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

void checkLines(const FileIndex &index, const QByteArray &content)
{
    std::vector<qint64> bounds;
    index.lineBoundaries(0, index.lineCount(), bounds);
    FUZZ_CHECK(qint64(bounds.size()) == (index.lineCount() ? index.lineCount() + 1 : 0));
    FUZZ_CHECK(index.endOffset() == content.size());
    for (size_t i = 1; i < bounds.size(); ++i)
        FUZZ_CHECK(bounds[i - 1] < bounds[i]);

    // Walk the "\n"-separated segments and compare with the indexed starts.
    const bool bom = content.startsWith("\xef\xbb\xbf");
    size_t next = 0; // the next indexed start to meet
    const qsizetype lines = qsizetype(bounds.empty() ? 0 : bounds.size() - 1);
    qsizetype segment = 0;
    while (segment < content.size()) {
        qsizetype end = content.indexOf('\n', segment);
        if (end < 0)
            end = content.size();
        const qsizetype start = (segment == 0 && bom) ? 3 : segment;
        bool blank = true;
        for (qsizetype i = start; i < end && blank; ++i)
            blank = isBlank(content[i]);
        const bool indexed = next < size_t(lines) && bounds[next] == start;
        if (!blank)
            FUZZ_CHECK(indexed);
        else if (end - start <= FieldScanner::maxLineBytes)
            FUZZ_CHECK(!indexed);
        if (indexed) {
            // Line i ends where the next begins (or at the end), after its terminator.
            FUZZ_CHECK(bounds[next + 1] > end || bounds[next + 1] == content.size());
            ++next;
        }
        segment = end + 1;
    }
    FUZZ_CHECK(next == size_t(lines));
    for (qint64 line = 0; line < lines; ++line)
        FUZZ_CHECK(index.lineContaining(bounds[size_t(line)]) == line);
}

void checkReader(const QString &path, const std::shared_ptr<const FileIndex> &index,
                 const QByteArray &content, uint8_t seed)
{
    auto points = std::shared_ptr<const GzipAccessPoints>(index, &index->accessPoints());
    GzipReader reader(path, points);
    // Everything from the start.
    QByteArray all(content.size() + 1, '\0');
    FUZZ_CHECK(reader.readAt(0, all.data(), all.size()) == content.size());
    FUZZ_CHECK(all.first(content.size()) == content);

    // At, just before and just after every access point, backwards (forcing restarts).
    std::vector<qint64> offsets = index->accessPoints().offsets();
    std::vector<qint64> probes;
    for (const qint64 offset : offsets) {
        for (const qint64 delta : {-1, 0, 1, 97})
            probes.push_back(offset + delta);
    }
    uint32_t state = 0x2545f491u ^ seed;
    for (int i = 0; i < 8 && !content.isEmpty(); ++i) {
        state = state * 1664525u + 1013904223u;
        probes.push_back(qint64(state % uint32_t(content.size())));
    }
    std::reverse(probes.begin(), probes.end());
    char buffer[300];
    int freshReaders = 0;
    for (const qint64 offset : probes) {
        if (offset < 0 || offset > content.size())
            continue;
        const qint64 want = std::min<qint64>(sizeof buffer, content.size() - offset);
        // A few fresh readers too (each costs a 256 KiB buffer, which slows the search down).
        std::optional<GzipReader> fresh;
        std::vector<ByteReader *> readers{&reader};
        if (++freshReaders <= 4)
            readers.push_back(&fresh.emplace(path, points));
        for (ByteReader *r : readers) {
            const qint64 got = r->readAt(offset, buffer, want);
            FUZZ_CHECK(got == want);
            FUZZ_CHECK(QByteArrayView(buffer, want) ==
                       QByteArrayView(content).sliced(offset, want));
        }
    }

    // Lines through the LineReader, as the table shows them.
    LineReader lines(index, std::make_unique<GzipReader>(path, points));
    std::vector<qint64> bounds;
    index->lineBoundaries(0, index->lineCount(), bounds);
    QByteArray line;
    for (qint64 i = 0; i < index->lineCount(); ++i) {
        qint64 full = -1;
        FUZZ_CHECK(lines.readLine(i, 1 << 16, line, &full));
        FUZZ_CHECK(full >= 0 && full <= bounds[size_t(i) + 1] - bounds[size_t(i)]);
        FUZZ_CHECK(line.size() <= full);
        FUZZ_CHECK(QByteArrayView(content).sliced(bounds[size_t(i)]).startsWith(line));
    }
}

/// The figures a pass gives, whichever thread parsed the lines.
bool sameStatistics(const FileStatistics &a, const FileStatistics &b)
{
    if (a.lines() != b.lines() || a.messages() != b.messages() ||
        a.activities() != b.activities() || a.systemMessages() != b.systemMessages() ||
        a.longLines() != b.longLines() || a.tooDeep() != b.tooDeep() ||
        a.repairedUtf8() != b.repairedUtf8() || a.bullish() != b.bullish() ||
        a.bearish() != b.bearish() || a.timed() != b.timed() || a.firstTime() != b.firstTime() ||
        a.lastTime() != b.lastTime() || a.timesMonotonic() != b.timesMonotonic() ||
        a.minutes().size() != b.minutes().size() || a.topSymbols(50) != b.topSymbols(50))
        return false;
    for (const auto &[minute, bucket] : a.minutes()) {
        const auto it = b.minutes().find(minute);
        if (it == b.minutes().end() || it->second.count != bucket.count ||
            it->second.firstLine != bucket.firstLine)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size > 64 * 1024)
        return 0; // up to ~64 MB decompressed: enough for bombs, long lines and many points
    static MemoryFile file;
    FuzzInput input(bytes, size);
    // Byte 0: access-point spacing (dense, so small inputs get many points); byte 1: probes.
    const qint64 spacing = 1 + qint64(input.takeByte()) * 64;
    const uint8_t seed = input.takeByte();
    const QByteArrayView data = input.rest();
    FUZZ_CHECK(file.write(data));

    auto index = std::make_shared<FileIndex>();
    std::atomic_bool cancel = false;
    FileIndexer::Options options;
    options.accessPointSpacing = spacing;
    options.bufferSize = 0; // the smallest buffer the splitter allows
    options.publishIntervalMs = 0;
    options.countAhead = FileIndexer::CountAhead::Never;
    FileIndexer indexer(*index, cancel, options);
    indexer.indexGzip(file.path());
    FUZZ_CHECK(index->isFinished());
    FUZZ_CHECK(index->state() != FileIndex::State::Indexing);

    // The same pass with every piece's statistics taken on the inflating thread.
    FileIndex ahead;
    options.countAhead = FileIndexer::CountAhead::Always;
    FileIndexer(ahead, cancel, options).indexGzip(file.path());
    FUZZ_CHECK(ahead.state() == index->state());
    FUZZ_CHECK(ahead.lineCount() == index->lineCount());
    FUZZ_CHECK(sameStatistics(ahead.statistics(), index->statistics()));

    // And with counting helpers taking the statistics of the pieces waiting to be scanned.
    FileIndex helped;
    options.countAhead = FileIndexer::CountAhead::Never;
    options.countingHelpers = 2;
    FileIndexer(helped, cancel, options).indexGzip(file.path());
    FUZZ_CHECK(helped.state() == index->state());
    FUZZ_CHECK(helped.lineCount() == index->lineCount());
    FUZZ_CHECK(sameStatistics(helped.statistics(), index->statistics()));

    QByteArray content;
    const Ending ending = referenceInflate(data, content);
    const FileIndex::State state = index->state();
    if (ending == Ending::Complete)
        FUZZ_CHECK(state == FileIndex::State::Complete);
    const bool isal = InflateEngine::fastest() == InflateEngine::Kind::Isal;
    if (ending == Ending::Truncated)
        FUZZ_CHECK(state == FileIndex::State::Truncated ||
                   (isal && state == FileIndex::State::Damaged));
    // zlib refuses an incomplete Huffman code that ISA-L decodes (the inflateengines target
    // allows the same): in a member cut off before its CRC, ISA-L's reading of damaged data
    // can only be checked for consistency with itself.
    const bool isalReadsWhatZlibRefuses = isal && ending == Ending::Damaged;
    if ((state != FileIndex::State::Complete && state != FileIndex::State::Truncated) ||
        isalReadsWhatZlibRefuses) {
        // Damaged: what was published still lies inside the content that was produced.
        std::vector<qint64> bounds;
        index->lineBoundaries(0, index->lineCount(), bounds);
        for (size_t i = 1; i < bounds.size(); ++i)
            FUZZ_CHECK(bounds[i - 1] < bounds[i]);
        FUZZ_CHECK(bounds.empty() || bounds.back() <= index->outputDone());
        if (state == FileIndex::State::Damaged)
            FUZZ_CHECK(!index->message().isEmpty());
        // Reading what is there stops at the damage without crashing.
        auto points = std::shared_ptr<const GzipAccessPoints>(index, &index->accessPoints());
        GzipReader reader(file.path(), points);
        QByteArray all(index->outputDone() + 1, '\0');
        reader.readAt(0, all.data(), all.size());
        return 0;
    }
    if (isal && state == FileIndex::State::Truncated) {
        // The last symbols before the cut may stay undecoded (their bits are incomplete for
        // ISA-L's decoder): at most a few matches.
        FUZZ_CHECK(index->outputDone() <= content.size());
        FUZZ_CHECK(content.size() - index->outputDone() <= 8 * 258);
        content.truncate(index->outputDone());
    }
    FUZZ_CHECK(index->outputDone() == content.size());
    if (state == FileIndex::State::Truncated) {
        // What follows the last terminator was cut off: not a line, but reported when it holds
        // anything.
        const qsizetype complete = content.lastIndexOf('\n') + 1;
        const QByteArrayView tail = QByteArrayView(content).sliced(complete);
        if (tail.isEmpty())
            FUZZ_CHECK(index->cutLineBytes() == 0);
        if (std::any_of(tail.begin(), tail.end(), [](char c) { return !isBlank(c); }))
            FUZZ_CHECK(index->cutLineBytes() > 0);
        checkLines(*index, content.first(complete));
    } else {
        checkLines(*index, content);
        // The content as a plain file, its pieces counted by helpers: the same lines and
        // figures as the gzip pass.
        static MemoryFile plainFile;
        FUZZ_CHECK(plainFile.write(content));
        FileIndex plain;
        options.countingHelpers = 2;
        FileIndexer(plain, cancel, options).indexPlain(plainFile.path());
        FUZZ_CHECK(plain.state() == FileIndex::State::Complete);
        FUZZ_CHECK(plain.lineCount() == index->lineCount());
        FUZZ_CHECK(sameStatistics(plain.statistics(), index->statistics()));
    }
    checkReader(file.path(), index, content, seed);

    // The on-disk cache form reads back to the same index (its sparse blocks read from the
    // file, as a document that loads a cached index arranges).
    FileIndex copy;
    FUZZ_CHECK(copy.deserialize(index->serialize()));
    copy.setContentSource(FileIndexer::gzipSource(file.path()));
    FUZZ_CHECK(copy.lineCount() == index->lineCount());
    FUZZ_CHECK(copy.endOffset() == index->endOffset());
    FUZZ_CHECK(copy.accessPoints().offsets() == index->accessPoints().offsets());
    std::vector<qint64> a, b;
    index->lineBoundaries(0, index->lineCount(), a);
    copy.lineBoundaries(0, copy.lineCount(), b);
    FUZZ_CHECK(a == b);
    return 0;
}
