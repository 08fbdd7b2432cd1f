#pragma once

#include "archiveaccess.h"
#include "fileformat.h"
#include "fileindex.h"
#include "fileindexer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class ByteReader;
class LineReader;
class QFileSystemWatcher;
class QTemporaryFile;
class QThread;
class QTimer;

/// One opened file: detects its format by content, runs the indexing pass on a worker thread
/// (or loads the index from the cache) and hands out readers for its lines. Rows are usable as
/// soon as the first lines are indexed; linesAdded() announces them in batches on the thread
/// the document lives in. Destroying the document (or cancel()) stops the pass at once.
///
/// A watched document follows its file as it grows (a recording being written, a log): the
/// file is watched (QFileSystemWatcher, and a slow poll because watchers miss some writes) and
/// each time it grew only the new bytes are read and their lines appended (linesAdded(), then
/// indexingFinished() again). A file that shrank or was replaced by another is opened again
/// from the start (reset(), and a notice says so). Plain and gzip files are followed; content
/// extracted from an archive is not.
class FileDocument : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Closed,      ///< nothing opened yet
        Opening,     ///< reading an archive's list of members
        NeedsMember, ///< a container with several members: call openMember()
        Indexing,    ///< the pass runs; lineCount() grows
        Ready,       ///< the pass ended (see index()->state() for how)
        Failed,      ///< cannot be opened: errorString() says why
    };
    Q_ENUM(Status)

    explicit FileDocument(QObject *parent = nullptr);
    ~FileDocument() override;

    /// Opens \a path; returns false (and sets errorString()) when it cannot be opened at all.
    bool open(const QString &path);
    /// Opens member \a member of a container after NeedsMember.
    bool openMember(const QString &member);
    /// Stops the indexing pass; what was indexed stays usable.
    void cancel();
    /// Blocks until the pass ends (for the command line and tests); false on timeout.
    bool waitForFinished(int msecs = -1);

    /// Indexer settings for the next open() (tests use a small access-point spacing).
    void setIndexerOptions(const FileIndexer::Options &options) { m_options = options; }
    /// Whether open() may load and save the on-disk index cache (default true).
    void setCacheEnabled(bool enabled) { m_cacheEnabled = enabled; }
    /// Follows the file as it grows (default off). Checks happen when the file system reports
    /// a change and every pollIntervalMs().
    void setWatching(bool watching);
    bool isWatching() const { return m_watching; }
    void setPollIntervalMs(int milliseconds);
    int pollIntervalMs() const { return m_pollIntervalMs; }
    /// The default poll interval: file watchers miss writes on some file systems (network
    /// mounts, some containers), so the size is looked at this often anyway.
    static constexpr int defaultPollIntervalMs = 2000;

    QString path() const { return m_path; }
    /// The member opened inside a container, if any.
    QString memberPath() const { return m_member; }
    FileFormat::Kind format() const { return m_format; }
    Status status() const { return m_status; }
    QString errorString() const { return m_error; }
    /// Things the user should know about the file (name mismatch, truncation, ignored data).
    QStringList notices() const;

    /// One thing the user must know about the opened file.
    struct Problem
    {
        QString text;
        bool endsEarly = false; ///< the file is cut short or damaged: only a part can be read
    };
    /// What is wrong with the file, most serious first: the one rule the Files page's banners,
    /// a dataset's per-file problems and `hydrant-cli inspect` all follow. Empty when nothing is.
    QList<Problem> problems() const;
    QList<ArchiveAccess::Member> archiveMembers() const { return m_members; }
    /// True once the index came from the cache (it is read on the worker: wait for the index).
    bool loadedFromCache() const { return m_fromCache; }
    /// True while the worker reads the cached index: no pass runs yet, and none may (a file
    /// whose entry does not verify is then indexed, and isIndexing() says so).
    bool isReadingCache() const { return m_readingCache; }
    /// True while the index pass runs (not when the index came from the cache or the pass ended).
    bool isIndexing() const;
    /// Share of the input the index pass has read, 0..1.
    double indexingProgress() const;
    /// Seconds the index pass still needs at its pace since the file was opened; -1 while that
    /// is unknown (the first second, no size known) or nothing is being indexed.
    qint64 indexingSecondsLeft() const;
    /// The document in one line for a status row: while the pass runs, how far it is and the
    /// time left ("Indexing… 1.2 GB of 4 GB, 3,000,000 lines — about 2 min 5 s left"); then the
    /// lines, the size of the content, how it is read and whether the index came from the cache.
    /// Empty before there is an index.
    QString statusText() const;
    /// How the content is read: "gzip", "plain text", "zip archive › day.jsonl", ...
    QString formatDescription() const;

    /// Lines announced so far (what models should show).
    qint64 lineCount() const { return m_lineCount; }
    std::shared_ptr<const FileIndex> index() const { return m_index; }
    /// A new reader of the decompressed content, for any thread.
    std::unique_ptr<ByteReader> createByteReader() const;
    std::unique_ptr<LineReader> createLineReader() const;
    /// The reader of this document's thread (views use it).
    LineReader &lineReader();

public slots:
    /// Looks at the file of a watched document now (it does on its own too): reads what was
    /// appended, or opens the file again when it shrank or was replaced. While a pass runs,
    /// the check is made when it ends. Does nothing when the document is not watching.
    void checkForChanges();

signals:
    /// The content was dropped (the file is opened again): every line and row is gone, the
    /// lines of the new content follow with linesAdded().
    void reset();
    void statusChanged(FileDocument::Status status);
    /// More lines are available: the count went to \a total.
    void linesAdded(qint64 total);
    /// Progress of the pass; read the figures from index().
    void progressChanged();
    void statisticsChanged();
    /// The pass ended (successfully or not).
    void indexingFinished();

private:
    enum class Source { None, Gzip, Plain, Extracted, ExtractedGzip };

    void setStatus(Status status);
    bool fail(const QString &message);
    void startWorker(std::function<void()> work);
    void stopWorker();
    void postUpdate();
    void update();
    void startIndexing(Source source);
    void listContainer();
    void extractMember(const QString &member);
    void extractCompressed();
    bool createTemporaryFile();
    /// Reads what was appended to the file since the last pass.
    void continueIndexing();
    /// Opens the file again from the start, telling the user \a notice (when not empty).
    void reload(const QString &notice);
    void watchPath();

    QString m_path;
    QString m_member;
    FileFormat::Kind m_format = FileFormat::Binary;
    FileFormat::Kind m_containerFormat = FileFormat::Binary;
    std::atomic<Source> m_source{Source::None};
    Status m_status = Status::Closed;
    QString m_error;
    QStringList m_openNotices;
    QList<ArchiveAccess::Member> m_members;
    FileIndexer::Options m_options;
    bool m_cacheEnabled = true;
    bool m_fromCache = false;
    std::atomic_bool m_readingCache{false}; ///< the worker reads the cached index
    std::atomic_bool m_cacheLoaded{false};  ///< the worker's index came from the cache
    QElapsedTimer m_openedAt; ///< for the pace of the index pass
    bool m_finishedAnnounced = false;
    bool m_watching = false;
    bool m_checkPending = false; ///< a check came while a pass ran
    int m_pollIntervalMs = defaultPollIntervalMs;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_poll = nullptr;
    QByteArray m_identity;  ///< device and inode of the file opened, to see it replaced
    QString m_reloadNotice; ///< told by the next open()

    std::shared_ptr<FileIndex> m_index;
    std::unique_ptr<QTemporaryFile> m_temporary;
    QString m_contentPath; ///< the file readers open (the original or the extracted copy)
    qint64 m_lineCount = 0;
    std::unique_ptr<LineReader> m_reader;

    QThread *m_thread = nullptr;
    quint64 m_workerGeneration = 0; ///< counts the workers started
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_updatePending{false};
    // Results a container listing leaves for the document's thread.
    QList<ArchiveAccess::Member> m_listed;
    QString m_workerError;
};
