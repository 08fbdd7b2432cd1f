#pragma once

#include <QtGlobal>

#include <memory>
#include <vector>

/// Start offsets of the lines of a decompressed stream, kept compact: lines are grouped in
/// blocks of 64, each block holds its first offset in full and the others as varint deltas.
/// ~2 KB lines cost about 2.2 bytes each, 100-byte lines about 1.2. Not thread-safe: the
/// owner serialises appends and reads.
class LineIndex
{
public:
    static constexpr int blockLines = 64;

    LineIndex();
    ~LineIndex();
    LineIndex(LineIndex &&) noexcept;
    LineIndex &operator=(LineIndex &&) noexcept;

    /// Appends the start of the next line; \a start must be greater than the previous one.
    void append(qint64 start);
    qint64 count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    /// Start offset of line \a line (0-based, < count()).
    qint64 at(qint64 line) const;
    /// Starts of lines [first, first + n) appended to \a out (n is clamped to count()).
    void starts(qint64 first, qint64 n, std::vector<qint64> &out) const;
    /// The line whose start is the greatest one <= \a offset, or -1 when \a offset is before
    /// the first line.
    qint64 lineContaining(qint64 offset) const;
    /// The first line whose start is >= \a offset (count() when none).
    qint64 firstLineAtOrAfter(qint64 offset) const;
    /// Bytes held, for the memory budget.
    qint64 memoryBytes() const;
    void clear();

    /// Flat serialisation for the on-disk index cache.
    QByteArray serialize() const;
    static bool deserialize(const QByteArray &data, LineIndex &out);

private:
    static constexpr qsizetype pageSize = 1 << 20;
    static constexpr int maxBlockBytes = blockLines * 10;

    quint8 *reserveBlockSpace();

    std::vector<qint64> m_blockBase; ///< first start of each block
    std::vector<quint64> m_blockPos; ///< byte position of each block's deltas in the pages
    std::vector<std::unique_ptr<quint8[]>> m_pages;
    quint64 m_writePos = 0; ///< next free byte (page * pageSize + offset)
    qint64 m_count = 0;
    qint64 m_last = -1;
};
