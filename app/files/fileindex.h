#pragma once

#include "filestatistics.h"
#include "gzipaccesspoints.h"
#include "lineindex.h"

#include <QReadWriteLock>
#include <QString>
#include <QStringList>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

class ByteReader;
class LineSink;

/// Everything the indexing pass learns about the decompressed content of one file: where each
/// non-empty line starts, the gzip access points, statistics, progress and how the pass ended.
/// The indexer writes it while views, searches and exports read it; all methods are thread-safe.
///
/// Lines are numbered from 0 and never include empty lines (a bare "\r\n" heartbeat is not a
/// line). Line i spans [start(i), start(i + 1)), the last one [start(last), endOffset()); the
/// span ends with the terminator and any empty lines that follow. When the data ends early
/// (Truncated, Damaged), an unterminated last line was cut off: it is not a line, and
/// cutLineBytes() tells how much of it there is.
///
/// Where lines are tiny the line index is sparse (see LineIndex): lookups there read the
/// content again, through the reader passed in or else one made from the content source.
class FileIndex
{
public:
    /// Makes a reader of the decompressed content, for the lookups in sparse stretches.
    using ContentSource = std::function<std::unique_ptr<ByteReader>(const FileIndex &index)>;

    FileIndex();
    ~FileIndex();

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
    /// The data ended inside a line of \a bytes bytes, which is therefore not a line.
    void setCutLineBytes(qint64 bytes);
    /// Where the content can be read again (set by the indexer, or by whoever loads the index).
    void setContentSource(ContentSource source);
    /// Ends the pass. \a message explains anything but Complete for the user. Every line sink
    /// attached during the pass is ended.
    void finish(State state, const QString &message = {});
    /// Whether line sinks were attached since the last takeNewLineSinks(); cheap enough for
    /// every step of the pass.
    bool hasNewLineSinks() const { return m_newSinks.load(std::memory_order_acquire); }
    /// The sinks attached since the last call and still alive, for the pass to feed.
    std::vector<std::shared_ptr<LineSink>> takeNewLineSinks();

    /// Where a pass over a file that may grow stopped, so that the next one reads only what was
    /// added (see FileIndexer::continueGzip()). Not part of the cache: an index loaded from it
    /// has none, and a pass continues from its end and its access points instead.
    struct Tail
    {
        bool known = false;       ///< a pass of this run set it
        qint64 bytesRead = 0;     ///< of the file (compressed bytes for gzip) when it stopped
        qint64 memberIn = -1;     ///< gzip: the last member boundary at or before endOffset(),
        qint64 memberOut = -1;    ///< as compressed and uncompressed offsets (-1: none)
        bool insideLine = false;  ///< the last line was counted without its terminator
    };
    void setTail(const Tail &tail);
    Tail tail() const;
    /// The threads of the index's last pass: the processor time its gzip threads took, in
    /// seconds (zero when it had none), which the index benchmark compares with inflating and
    /// scanning alone to show what handing the pieces from one thread to the other costs; and
    /// the counting helpers it had (ChunkPipe).
    struct PassThreads
    {
        double inflating = 0;
        double scanning = 0;
        int countingHelpers = 0;
    };
    void setPassThreads(PassThreads threads);
    PassThreads passThreads() const;
    /// Makes a finished index (Complete, or Truncated where the data merely stopped) take more
    /// lines from a pass that continues it: the state goes back to Indexing and the message,
    /// the notices and the cut-off line of the earlier end are forgotten.
    void reopen();
    GzipAccessPoints &accessPoints() { return m_points; }
    const GzipAccessPoints &accessPoints() const { return m_points; }

    // --- read by everyone
    /// Asks the running pass to hand \a sink every line it finds from now on (see LineSink).
    /// When no pass runs the sink is ended at once. The index holds the sink weakly: one that
    /// goes away is simply no longer fed.
    void attachLineSink(const std::shared_ptr<LineSink> &sink) const;
    qint64 lineCount() const;
    /// Start of line \a line; -1 when out of range or its content cannot be read.
    qint64 lineStart(qint64 line) const;
    /// Span of line \a line: {start, end}; {-1, -1} when out of range or unreadable.
    std::pair<qint64, qint64> lineSpan(qint64 line) const;
    /// Appends the boundaries of lines [first, first + n): their starts and then the end of the
    /// last one, so that line first + k spans [out[k], out[k + 1]). n is clamped to the count.
    /// Sparse stretches are read with \a reader when given (the caller's own, so that threads
    /// do not wait for each other). Nothing is appended when the content cannot be read.
    void lineBoundaries(qint64 first, qint64 n, std::vector<qint64> &out,
                        ByteReader *reader = nullptr) const;
    /// The line whose span holds uncompressed offset \a offset (-1 before the first line).
    qint64 lineContaining(qint64 offset) const;
    qint64 endOffset() const;
    State state() const;
    bool isFinished() const { return state() != State::Indexing; }
    QString message() const;
    QStringList notices() const;
    qint64 cutLineBytes() const;
    /// A copy of the statistics, to keep; readStatistics() reads them where they are.
    FileStatistics statistics() const;
    /// Calls \a read with the statistics under the index's lock and returns what it returns:
    /// a figure or a merge without copying every minute and symbol (a day's copy is thousands
    /// of allocations).
    template<typename Read> auto readStatistics(Read read) const
    {
        QReadLocker locker(&m_lock);
        return read(std::as_const(m_statistics));
    }
    qint64 inputDone() const;
    qint64 inputTotal() const;
    qint64 outputDone() const;
    /// Bytes held by the line index and the access points.
    qint64 memoryBytes() const;

    /// The whole finished index (lines, points, statistics, outcome) for the on-disk cache.
    QByteArray serialize() const;
    bool deserialize(const QByteArray &data);

private:
    /// LineIndex::Resolver over \a reader, or the index's own reader when it is null.
    LineIndex::Resolver resolver(ByteReader *reader) const;
    bool resolve(qint64 from, qint64 to, qint64 count, std::vector<qint64> &out,
                 ByteReader *reader) const;

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
    qint64 m_cutLineBytes = 0;
    Tail m_tail;
    PassThreads m_passThreads;

    // Lookups in sparse stretches: the content source, its reader and the last blocks read.
    mutable std::mutex m_resolveMutex;
    ContentSource m_source;
    mutable std::unique_ptr<ByteReader> m_sourceReader;
    mutable std::deque<std::vector<qint64>> m_resolved;

    // Line sinks (readers subscribe on a const index): those not yet taken by the pass, and
    // all of this pass's, to end them when it finishes.
    mutable std::mutex m_sinkMutex;
    mutable std::vector<std::weak_ptr<LineSink>> m_sinksToTake;
    mutable std::vector<std::weak_ptr<LineSink>> m_sinksToEnd;
    mutable std::atomic_bool m_newSinks{false};
};
