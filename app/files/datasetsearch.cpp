#include "datasetsearch.h"

#include "dataset.h"
#include "filesearch.h"

#include <QDeadlineTimer>

#include <algorithm>
#include <climits>
#include <utility>

DatasetSearch::DatasetSearch(Dataset *dataset, QObject *parent)
    : QObject(parent)
    , m_dataset(dataset)
{}

DatasetSearch::~DatasetSearch()
{
    // The file's search (a child) stops its workers as it goes; it must not call back here.
    if (m_search)
        m_search->disconnect(this);
}

int DatasetSearch::fileCount() const
{
    return m_dataset->fileCount();
}

void DatasetSearch::stop()
{
    if (!m_search)
        return;
    // It may be the one whose signal is being delivered: it goes once that is over.
    FileSearch *search = std::exchange(m_search, nullptr);
    search->disconnect(this);
    search->cancel();
    search->deleteLater();
}

void DatasetSearch::start(const MessageQuery &query)
{
    stop();
    m_query = query;
    m_results.clear();
    m_earlierMatches = 0;
    m_file = 0;
    m_taken = 0;
    m_rowsDone = 0;
    m_cancelled = false;
    m_running = false;
    emit resultsAdded(0); // the previous results are gone
    if (query.isEmpty() || !query.isValid() || !m_dataset->isFinished()) {
        emit finished(false);
        return;
    }
    m_running = true;
    searchNextFile();
}

void DatasetSearch::searchNextFile()
{
    while (m_file < fileCount() && m_dataset->lineCount(m_file) == 0)
        ++m_file; // a file that could not be read has no rows to search
    if (m_file >= fileCount()) {
        m_running = false;
        emit progressChanged(1.0);
        emit finished(false);
        return;
    }
    m_search = new FileSearch(m_dataset->document(m_file), this);
    if (m_threadCount > 0)
        m_search->setThreadCount(m_threadCount);
    m_taken = 0;
    connect(m_search, &FileSearch::resultsAdded, this, &DatasetSearch::takeResults);
    connect(m_search, &FileSearch::progressChanged, this,
            [this] { emit progressChanged(progress()); });
    connect(m_search, &FileSearch::finished, this, &DatasetSearch::fileFinished);
    m_search->start(m_query);
}

void DatasetSearch::takeResults()
{
    const std::vector<qint64> &found = m_search->results();
    const qint64 firstRow = m_dataset->firstRow(m_file);
    const size_t before = m_results.size();
    for (size_t i = size_t(m_taken);
         i < found.size() && qint64(m_results.size()) < maxStoredResults; ++i)
        m_results.push_back(firstRow + found[i]);
    m_taken = qint64(found.size());
    if (m_results.size() > before)
        emit resultsAdded(qint64(m_results.size()));
}

void DatasetSearch::fileFinished(bool cancelled)
{
    takeResults();
    m_earlierMatches += m_search->matchCount();
    m_rowsDone += m_dataset->lineCount(m_file);
    stop();
    ++m_file;
    if (cancelled || m_cancelled) {
        m_running = false;
        m_cancelled = true;
        emit finished(true);
        return;
    }
    emit progressChanged(progress());
    searchNextFile();
}

void DatasetSearch::cancel()
{
    m_cancelled = true;
    if (m_search)
        m_search->cancel();
}

qint64 DatasetSearch::matchCount() const
{
    return m_earlierMatches + (m_search ? m_search->matchCount() : 0);
}

double DatasetSearch::progress() const
{
    const qint64 total = m_dataset->rowCount();
    if (total <= 0)
        return m_running ? 0.0 : 1.0;
    const double current =
        m_search ? m_search->progress() * double(m_dataset->lineCount(m_file)) : 0.0;
    return std::min(1.0, (double(m_rowsDone) + current) / double(total));
}

QString DatasetSearch::summary() const
{
    return FileSearch::summaryOf(m_query, matchCount(), m_running, progress());
}

bool DatasetSearch::waitForFinished(int msecs)
{
    const QDeadlineTimer deadline =
        msecs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(msecs);
    // Each file's search ends inside its waitForFinished(), which starts the next file's.
    while (m_running && m_search) {
        if (!m_search->waitForFinished(int(std::min<qint64>(deadline.remainingTime(), INT_MAX))))
            return false;
    }
    return !m_running;
}
