#include "lineindex.h"

#include <QByteArray>
#include <QDataStream>
#include <QIODevice>

#include <algorithm>

LineIndex::LineIndex() = default;
LineIndex::~LineIndex() = default;
LineIndex::LineIndex(LineIndex &&) noexcept = default;
LineIndex &LineIndex::operator=(LineIndex &&) noexcept = default;

quint8 *LineIndex::reserveBlockSpace()
{
    // A block never straddles two pages, so decoding needs no page checks.
    quint64 page = m_writePos / pageSize;
    quint64 offset = m_writePos % pageSize;
    if (page >= m_pages.size() || offset + maxBlockBytes > quint64(pageSize)) {
        if (page < m_pages.size())
            ++page;
        offset = 0;
        m_pages.push_back(std::make_unique<quint8[]>(pageSize));
        m_writePos = page * pageSize;
    }
    return m_pages[page].get() + offset;
}

void LineIndex::append(qint64 start)
{
    Q_ASSERT(start > m_last);
    if (m_count % blockLines == 0) {
        reserveBlockSpace();
        m_blockBase.push_back(start);
        m_blockPos.push_back(m_writePos);
    } else {
        quint64 delta = quint64(start - m_last);
        quint8 *p = m_pages[m_writePos / pageSize].get() + m_writePos % pageSize;
        while (delta >= 0x80) {
            *p++ = quint8(delta | 0x80);
            delta >>= 7;
            ++m_writePos;
        }
        *p = quint8(delta);
        ++m_writePos;
    }
    m_last = start;
    ++m_count;
}

qint64 LineIndex::at(qint64 line) const
{
    Q_ASSERT(line >= 0 && line < m_count);
    const qint64 block = line / blockLines;
    qint64 value = m_blockBase[size_t(block)];
    int steps = int(line % blockLines);
    const quint64 pos = m_blockPos[size_t(block)];
    const quint8 *p = m_pages[pos / pageSize].get() + pos % pageSize;
    while (steps-- > 0) {
        quint64 delta = 0;
        int shift = 0;
        quint8 byte;
        do {
            byte = *p++;
            delta |= quint64(byte & 0x7f) << shift;
            shift += 7;
        } while (byte & 0x80);
        value += qint64(delta);
    }
    return value;
}

void LineIndex::starts(qint64 first, qint64 n, std::vector<qint64> &out) const
{
    if (first < 0 || first >= m_count || n <= 0)
        return;
    n = std::min(n, m_count - first);
    out.reserve(out.size() + size_t(n));
    qint64 line = first;
    const qint64 end = first + n;
    while (line < end) {
        const qint64 block = line / blockLines;
        const quint64 pos = m_blockPos[size_t(block)];
        const quint8 *p = m_pages[pos / pageSize].get() + pos % pageSize;
        qint64 value = m_blockBase[size_t(block)];
        const qint64 blockFirst = block * blockLines;
        const qint64 blockEnd = std::min(blockFirst + blockLines, m_count);
        for (qint64 i = blockFirst; i < blockEnd && i < end; ++i) {
            if (i > blockFirst) {
                quint64 delta = 0;
                int shift = 0;
                quint8 byte;
                do {
                    byte = *p++;
                    delta |= quint64(byte & 0x7f) << shift;
                    shift += 7;
                } while (byte & 0x80);
                value += qint64(delta);
            }
            if (i >= line)
                out.push_back(value);
        }
        line = blockEnd;
    }
}

qint64 LineIndex::lineContaining(qint64 offset) const
{
    if (m_count == 0 || offset < m_blockBase.front())
        return -1;
    // The block whose base is the last one <= offset, then a walk inside it.
    const auto it = std::upper_bound(m_blockBase.begin(), m_blockBase.end(), offset);
    const qint64 block = qint64(it - m_blockBase.begin()) - 1;
    const qint64 first = block * blockLines;
    std::vector<qint64> local;
    starts(first, blockLines, local);
    const auto inBlock = std::upper_bound(local.begin(), local.end(), offset);
    return first + qint64(inBlock - local.begin()) - 1;
}

qint64 LineIndex::firstLineAtOrAfter(qint64 offset) const
{
    const qint64 line = lineContaining(offset);
    if (line < 0)
        return 0;
    return at(line) == offset ? line : line + 1;
}

qint64 LineIndex::memoryBytes() const
{
    return qint64(m_pages.size()) * pageSize + qint64(m_blockBase.capacity() * sizeof(qint64) +
                                                      m_blockPos.capacity() * sizeof(quint64));
}

void LineIndex::clear()
{
    *this = LineIndex();
}

QByteArray LineIndex::serialize() const
{
    // Re-encoded as one varint stream of deltas: compact and independent of the page layout.
    QByteArray out;
    out.reserve(int(std::min<qint64>(m_count * 2 + 16, 1 << 30)));
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << quint32(1) << qint64(m_count);
    QByteArray deltas;
    deltas.reserve(int(std::min<qint64>(m_count * 2, 1 << 30)));
    qint64 previous = 0;
    std::vector<qint64> chunk;
    for (qint64 first = 0; first < m_count; first += 65536) {
        chunk.clear();
        starts(first, 65536, chunk);
        for (const qint64 start : chunk) {
            quint64 delta = quint64(start - previous);
            previous = start;
            while (delta >= 0x80) {
                deltas.append(char(delta | 0x80));
                delta >>= 7;
            }
            deltas.append(char(delta));
        }
    }
    stream << deltas;
    return out;
}

bool LineIndex::deserialize(const QByteArray &data, LineIndex &out)
{
    QDataStream stream(data);
    quint32 version = 0;
    qint64 count = 0;
    QByteArray deltas;
    stream >> version >> count >> deltas;
    if (stream.status() != QDataStream::Ok || version != 1 || count < 0)
        return false;
    LineIndex index;
    const auto *p = reinterpret_cast<const quint8 *>(deltas.constData());
    const auto *end = p + deltas.size();
    qint64 value = 0;
    for (qint64 i = 0; i < count; ++i) {
        quint64 delta = 0;
        int shift = 0;
        quint8 byte;
        do {
            if (p == end || shift > 63)
                return false;
            byte = *p++;
            delta |= quint64(byte & 0x7f) << shift;
            shift += 7;
        } while (byte & 0x80);
        value += qint64(delta);
        if (i > 0 && delta == 0)
            return false;
        index.append(value);
    }
    out = std::move(index);
    return true;
}
