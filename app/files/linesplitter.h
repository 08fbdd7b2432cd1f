#pragma once

#include "message/fieldscanner.h"
#include "filestatistics.h"
#include "linesink.h"

#include <QByteArray>

#include <cstring>
#include <deque>
#include <memory>
#include <vector>

/// The heart of the indexing pass: decompressed bytes are written straight into its buffer or
/// read where they are, it finds the non-empty lines with memchr, records their starts and
/// feeds each line to the statistics. A line longer than FieldScanner::maxLineBytes is not kept
/// in memory: its bytes are skipped until its end, so memory stays flat whatever the input (gzip
/// bombs included).
class LineSplitter
{
public:
    explicit LineSplitter(qint64 bufferSize = 4 << 20, bool collectStatistics = true);

    /// Where the producer writes next, and how much room there is (at least a quarter of the
    /// buffer).
    char *writePointer() { return m_data.get() + m_end; }
    qint64 writeSpace() const { return m_capacity - m_end; }
    /// Accounts for \a size bytes written at writePointer().
    void commit(qint64 size);
    /// Takes \a size bytes that follow those seen so far, from memory of the caller's with
    /// FieldScanner::padding readable bytes after it: as writing them at writePointer() and
    /// committing them would, but the lines that start and end inside \a data are read where
    /// they are (only the ends it shares with its neighbours are copied).
    void consume(const char *data, qint64 size);
    /// The data ended: a last line without a terminator still counts.
    void finish();
    /// The data ended early (a truncated or damaged file): a last line without a terminator was
    /// cut off, so it is not a line; cutLineBytes() tells how much of it there is.
    void finishCut();
    /// Bytes of the line cut off by finishCut() (0 when the data ended after a terminator).
    qint64 cutLineBytes() const { return m_cutBytes; }
    /// Whether finish() counted a last line that had no terminator (more of it may follow).
    bool endedInsideLine() const { return m_endedInsideLine; }
    /// Still inside the line resumeAt() continued: no terminator of it was seen yet.
    bool continuesLine() const { return m_continuesLine; }

    /// Continues an earlier pass (over a file that grew) at uncompressed offset \a offset, its
    /// completeEnd(), where \a lines lines with \a statistics were found. With \a insideLine
    /// the earlier pass counted an unterminated last line: the bytes up to the next terminator
    /// belong to it and start no line. Call before the first commit().
    void resumeAt(qint64 offset, qint64 lines, const FileStatistics &statistics, bool insideLine);

    /// Hands every line taken from now on to \a sink (see LineSink), starting with begin().
    /// Call between commits. The caller ends sinks when the pass ends.
    void addSink(std::shared_ptr<LineSink> sink);

    /// A sink's precheck (LineSink::wantsBytes()) run ahead of the scan on the lines between
    /// uncompressed offsets \a from and \a to (each line whole in between): the offsets of the
    /// terminators of the lines it wants. Given before the bytes are committed, in order.
    struct Precheck
    {
        std::shared_ptr<const LineSink> sink;
        qint64 from = 0;
        qint64 to = 0;
        std::vector<qint64> wanted;
        /// The producer judged these lines whole (LineSink::judgeAhead()): wanted holds the
        /// ones that match.
        bool judged = false;
    };
    void addPrecheck(Precheck precheck);
    /// The first sink with a precheck (null when none), for the producer to run it.
    std::shared_ptr<const LineSink> precheckingSink() const;

    /// Statistics the producer already took of the lines between uncompressed offsets \a from
    /// and \a to (each line whole in between; countLines()), so that a producer with time to
    /// spare carries part of the parsing. Their lines are not parsed again: the statistics are
    /// merged where the first of them is taken, and a sink gets no parse of them (it parses
    /// what it needs). Given before the bytes are committed, in order.
    struct Counted
    {
        qint64 from = 0;
        qint64 to = 0;
        FileStatistics statistics; ///< line numbers counted from 0 at \a from
    };
    void addCounted(Counted counted);
    /// Counts the lines of \a data that start and end inside it (the first and the last line,
    /// which neighbouring data shares, are left out) as the splitter would: \a offset is the
    /// uncompressed offset of data[0], and \a data must have FieldScanner::padding readable
    /// bytes after it. Empty (from == to) when no line is whole inside. With \a sink, each
    /// line is also judged as judge() would be, into \a judged.
    static Counted countLines(const char *data, qint64 size, qint64 offset, FieldScanner &scanner,
                              std::shared_ptr<const LineSink> sink = {},
                              Precheck *judged = nullptr);

    /// Calls \a visit(begin, end) for each line of \a data that starts and ends inside it (end
    /// is its '\n'): the first and the last line, which the data before and after share, are
    /// left out. Sets [*from, *to) to the uncompressed offsets those lines span (\a offset is
    /// that of data[0]); false, setting nothing, when no line is whole inside.
    template<typename Visit>
    static bool forEachWholeLine(const char *data, qint64 size, qint64 offset, qint64 *from,
                                 qint64 *to, Visit &&visit)
    {
        if (size <= 0)
            return false;
        const auto *first = static_cast<const char *>(std::memchr(data, '\n', size_t(size)));
        const auto *last = static_cast<const char *>(memrchr(data, '\n', size_t(size)));
        if (!first || first == last)
            return false;
        *from = offset + (first - data) + 1;
        *to = offset + (last - data) + 1;
        for (const char *line = first + 1; line <= last;) {
            const auto *end =
                static_cast<const char *>(std::memchr(line, '\n', size_t(last - line + 1)));
            visit(line, end);
            line = end + 1;
        }
        return true;
    }

    /// Starts of the lines completed since the last call (the caller clears it).
    std::vector<qint64> &pendingStarts() { return m_pending; }
    /// Offset just after the last completed line and any empty lines behind it.
    qint64 completeEnd() const { return m_completeEnd; }
    /// Uncompressed bytes seen so far.
    qint64 bytesSeen() const { return m_base + m_end; }
    qint64 lineCount() const { return m_lines; }
    const FileStatistics &statistics() const { return m_statistics; }

    /// Appends the starts of the non-empty lines in \a data, the content from uncompressed
    /// offset \a offset (where a line starts) up to the start of a later line: the same rule
    /// the pass applies, used to find the lines a sparse index does not hold.
    /// What a blank line is made of (besides its terminator): a line of only these is no line.
    static bool isBlank(char c)
    {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    }

    static void lineStartsIn(const char *data, qint64 size, qint64 offset,
                             std::vector<qint64> &out);

private:
    /// The content of a line of \a length bytes at \a p as a reader sees it: up to its
    /// terminator, without a '\r' before it (\a terminated: a '\n' follows).
    static qint64 contentLength(const char *p, qint64 length, bool terminated)
    {
        return terminated && length > 0 && p[length - 1] == '\r' ? length - 1 : length;
    }
    /// Moves \a begin and \a end inside the blanks around a line's content.
    static void trimBlanks(const char *&begin, const char *&end);
    /// Adds line number \a line, \a length bytes at \a p (no terminator, blanks trimmed, not
    /// empty), to \a statistics: the one rule of what a line counts as. Returns the scanner's
    /// parse of it (null when it was not parsed or is not an object).
    static const ParsedLine *countLine(FileStatistics &statistics, FieldScanner &scanner,
                                       qint64 line, const char *p, qint64 length);
    /// Whether the line starting at \a start was counted by the producer (see addCounted());
    /// merges the producer's statistics when it is the first of its range.
    bool countedAhead(qint64 start);
    /// The line of \a length bytes at \a p, which starts at uncompressed offset \a start;
    /// \a terminated: a '\n' follows it (it did not end where the data ended).
    void takeLine(const char *p, qint64 start, qint64 length, bool terminated);
    /// Copies \a size bytes into the buffer and commits them.
    void append(const char *data, qint64 size);
    void takeLongLine(qint64 endIndex);
    /// Gives the sinks the lines taken since the last delivery (their views are into the buffer
    /// and the long line's head, so before either changes).
    void deliver();
    void trackLongLast(qint64 from, qint64 to);
    void compact();
    /// The precheck's answer for the line [start, newline] (uncompressed offsets).
    LineSink::Precheck precheckOf(const LineSink *sink, qint64 start, qint64 newline);

    std::unique_ptr<char[]> m_data;
    qint64 m_capacity;
    qint64 m_end = 0;       // valid bytes in the buffer
    qint64 m_lineStart = 0; // buffer index where the current (incomplete) line starts
    qint64 m_base = 0;      // uncompressed offset of m_data[0]
    qint64 m_completeEnd = 0;
    qint64 m_lines = 0;
    qint64 m_cutBytes = 0;
    bool m_collect;
    bool m_bomChecked = false;
    bool m_continuesLine = false; ///< resumed inside a line: skip to its terminator
    bool m_endedInsideLine = false;

    bool m_long = false;    // inside a line too long to keep
    qint64 m_longStart = 0; // its uncompressed start offset
    char m_longFirst = 0;   // first and last non-blank bytes, to tell an object from junk
    char m_longLast = 0;
    QByteArray m_longHead;  // its first FieldScanner::maxLineBytes bytes, for the sinks

    std::vector<std::shared_ptr<LineSink>> m_sinks;
    std::deque<Precheck> m_prechecks;
    size_t m_wantedCursor = 0; ///< in m_prechecks.front().wanted
    std::deque<Counted> m_counted;
    bool m_countedMerged = false;           ///< m_counted.front() is in m_statistics
    std::vector<QByteArrayView> m_delivery; // contents of the lines taken since deliver()
    qint64 m_deliveryFirstLine = 0;
    qint64 m_deliveryStart = 0;             // uncompressed offset where they start
    qint64 m_deliveredEnd = -1;             // where the last delivery ended

    std::vector<qint64> m_pending;
    FieldScanner m_scanner;
    FileStatistics m_statistics;
};
