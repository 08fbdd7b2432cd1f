#include "sseparser.h"

#include "core/byteordermark.h"

#include <cstring>

namespace {

/// The first CR or LF in [from, end), or end. memchr (vectorised) rather than a loop over every
/// byte: data lines are long and hold neither. \a nextLf caches the next LF of this read, so a
/// stream of CR line ends is not searched to its end for every line.
const char *findLineEnd(const char *from, const char *end, const char *&nextLf)
{
    if (!nextLf || nextLf < from) {
        const auto *lf = static_cast<const char *>(std::memchr(from, '\n', size_t(end - from)));
        nextLf = lf ? lf : end;
    }
    const auto *cr = static_cast<const char *>(std::memchr(from, '\r', size_t(nextLf - from)));
    return cr ? cr : nextLf;
}

bool allDigits(QByteArrayView value)
{
    if (value.isEmpty())
        return false;
    for (char c : value) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

SseParser::SseParser(qsizetype maxEventSize)
    : m_maxEventSize(std::max<qsizetype>(maxEventSize, 1))
{}

qsizetype SseParser::feed(QByteArrayView data, const EventSink &sink)
{
    qsizetype count = 0;
    if (m_atStart && !data.isEmpty()) {
        // One byte order mark at the very start of the stream is skipped, wherever reads split it.
        qsizetype used = 0;
        const qsizetype bomSize = qsizetype(ByteOrderMark::utf8.size());
        while (m_bomMatched < bomSize && used < data.size() &&
               data[used] == ByteOrderMark::utf8[size_t(m_bomMatched)]) {
            ++m_bomMatched;
            ++used;
        }
        if (m_bomMatched < bomSize && used == data.size())
            return 0; // all of it may still be a byte order mark
        m_atStart = false;
        data = data.sliced(used);
        if (m_bomMatched < bomSize && m_bomMatched > 0) {
            // Not a byte order mark after all: its bytes were ordinary content.
            const QByteArray prefix(ByteOrderMark::utf8.data(), m_bomMatched);
            m_bomMatched = 0;
            count += feed(prefix, sink);
        }
    }

    const char *p = data.data();
    const char *const end = p + data.size();
    if (m_lastWasCr && p < end) {
        // The previous read ended in CR: an LF now completes that one line end.
        m_lastWasCr = false;
        if (*p == '\n')
            ++p;
    }
    const char *nextLf = nullptr;
    while (p < end) {
        const char *lineEnd = findLineEnd(p, end, nextLf);
        if (lineEnd == end) {
            // An unfinished line: kept (unless the event is being dropped), within the limit.
            const qsizetype length = end - p;
            if (m_skipping) {
                m_skipLineHasBytes = true;
            } else if (m_eventBytes + m_line.size() + length > m_maxEventSize) {
                dropEvent();
                m_skipLineHasBytes = true;
            } else {
                m_line.append(p, length);
            }
            break;
        }
        if (m_line.isEmpty()) {
            processLine(QByteArrayView(p, lineEnd - p), sink, count);
        } else {
            m_line.append(p, lineEnd - p);
            processLine(m_line, sink, count);
        }
        m_line.resize(0);
        m_skipLineHasBytes = false;
        if (*lineEnd == '\r') {
            if (lineEnd + 1 == end)
                m_lastWasCr = true;
            else if (lineEnd[1] == '\n')
                ++lineEnd;
        }
        p = lineEnd + 1;
    }
    return count;
}

void SseParser::processLine(QByteArrayView line, const EventSink &sink, qsizetype &count)
{
    if (m_skipping) {
        // The dropped event ends with its blank line.
        if (line.isEmpty() && !m_skipLineHasBytes) {
            m_skipping = false;
            m_eventBytes = 0;
        }
        return;
    }
    if (line.isEmpty()) {
        dispatch(sink, count);
        return;
    }
    m_eventBytes += line.size() + 1;
    if (m_eventBytes > m_maxEventSize) {
        dropEvent();
        return;
    }
    if (line.front() == ':') {
        ++m_comments;
        return;
    }
    QByteArrayView field = line;
    QByteArrayView value;
    if (const qsizetype colon = line.indexOf(':'); colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }
    if (field == "data") {
        m_data.append(value.data(), value.size());
        m_data.append('\n');
    } else if (field == "event") {
        // Copied into the buffer kept from event to event: no allocation per event.
        m_type.resize(0);
        m_type.append(value.data(), value.size());
    } else if (field == "id") {
        if (value.contains('\0')) {
            ++m_ignoredIds;
        } else {
            m_pendingId.resize(0);
            m_pendingId.append(value.data(), value.size());
            m_hasPendingId = true;
        }
    } else if (field == "retry") {
        if (allDigits(value))
            m_retryMs = value.size() > 15 ? Q_INT64_C(999999999999999) : value.toLongLong();
    }
    // Any other field is ignored.
}

void SseParser::dispatch(const EventSink &sink, qsizetype &count)
{
    if (m_hasPendingId) {
        m_lastEventId.resize(0);
        m_lastEventId.append(m_pendingId);
    }
    if (!m_data.isEmpty()) {
        m_data.chop(1); // the "\n" after the last data line
        SseEvent event;
        event.type = m_type.isEmpty() ? QByteArrayView("message") : QByteArrayView(m_type);
        event.data = m_data;
        event.lastEventId = m_lastEventId;
        event.hasOwnId = m_hasPendingId;
        ++m_events;
        ++count;
        if (sink)
            sink(event);
    }
    clearEvent();
}

void SseParser::dropEvent()
{
    ++m_oversized;
    clearEvent();
    m_line.resize(0);
    m_skipping = true;
}

void SseParser::clearEvent()
{
    m_data.resize(0);
    m_type.resize(0); // keeps the capacity
    m_pendingId.resize(0);
    m_hasPendingId = false;
    m_eventBytes = 0;
}

qsizetype SseParser::reset()
{
    const qsizetype discarded = m_eventBytes + m_line.size();
    clearEvent();
    m_line.resize(0);
    m_skipping = false;
    m_skipLineHasBytes = false;
    m_lastWasCr = false;
    m_bomMatched = 0;
    m_atStart = true;
    return discarded;
}
