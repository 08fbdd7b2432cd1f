#pragma once

#include "fileindex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include <atomic>
#include <functional>

class LineSplitter;
class QIODevice;

/// Runs the one indexing pass over a file (call it on a worker thread): decompresses it once,
/// publishes line starts, access points, statistics and progress into a FileIndex in batches,
/// and records how the data ended. Checks the cancel flag between blocks, so stopping is prompt.
class FileIndexer
{
    Q_DECLARE_TR_FUNCTIONS(FileIndexer)

public:
    /// Which thread of a gzip pass parses lines for the statistics: the scanning one, and the
    /// inflating one too for the pieces it has time for (WhenIdle), for every piece (Always,
    /// for tests), or never.
    enum class CountAhead : quint8 { WhenIdle, Always, Never };
    struct Options
    {
        qint64 accessPointSpacing = 4 << 20; ///< uncompressed bytes between gzip access points
        qint64 bufferSize = 4 << 20;
        int publishIntervalMs = 50;
        bool collectStatistics = true;
        CountAhead countAhead = CountAhead::WhenIdle;
        /// Threads that only take statistics of pieces waiting to be scanned (ChunkPipe), so
        /// that the parse runs on every core: -1, the cores that neither the pass's own threads
        /// (a plain pass keeps one busy, a gzip pass two) nor other passes running keep busy.
        int countingHelpers = -1;
    };
    /// Called on the worker thread after each publication (at most every publishIntervalMs).
    using Notify = std::function<void()>;

    FileIndexer(FileIndex &index, const std::atomic_bool &cancel, Options options,
                Notify notify = {});

    /// Each pass ends with the index finished; running out of memory finishes it as Failed
    /// with a message instead of ending the program.
    void indexGzip(const QString &path);
    void indexPlain(const QString &path);
    /// Continues the index's earlier pass over a file that grew since (a recording being
    /// written): only what was added is read, from the index's last complete line (plain) or
    /// from the last member boundary or access point before it (gzip), and the lines found are
    /// appended. Where the file is still being written, the data may stop inside a line or a
    /// gzip member: that part is held back (not counted, not reported as truncated) until a
    /// later pass finds it complete. The index must be finished (Complete, or Truncated).
    void continueGzip(const QString &path);
    void continuePlain(const QString &path);
    /// Indexes decompressed data read from \a device (an archive member or a single compressed
    /// stream) while copying it into \a copy, which readers use afterwards. \a inputDone
    /// reports the compressed bytes consumed so far, for progress.
    void indexStream(QIODevice &device, QIODevice &copy, qint64 inputTotal,
                     const std::function<qint64()> &inputDone);

    /// Readers of gzip and plain content for FileIndex::setContentSource().
    static FileIndex::ContentSource gzipSource(const QString &path);
    static FileIndex::ContentSource plainSource(const QString &path);
    static QString outOfMemoryMessage();

private:
    void runGzip(const QString &path, bool resume);
    void runPlain(const QString &path, bool resume);
    void runStream(QIODevice &device, QIODevice &copy, qint64 inputTotal,
                   const std::function<qint64()> &inputDone);
    void guarded(const std::function<void()> &pass);
    /// The counting helpers to ask ChunkPipe for (none without statistics).
    int countingHelpers() const;
    /// Lets the lines found from now on reach the line sinks readers attached to the index.
    void adoptLineSinks(LineSplitter &splitter);
    void publish(LineSplitter &splitter, qint64 inputDone, bool final);
    /// Ends the splitter's data early and finishes the index with \a state, telling about a
    /// cut-off last line.
    void finishEarly(LineSplitter &splitter, qint64 inputDone, FileIndex::State state,
                     QString message);
    bool cancelled() const { return m_cancel.load(std::memory_order_relaxed); }

    FileIndex &m_index;
    const std::atomic_bool &m_cancel;
    Options m_options;
    Notify m_notify;
    QElapsedTimer m_timer;
    qint64 m_inputTotal = 0;
    qint64 m_lastPublish = -1;
    qint64 m_lastStatistics = -1;
};
