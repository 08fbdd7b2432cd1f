#include "filesearch.h"

#include "filedocument.h"
#include "fileindex.h"
#include "linereader.h"

#include <QLocale>
#include <QThread>

#include <algorithm>

namespace {

constexpr qint64 segmentBytes = 4 << 20;
// Lines are matched on at most this many bytes (a 100 MB line is searched in its first MiB, as
// the table shows it: a malformed line's text).
constexpr qint64 lineLimit = 1 << 20;

} // namespace

/// State shared by the workers and the search object; workers may outlive neither.
struct FileSearch::Shared
{
    std::shared_ptr<const FileIndex> index;
    MessageQuery query;
    std::atomic_bool cancel{false};
    std::atomic_bool updatePending{false};
    std::atomic<qint64> bytesDone{0};
    std::atomic<int> running{0};

    std::mutex mutex;
    // Segment dispatch: the next segment starts at nextLine; its number is nextSegment.
    qint64 nextLine = 0;
    int nextSegment = 0;
    bool exhausted = false;
    // Results of finished segments waiting for the ones before them.
    std::map<int, std::vector<qint64>> pending;
    int publishedSegments = 0;
    std::vector<qint64> ordered; ///< results in file order, not yet taken by the GUI side
    qint64 matches = 0;

    /// The next segment of lines [first, last) to search; false when there is none left.
    /// Waits while the indexer is still producing lines.
    bool takeSegment(int &segment, qint64 &first, qint64 &last)
    {
        for (;;) {
            if (cancel)
                return false;
            {
                std::lock_guard lock(mutex);
                if (exhausted)
                    return false;
                const bool finished = index->isFinished();
                const qint64 count = index->lineCount();
                if (nextLine < count) {
                    const qint64 start = index->lineStart(nextLine);
                    // End on the first access point (or 4 MiB step for plain files) past
                    // start + segmentBytes, so that no work is decompressed twice.
                    qint64 endOffset = start + segmentBytes;
                    const std::vector<qint64> points = index->accessPoints().offsets();
                    const auto it = std::lower_bound(points.begin(), points.end(), endOffset);
                    if (it != points.end())
                        endOffset = *it;
                    // While a gzip file is indexed, a segment ends only on a published access
                    // point: one ending between points would make the next segment inflate
                    // again from the point before it.
                    const bool pointPending = !finished && !points.empty() && it == points.end();
                    qint64 end = std::min(index->lineContaining(endOffset - 1) + 1, count);
                    if (end <= nextLine)
                        end = nextLine + 1;
                    // Near the end of what is indexed so far: wait for more unless done.
                    if (pointPending ||
                        (end == count && !finished && index->endOffset() < endOffset)) {
                        // fall through to wait
                    } else {
                        segment = nextSegment++;
                        first = nextLine;
                        last = end;
                        nextLine = end;
                        return true;
                    }
                } else if (finished) {
                    exhausted = true;
                    return false;
                }
            }
            QThread::msleep(20); // the indexer publishes every 50 ms
        }
    }

    void finishSegment(int segment, std::vector<qint64> &&found)
    {
        std::lock_guard lock(mutex);
        matches += qint64(found.size());
        pending.emplace(segment, std::move(found));
        // Publish every segment whose predecessors are all done, in order.
        for (auto it = pending.begin(); it != pending.end() && it->first == publishedSegments;) {
            const qint64 room = FileSearch::maxStoredResults - qint64(ordered.size());
            const size_t take = std::min(it->second.size(), size_t(std::max<qint64>(room, 0)));
            ordered.insert(ordered.end(), it->second.begin(), it->second.begin() + qint64(take));
            it = pending.erase(it);
            ++publishedSegments;
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
    if (m_shared)
        m_shared->cancel = true;
    for (QThread *thread : m_threads) {
        thread->wait();
        delete thread;
    }
    m_threads.clear();
}

void FileSearch::cancel()
{
    if (m_shared)
        m_shared->cancel = true;
}

void FileSearch::start(const MessageQuery &query)
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
    m_shared = std::make_shared<Shared>();
    m_shared->index = m_document->index();
    m_shared->query = query;
    m_running = true;
    std::shared_ptr<Shared> shared = m_shared;
    shared->running = m_threadCount;
    for (int i = 0; i < m_threadCount; ++i) {
        std::shared_ptr<LineReader> reader = m_document->createLineReader();
        QThread *thread = QThread::create([this, shared, reader] {
            MessageQuery::LineMatcher matcher;
            int segment;
            qint64 first, last;
            std::vector<qint64> found;
            while (shared->takeSegment(segment, first, last)) {
                found.clear();
                const auto [startOffset, ignored] = shared->index->lineSpan(first);
                const auto [lastStart, endOffset] = shared->index->lineSpan(last - 1);
                Q_UNUSED(ignored);
                Q_UNUSED(lastStart);
                reader->forEachLine(first, last - first, lineLimit,
                                    [&](qint64 line, QByteArrayView content, qint64) {
                                        if (shared->cancel)
                                            return false;
                                        if (shared->query.matchesLine(content, matcher))
                                            found.push_back(line);
                                        return true;
                                    });
                if (shared->cancel)
                    break;
                shared->bytesDone += endOffset - startOffset;
                shared->finishSegment(segment, std::move(found));
                found = {};
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
    if (m_running && m_shared->running == 0) {
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
    for (QThread *thread : m_threads) {
        if (!thread->wait(deadline))
            return false;
    }
    update();
    return true;
}
