#include "linesplitter.h"

#include "linesink.h"

#include "core/byteordermark.h"

#include <algorithm>
#include <cstring>

namespace {


bool isBom(const char *p, qint64 length)
{
    return ByteOrderMark::startsWith(std::string_view(p, size_t(length)));
}

} // namespace

LineSplitter::LineSplitter(qint64 bufferSize, bool collectStatistics)
    : m_capacity(std::max<qint64>(bufferSize, 4 * FieldScanner::maxLineBytes))
    , m_collect(collectStatistics)
{
    // The padding lets simdjson read past the last line of the buffer.
    m_data = std::make_unique_for_overwrite<char[]>(size_t(m_capacity + FieldScanner::padding));
    std::memset(m_data.get() + m_capacity, ' ', FieldScanner::padding);
}

void LineSplitter::takeLine(const char *p, qint64 start, qint64 length, bool terminated)
{
    const qint64 newline = terminated ? start + length : -1;
    qint64 contentStart = start;
    if (!m_bomChecked && start == 0 && isBom(p, length)) {
        p += 3; // a UTF-8 byte-order mark is not part of the first line
        length -= 3;
        contentStart = 3;
    }
    m_bomChecked = true;
    const qint64 content = contentLength(p, length, terminated);
    const char *begin = p;
    const char *end = p + length;
    trimBlanks(begin, end);
    if (begin == end)
        return; // an empty line (a heartbeat, a blank separator): not a line
    m_pending.push_back(contentStart);
    if (!m_sinks.empty()) {
        if (m_delivery.empty()) {
            m_deliveryFirstLine = m_lines;
            m_deliveryStart = m_pending.back();
        }
        m_delivery.emplace_back(p, content);
    }
    const ParsedLine *parsed = nullptr;
    if (m_collect && !countedAhead(start))
        parsed = countLine(m_statistics, m_scanner, m_lines, begin, end - begin);
    for (const std::shared_ptr<LineSink> &sink : m_sinks)
        sink->judge(QByteArrayView(p, content), parsed, precheckOf(sink.get(), start, newline));
    ++m_lines;
}

void LineSplitter::trimBlanks(const char *&begin, const char *&end)
{
    while (end > begin && isBlank(end[-1]))
        --end;
    while (begin < end && isBlank(*begin))
        ++begin;
}

const ParsedLine *LineSplitter::countLine(FileStatistics &statistics, FieldScanner &scanner,
                                          qint64 line, const char *p, qint64 length)
{
    // Too long to parse, as it is when the buffer did not hold it whole (takeLongLine).
    if (length > FieldScanner::maxLineBytes) {
        statistics.addLongLine(p[0] == '{' && p[length - 1] == '}');
        return nullptr;
    }
    statistics.addLine(line, scanner.scanPadded(p, length));
    return scanner.parsed();
}

bool LineSplitter::countedAhead(qint64 start)
{
    while (!m_counted.empty() && m_counted.front().to <= start) {
        m_counted.pop_front();
        m_countedMerged = false;
    }
    if (m_counted.empty() || start < m_counted.front().from)
        return false;
    if (!m_countedMerged) {
        m_statistics.merge(m_counted.front().statistics, m_lines);
        m_countedMerged = true;
    }
    return true;
}

void LineSplitter::addCounted(Counted counted)
{
    if (counted.to > counted.from)
        m_counted.push_back(std::move(counted));
}

LineSplitter::Counted LineSplitter::countLines(const char *data, qint64 size, qint64 offset,
                                               FieldScanner &scanner,
                                               std::shared_ptr<const LineSink> sink,
                                               Precheck *judged)
{
    Counted counted;
    qint64 line = 0;
    forEachWholeLine(data, size, offset, &counted.from, &counted.to,
                     [&](const char *start, const char *newline) {
                         const char *begin = start;
                         const char *end = newline;
                         trimBlanks(begin, end);
                         if (begin == end)
                             return; // not a line
                         const ParsedLine *parsed =
                             countLine(counted.statistics, scanner, line++, begin, end - begin);
                         if (!sink)
                             return;
                         // What judge() gets.
                         const qint64 length = newline - start;
                         if (sink->wantsBytes(QByteArrayView(start, length)) &&
                             sink->judgeAhead(
                                 QByteArrayView(start, contentLength(start, length, true)), parsed))
                             judged->wanted.push_back(offset + (newline - data));
                     });
    if (sink && counted.to > counted.from) {
        judged->sink = std::move(sink);
        judged->from = counted.from;
        judged->to = counted.to;
        judged->judged = true;
    }
    return counted;
}

void LineSplitter::trackLongLast(qint64 from, qint64 to)
{
    for (qint64 i = to - 1; i >= from; --i) {
        const char c = m_data[size_t(i)];
        if (!LineSplitter::isBlank(c)) {
            m_longLast = c;
            return;
        }
    }
}

void LineSplitter::takeLongLine(qint64 endIndex)
{
    trackLongLast(m_lineStart, endIndex);
    m_pending.push_back(m_longStart);
    if (!m_sinks.empty()) {
        if (m_delivery.empty()) {
            m_deliveryFirstLine = m_lines;
            m_deliveryStart = m_longStart;
        }
        m_delivery.emplace_back(m_longHead);
    }
    if (m_collect)
        m_statistics.addLongLine(m_longFirst == '{' && m_longLast == '}');
    for (const std::shared_ptr<LineSink> &sink : m_sinks)
        sink->judge(m_longHead, nullptr, LineSink::Precheck::NotRun);
    ++m_lines;
    m_long = false;
}

void LineSplitter::resumeAt(qint64 offset, qint64 lines, const FileStatistics &statistics,
                            bool insideLine)
{
    Q_ASSERT(m_base == 0 && m_end == 0);
    m_base = offset;
    m_completeEnd = offset;
    m_lines = lines;
    m_statistics = statistics;
    m_bomChecked = offset > 0;
    m_continuesLine = insideLine;
}

void LineSplitter::commit(qint64 size)
{
    qint64 scan = m_end;
    m_end += size;
    if (m_continuesLine) {
        // The rest of a line counted before: up to its terminator it starts nothing.
        const auto *nl = static_cast<const char *>(
            std::memchr(m_data.get() + scan, '\n', size_t(m_end - scan)));
        if (!nl) {
            m_lineStart = m_end;
            if (writeSpace() < m_capacity / 4)
                compact();
            return;
        }
        m_continuesLine = false;
        m_lineStart = scan = (nl - m_data.get()) + 1;
        m_completeEnd = m_base + m_lineStart;
    }
    for (;;) {
        const auto *nl =
            static_cast<const char *>(std::memchr(m_data.get() + scan, '\n', size_t(m_end - scan)));
        if (!nl)
            break;
        const qint64 nlIndex = nl - m_data.get();
        if (m_long)
            takeLongLine(nlIndex);
        else
            takeLine(m_data.get() + m_lineStart, m_base + m_lineStart, nlIndex - m_lineStart, true);
        m_lineStart = scan = nlIndex + 1;
        m_completeEnd = m_base + m_lineStart;
    }
    deliver();
    if (!m_long && m_end - m_lineStart > FieldScanner::maxLineBytes) {
        // Too long to keep: remember how it starts, then stop holding its bytes.
        m_long = true;
        m_longStart = m_base + m_lineStart;
        const char *p = m_data.get() + m_lineStart;
        if (m_base + m_lineStart == 0 && isBom(p, m_end - m_lineStart)) {
            m_longStart += qint64(ByteOrderMark::utf8.size());
            p += ByteOrderMark::utf8.size();
        }
        m_bomChecked = true;
        // What a reader gives of it: its head (copied, as the buffer lets the rest go), into
        // memory kept from one long line to the next.
        const qint64 head = std::min<qint64>(m_data.get() + m_end - p, FieldScanner::maxLineBytes);
        m_longHead.resize(head);
        std::memcpy(m_longHead.data(), p, size_t(head));
        while (p < m_data.get() + m_end && LineSplitter::isBlank(*p))
            ++p;
        m_longFirst = p < m_data.get() + m_end ? *p : 0;
        m_longLast = 0;
    }
    if (m_long) {
        trackLongLast(m_lineStart, m_end);
        m_lineStart = m_end;
    }
    if (writeSpace() < m_capacity / 4)
        compact();
}

void LineSplitter::append(const char *data, qint64 size)
{
    for (qint64 done = 0; done < size;) {
        const qint64 n = std::min(size - done, writeSpace());
        std::memcpy(writePointer(), data + done, size_t(n));
        commit(n);
        done += n;
    }
}

void LineSplitter::consume(const char *data, qint64 size)
{
    const auto *first = static_cast<const char *>(std::memchr(data, '\n', size_t(size)));
    // Without a line end, or longer than the longest line the buffer keeps whole (a longer line
    // keeps only its head), the bytes go through the buffer.
    if (!first || size > FieldScanner::maxLineBytes) {
        append(data, size);
        return;
    }
    // The line the bytes before began ends here; after it no line is incomplete.
    const qint64 offset = bytesSeen();
    append(data, first - data + 1);
    Q_ASSERT(!m_long && !m_continuesLine && m_lineStart == m_end);
    compact();
    // The lines whole inside are read where they are (those after the first line end).
    qint64 from = 0;
    qint64 to = m_base;
    forEachWholeLine(first, data + size - first, offset + (first - data), &from, &to,
                     [&](const char *line, const char *newline) {
                         takeLine(line, offset + (line - data), newline - line, true);
                     });
    m_base = to;
    m_completeEnd = to;
    deliver();
    // The start of the line the next bytes end.
    append(data + (to - offset), offset + size - to);
}

void LineSplitter::addPrecheck(Precheck precheck)
{
    m_prechecks.push_back(std::move(precheck));
}

std::shared_ptr<const LineSink> LineSplitter::precheckingSink() const
{
    for (const std::shared_ptr<LineSink> &sink : m_sinks) {
        if (sink->hasPrecheck())
            return sink;
    }
    return {};
}

LineSink::Precheck LineSplitter::precheckOf(const LineSink *sink, qint64 start, qint64 newline)
{
    while (!m_prechecks.empty() && m_prechecks.front().to <= start) {
        m_prechecks.pop_front();
        m_wantedCursor = 0;
    }
    if (newline < 0 || m_prechecks.empty())
        return LineSink::Precheck::NotRun;
    const Precheck &precheck = m_prechecks.front();
    if (precheck.sink.get() != sink || start < precheck.from || newline >= precheck.to)
        return LineSink::Precheck::NotRun;
    const std::vector<qint64> &wanted = precheck.wanted;
    while (m_wantedCursor < wanted.size() && wanted[m_wantedCursor] < newline)
        ++m_wantedCursor;
    const bool listed = m_wantedCursor < wanted.size() && wanted[m_wantedCursor] == newline;
    if (precheck.judged)
        return listed ? LineSink::Precheck::Matches : LineSink::Precheck::DoesNotMatch;
    return listed ? LineSink::Precheck::Wanted : LineSink::Precheck::NotWanted;
}

void LineSplitter::addSink(std::shared_ptr<LineSink> sink)
{
    sink->begin(m_lines);
    m_deliveredEnd = -1; // its first delivery covers its own lines only
    m_sinks.push_back(std::move(sink));
}

void LineSplitter::deliver()
{
    if (m_delivery.empty())
        return;
    // Consecutive deliveries cover the bytes between them too (blank lines), for progress.
    const qint64 from = m_deliveredEnd >= 0 ? m_deliveredEnd : m_deliveryStart;
    const qint64 bytes = m_completeEnd - from;
    m_deliveredEnd = m_completeEnd;
    std::erase_if(m_sinks, [&](const std::shared_ptr<LineSink> &sink) {
        return !sink->lines(m_deliveryFirstLine, m_delivery, bytes);
    });
    m_delivery.clear();
}

void LineSplitter::compact()
{
    const qint64 keep = m_end - m_lineStart;
    if (keep > 0 && m_lineStart > 0)
        std::memmove(m_data.get(), m_data.get() + m_lineStart, size_t(keep));
    m_base += m_lineStart;
    m_end = keep;
    m_lineStart = 0;
}

void LineSplitter::finish()
{
    const qint64 before = m_lines;
    if (m_long) {
        takeLongLine(m_end);
        m_lineStart = m_end;
    } else if (m_end > m_lineStart && !m_continuesLine) {
        takeLine(m_data.get() + m_lineStart, m_base + m_lineStart, m_end - m_lineStart, false);
        m_lineStart = m_end;
    }
    m_endedInsideLine = m_lines > before || m_continuesLine;
    m_completeEnd = m_base + m_end;
    deliver();
}

void LineSplitter::finishCut()
{
    // Whatever follows the last terminator is the start of a line whose end was lost.
    qint64 from = m_lineStart;
    if (!m_long) {
        while (from < m_end && LineSplitter::isBlank(m_data[size_t(from)]))
            ++from;
    }
    m_cutBytes = m_long ? m_base + m_end - m_longStart : m_end - from;
    if (!m_long && m_base + m_lineStart == 0 && isBom(m_data.get(), m_end))
        m_cutBytes = std::max<qint64>(0, m_cutBytes - 3);
    m_long = false;
    m_lineStart = m_end;
}

void LineSplitter::lineStartsIn(const char *data, qint64 size, qint64 offset,
                                std::vector<qint64> &out)
{
    qint64 segment = 0;
    while (segment < size) {
        const auto *nl =
            static_cast<const char *>(std::memchr(data + segment, '\n', size_t(size - segment)));
        const qint64 end = nl ? nl - data : size;
        qint64 start = segment;
        if (offset + start == 0 && isBom(data, end))
            start = 3;
        for (qint64 i = start; i < end; ++i) {
            if (!LineSplitter::isBlank(data[i])) {
                out.push_back(offset + start);
                break;
            }
        }
        segment = end + 1;
    }
}
