#pragma once

#include "message/messagequery.h"

#include <QObject>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

class FileDocument;
class FileIndex;
class QThread;

/// Searches a whole document on worker threads (one per core, up to four), klogg-style: the
/// file is cut into segments at gzip access points, each worker decompresses its own segments,
/// and matching line numbers stream back in file order, in batches, while the search runs.
/// A search started while the file is still being indexed follows the indexer to the end.
class FileSearch : public QObject
{
    Q_OBJECT

public:
    /// Matches kept for the results pane; counting goes on beyond it.
    static constexpr qint64 maxStoredResults = 20'000'000;

    explicit FileSearch(FileDocument *document, QObject *parent = nullptr);
    ~FileSearch() override;

    /// Starts a new search (stopping any running one) of the lines from \a fromLine on.
    void start(const MessageQuery &query, qint64 fromLine = 0);
    /// Searches the lines a growing file gained since the search ended, adding their matches to
    /// results() (and announcing them as the search does). Does nothing, returning false, while
    /// the search runs, after it was cancelled, or when no line was added.
    bool searchAddedLines();
    void cancel();
    bool isRunning() const { return m_running; }
    /// Blocks until the search ends (command line, tests, benchmarks); false on timeout.
    bool waitForFinished(int msecs = -1);

    MessageQuery query() const { return m_query; }
    /// Matching lines found so far, ascending (what resultsAdded() announced).
    const std::vector<qint64> &results() const { return m_results; }
    /// All matches counted so far (may exceed results().size() past maxStoredResults).
    qint64 matchCount() const { return m_matchCount; }
    /// Share of the file searched, 0..1.
    double progress() const;
    /// The count of matches in a few words, with the progress while the search runs ("1,234
    /// matches — searching 40 %", "No matches"); empty without a query, the query's error when
    /// it cannot be read.
    QString summary() const;
    /// The summary of a search for \a query that has counted \a matches so far and, while
    /// \a running, searched \a progress (0..1) of its lines: the one wording for a file's
    /// search and a dataset's.
    /// The results pane's title: what was searched and what was found (empty for an invalid
    /// query: the search bar says why), saying when only the first \a listed are listed.
    static QString resultsTitleOf(const MessageQuery &query, const QString &summary,
                                  qint64 listed, qint64 matches);
    static QString summaryOf(const MessageQuery &query, qint64 matches, bool running,
                             double progress);
    /// Worker threads to use (default: the number of cores, at most four).
    void setThreadCount(int threads) { m_threadCount = std::max(1, threads); }

signals:
    /// results() grew to \a total.
    void resultsAdded(qint64 total);
    void progressChanged(double progress);
    void finished(bool cancelled);

private:
    struct Shared;

    void stopWorkers();
    /// Starts the workers on the lines from \a fromLine on, keeping the results so far.
    void launch(qint64 fromLine);
    /// Launches the search that waits for its document's cached index, once it is read.
    void launchWhenIndexRead();
    void postUpdate();
    void update();

    FileDocument *m_document;
    MessageQuery m_query;
    std::vector<qint64> m_results;
    qint64 m_matchCount = 0;
    bool m_running = false;
    int m_threadCount;
    std::shared_ptr<Shared> m_shared;
    std::vector<QThread *> m_threads;
    QMetaObject::Connection m_indexWait; ///< while the document's cached index is being read
    qint64 m_waitingFrom = 0;            ///< where that search starts
};
