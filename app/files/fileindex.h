#pragma once

#include "filestatistics.h"
#include "gzipaccesspoints.h"
#include "lineindex.h"

#include <QReadWriteLock>
#include <QString>
#include <QStringList>

#include <vector>

/// Everything the indexing pass learns about the decompressed content of one file: where each
/// non-empty line starts, the gzip access points, statistics, progress and how the pass ended.
/// The indexer writes it while views, searches and exports read it; all methods are thread-safe.
///
/// Lines are numbered from 0 and never include empty lines (a bare "\r\n" heartbeat is not a
/// line). Line i spans [start(i), start(i + 1)), the last one [start(last), endOffset()); the
/// span ends with the terminator and any empty lines that follow.
class FileIndex
{
public:
    enum class State {
        Indexing,  ///< the pass is running; what is published so far is usable
        Complete,  ///< the whole file was read
        Truncated, ///< the data ends early; everything before is readable
        Damaged,   ///< invalid compressed data; everything before is readable
        Cancelled, ///< stopped by the user; everything before is readable
        Failed,    ///< could not be read at all
    };

    // --- written by the indexer
    /// Publishes complete lines (their starts) and the offset just after the last of them.
    void appendLines(const std::vector<qint64> &starts, qint64 endOffset);
    void setProgress(qint64 inputDone, qint64 inputTotal, qint64 outputDone);
    void setStatistics(const FileStatistics &statistics);
    void addNotice(const QString &notice);
    /// Ends the pass. \a message explains anything but Complete for the user.
    void finish(State state, const QString &message = {});
    GzipAccessPoints &accessPoints() { return m_points; }
    const GzipAccessPoints &accessPoints() const { return m_points; }

    // --- read by everyone
    qint64 lineCount() const;
    qint64 lineStart(qint64 line) const;
    /// Span of line \a line: {start, end}; {-1, -1} when out of range.
    std::pair<qint64, qint64> lineSpan(qint64 line) const;
    /// Appends the boundaries of lines [first, first + n): their starts and then the end of the
    /// last one, so that line first + k spans [out[k], out[k + 1]). n is clamped to the count.
    void lineBoundaries(qint64 first, qint64 n, std::vector<qint64> &out) const;
    /// The line whose span holds uncompressed offset \a offset (-1 before the first line).
    qint64 lineContaining(qint64 offset) const;
    qint64 endOffset() const;
    State state() const;
    bool isFinished() const { return state() != State::Indexing; }
    QString message() const;
    QStringList notices() const;
    FileStatistics statistics() const;
    qint64 inputDone() const;
    qint64 inputTotal() const;
    qint64 outputDone() const;
    /// Bytes held by the line index and the access points.
    qint64 memoryBytes() const;

    /// The whole finished index (lines, points, statistics, outcome) for the on-disk cache.
    QByteArray serialize() const;
    bool deserialize(const QByteArray &data);

private:
    mutable QReadWriteLock m_lock;
    LineIndex m_lines;
    GzipAccessPoints m_points;
    FileStatistics m_statistics;
    qint64 m_endOffset = 0;
    qint64 m_inputDone = 0;
    qint64 m_inputTotal = 0;
    qint64 m_outputDone = 0;
    State m_state = State::Indexing;
    QString m_message;
    QStringList m_notices;
};
