#include "datasetsearch.h"

#include "dataset.h"
#include "filedocument.h"
#include "filesearch.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <utility>

DatasetSearch::DatasetSearch(Dataset *dataset, QObject *parent)
    : QObject(parent)
    , m_dataset(dataset)
{
    // While the files are indexed: rows shown let matches be announced, files opened let their
    // searches start.
    connect(dataset, &Dataset::grew, this, [this] {
        if (m_running && !m_cancelled)
            advance();
    });
    connect(dataset, &Dataset::progressChanged, this, [this] {
        if (m_running && !m_cancelled)
            advance();
    });
    // A file whose index pass begins gets its search at once (see startMoreFiles()).
    connect(dataset, &Dataset::fileStarted, this, [this] {
        if (m_running && !m_cancelled)
            startMoreFiles();
    });
}

DatasetSearch::~DatasetSearch()
{
    // The files' searches (children) stop their workers as they go; none may call back here.
    for (const Running &running : m_searches) {
        if (running.search) // (a file that could not be read has none)
            running.search->disconnect(this);
    }
}

int DatasetSearch::fileCount() const
{
    return m_dataset->fileCount();
}

int DatasetSearch::windowSize() const
{
    return m_threadCount > 0 ? m_threadCount : std::clamp(QThread::idealThreadCount(), 1, 4);
}

void DatasetSearch::stop()
{
    for (const Running &running : m_searches) {
        if (!running.search)
            continue; // a file that could not be read
        // It may be the one whose signal is being delivered: it goes once that is over.
        running.search->disconnect(this);
        running.search->cancel();
        running.search->deleteLater();
    }
    m_searches.clear();
}

void DatasetSearch::start(const MessageQuery &query)
{
    stop();
    m_query = query;
    m_results.clear();
    m_matchesPerFile.assign(size_t(fileCount()), -1);
    m_earlierMatches = 0;
    m_nextFile = 0;
    m_fromRow = 0;
    m_rowsDone = 0;
    m_cancelled = false;
    m_running = false;
    emit resultsAdded(0); // the previous results are gone
    if (query.isEmpty() || !query.isValid()) {
        emit finished(false);
        return;
    }
    m_running = true;
    startMoreFiles();
}

bool DatasetSearch::searchAddedRows(qint64 previousRows)
{
    if (m_running || m_cancelled || m_query.isEmpty() || !m_query.isValid() ||
        !m_dataset->isFinished() || m_dataset->rowCount() <= previousRows)
        return false;
    m_matchesPerFile.resize(size_t(fileCount()), -1);
    m_nextFile = std::max(0, m_dataset->locate(previousRows).file);
    m_fromRow = previousRows;
    m_rowsDone = previousRows;
    m_running = true;
    startMoreFiles();
    return true;
}

void DatasetSearch::startMoreFiles()
{
    while (m_nextFile < fileCount()) {
        const int file = m_nextFile;
        FileDocument *document = m_dataset->document(file);
        if (!document)
            break; // not opened yet: the dataset gets to it (fileStarted())
        // A file being indexed is searched by its index pass, which hands the search each line
        // as it parses it: its search starts with the pass, whatever the window, or the lines
        // the pass found before would be decompressed and parsed a second time. The window
        // bounds the files searched through their indexes.
        // (A file whose cached index was just read is not being indexed, though the dataset
        // may not count it as indexed yet.)
        // A file done waits for the files before it to hand over its results: it leaves the
        // window, but files ahead of the first still searched are bounded too.
        // Files merged with the first one still searched all begin, however many, since their
        // matches are handed over together.
        const bool passRunning = !m_dataset->isIndexed(file) && document->isIndexing();
        const bool mergedWithFirst =
            !m_searches.empty() && file <= m_dataset->lastInterleavedWith(m_searches.front().file);
        if (!passRunning &&
            (filesSearching() >= windowSize() ||
             (!mergedWithFirst && int(m_searches.size()) >= windowSize() * filesHeldPerSearched)))
            break;
        ++m_nextFile;
        if (m_dataset->isIndexed(file) &&
            (document->status() != FileDocument::Status::Ready || document->lineCount() == 0)) {
            // A file that could not be read has no rows to search.
            if (m_searches.empty())
                m_matchesPerFile[size_t(file)] = 0;
            else
                m_searches.push_back(Running{file, nullptr, 0, true});
            continue;
        }
        auto *search = new FileSearch(document, this);
        if (m_threadCount > 0)
            search->setThreadCount(m_threadCount);
        m_searches.push_back(Running{file, search});
        connect(search, &FileSearch::resultsAdded, this, [this, search] {
            if (!m_searches.empty() && m_searches.front().search == search)
                takeResults();
        });
        connect(search, &FileSearch::progressChanged, this,
                [this] { emit progressChanged(progress()); });
        connect(search, &FileSearch::finished, this,
                [this, search](bool cancelled) { fileFinished(search, cancelled); });
        // Rows before m_fromRow were searched before (a dataset that grew).
        search->start(m_query, m_dataset->linesBefore(file, m_fromRow));
    }
    if (m_searches.empty() && m_running && m_nextFile >= fileCount()) {
        m_running = false;
        emit progressChanged(1.0);
        emit finished(false);
    }
}

void DatasetSearch::takeResults()
{
    Running &first = m_searches.front();
    // A file merged with others hands over its matches with theirs (takeMergedResults()).
    if (!first.search || m_dataset->lastInterleavedWith(first.file) != first.file)
        return;
    const std::vector<qint64> &found = first.search->results();
    const size_t before = m_results.size();
    size_t i = size_t(first.taken);
    for (; i < found.size(); ++i) {
        // While the files are indexed, a row exists once the dataset shows it.
        const qint64 row = m_dataset->rowOf(first.file, found[i]);
        if (row < 0)
            break;
        if (qint64(m_results.size()) >= maxStoredResults) {
            i = found.size(); // counted, not kept
            break;
        }
        m_results.push_back(row);
    }
    first.taken = qint64(i);
    if (m_results.size() > before)
        emit resultsAdded(qint64(m_results.size()));
}

bool DatasetSearch::takeMergedResults()
{
    // Files whose rows are merged hand over their matches once all of them are searched.
    const int last = m_dataset->lastInterleavedWith(m_searches.front().file);
    if (last >= m_nextFile)
        return false;
    size_t members = 0;
    for (; members < m_searches.size() && m_searches[members].file <= last; ++members) {
        if (!m_searches[members].done)
            return false;
    }
    std::vector<qint64> rows;
    for (size_t i = 0; i < members; ++i) {
        const Running &running = m_searches[i];
        qint64 matches = 0;
        if (running.search) {
            for (const qint64 line : running.search->results()) {
                if (const qint64 row = m_dataset->rowOf(running.file, line); row >= 0)
                    rows.push_back(row);
            }
            matches = running.search->matchCount();
        }
        retire(running, matches);
    }
    m_searches.erase(m_searches.begin(), m_searches.begin() + qsizetype(members));
    std::sort(rows.begin(), rows.end());
    const size_t room = size_t(std::max<qint64>(0, maxStoredResults - qint64(m_results.size())));
    m_results.insert(m_results.end(), rows.begin(),
                     rows.begin() + qsizetype(std::min(room, rows.size())));
    if (!rows.empty() && room > 0)
        emit resultsAdded(qint64(m_results.size()));
    return true;
}

void DatasetSearch::retire(const Running &running, qint64 matches)
{
    // A file searched again for its added rows adds to what it had.
    qint64 &fileMatches = m_matchesPerFile[size_t(running.file)];
    fileMatches = std::max<qint64>(fileMatches, 0) + matches;
    m_earlierMatches += matches;
    m_rowsDone += m_dataset->lineCount(running.file);
    if (running.search) {
        running.search->disconnect(this);
        running.search->deleteLater();
    }
}

void DatasetSearch::fileFinished(FileSearch *search, bool cancelled)
{
    if (cancelled || m_cancelled) {
        // What the files before the first running one found stays; the rest is dropped.
        if (!m_searches.empty() && m_searches.front().search == search)
            takeResults();
        stop();
        m_running = false;
        m_cancelled = true;
        emit finished(true);
        return;
    }
    for (Running &running : m_searches) {
        if (running.search == search)
            running.done = true;
    }
    advance();
}

void DatasetSearch::advance()
{
    // Every file done at the front hands over its results, in file order: all of them, so a
    // file whose rows the dataset does not show yet waits for them.
    while (!m_searches.empty() && m_searches.front().done) {
        if (m_dataset->lastInterleavedWith(m_searches.front().file) != m_searches.front().file) {
            if (!takeMergedResults())
                break;
            continue;
        }
        takeResults();
        const Running first = m_searches.front();
        const bool untaken =
            first.search && first.taken < qint64(first.search->results().size());
        // Its rows are not shown yet: wait for them. Unless the file could not be read after
        // all (its index pass failed once its search had begun): it has no rows, and what its
        // search found is neither a row nor counted.
        const FileDocument *document = m_dataset->document(first.file);
        const bool failed = document && document->status() == FileDocument::Status::Failed;
        if (untaken && !failed)
            break;
        m_searches.pop_front();
        retire(first, !first.search ? 0 : untaken ? first.taken : first.search->matchCount());
    }
    if (!m_searches.empty())
        takeResults(); // what the new first file found while it waited
    emit progressChanged(progress());
    startMoreFiles();
}

void DatasetSearch::cancel()
{
    m_cancelled = true;
    for (const Running &running : m_searches) {
        if (running.search)
            running.search->cancel();
    }
}

int DatasetSearch::filesDone() const
{
    return m_searches.empty() ? m_nextFile : m_searches.front().file;
}

int DatasetSearch::filesSearching() const
{
    return int(std::count_if(m_searches.begin(), m_searches.end(), [](const Running &running) {
        return running.search && !running.done;
    }));
}

qint64 DatasetSearch::matchCountOf(int file) const
{
    return file >= 0 && size_t(file) < m_matchesPerFile.size() ? m_matchesPerFile[size_t(file)]
                                                               : -1;
}

qint64 DatasetSearch::matchCount() const
{
    qint64 running = 0;
    for (const Running &r : m_searches) {
        if (r.search)
            running += r.search->matchCount();
    }
    return m_earlierMatches + running;
}

double DatasetSearch::progress() const
{
    const qint64 total = m_dataset->rowCount();
    if (total <= 0)
        return m_running ? 0.0 : 1.0;
    double current = 0;
    for (const Running &r : m_searches) {
        if (r.search)
            current += r.search->progress() * double(m_dataset->lineCount(r.file));
    }
    return std::min(1.0, (double(m_rowsDone) + current) / double(total));
}

QString DatasetSearch::summary() const
{
    return FileSearch::summaryOf(m_query, matchCount(), m_running, progress());
}

bool DatasetSearch::waitForFinished(int msecs)
{
    if (!m_running)
        return true;
    // The files' searches report through the event loop (their workers post their results and
    // their end; the dataset its files as they open): run it until the search ends, so that a
    // file that ends lets the next one start at once, whichever file it is.
    QEventLoop loop;
    connect(this, &DatasetSearch::finished, &loop, &QEventLoop::quit);
    QTimer timeout;
    if (msecs >= 0) {
        timeout.setSingleShot(true);
        connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(msecs);
    }
    loop.exec();
    return !m_running;
}
