#include "lineframer.h"

#include <cstring>

LineFramer::LineFramer(qsizetype maxLineLength)
    : m_maxLineLength(std::max<qsizetype>(maxLineLength, 2))
{}

qsizetype LineFramer::feed(QByteArrayView data, std::vector<QByteArray> &lines)
{
    return feed(data,
                [&lines](QByteArrayView line) { lines.emplace_back(line.data(), line.size()); });
}

qsizetype LineFramer::feed(QByteArrayView data, const LineSink &sink)
{
    qsizetype count = 0;
    // What may be kept of one line: its longest content and the "\r" of its terminator.
    const qsizetype room = m_maxLineLength + 1;
    const char *cursor = data.data();
    const char *const end = cursor + data.size();
    // The byte before this chunk, remembered even while an oversized line is skipped (then the
    // partial line that would otherwise tell is empty).
    const bool crCarried = m_lastByteWasCr;
    if (!data.isEmpty())
        m_lastByteWasCr = data.back() == '\r';

    while (cursor < end) {
        const auto *newline =
            static_cast<const char *>(std::memchr(cursor, '\n', size_t(end - cursor)));
        if (!newline) {
            // No terminator in what is left: keep it, unless the line has grown beyond the limit.
            if (!m_skippingOversized) {
                if (m_partial.size() + (end - cursor) > room) {
                    m_partial.clear();
                    m_skippingOversized = true;
                    ++m_oversized;
                } else {
                    m_partial.append(cursor, end - cursor);
                }
            }
            break;
        }

        // Whether the "\n" follows a "\r" (possibly the last byte of the previous chunk).
        const bool crBefore = newline > data.data() ? newline[-1] == '\r' : crCarried;
        if (m_delimiter == Delimiter::Detect)
            m_delimiter = crBefore ? Delimiter::CrLf : Delimiter::Lf;
        else if (m_delimiter == Delimiter::Lf && crBefore)
            m_delimiter = Delimiter::CrLf; // a "\r\n" settles it: earlier lone "\n" were content

        if (m_delimiter == Delimiter::CrLf && !crBefore) {
            // A "\n" inside a message: part of the line.
            const qsizetype take = newline + 1 - cursor;
            if (!m_skippingOversized) {
                if (m_partial.size() + take > room) {
                    m_partial.clear();
                    m_skippingOversized = true;
                    ++m_oversized;
                } else {
                    m_partial.append(cursor, take);
                }
            }
            cursor = newline + 1;
            continue;
        }

        if (m_skippingOversized) {
            m_skippingOversized = false;
            m_partial.clear();
        } else if (m_partial.isEmpty() && newline - cursor <= room) {
            finishLine(QByteArrayView(cursor, newline - cursor), sink, count);
        } else if (m_partial.size() + (newline - cursor) > room) {
            m_partial.clear();
            ++m_oversized;
        } else {
            m_partial.append(cursor, newline - cursor);
            finishLine(m_partial, sink, count);
            m_partial.clear();
        }
        cursor = newline + 1;
    }
    return count;
}

void LineFramer::finishLine(QByteArrayView body, const LineSink &sink, qsizetype &count)
{
    if (body.endsWith('\r'))
        body.chop(1);
    if (body.isEmpty()) {
        ++m_heartbeats;
        return;
    }
    if (body.size() > m_maxLineLength) {
        ++m_oversized; // one byte over: kept as room for a "\r" that was not there
        return;
    }
    ++count;
    sink(body);
}

qsizetype LineFramer::reset()
{
    const qsizetype dropped = m_partial.size();
    if (dropped > 0 || m_skippingOversized)
        ++m_discardedPartials;
    m_partial.clear();
    m_skippingOversized = false;
    m_lastByteWasCr = false;
    m_delimiter = Delimiter::Detect;
    return dropped;
}
