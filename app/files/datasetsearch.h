#pragma once

#include "message/messagequery.h"

#include <QObject>

#include <deque>
#include <vector>

class Dataset;
class FileSearch;

/// Searches every file of a Dataset for one query: a FileSearch per file (which splits a big
/// file between the cores), several files at once (as many as there are worker threads, so a
/// month of small days keeps both cores busy too), while the matching rows stream back as
/// dataset rows in order: a file's matches are announced once every file before it is done
/// (files whose rows are merged by time, together once all of them are).
/// Files that could not be read are skipped. Cancelling stops the files being searched and the
/// rest; what was announced stays.
///
/// A search started while the files are still indexed goes with them, file after file: a
/// file's search starts with its index pass, beyond the window (Dataset::fileStarted()), and
/// takes the lines the pass finds, so nothing is decompressed twice. Its matches are announced
/// as the dataset shows their rows. When the dataset then puts its files in another order
/// (Dataset::reordered()), the rows announced are no longer the same: run the search again.
class DatasetSearch : public QObject
{
    Q_OBJECT

public:
    /// Matches kept for the results pane over all files; counting goes on beyond it.
    static constexpr qint64 maxStoredResults = 20'000'000;
    /// Files begun at once, running or done and waiting for the files before them, per file
    /// searched at once (the window): what bounds the results held out of file order.
    static constexpr int filesHeldPerSearched = 4;

    explicit DatasetSearch(Dataset *dataset, QObject *parent = nullptr);
    ~DatasetSearch() override;

    /// Starts a new search (stopping any running one).
    void start(const MessageQuery &query);
    /// Searches the rows a growing dataset appended since the search ended (rows from
    /// \a previousRows on, as Dataset::grew() tells), adding their matches to results().
    /// Does nothing, returning false, while the search runs, after it was cancelled, or when
    /// there is no new row.
    bool searchAddedRows(qint64 previousRows);
    void cancel();
    bool isRunning() const { return m_running; }
    /// Runs the event loop until the search ends (command line, tests); false on timeout.
    bool waitForFinished(int msecs = -1);

    MessageQuery query() const { return m_query; }
    /// Matching dataset rows found so far, ascending (what resultsAdded() announced).
    const std::vector<qint64> &results() const { return m_results; }
    /// All matches counted so far (may exceed results().size() past maxStoredResults).
    qint64 matchCount() const;
    /// Share of the dataset's rows searched, 0..1.
    double progress() const;
    /// The count of matches in a few words, with the progress while the search runs, as a
    /// file's search says it (FileSearch::summaryOf()).
    QString summary() const;
    /// Files searched so far (read or skipped) before the first one still searched, and the
    /// files there are.
    int filesDone() const;
    int fileCount() const;
    /// Files whose search runs now (those done wait for the files before them to finish).
    int filesSearching() const;
    /// Matches in \a file, once every file before it is searched too (-1 before).
    qint64 matchCountOf(int file) const;
    /// Worker threads each file's search uses, and files searched at once (default: the
    /// number of cores, at most four).
    void setThreadCount(int threads) { m_threadCount = threads; }

signals:
    /// results() grew to \a total (0: a new search started and the old results are gone).
    void resultsAdded(qint64 total);
    void progressChanged(double progress);
    void finished(bool cancelled);

private:
    /// One file's search while it runs or waits for the files before it to finish.
    struct Running
    {
        int file;
        FileSearch *search;
        qint64 taken = 0; ///< its results already in m_results (the first file's only)
        bool done = false;
    };

    void startMoreFiles();
    /// Announces the first file's matches whose rows the dataset shows.
    void takeResults();
    /// Hands over the results of the files done at the front, in file order, and starts more.
    void advance();
    /// Hands over the matches of the first file and the files merged with it, in row order,
    /// once all of them are done; false while one is not.
    bool takeMergedResults();
    /// Counts the \a matches of a file whose search is over and done with, and lets it go.
    void retire(const Running &running, qint64 matches);
    void fileFinished(FileSearch *search, bool cancelled);
    void stop();
    int windowSize() const;

    Dataset *m_dataset;
    MessageQuery m_query;
    std::vector<qint64> m_results;
    std::vector<qint64> m_matchesPerFile; ///< -1 until the file and all before it are done
    qint64 m_earlierMatches = 0; ///< matches in the files done before the first running one
    bool m_running = false;
    bool m_cancelled = false;
    int m_nextFile = 0;    ///< the next file to start
    qint64 m_fromRow = 0;  ///< rows before it were searched already (a dataset that grew)
    qint64 m_rowsDone = 0; ///< rows of the files done before the first running one
    int m_threadCount = 0;
    std::deque<Running> m_searches; ///< in file order
};
