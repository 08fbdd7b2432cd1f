#pragma once

#include <QtGlobal>

#include <array>
#include <functional>
#include <memory>
#include <vector>

/// Start offsets of the lines of a decompressed stream, kept within a memory budget however
/// short the lines are. Lines are grouped by 64. A group spanning at least denseBytes is kept
/// line by line (its first offset in full, the others as varint deltas: ~2 KB lines cost about
/// 2.2 bytes each). Groups of tinier lines are merged into sparse blocks of less than
/// 2 * denseBytes of content that keep only their first line's offset and their line count;
/// the other starts are found again by reading that content (a Resolver) when asked for. So the
/// index never holds more than about one byte per 100 bytes of content, and a lookup in a
/// sparse block reads at most 32 KiB. The newest group stays exact until the next one starts.
/// Not thread-safe: the owner serialises appends and reads.
class LineIndex
{
public:
    static constexpr int blockLines = 64;
    /// Groups of blockLines lines spanning fewer bytes than this are kept sparsely.
    static constexpr qint64 denseBytes = 16 << 10;

    /// Finds the starts of the \a count lines in content [from, to) (the first one is at
    /// \a from) and appends them to \a out; false when the content cannot be read.
    using Resolver =
        std::function<bool(qint64 from, qint64 to, qint64 count, std::vector<qint64> &out)>;

    LineIndex();
    ~LineIndex();
    LineIndex(LineIndex &&) noexcept;
    LineIndex &operator=(LineIndex &&) noexcept;

    /// Appends the start of the next line; \a start must be greater than the previous one.
    void append(qint64 start);
    qint64 count() const { return m_sealed + m_groupSize; }
    bool isEmpty() const { return count() == 0; }
    /// Start offset of line \a line (0-based, < count()); -1 when it lies in a sparse block
    /// that \a resolve cannot read.
    qint64 at(qint64 line, const Resolver &resolve = {}) const;
    /// Starts of lines [first, first + n) appended to \a out (n is clamped to count()); false
    /// (with what was found so far appended) when a sparse block cannot be read.
    bool starts(qint64 first, qint64 n, std::vector<qint64> &out,
                const Resolver &resolve = {}) const;
    /// The line whose start is the greatest one <= \a offset, or -1 when \a offset is before
    /// the first line. When a sparse block cannot be read, the first line of that block.
    qint64 lineContaining(qint64 offset, const Resolver &resolve = {}) const;
    /// The first line whose start is >= \a offset (count() when none).
    qint64 firstLineAtOrAfter(qint64 offset, const Resolver &resolve = {}) const;
    /// Whether line \a line is only found by reading content (it lies in a sparse block).
    bool isSparse(qint64 line) const;
    /// Bytes held, for the memory budget.
    qint64 memoryBytes() const;
    void clear();

    /// Flat serialisation for the on-disk index cache (the sparse blocks stay sparse).
    QByteArray serialize() const;
    static bool deserialize(const QByteArray &data, LineIndex &out);

private:
    static constexpr qsizetype pageSize = 1 << 20;
    static constexpr int maxBlockBytes = blockLines * 10;
    static constexpr quint64 sparseBlock = ~quint64(0);

    struct Block
    {
        qint64 firstLine;
        qint64 base; ///< start of its first line
        quint64 pos; ///< byte position of its deltas in the pages, or sparseBlock
    };

    quint8 *reserveBlockSpace();
    void seal(qint64 next);
    void writeDenseBlock(const qint64 *starts);
    /// The block holding sealed line \a line.
    size_t blockOf(qint64 line) const;
    qint64 blockLineCount(size_t block) const;
    qint64 blockEnd(size_t block) const;
    /// All starts of block \a block (replacing \a out); false when it cannot be resolved.
    bool blockStarts(size_t block, std::vector<qint64> &out, const Resolver &resolve) const;

    std::vector<Block> m_blocks;
    std::vector<std::unique_ptr<quint8[]>> m_pages;
    quint64 m_writePos = 0;                   ///< next free byte (page * pageSize + offset)
    std::array<qint64, blockLines> m_group{}; ///< the newest lines, not sealed in a block yet
    int m_groupSize = 0;
    qint64 m_sealed = 0; ///< lines held by m_blocks
    qint64 m_last = -1;
};
