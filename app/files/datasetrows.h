#pragma once

#include <QtGlobal>

#include <utility>
#include <vector>

/// Which line of which file each row of a dataset is. The rows are runs: stretches of
/// consecutive lines of one file that are consecutive rows too. Files whose times do not
/// overlap are one run each, one file after the other; files whose times overlap are merged
/// by time, second by second (the time steps their index passes noted; lines of the same second
/// go file by file), without a table of rows: what it holds is a few numbers per run, nothing
/// per line.
class DatasetRows
{
public:
    struct Location
    {
        int file = -1;    ///< -1 when the row does not exist
        qint64 line = -1; ///< line in that file, from 0
    };
    struct Run
    {
        int file;
        qint64 firstLine;
        qint64 lines;
        qint64 firstRow;
        bool operator==(const Run &) const = default;
    };
    /// What the merge needs to know of one file.
    struct FileTimes
    {
        qint64 lines = 0;
        /// (time, line) where the file reaches each time (FileStatistics' time steps), in any
        /// order; empty when no line has a time.
        std::vector<std::pair<qint64, qint64>> timeStarts;
    };

    DatasetRows() = default;
    /// Files one after the other, whole, in the order given.
    static DatasetRows oneAfterAnother(const std::vector<qint64> &linesPerFile);
    /// Files merged by time: each file is cut where a time later than any before it in the
    /// file begins (a line that is late for its time stays where it is), and the pieces of all
    /// files are taken earliest time first, the file given first first when they tie. A file's
    /// own order is never changed. A file with no time follows the file given before it. Files
    /// whose times do not overlap come one after the other, whole, so the files should be
    /// given in the order of their first time (firstTimeOf()).
    static DatasetRows mergedByTime(const std::vector<FileTimes> &files);
    /// The time a file's rows begin at in mergedByTime(), or \a otherwise when it has none.
    static qint64 firstTimeOf(const FileTimes &file, qint64 otherwise);

    qint64 rowCount() const { return m_rowCount; }
    int fileCount() const { return int(m_fileRuns.size()); }
    const std::vector<Run> &runs() const { return m_runs; }

    Location locate(qint64 row) const;
    /// The run that holds row \a row; its file is -1 when there is none.
    Run runAt(qint64 row) const;
    /// The row of line \a line of \a file; -1 when the dataset does not show it.
    qint64 rowOf(int file, qint64 line) const;
    /// The lines of \a file the dataset shows.
    qint64 lineCount(int file) const;
    /// How many of the lines of \a file come before row \a row.
    qint64 linesBefore(int file, qint64 row) const;
    /// The last file whose rows interleave with those of \a file or of a file between them:
    /// files [file, lastInterleavedWith(file)] hold all rows from the first of \a file's on
    /// until the first row of the next file. \a file itself when it is not merged with the next.
    int lastInterleavedWith(int file) const;
    /// Whether every row of \a before is the same line of the same file here and here are
    /// more rows: rows were only added at the end.
    bool onlyAppendedTo(const DatasetRows &before) const;

    bool operator==(const DatasetRows &other) const { return m_runs == other.m_runs; }

private:
    /// Adds \a lines lines of \a file from \a firstLine as the next rows.
    void append(int file, qint64 firstLine, qint64 lines);
    void finish(int files);

    std::vector<Run> m_runs;
    std::vector<std::vector<size_t>> m_fileRuns; ///< per file, its runs in line order
    std::vector<qint64> m_fileLines;             ///< per file, its lines in the rows
    std::vector<int> m_lastInterleaved;
    qint64 m_rowCount = 0;
};
