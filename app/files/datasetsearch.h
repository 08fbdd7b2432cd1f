#pragma once

#include "message/messagequery.h"

#include <QObject>

#include <vector>

class Dataset;
class FileSearch;

/// Searches every file of a finished Dataset for one query: a FileSearch per file (which
/// splits a big file between the cores), one file after another in dataset order, so the
/// matching rows stream back as dataset rows in time order, in batches, while the search runs.
/// Files that could not be read are skipped. Cancelling stops the file being searched and the
/// rest; what was found stays.
class DatasetSearch : public QObject
{
    Q_OBJECT

public:
    /// Matches kept for the results pane over all files; counting goes on beyond it.
    static constexpr qint64 maxStoredResults = 20'000'000;

    explicit DatasetSearch(Dataset *dataset, QObject *parent = nullptr);
    ~DatasetSearch() override;

    /// Starts a new search (stopping any running one). The dataset must have finished opening.
    void start(const MessageQuery &query);
    void cancel();
    bool isRunning() const { return m_running; }
    /// Blocks until the search ends (command line, tests); false on timeout.
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
    /// Files searched so far (read or skipped), and the files there are.
    int filesDone() const { return m_file; }
    int fileCount() const;
    /// Worker threads each file's search uses (default: FileSearch's).
    void setThreadCount(int threads) { m_threadCount = threads; }

signals:
    /// results() grew to \a total (0: a new search started and the old results are gone).
    void resultsAdded(qint64 total);
    void progressChanged(double progress);
    void finished(bool cancelled);

private:
    void searchNextFile();
    void takeResults();
    void fileFinished(bool cancelled);
    void stop();

    Dataset *m_dataset;
    MessageQuery m_query;
    std::vector<qint64> m_results;
    qint64 m_earlierMatches = 0; ///< matches in the files searched before the current one
    bool m_running = false;
    bool m_cancelled = false;
    int m_file = 0;        ///< the file being searched (or the next to be)
    qint64 m_taken = 0;    ///< results of the current file's search already in m_results
    qint64 m_rowsDone = 0; ///< rows of the files searched before the current one
    int m_threadCount = 0;
    FileSearch *m_search = nullptr;
};
