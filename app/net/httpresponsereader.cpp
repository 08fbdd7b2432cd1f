#include "httpresponsereader.h"

#include <algorithm>

namespace {

constexpr qsizetype maxChunkLine = 4096;

bool isInterim(int status)
{
    return status >= 100 && status < 200;
}

bool hasNoBody(int status)
{
    return status == 204 || status == 304;
}

/// The size of a chunk from its size line ("1a2b" or "1a2b;name=value"); -1 when malformed.
qint64 chunkSize(QByteArrayView line)
{
    const qsizetype extension = line.indexOf(';');
    const QByteArrayView digits = (extension < 0 ? line : line.first(extension)).trimmed();
    // Fifteen hex digits fit in a qint64; a longer size is not a real chunk.
    if (digits.isEmpty() || digits.size() > 15)
        return -1;
    qint64 size = 0;
    for (const char c : digits) {
        int value;
        if (c >= '0' && c <= '9')
            value = c - '0';
        else if (c >= 'a' && c <= 'f')
            value = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            value = c - 'A' + 10;
        else
            return -1;
        size = size * 16 + value;
    }
    return size;
}

bool isLastCodingChunked(QByteArrayView transferEncoding)
{
    const qsizetype comma = transferEncoding.lastIndexOf(',');
    const QByteArrayView last =
        (comma < 0 ? transferEncoding : transferEncoding.sliced(comma + 1)).trimmed();
    return last.compare("chunked", Qt::CaseInsensitive) == 0;
}

} // namespace

QByteArray HttpResponseReader::header(QByteArrayView name) const
{
    for (const Header &header : m_headers) {
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

bool HttpResponseReader::fail(Error error)
{
    m_state = State::Failed;
    m_error = error;
    m_pending.clear();
    return false;
}

bool HttpResponseReader::takeLine(QByteArrayView input, qsizetype &offset, QByteArray &line,
                                  qsizetype limit)
{
    const qsizetype newline = input.indexOf('\n', offset);
    if (newline < 0) {
        m_pending.append(input.sliced(offset));
        offset = input.size();
        if (m_pending.size() > limit)
            fail(Error::MalformedChunk); // a longer line can never be valid
        return false;
    }
    line = m_pending + input.sliced(offset, newline - offset).toByteArray();
    m_pending.clear();
    offset = newline + 1;
    // The same verdict however the line was split across reads.
    if (line.size() > limit) {
        fail(Error::MalformedChunk);
        return false;
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return true;
}

bool HttpResponseReader::feed(QByteArrayView input, QByteArray &body)
{
    qsizetype offset = 0;
    while (offset < input.size() && m_state != State::Failed) {
        switch (m_state) {
        case State::Head: {
            const qsizetype before = m_pending.size();
            const qsizetype take = std::min(input.size() - offset, maxHeadSize + 4 - before);
            m_pending.append(input.sliced(offset, take));
            const qsizetype end = m_pending.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
            if (end < 0) {
                offset += take;
                // The head and its blank line must fit in maxHeadSize + 4 bytes.
                if (m_pending.size() >= maxHeadSize + 4)
                    return fail(Error::HeadTooLarge);
                break;
            }
            offset += end + 4 - before;
            const QByteArray head = m_pending.left(end);
            m_pending.clear();
            parseHead(head);
            break;
        }
        case State::BodyUntilClose:
            body.append(input.sliced(offset));
            offset = input.size();
            break;
        case State::BodyFixedLength:
        case State::ChunkData: {
            const qsizetype count = qsizetype(std::min<qint64>(m_remaining, input.size() - offset));
            body.append(input.sliced(offset, count));
            offset += count;
            m_remaining -= count;
            if (m_remaining == 0)
                m_state = m_state == State::ChunkData ? State::ChunkDataEnd : State::Done;
            break;
        }
        case State::ChunkSize: {
            QByteArray line;
            if (!takeLine(input, offset, line, maxChunkLine))
                break;
            const qint64 size = chunkSize(line);
            if (size < 0)
                return fail(Error::MalformedChunk);
            m_remaining = size;
            m_state = size == 0 ? State::Trailers : State::ChunkData;
            break;
        }
        case State::ChunkDataEnd: {
            QByteArray line;
            if (!takeLine(input, offset, line, 2))
                break;
            if (!line.isEmpty())
                return fail(Error::MalformedChunk);
            m_state = State::ChunkSize;
            break;
        }
        case State::Trailers: {
            QByteArray line;
            if (!takeLine(input, offset, line, maxHeadSize))
                break;
            if (line.isEmpty())
                m_state = State::Done;
            break;
        }
        case State::Done:
            // Nothing is ever sent after the response on this connection: ignore it.
            offset = input.size();
            break;
        case State::Failed:
            break;
        }
    }
    return m_state != State::Failed;
}

bool HttpResponseReader::finishAtClose()
{
    switch (m_state) {
    case State::Done:
        return true;
    case State::BodyUntilClose:
        m_state = State::Done;
        return true;
    case State::Failed:
        return false;
    case State::Head:
        return fail(Error::ClosedBeforeAnswer);
    default:
        return fail(Error::TruncatedBody);
    }
}

bool HttpResponseReader::parseHead(QByteArrayView head)
{
    QList<QByteArrayView> lines;
    for (qsizetype start = 0; start <= head.size();) {
        qsizetype end = head.indexOf("\r\n", start);
        if (end < 0)
            end = head.size();
        lines.append(head.sliced(start, end - start));
        start = end + 2;
    }

    // "HTTP/1.1 200 OK": the version, a three-digit status and an optional reason phrase.
    const QByteArrayView statusLine = lines.value(0);
    if (statusLine.size() < 12 || !statusLine.startsWith("HTTP/1.") || statusLine.at(8) != ' ')
        return fail(Error::MalformedHead);
    int status = 0;
    for (qsizetype i = 9; i < 12; ++i) {
        const char c = statusLine.at(i);
        if (c < '0' || c > '9')
            return fail(Error::MalformedHead);
        status = status * 10 + (c - '0');
    }
    // Status codes are 100 to 999; "020" is not one.
    if (status < 100 || (statusLine.size() > 12 && statusLine.at(12) != ' '))
        return fail(Error::MalformedHead);

    QList<Header> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        if (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t')) {
            // An obsolete folded continuation of the previous header's value.
            if (headers.isEmpty())
                return fail(Error::MalformedHead);
            headers.last().second += ' ' + line.trimmed().toByteArray();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.first(colon).trimmed().size() != colon)
            return fail(Error::MalformedHead);
        headers.append({line.first(colon).toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
    }

    m_status = status;
    m_reason = statusLine.size() > 13 ? statusLine.sliced(13).toByteArray() : QByteArray();
    m_headers = std::move(headers);
    if (isInterim(status))
        return true; // the real answer follows; stay in State::Head

    m_hasHead = true;
    const QByteArray transferEncoding = header("Transfer-Encoding");
    const QByteArray contentLength = header("Content-Length");
    if (hasNoBody(status)) {
        m_state = State::Done;
    } else if (!transferEncoding.isEmpty()) {
        // Any other coding leaves no way to find the end but the connection's close.
        m_state = isLastCodingChunked(transferEncoding) ? State::ChunkSize : State::BodyUntilClose;
    } else if (!contentLength.isEmpty()) {
        bool ok = false;
        const qint64 length = contentLength.toLongLong(&ok);
        if (!ok || length < 0)
            return fail(Error::BadContentLength);
        m_remaining = length;
        m_state = length == 0 ? State::Done : State::BodyFixedLength;
    } else {
        m_state = State::BodyUntilClose;
    }
    return true;
}
