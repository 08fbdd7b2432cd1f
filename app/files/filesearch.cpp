#include "filesearch.h"

#include "filedocument.h"
#include "fileindex.h"
#include "linereader.h"
#include "linesink.h"
#include "message/fieldscanner.h"

#include <QLocale>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <optional>

namespace {

constexpr qint64 segmentBytes = 4 << 20;
// Lines are matched on at most this many bytes (a 100 MB line is searched in its first MiB, as
// the table shows it: a malformed line's text). The lines an index pass hands over are cut there
// too.
constexpr qint64 lineLimit = FieldScanner::maxLineBytes;
// Lines handed over by the index pass wait for the workers up to this much; beyond it the pass
// waits for the search (a search is what the user is waiting for).
constexpr qint64 maxQueuedBytes = 32 << 20;

} // namespace

/// State shared by the workers and the search object; workers may outlive neither. On a file
/// still being indexed it is also a line sink of the index pass: the lines the pass finds after
/// the search started are matched as the pass parses them (judge()), instead of being
/// decompressed and parsed a second time; the workers only collect those verdicts in order.
struct FileSearch::Shared : LineSink
{
    std::shared_ptr<const FileIndex> index;
    MessageQuery query;
    std::atomic_bool cancel{false};
    std::atomic_bool updatePending{false};
    std::atomic<qint64> bytesDone{0};
    std::atomic<int> running{0};

    std::mutex mutex;
    std::condition_variable work; // lines arrived from the pass, or the search stops
    std::condition_variable room; // the queue of lines from the pass has room again

    // Segments of published lines are read from the file, from nextLine on, except the lines
    // the pass hands over: [feedFrom, feedEnd).
    qint64 nextLine = 0;
    bool exhausted = false;
    qint64 feedFrom = -1;   ///< -1 until the pass begins handing lines over
    qint64 feedEnd = -1;    ///< set when it stops (or ends without having begun)
    bool feedEnded = false;

    /// Lines handed over by the pass, judged as the pass parsed them (judge()).
    struct Batch
    {
        qint64 firstLine = 0;
        qint64 bytes = 0;        ///< uncompressed span, for progress
        qint64 lineBytes = 0;    ///< bytes of the lines, for the bound on what waits
        std::vector<char> found; ///< for each line: it matches
    };
    std::deque<Batch> batches;
    qint64 queuedBytes = 0;
    // On the scanning thread only: the verdicts of the lines judged since the last lines().
    MessageQuery::LineMatcher judgeMatcher;
    std::vector<char> judged;
    // On the inflating thread only (judgeAhead()).
    mutable MessageQuery::LineMatcher aheadMatcher;

    /// One piece of work: the lines [first, last), read from the file or in \a batch.
    struct Job
    {
        qint64 first = 0;
        qint64 last = 0;
        std::optional<Batch> batch;
    };

    // Results of finished pieces, by first line, waiting for the pieces before them.
    std::map<qint64, std::pair<qint64, std::vector<qint64>>> pending;
    qint64 publishedUpTo = 0;    ///< results of every line before it are in ordered
    std::vector<qint64> ordered; ///< results in file order, not yet taken by the GUI side
    qint64 matches = 0;
    qint64 stored = 0; ///< results kept, taken by the GUI side or not

    void stop()
    {
        std::lock_guard lock(mutex);
        cancel = true;
        work.notify_all();
        room.notify_all();
    }

    // --- LineSink: called on the index pass's scanning thread
    void begin(qint64 firstLine) override
    {
        std::lock_guard lock(mutex);
        feedFrom = firstLine;
    }

    // A candidate line is confirmed with the pass's own parse of it: parsing it a second time
    // was a fifth of the CPU a search of a file opened for the first time took.
    void judge(QByteArrayView content, const ParsedLine *parsed, Precheck precheck) override
    {
        if (precheck == Precheck::Matches || precheck == Precheck::DoesNotMatch) {
            judged.push_back(!cancel && precheck == Precheck::Matches);
            return;
        }
        judged.push_back(!cancel && precheck != Precheck::NotWanted &&
                         verdict(content, parsed, judgeMatcher, precheck == Precheck::Wanted));
    }
    // The raw-byte pre-filter, run ahead on the pass's inflating thread, and the whole verdict
    // on the lines that thread parses itself.
    bool hasPrecheck() const override { return true; }
    bool wantsBytes(QByteArrayView line) const override
    {
        return !cancel && !query.rejectsLine(line);
    }
    bool judgesAhead() const override { return true; }
    bool judgeAhead(QByteArrayView content, const ParsedLine *parsed) const override
    {
        return !cancel && verdict(content, parsed, aheadMatcher, true);
    }
    bool verdict(QByteArrayView content, const ParsedLine *parsed,
                 MessageQuery::LineMatcher &matcher, bool bytesChecked) const
    {
        return query.matchesParsedLine(
            content.first(std::min<qsizetype>(content.size(), lineLimit)), parsed, matcher,
            bytesChecked);
    }

    bool lines(qint64 firstLine, std::span<const QByteArrayView> contents, qint64 bytes) override
    {
        Batch batch;
        batch.firstLine = firstLine;
        batch.bytes = bytes;
        for (const QByteArrayView content : contents)
            batch.lineBytes += content.size();
        Q_ASSERT(judged.size() == contents.size());
        batch.found.swap(judged);
        const qint64 total = batch.lineBytes;
        std::unique_lock lock(mutex);
        room.wait(lock, [&] { return cancel || queuedBytes < maxQueuedBytes; });
        if (cancel)
            return false;
        queuedBytes += total;
        batches.push_back(std::move(batch));
        work.notify_one();
        return true;
    }

    void end(qint64 lineCount) override
    {
        std::lock_guard lock(mutex);
        feedEnded = true;
        feedEnd = lineCount;
        work.notify_all();
    }

    // --- the workers
    /// The next piece of work; false when there is none left. Waits while the indexer is
    /// still producing lines.
    bool takeJob(Job &job)
    {
        std::unique_lock lock(mutex);
        for (;;) {
            if (cancel || exhausted)
                return false;
            if (takeSegment(job.first, job.last)) {
                job.batch.reset();
                return true;
            }
            if (!batches.empty()) {
                job.batch = std::move(batches.front());
                batches.pop_front();
                queuedBytes -= job.batch->lineBytes;
                job.first = job.batch->firstLine;
                job.last = job.first + qint64(job.batch->found.size());
                room.notify_one();
                return true;
            }
            if (exhausted)
                return false;
            // The indexer publishes every 50 ms; lines from the pass wake the workers at once.
            work.wait_for(lock, std::chrono::milliseconds(20));
        }
    }

    /// A segment of published lines [first, last) to read from the file (mutex held).
    bool takeSegment(qint64 &first, qint64 &last)
    {
        if (feedFrom >= 0 && nextLine >= feedFrom) {
            if (!feedEnded)
                return false; // the pass hands these lines over
            nextLine = std::max(nextLine, feedEnd);
        }
        const bool finished = index->isFinished();
        const qint64 count = index->lineCount();
        // Segments stop where the lines handed over begin.
        const qint64 bound = feedFrom >= 0 && nextLine < feedFrom ? feedFrom : -1;
        if (nextLine >= count) {
            if (finished && batches.empty() && (feedFrom < 0 || feedEnded))
                exhausted = true;
            return false;
        }
        const qint64 start = index->lineStart(nextLine);
        // End on the first access point (or 4 MiB step for plain files) past start +
        // segmentBytes, so that no work is decompressed twice.
        qint64 endOffset = start + segmentBytes;
        const std::vector<qint64> points = index->accessPoints().offsets();
        const auto it = std::lower_bound(points.begin(), points.end(), endOffset);
        if (it != points.end())
            endOffset = *it;
        qint64 end = std::min(index->lineContaining(endOffset - 1) + 1, count);
        if (end <= nextLine)
            end = nextLine + 1;
        if (bound >= 0 && end >= bound) {
            end = bound; // lines up to the handed-over ones are all published
        } else {
            // While a gzip file is indexed, a segment ends only on a published access point:
            // one ending between points would make the next segment inflate again from the
            // point before it. Near the end of what is indexed so far: wait for more.
            const bool pointPending = !finished && !points.empty() && it == points.end();
            if (pointPending || (end == count && !finished && index->endOffset() < endOffset))
                return false;
        }
        first = nextLine;
        last = end;
        nextLine = end;
        return true;
    }

    void finishJob(qint64 first, qint64 last, std::vector<qint64> &&found)
    {
        std::lock_guard lock(mutex);
        matches += qint64(found.size());
        pending.emplace(first, std::pair(last, std::move(found)));
        // Publish every piece whose predecessors are all done, in order.
        for (auto it = pending.begin(); it != pending.end() && it->first == publishedUpTo;) {
            std::vector<qint64> &results = it->second.second;
            const qint64 space = FileSearch::maxStoredResults - stored;
            const size_t take = std::min(results.size(), size_t(std::max<qint64>(space, 0)));
            ordered.insert(ordered.end(), results.begin(), results.begin() + qint64(take));
            stored += qint64(take);
            publishedUpTo = it->second.first;
            it = pending.erase(it);
        }
    }
};

FileSearch::FileSearch(FileDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_threadCount(std::clamp(QThread::idealThreadCount(), 1, 4))
{}

FileSearch::~FileSearch()
{
    stopWorkers();
}

void FileSearch::stopWorkers()
{
    disconnect(m_indexWait);
    if (m_shared)
        m_shared->stop();
    for (QThread *thread : m_threads) {
        thread->wait();
        delete thread;
    }
    m_threads.clear();
}

void FileSearch::cancel()
{
    if (m_shared) {
        m_shared->stop();
    } else if (m_running && disconnect(m_indexWait)) {
        // Cancelled while waiting for its index: no worker will say so. Said from the event
        // loop, as the workers' end is, never from inside the caller's cancel().
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_running || m_shared || m_indexWait)
                    return; // started again since
                m_running = false;
                emit finished(true);
            },
            Qt::QueuedConnection);
    }
}

void FileSearch::start(const MessageQuery &query, qint64 fromLine)
{
    stopWorkers();
    m_query = query;
    m_results.clear();
    m_matchCount = 0;
    m_running = false;
    emit resultsAdded(0); // the previous results are gone
    if (query.isEmpty() || !query.isValid() || !m_document->index()) {
        m_shared.reset();
        emit finished(false);
        return;
    }
    m_shared.reset();
    if (m_document->isReadingCache()) {
        // Its index is being read from the cache: the search starts once it is there (or once
        // the file is indexed after all, and then goes with that pass).
        m_running = true;
        m_waitingFrom = std::max<qint64>(fromLine, 0);
        m_indexWait = connect(m_document, &FileDocument::progressChanged, this,
                              &FileSearch::launchWhenIndexRead);
        return;
    }
    launch(std::max<qint64>(fromLine, 0));
}

void FileSearch::launchWhenIndexRead()
{
    if (m_document->isReadingCache())
        return;
    disconnect(m_indexWait);
    launch(m_waitingFrom);
}

bool FileSearch::searchAddedLines()
{
    if (m_running || !m_shared || m_shared->cancel || !m_document->index())
        return false;
    const qint64 searched = m_shared->publishedUpTo; // every line before it is searched
    if (m_document->index()->lineCount() <= searched)
        return false;
    stopWorkers();
    launch(searched);
    return true;
}

void FileSearch::launch(qint64 fromLine)
{
    m_shared = std::make_shared<Shared>();
    m_shared->index = m_document->index();
    m_shared->query = m_query;
    m_shared->nextLine = fromLine;
    m_shared->publishedUpTo = fromLine;
    m_shared->matches = m_matchCount;
    m_shared->stored = qint64(m_results.size());
    if (fromLine > 0)
        m_shared->bytesDone = m_shared->index->lineStart(fromLine);
    m_running = true;
    std::shared_ptr<Shared> shared = m_shared;
    // On a file opened for the first time, the lines indexed from now on come from the pass.
    if (!shared->index->isFinished())
        shared->index->attachLineSink(shared);
    shared->running = m_threadCount;
    for (int i = 0; i < m_threadCount; ++i) {
        std::shared_ptr<LineReader> reader = m_document->createLineReader();
        QThread *thread = QThread::create([this, shared, reader] {
            MessageQuery::LineMatcher matcher;
            Shared::Job job;
            std::vector<qint64> found;
            while (shared->takeJob(job)) {
                found.clear();
                if (job.batch) {
                    const Shared::Batch &batch = *job.batch;
                    for (size_t k = 0; k < batch.found.size(); ++k) {
                        if (batch.found[k])
                            found.push_back(job.first + qint64(k));
                    }
                    shared->bytesDone += batch.bytes;
                } else {
                    const auto [startOffset, ignored] = shared->index->lineSpan(job.first);
                    const auto [lastStart, endOffset] = shared->index->lineSpan(job.last - 1);
                    Q_UNUSED(ignored);
                    Q_UNUSED(lastStart);
                    reader->forEachLine(job.first, job.last - job.first, lineLimit,
                                        [&](qint64 line, QByteArrayView content, qint64) {
                                            if (shared->cancel)
                                                return false;
                                            if (shared->query.matchesLine(content, matcher))
                                                found.push_back(line);
                                            return true;
                                        });
                    shared->bytesDone += endOffset - startOffset;
                }
                if (shared->cancel)
                    break;
                shared->finishJob(job.first, job.last, std::move(found));
                found = {};
                job.batch.reset();
                postUpdate();
            }
            if (--shared->running == 0)
                postUpdate();
        });
        thread->setObjectName(QStringLiteral("file-search"));
        m_threads.push_back(thread);
    }
    for (QThread *thread : m_threads)
        thread->start();
}

void FileSearch::postUpdate()
{
    // Called on worker threads; at most one update waits in the queue.
    if (!m_shared->updatePending.exchange(true))
        QMetaObject::invokeMethod(this, &FileSearch::update, Qt::QueuedConnection);
}

void FileSearch::update()
{
    if (!m_shared)
        return;
    m_shared->updatePending = false;
    // Read before taking the results: a worker hands over its last results before it stops, so
    // when all had stopped then, every result is taken below. (Read after, a worker could hand
    // over and stop in between, and the search would end without its last results.)
    const bool workersStopped = m_shared->running == 0;
    std::vector<qint64> fresh;
    {
        std::lock_guard lock(m_shared->mutex);
        fresh.swap(m_shared->ordered);
        m_matchCount = m_shared->matches;
    }
    if (!fresh.empty()) {
        m_results.insert(m_results.end(), fresh.begin(), fresh.end());
        emit resultsAdded(qint64(m_results.size()));
    }
    emit progressChanged(progress());
    if (m_running && workersStopped) {
        m_running = false;
        emit finished(m_shared->cancel);
    }
}

double FileSearch::progress() const
{
    if (!m_shared)
        return 0;
    const qint64 total = m_shared->index->isFinished()
                             ? m_shared->index->endOffset()
                             : std::max<qint64>(m_shared->index->outputDone(), 1);
    return total > 0 ? std::min(1.0, double(m_shared->bytesDone) / double(total)) : 1.0;
}

QString FileSearch::summary() const
{
    return summaryOf(m_query, m_matchCount, m_running, progress());
}

QString FileSearch::resultsTitleOf(const MessageQuery &query, const QString &summary,
                                   qint64 listed, qint64 matches)
{
    if (!query.isValid())
        return query.errorString();
    if (query.isEmpty())
        return tr("Search results appear here.");
    QString title = tr("Search results: %1 — %2").arg(query.describe(), summary);
    if (listed < matches)
        title += tr(" (the first %1 are listed)").arg(QLocale().toString(listed));
    return title;
}

QString FileSearch::summaryOf(const MessageQuery &query, qint64 matches, bool running,
                              double progress)
{
    if (!query.isValid())
        return query.errorString();
    if (query.isEmpty())
        return {};
    const QLocale locale;
    const QString count = matches == 0 && !running
                              ? tr("No matches")
                              : tr("%Ln match(es)", nullptr, int(std::min<qint64>(matches, INT_MAX)));
    if (!running)
        return count;
    return tr("%1 — searching %2 %").arg(count, locale.toString(int(progress * 100)));
}

bool FileSearch::waitForFinished(int msecs)
{
    const QDeadlineTimer deadline =
        msecs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(msecs);
    // Still waiting for its index: the document's worker says when it is read (its update
    // starts the search, launchWhenIndexRead()).
    if (!m_shared && m_running) {
        const int left = deadline.isForever() ? -1 : int(deadline.remainingTime());
        if (!m_document->waitForFinished(left) || !m_shared)
            return false;
    }
    for (QThread *thread : m_threads) {
        if (!thread->wait(deadline))
            return false;
    }
    update();
    return true;
}
