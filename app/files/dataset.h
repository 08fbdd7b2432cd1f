#pragma once

#include "datasetrows.h"
#include "fileindexer.h"
#include "filestatistics.h"

#include <QObject>
#include <QStringList>

#include <algorithm>
#include <memory>
#include <vector>

class FileDocument;
class QFileSystemWatcher;
class QTimer;

/// A set of daily files read as one: each file is opened and indexed by its own FileDocument
/// (so cached indexes are reused and only new or changed files are indexed, a few files at a
/// time), and once all are indexed the files are put in time order and their rows merged by
/// time (DatasetRows): files whose times do not overlap follow one another whole, files whose
/// times overlap (the activities and the messages of a day, partitions of one stream) are
/// merged second by second. While they are indexed, rows come file after file in the order of
/// the files' names (days sort by name) as each file's lines are found: they grow at the end
/// only (grew()), and the order in time comes once all are indexed (reordered(), unless it is
/// the same). A row of the dataset is a line of one of its files; rowOf() and locate() map
/// between the two through a few numbers per run of rows of one file, so the dataset holds
/// nothing per line beyond the files' indexes.
///
/// Files are ordered by the first time their rows begin at; a file without any time (one
/// that could not be read, or holds no timed message) keeps its place by name after the file
/// before it. A file that cannot be read has no rows and a problem(); it does not stop the
/// others. A file that ends early (a truncated download) keeps its readable rows and names the
/// problem too.
///
/// A watched dataset follows its files and folders as they grow (a recordings folder, a new
/// day downloaded): a file that grows gets its new lines (FileDocument's follow), a new file
/// in a folder is indexed and put in its place in time order. Rows that come after all the
/// others append rows (grew()); anything else numbers the rows anew (reordered()).
class Dataset : public QObject
{
    Q_OBJECT

public:
    /// A file (index into the ordered files, -1 when the row does not exist) and its line.
    using Location = DatasetRows::Location;

    explicit Dataset(QObject *parent = nullptr);
    ~Dataset() override;

    /// The files of a dataset found in \a folder, by name (not its subfolders): its gzip files
    /// (*.gz, as the backups are saved, *.jsonl.gz, *.json.gz; not *.tar.gz and *.tgz, which
    /// hold several files) and its plain JSON lines (*.jsonl, *.ndjson).
    static QStringList filesIn(const QString &folder);
    /// Whether a file of a folder named \a fileName is one of its daily files (filesIn()).
    static bool isDailyFileName(const QString &fileName);
    /// \a paths with each folder replaced by filesIn() it.
    static QStringList expand(const QStringList &paths);
    /// What to tell the user when \a paths name no file (open() returned false).
    static QString nothingToOpenMessage(const QStringList &paths);

    /// Indexer settings and cache use for the next open() (as FileDocument's).
    void setIndexerOptions(const FileIndexer::Options &options) { m_options = options; }
    void setCacheEnabled(bool enabled) { m_cacheEnabled = enabled; }
    /// Files indexed at the same time (default: the number of cores).
    void setParallelFiles(int files) { m_parallel = std::max(1, files); }
    /// Follows the files and folders as they grow (default off; set before open()).
    void setWatching(bool watching) { m_watching = watching; }
    bool isWatching() const { return m_watching; }
    /// How often files and folders are looked at besides the file system's reports.
    void setPollIntervalMs(int milliseconds);

    /// Opens the files and folders in \a paths (see expand()) and starts indexing them; false
    /// when they name no file at all. finished() follows once every file is indexed or failed.
    bool open(const QStringList &paths);
    /// Stops every indexing pass; what was indexed stays, and the dataset finishes.
    void cancel();
    /// Runs the event loop until every file is indexed (command line, tests); false on timeout.
    bool waitForFinished(int msecs = -1);
    bool isFinished() const { return m_finished; }

    /// The files in dataset order (after finished(); before it, in the order of their names).
    int fileCount() const { return int(m_files.size()); }
    QString path(int file) const;
    FileDocument *document(int file) const;
    /// Whether the file's indexing pass has ended (or it could not be opened).
    bool isIndexed(int file) const;
    /// Why the file could not be read, or where it ends early; empty when it is whole.
    QString problem(int file) const;
    /// Rows of file \a file (its indexed lines; 0 when it could not be read, and before
    /// finished() for a file after the first one still being indexed).
    qint64 lineCount(int file) const { return m_rows.lineCount(file); }

    /// Rows of all files (while indexing: those shown so far).
    qint64 rowCount() const { return m_rows.rowCount(); }
    Location locate(qint64 row) const { return m_rows.locate(row); }
    /// The run of rows of one file that holds row \a row (file -1 when there is none).
    DatasetRows::Run runAt(qint64 row) const { return m_rows.runAt(row); }
    /// The dataset row of line \a line of file \a file; -1 when it does not exist.
    qint64 rowOf(int file, qint64 line) const { return m_rows.rowOf(file, line); }
    /// How many lines of \a file come before row \a row.
    qint64 linesBefore(int file, qint64 row) const { return m_rows.linesBefore(file, row); }
    /// The last file whose rows are merged with those of \a file (DatasetRows).
    int lastInterleavedWith(int file) const { return m_rows.lastInterleavedWith(file); }
    /// Runs of rows of one file each, in row order.
    const std::vector<DatasetRows::Run> &runs() const { return m_rows.runs(); }
    /// The statistics of all files together, lines numbered as dataset rows.
    FileStatistics statistics() const;
    /// The first row whose message time is at or after \a epochSeconds (UTC), found in the
    /// first file in dataset order that has one (TimeNavigator reads only that file's minute);
    /// -1 when no message is that late.
    qint64 firstRowAtOrAfter(qint64 epochSeconds) const;

public slots:
    /// Looks at the files and folders of a watched dataset now (it does on its own too): new
    /// files in a folder are indexed and added, files that grew are read on.
    void checkForChanges();

signals:
    /// Rows were appended at the end (the last file grew); there were \a previousRows.
    void grew(qint64 previousRows);
    /// The rows were numbered anew (a file was added, or one that is not last changed).
    void reordered();
    /// A file was indexed (or failed); \a done of \a total files are.
    void progressChanged(int done, int total);
    /// The document of \a file was opened: its index pass (or its cached index's reading)
    /// has begun, or it could not be read.
    void fileStarted(int file);
    /// Every file is indexed or failed, and the files are in dataset order.
    void finished();

private:
    struct File;

    void startNext();
    void fileFinished(File *file);
    void order();
    /// Opens \a file's document and connects it (indexing starts).
    void startFile(File *file);
    /// A file of the finished dataset changed: its rows are counted again.
    void fileChanged();
    void addedFileFinished(File *file);
    void recount();
    /// Before finished(): the rows of the files indexed so far, in name order.
    void showIndexedRows();
    /// Tells about rows that changed from \a before: grew() or reordered().
    void announceRows(const DatasetRows &before);
    /// Lines of the file's document so far.
    qint64 documentLines(int file) const;
    /// The file's lines and its time steps, for the merge: all of them, or only the first
    /// (for a file that stays whole).
    DatasetRows::FileTimes timesOf(int file, bool allSteps) const;
    /// The files' rows merged by time, in the files' order.
    DatasetRows rowsByTime() const;

    std::vector<std::unique_ptr<File>> m_files;
    DatasetRows m_rows;
    FileIndexer::Options m_options;
    bool m_cacheEnabled = true;
    int m_parallel;
    int m_running = 0;
    size_t m_nextToStart = 0;
    int m_done = 0;
    bool m_starting = false;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_watching = false;
    int m_pollIntervalMs;
    QStringList m_folders; ///< the folders opened, watched for new files
    std::vector<std::unique_ptr<File>> m_adding; ///< new files being indexed
    bool m_checking = false;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_poll = nullptr;
};
