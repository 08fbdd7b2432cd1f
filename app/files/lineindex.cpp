#include "lineindex.h"

#include <QByteArray>
#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <limits>

namespace {

constexpr quint32 formatVersion = 2;
// Offsets and counts read back from a cache stay far from overflowing when added.
constexpr quint64 maxValue = quint64(1) << 62;

void putVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char(value | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

bool getVarint(const quint8 *&p, const quint8 *end, quint64 &value)
{
    value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (p == end)
            return false;
        const quint8 byte = *p++;
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return value < maxValue;
    }
    return false;
}

quint64 readDelta(const quint8 *&p)
{
    quint64 delta = 0;
    int shift = 0;
    quint8 byte;
    do {
        byte = *p++;
        delta |= quint64(byte & 0x7f) << shift;
        shift += 7;
    } while (byte & 0x80);
    return delta;
}

} // namespace

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
        // Not zeroed: only what is written is read, and untouched memory costs nothing.
        m_pages.push_back(std::make_unique_for_overwrite<quint8[]>(pageSize));
        m_writePos = page * pageSize;
    }
    return m_pages[page].get() + offset;
}

void LineIndex::writeDenseBlock(const qint64 *starts)
{
    quint8 *p = reserveBlockSpace();
    m_blocks.push_back(Block{m_sealed, starts[0], m_writePos});
    for (int i = 1; i < blockLines; ++i) {
        quint64 delta = quint64(starts[i] - starts[i - 1]);
        while (delta >= 0x80) {
            *p++ = quint8(delta | 0x80);
            delta >>= 7;
            ++m_writePos;
        }
        *p++ = quint8(delta);
        ++m_writePos;
    }
    m_sealed += blockLines;
}

void LineIndex::seal(qint64 next)
{
    // The full group becomes a dense block when its lines are long enough to be worth their
    // deltas; otherwise it joins (or starts) a sparse block.
    if (next - m_group[0] >= denseBytes) {
        writeDenseBlock(m_group.data());
    } else {
        const bool extend = !m_blocks.empty() && m_blocks.back().pos == sparseBlock &&
                            m_group[0] - m_blocks.back().base < denseBytes;
        if (!extend)
            m_blocks.push_back(Block{m_sealed, m_group[0], sparseBlock});
        m_sealed += blockLines;
    }
    m_groupSize = 0;
}

void LineIndex::append(qint64 start)
{
    Q_ASSERT(start > m_last);
    if (m_groupSize == blockLines)
        seal(start);
    m_group[size_t(m_groupSize++)] = start;
    m_last = start;
}

size_t LineIndex::blockOf(qint64 line) const
{
    const auto it =
        std::upper_bound(m_blocks.begin(), m_blocks.end(), line,
                         [](qint64 value, const Block &b) { return value < b.firstLine; });
    return size_t(it - m_blocks.begin()) - 1;
}

qint64 LineIndex::blockLineCount(size_t block) const
{
    const qint64 next = block + 1 < m_blocks.size() ? m_blocks[block + 1].firstLine : m_sealed;
    return next - m_blocks[block].firstLine;
}

qint64 LineIndex::blockEnd(size_t block) const
{
    return block + 1 < m_blocks.size() ? m_blocks[block + 1].base : m_group[0];
}

bool LineIndex::blockStarts(size_t block, std::vector<qint64> &out, const Resolver &resolve) const
{
    out.clear();
    const Block &b = m_blocks[block];
    const qint64 n = blockLineCount(block);
    if (b.pos != sparseBlock) {
        const quint8 *p = m_pages[b.pos / pageSize].get() + b.pos % pageSize;
        qint64 value = b.base;
        out.push_back(value);
        for (qint64 i = 1; i < n; ++i) {
            value += qint64(readDelta(p));
            out.push_back(value);
        }
        return true;
    }
    const qint64 end = blockEnd(block);
    if (!resolve || !resolve(b.base, end, n, out))
        return false;
    // What was read must be what was indexed: the right count, in order, inside the block.
    bool valid = qint64(out.size()) == n && out.front() == b.base && out.back() < end;
    for (size_t i = 1; valid && i < out.size(); ++i)
        valid = out[i - 1] < out[i];
    if (!valid)
        out.clear();
    return valid;
}

qint64 LineIndex::at(qint64 line, const Resolver &resolve) const
{
    Q_ASSERT(line >= 0 && line < count());
    if (line >= m_sealed)
        return m_group[size_t(line - m_sealed)];
    const size_t block = blockOf(line);
    const Block &b = m_blocks[block];
    if (b.pos != sparseBlock) {
        const quint8 *p = m_pages[b.pos / pageSize].get() + b.pos % pageSize;
        qint64 value = b.base;
        for (qint64 steps = line - b.firstLine; steps > 0; --steps)
            value += qint64(readDelta(p));
        return value;
    }
    std::vector<qint64> local;
    if (!blockStarts(block, local, resolve))
        return -1;
    return local[size_t(line - b.firstLine)];
}

bool LineIndex::starts(qint64 first, qint64 n, std::vector<qint64> &out,
                       const Resolver &resolve) const
{
    const qint64 total = count();
    if (first < 0 || first >= total || n <= 0)
        return true;
    n = std::min(n, total - first);
    out.reserve(out.size() + size_t(std::min<qint64>(n, 1 << 20)));
    qint64 line = first;
    const qint64 end = first + n;
    std::vector<qint64> local;
    while (line < end && line < m_sealed) {
        const size_t block = blockOf(line);
        const qint64 blockFirst = m_blocks[block].firstLine;
        if (!blockStarts(block, local, resolve))
            return false;
        const qint64 blockStop = std::min(blockFirst + qint64(local.size()), end);
        out.insert(out.end(), local.begin() + (line - blockFirst),
                   local.begin() + (blockStop - blockFirst));
        line = blockStop;
    }
    for (; line < end; ++line)
        out.push_back(m_group[size_t(line - m_sealed)]);
    return true;
}

qint64 LineIndex::lineContaining(qint64 offset, const Resolver &resolve) const
{
    if (count() == 0)
        return -1;
    const qint64 first = m_blocks.empty() ? m_group[0] : m_blocks.front().base;
    if (offset < first)
        return -1;
    if (offset >= m_group[0]) {
        const auto begin = m_group.begin();
        const auto it = std::upper_bound(begin, begin + m_groupSize, offset);
        return m_sealed + qint64(it - begin) - 1;
    }
    // The block whose base is the last one <= offset, then a search inside it.
    const auto it = std::upper_bound(m_blocks.begin(), m_blocks.end(), offset,
                                     [](qint64 value, const Block &b) { return value < b.base; });
    const size_t block = size_t(it - m_blocks.begin()) - 1;
    std::vector<qint64> local;
    if (!blockStarts(block, local, resolve))
        return m_blocks[block].firstLine;
    const auto inBlock = std::upper_bound(local.begin(), local.end(), offset);
    return m_blocks[block].firstLine + qint64(inBlock - local.begin()) - 1;
}

qint64 LineIndex::firstLineAtOrAfter(qint64 offset, const Resolver &resolve) const
{
    const qint64 line = lineContaining(offset, resolve);
    if (line < 0)
        return 0;
    return at(line, resolve) == offset ? line : line + 1;
}

bool LineIndex::isSparse(qint64 line) const
{
    return line >= 0 && line < m_sealed && m_blocks[blockOf(line)].pos == sparseBlock;
}

qint64 LineIndex::memoryBytes() const
{
    return qint64(m_pages.size()) * pageSize + qint64(m_blocks.capacity() * sizeof(Block)) +
           qint64(sizeof m_group);
}

void LineIndex::clear()
{
    *this = LineIndex();
}

// The serialised form, after a version and the line count: one varint stream holding the number
// of blocks, then per block its kind (0 dense, 1 sparse), its base as a delta from the previous
// base, and either the 63 deltas of a dense block or the line count of a sparse one; then the
// newest group's size and its starts as deltas.
QByteArray LineIndex::serialize() const
{
    QByteArray body;
    body.reserve(int(std::min<qint64>(memoryBytes() + 1024, 1 << 30)));
    putVarint(body, m_blocks.size());
    qint64 previous = 0;
    std::vector<qint64> local;
    for (size_t block = 0; block < m_blocks.size(); ++block) {
        const Block &b = m_blocks[block];
        const bool sparse = b.pos == sparseBlock;
        putVarint(body, sparse ? 1 : 0);
        putVarint(body, quint64(b.base - previous));
        previous = b.base;
        if (sparse) {
            putVarint(body, quint64(blockLineCount(block)));
        } else {
            blockStarts(block, local, {});
            for (size_t i = 1; i < local.size(); ++i)
                putVarint(body, quint64(local[i] - local[i - 1]));
        }
    }
    putVarint(body, quint64(m_groupSize));
    for (int i = 0; i < m_groupSize; ++i) {
        putVarint(body, quint64(m_group[size_t(i)] - previous));
        previous = m_group[size_t(i)];
    }
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << formatVersion << qint64(count()) << body;
    return out;
}

bool LineIndex::deserialize(const QByteArray &data, LineIndex &out)
{
    QDataStream stream(data);
    quint32 version = 0;
    qint64 total = 0;
    QByteArray body;
    stream >> version >> total >> body;
    if (stream.status() != QDataStream::Ok || version != formatVersion || total < 0)
        return false;
    const auto *p = reinterpret_cast<const quint8 *>(body.constData());
    const auto *end = p + body.size();
    quint64 blocks = 0;
    // Every block takes at least two bytes, so the count cannot ask for more than that.
    if (!getVarint(p, end, blocks) || blocks > quint64(body.size()) / 2)
        return false;
    LineIndex index;
    index.m_blocks.reserve(size_t(blocks));
    qint64 previous = 0; // the last base or start read
    qint64 lastStart = -1;
    std::array<qint64, blockLines> starts{};
    for (quint64 i = 0; i < blocks; ++i) {
        quint64 kind = 0, delta = 0;
        if (!getVarint(p, end, kind) || kind > 1 || !getVarint(p, end, delta))
            return false;
        const qint64 base = previous + qint64(delta);
        if (base <= lastStart || quint64(base) >= maxValue)
            return false;
        previous = base;
        if (kind == 0) {
            starts[0] = base;
            for (int k = 1; k < blockLines; ++k) {
                if (!getVarint(p, end, delta) || delta == 0)
                    return false;
                starts[size_t(k)] = starts[size_t(k) - 1] + qint64(delta);
                if (quint64(starts[size_t(k)]) >= maxValue)
                    return false;
            }
            index.writeDenseBlock(starts.data());
            lastStart = starts[blockLines - 1];
        } else {
            quint64 lines = 0;
            if (!getVarint(p, end, lines) || lines == 0 ||
                lines > maxValue - quint64(index.m_sealed))
                return false;
            index.m_blocks.push_back(Block{index.m_sealed, base, sparseBlock});
            index.m_sealed += qint64(lines);
            // Each line needs at least one byte: the next base is checked against this.
            lastStart = base + qint64(lines) - 1;
        }
    }
    quint64 groupSize = 0;
    if (!getVarint(p, end, groupSize) || groupSize > blockLines || (blocks > 0 && groupSize == 0))
        return false;
    for (quint64 k = 0; k < groupSize; ++k) {
        quint64 delta = 0;
        if (!getVarint(p, end, delta))
            return false;
        const qint64 start = previous + qint64(delta);
        if (start <= lastStart || quint64(start) >= maxValue)
            return false;
        index.m_group[size_t(k)] = start;
        previous = lastStart = start;
    }
    index.m_groupSize = int(groupSize);
    index.m_last = lastStart;
    if (p != end || index.count() != total)
        return false;
    out = std::move(index);
    return true;
}
