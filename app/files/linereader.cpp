#include "linereader.h"

#include "bytereader.h"
#include "fileindex.h"
#include "linesplitter.h"

#include <cstring>
#include <mutex>

namespace {

constexpr qint64 bufferSize = 4 << 20;
// Read ahead in steps small enough that lines are still in the CPU's cache when visited.
constexpr qint64 readAhead = 256 << 10;
// Once this much of the buffer is behind, the next read starts again at its front: the buffer
// holds lines up to half its size, but runs of ordinary lines stay in its first megabyte or so,
// in the CPU's cache, and a new reader (a search starts two per file) faults in a few hundred
// pages of fresh memory instead of a thousand.
constexpr qint64 rewindAfter = 1 << 20;

// The line's content inside its span: up to the first '\n', without a trailing '\r'.
qint64 contentLength(const char *data, qint64 available, qint64 span, bool *foundEnd)
{
    // A span is a line, its terminator and any blank lines after it. When it ends with a
    // terminator right after a visible character no blank line follows, so that terminator is
    // the first one: no need to search the whole line for it.
    if (available == span && span >= 2 && data[span - 1] == '\n') {
        qint64 length = span - 1;
        if (data[length - 1] == '\r')
            --length;
        if (length > 0 && data[length - 1] != '\n' && !LineSplitter::isBlank(data[length - 1])) {
            *foundEnd = true;
            return length;
        }
    }
    const auto *nl = static_cast<const char *>(std::memchr(data, '\n', size_t(available)));
    qint64 length = nl ? nl - data : available;
    *foundEnd = nl != nullptr;
    if (nl && length > 0 && data[length - 1] == '\r')
        --length;
    return length;
}

/// The buffers of readers that are gone, for the next ones: a search starts two readers per
/// file (sixty for a month), and the pages of a new buffer are faulted in as it first fills.
class BufferPool
{
public:
    static BufferPool &instance()
    {
        static BufferPool pool;
        return pool;
    }
    std::unique_ptr<char[]> take()
    {
        {
            std::lock_guard lock(m_mutex);
            if (!m_free.empty()) {
                std::unique_ptr<char[]> buffer = std::move(m_free.back());
                m_free.pop_back();
                return buffer;
            }
        }
        return std::make_unique_for_overwrite<char[]>(size_t(bufferSize));
    }
    void give(std::unique_ptr<char[]> buffer)
    {
        std::lock_guard lock(m_mutex);
        if (m_free.size() < kept)
            m_free.push_back(std::move(buffer));
    }

private:
    static constexpr size_t kept = 4;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<char[]>> m_free;
};

} // namespace

LineReader::LineReader(std::shared_ptr<const FileIndex> index, std::unique_ptr<ByteReader> reader)
    : m_index(std::move(index))
    , m_reader(std::move(reader))
{}

LineReader::~LineReader()
{
    if (m_buffer)
        BufferPool::instance().give(std::move(m_buffer));
}

bool LineReader::readLine(qint64 line, qint64 maxBytes, QByteArray &content, qint64 *fullLength)
{
    bool ok = false;
    forEachLine(line, 1, maxBytes, [&](qint64, QByteArrayView view, qint64 length) {
        content = view.toByteArray();
        if (fullLength)
            *fullLength = length;
        ok = true;
        return true;
    });
    return ok;
}

bool LineReader::readWholeLine(qint64 line, QByteArray &content, qint64 maxBytes)
{
    const auto [start, end] = m_index->lineSpan(line);
    if (start < 0 || end - start > maxBytes)
        return false;
    content.resize(end - start);
    if (m_reader->readAt(start, content.data(), end - start) != end - start)
        return false;
    bool foundEnd = false;
    content.truncate(contentLength(content.constData(), content.size(), content.size(), &foundEnd));
    return true;
}

bool LineReader::forEachLine(qint64 first, qint64 count, qint64 maxBytes, const Visitor &visit)
{
    m_bounds.clear();
    m_index->lineBoundaries(first, count, m_bounds, m_reader.get());
    if (m_bounds.size() < 2)
        return false;
    count = qint64(m_bounds.size()) - 1;
    if (!m_buffer)
        m_buffer = BufferPool::instance().take();
    char *buffer = m_buffer.get();
    maxBytes = std::clamp<qint64>(maxBytes, 1, bufferSize / 2);

    if (m_reader->position() != m_bounds.front() && !m_reader->seek(m_bounds.front()))
        return false;
    qint64 bufferStart = m_bounds.front(); // uncompressed offset of buffer[0]
    qint64 filled = 0;
    const auto fill = [&](qint64 upTo) {
        // Reads until the buffer holds [bufferStart, upTo) or is full.
        while (bufferStart + filled < upTo && filled < bufferSize) {
            const qint64 n = m_reader->read(buffer + filled, upTo - bufferStart - filled);
            if (n <= 0)
                return false;
            filled += n;
        }
        return true;
    };

    for (qint64 k = 0; k < count; ++k) {
        const qint64 start = m_bounds[size_t(k)];
        const qint64 end = m_bounds[size_t(k) + 1];
        const qint64 span = end - start;
        // The line (or its first maxBytes + 2 bytes: enough to see the terminator of a line
        // that is exactly maxBytes long).
        const qint64 want = std::min(span, maxBytes + 2);
        const bool inBuffer = bufferStart + filled >= start + want;
        if (start - bufferStart + want > bufferSize ||
            (!inBuffer && start - bufferStart >= rewindAfter)) {
            // Slide: drop what was consumed, keep what was already read of this line onward.
            const qint64 keep = std::max<qint64>(0, bufferStart + filled - start);
            if (keep > 0)
                std::memmove(buffer, buffer + (start - bufferStart), size_t(keep));
            bufferStart = start;
            filled = keep;
            // After a long run of empty lines the reader may still be before this line.
            if (keep == 0 && m_reader->position() != start && !m_reader->seek(start))
                return false;
        }
        if (bufferStart + filled < start + want)
            fill(std::min({m_bounds.back(), bufferStart + bufferSize,
                           std::max(start + want, bufferStart + filled + readAhead)}));
        const qint64 offset = start - bufferStart;
        const qint64 available = std::min(std::max<qint64>(0, filled - offset), want);
        if (available <= 0 && span > 0)
            return false;
        bool foundEnd = false;
        qint64 length = contentLength(buffer + offset, available, span, &foundEnd);
        qint64 fullLength = length;
        if (!foundEnd && span > available) {
            // A long line: its length is the span without its terminator and the empty lines
            // that follow, which are short; read the tail of the span to find them.
            char tail[4096];
            const qint64 tailStart = std::max(start + available, end - qint64(sizeof tail));
            const qint64 got = m_reader->readAt(tailStart, tail, end - tailStart);
            if (got <= 0)
                return false;
            qint64 trailing = got;
            while (trailing > 0 && (tail[trailing - 1] == '\n' || tail[trailing - 1] == '\r' ||
                                    tail[trailing - 1] == ' ' || tail[trailing - 1] == '\t'))
                --trailing;
            fullLength = span - (got - trailing);
            // The reader moved: restart the buffer at the next line.
            bufferStart = end;
            filled = 0;
            if (k + 1 < count && m_reader->position() != end && !m_reader->seek(end))
                return false;
        }
        length = std::min(length, maxBytes);
        if (!visit(first + k, QByteArrayView(buffer + offset, length), fullLength))
            return true;
    }
    return true;
}

bool LineReader::forLines(const std::vector<qint64> &lines, qint64 maxBytes, const Visitor &visit)
{
    // Runs of lines close together are read in one pass; far apart lines seek.
    size_t i = 0;
    bool stop = false;
    while (i < lines.size() && !stop) {
        size_t j = i + 1;
        while (j < lines.size() && lines[j] - lines[j - 1] <= 64 && lines[j] > lines[j - 1])
            ++j;
        size_t next = i;
        const bool ok = forEachLine(lines[i], lines[j - 1] - lines[i] + 1, maxBytes,
                                    [&](qint64 line, QByteArrayView content, qint64 length) {
                                        if (next < j && line == lines[next]) {
                                            ++next;
                                            if (!visit(line, content, length)) {
                                                stop = true;
                                                return false;
                                            }
                                        }
                                        return next < j;
                                    });
        if (!ok)
            return false;
        i = j;
    }
    return true;
}
