#include "dataset.h"

#include "filedocument.h"
#include "fileindex.h"
#include "timenavigator.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace {

/// The file's most serious problem, by the rule the Files page's banners follow.
QString mostSeriousProblem(const FileDocument &document)
{
    const QList<FileDocument::Problem> problems = document.problems();
    return problems.isEmpty() ? QString() : problems.first().text;
}

} // namespace

struct Dataset::File
{
    QString path;
    std::unique_ptr<FileDocument> document;
    QString problem;
    bool started = false;
    bool done = false;
};

Dataset::Dataset(QObject *parent)
    : QObject(parent)
    , m_parallel(std::max(1, QThread::idealThreadCount()))
    , m_pollIntervalMs(FileDocument::defaultPollIntervalMs)
{}

Dataset::~Dataset()
{
    // The documents stop their passes as they go; nothing they say may reach this object now.
    for (const auto &file : m_files) {
        if (file->document)
            file->document->disconnect(this);
    }
    for (const auto &file : m_adding) {
        if (file->document)
            file->document->disconnect(this);
    }
}

void Dataset::setPollIntervalMs(int milliseconds)
{
    m_pollIntervalMs = std::max(1, milliseconds);
    if (m_poll)
        m_poll->setInterval(m_pollIntervalMs);
    for (const auto &file : m_files) {
        if (file->document)
            file->document->setPollIntervalMs(m_pollIntervalMs);
    }
}

bool Dataset::isDailyFileName(const QString &fileName)
{
    const QString name = fileName.toLower();
    const auto ends = [&name](const char *suffix) { return name.endsWith(QLatin1String(suffix)); };
    if (ends(".tar.gz") || ends(".tgz"))
        return false;
    return ends(".gz") || ends(".jsonl") || ends(".ndjson");
}

QStringList Dataset::filesIn(const QString &folder)
{
    const QDir dir(folder);
    const QStringList names = dir.entryList(QDir::Files | QDir::Readable, QDir::Name);
    QStringList result;
    for (const QString &name : names) {
        if (isDailyFileName(name))
            result.append(dir.filePath(name));
    }
    return result;
}

QStringList Dataset::expand(const QStringList &paths)
{
    QStringList result;
    QSet<QString> seen;
    const auto add = [&](const QString &path) {
        const QString key = QFileInfo(path).absoluteFilePath();
        if (!seen.contains(key)) {
            seen.insert(key);
            result.append(path);
        }
    };
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            for (const QString &file : filesIn(path))
                add(file);
        } else {
            add(path);
        }
    }
    return result;
}

QString Dataset::nothingToOpenMessage(const QStringList &paths)
{
    return tr("There is no .gz, .jsonl or .ndjson file in %1.")
        .arg(paths.join(QStringLiteral(", ")));
}

bool Dataset::open(const QStringList &paths)
{
    m_files.clear();
    m_rows = DatasetRows();
    m_running = 0;
    m_nextToStart = 0;
    m_done = 0;
    m_finished = false;
    m_cancelled = false;

    m_adding.clear();
    m_folders.clear();
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir())
            m_folders.append(path);
    }
    if (m_watching && !m_watcher) {
        // Folders gain files (a new day); the files themselves are watched by their documents.
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
                &Dataset::checkForChanges);
        m_poll = new QTimer(this);
        m_poll->setInterval(m_pollIntervalMs);
        connect(m_poll, &QTimer::timeout, this, &Dataset::checkForChanges);
        m_poll->start();
    }
    if (m_watcher) {
        if (!m_watcher->directories().isEmpty())
            m_watcher->removePaths(m_watcher->directories());
        if (!m_folders.isEmpty())
            m_watcher->addPaths(m_folders);
    }
    QStringList files = expand(paths);
    // Until their times are known, files are in the order of their names (days sort by name).
    std::stable_sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        return QFileInfo(a).fileName() < QFileInfo(b).fileName();
    });
    for (const QString &path : std::as_const(files)) {
        auto file = std::make_unique<File>();
        file->path = path;
        m_files.push_back(std::move(file));
    }
    if (m_files.empty()) {
        m_finished = true;
        return false;
    }
    m_rows = DatasetRows::oneAfterAnother(std::vector<qint64>(m_files.size(), 0)); // no rows yet
    startNext();
    return true;
}

void Dataset::startNext()
{
    // Files that finish at once (an index from the cache) finish inside open(): the loop
    // then goes on with the next file instead of starting it from within that call.
    if (m_starting)
        return;
    m_starting = true;
    while (!m_cancelled && m_running < m_parallel && m_nextToStart < m_files.size()) {
        const int index = int(m_nextToStart++);
        ++m_running;
        startFile(m_files[size_t(index)].get());
        emit fileStarted(index);
    }
    m_starting = false;
    if (m_cancelled) {
        for (; m_nextToStart < m_files.size(); ++m_nextToStart) {
            File *file = m_files[m_nextToStart].get();
            file->done = true;
            file->problem = tr("Not indexed: opening the dataset was cancelled.");
            ++m_done;
        }
    }
    if (!m_finished && m_done == int(m_files.size())) {
        const DatasetRows before = m_rows;
        std::vector<const File *> nameOrder;
        for (const auto &file : m_files)
            nameOrder.push_back(file.get());
        order();
        m_finished = true;
        const bool sameOrder =
            std::equal(m_files.begin(), m_files.end(), nameOrder.begin(),
                       [](const auto &file, const File *named) { return file.get() == named; });
        if (sameOrder)
            announceRows(before); // merged files number their rows anew
        else
            emit reordered(); // a file whose name sorts out of its time's place moved
        emit finished();
    }
}

void Dataset::startFile(File *file)
{
    file->started = true;
    file->document = std::make_unique<FileDocument>();
    FileDocument *document = file->document.get();
    document->setIndexerOptions(m_options);
    document->setCacheEnabled(m_cacheEnabled);
    document->setPollIntervalMs(m_pollIntervalMs);
    document->setWatching(m_watching);
    const auto finished = [this, file] {
        if (file->done)
            fileChanged(); // it grew, or was read again
        else if (std::any_of(m_adding.begin(), m_adding.end(),
                             [file](const auto &added) { return added.get() == file; }))
            addedFileFinished(file);
        else
            fileFinished(file);
    };
    connect(document, &FileDocument::indexingFinished, this, finished);
    connect(document, &FileDocument::statusChanged, this,
            [finished](FileDocument::Status status) {
                if (status == FileDocument::Status::Failed ||
                    status == FileDocument::Status::NeedsMember)
                    finished();
            });
    connect(document, &FileDocument::linesAdded, this, [this, file] {
        if (file->done)
            fileChanged();
        else if (!m_finished)
            showIndexedRows();
    });
    connect(document, &FileDocument::reset, this, [this, file] {
        if (file->done)
            fileChanged();
    });
    if (!document->open(file->path))
        finished();
}

void Dataset::fileChanged()
{
    if (m_finished && m_adding.empty())
        recount();
}

void Dataset::recount()
{
    const DatasetRows before = m_rows;
    for (int file = 0; file < fileCount(); ++file) {
        if (const FileDocument *document = this->document(file))
            m_files[size_t(file)]->problem = mostSeriousProblem(*document);
    }
    m_rows = rowsByTime();
    announceRows(before);
}

void Dataset::announceRows(const DatasetRows &before)
{
    if (m_rows == before)
        return;
    if (m_rows.fileCount() == before.fileCount() && m_rows.onlyAppendedTo(before))
        emit grew(before.rowCount());
    else
        emit reordered();
}

void Dataset::showIndexedRows()
{
    // Until every file is indexed the files are in the order of their names: rows are shown
    // for each file up to the first still being indexed, and for that file's lines so far,
    // so they only ever grow at the end.
    const DatasetRows before = m_rows;
    std::vector<qint64> lines;
    bool shown = true;
    for (int file = 0; file < fileCount(); ++file) {
        lines.push_back(shown ? documentLines(file) : 0);
        shown = shown && m_files[size_t(file)]->done;
    }
    m_rows = DatasetRows::oneAfterAnother(lines);
    announceRows(before);
}

void Dataset::checkForChanges()
{
    if (!m_watching || !m_finished || m_cancelled || m_checking || !m_adding.empty())
        return;
    QSet<QString> known;
    for (const auto &file : m_files)
        known.insert(QFileInfo(file->path).absoluteFilePath());
    QStringList added;
    for (const QString &folder : std::as_const(m_folders)) {
        for (const QString &path : filesIn(folder)) {
            if (!known.contains(QFileInfo(path).absoluteFilePath()))
                added.append(path);
        }
    }
    // Files that grew are read on by their documents; they are asked now too.
    for (const auto &file : m_files) {
        if (file->document)
            file->document->checkForChanges();
    }
    if (added.isEmpty())
        return;
    m_checking = true;
    for (const QString &path : std::as_const(added)) {
        auto file = std::make_unique<File>();
        file->path = path;
        File *raw = file.get();
        m_adding.push_back(std::move(file));
        startFile(raw);
    }
    m_checking = false;
    addedFileFinished(nullptr); // those that finished at once (an index from the cache)
}

void Dataset::addedFileFinished(File *file)
{
    if (file && !file->done) {
        file->done = true;
        file->problem = mostSeriousProblem(*file->document);
    }
    if (m_checking || m_adding.empty() ||
        !std::all_of(m_adding.begin(), m_adding.end(), [](const auto &f) { return f->done; }))
        return;
    // Every new file is indexed: they take their places in time order.
    const DatasetRows before = m_rows;
    std::vector<const File *> oldOrder;
    for (const auto &f : m_files)
        oldOrder.push_back(f.get());
    for (auto &added : m_adding)
        m_files.push_back(std::move(added));
    m_adding.clear();
    m_nextToStart = m_files.size();
    order();
    // New files after all the others (the next day) append rows; anything else renumbers them.
    bool appended = m_rows.onlyAppendedTo(before);
    for (size_t i = 0; appended && i < oldOrder.size(); ++i)
        appended = m_files[i].get() == oldOrder[i];
    if (appended)
        emit grew(before.rowCount());
    else
        emit reordered();
}

void Dataset::fileFinished(File *file)
{
    if (file->done)
        return;
    file->done = true;
    file->problem = mostSeriousProblem(*file->document);
    --m_running;
    ++m_done;
    if (m_done < int(m_files.size()))
        showIndexedRows();
    emit progressChanged(m_done, int(m_files.size()));
    startNext();
}

void Dataset::cancel()
{
    m_cancelled = true;
    for (const auto &file : m_files) {
        if (file->started && !file->done)
            file->document->cancel();
    }
    startNext();
}

bool Dataset::waitForFinished(int msecs)
{
    const QDeadlineTimer deadline =
        msecs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(msecs);
    while (!m_finished) {
        if (deadline.hasExpired())
            return false;
        FileDocument *running = nullptr;
        for (const auto &file : m_files) {
            if (file->started && !file->done) {
                running = file->document.get();
                break;
            }
        }
        // Waiting on one running pass wakes up as soon as it ends; the others' updates arrive
        // as events.
        if (running)
            running->waitForFinished(20);
        QCoreApplication::processEvents();
    }
    // A pass announces its end before its worker has stored the index in the cache: wait for
    // that too, so that the files open from the cache at once afterwards.
    for (const auto &file : m_files) {
        const int left = deadline.isForever() ? -1 : int(deadline.remainingTime());
        if (file->document && !file->document->waitForFinished(left))
            return false;
    }
    return true;
}

DatasetRows::FileTimes Dataset::timesOf(int file, bool allSteps) const
{
    DatasetRows::FileTimes times;
    times.lines = documentLines(file);
    const FileDocument *document = this->document(file);
    const auto index = document ? document->index() : nullptr;
    if (times.lines > 0 && index) {
        index->readStatistics([&times, allSteps](const FileStatistics &statistics) {
            statistics.forEachTimeStep([&times, allSteps](qint64 seconds, qint64 line) {
                times.timeStarts.emplace_back(seconds, line);
                return allSteps;
            });
        });
    }
    return times;
}

DatasetRows Dataset::rowsByTime() const
{
    // Only a file whose time span meets another's needs its steps: any other stays whole.
    struct Span
    {
        qint64 first, last;
        int file;
    };
    std::vector<Span> spans;
    for (int file = 0; file < fileCount(); ++file) {
        const FileDocument *document = this->document(file);
        const auto index = document ? document->index() : nullptr;
        if (!index || documentLines(file) == 0)
            continue;
        const auto [first, last] = index->readStatistics(
            [](const FileStatistics &s) { return std::pair(s.firstTime(), s.lastTime()); });
        if (first != ScannedFields::noTime)
            spans.push_back({first, last, file});
    }
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.first < b.first; });
    std::vector<bool> overlaps(size_t(fileCount()), false);
    qint64 latestEnd = std::numeric_limits<qint64>::min();
    for (size_t i = 0; i < spans.size(); ++i) {
        const bool meetsEarlier = spans[i].first <= latestEnd;
        const bool meetsLater = i + 1 < spans.size() && spans[i + 1].first <= spans[i].last;
        overlaps[size_t(spans[i].file)] = meetsEarlier || meetsLater;
        latestEnd = std::max(latestEnd, spans[i].last);
    }
    std::vector<DatasetRows::FileTimes> times;
    for (int file = 0; file < fileCount(); ++file)
        times.push_back(timesOf(file, overlaps[size_t(file)]));
    return DatasetRows::mergedByTime(times);
}

void Dataset::order()
{
    // By the time each file's rows begin at; a file without a time takes the time of the file
    // before it by name, so it stays there.
    std::vector<std::pair<qint64, File *>> keyed;
    qint64 previous = std::numeric_limits<qint64>::min();
    for (int file = 0; file < fileCount(); ++file) {
        previous = DatasetRows::firstTimeOf(timesOf(file, false), previous);
        keyed.emplace_back(previous, m_files[size_t(file)].release());
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    m_files.clear();
    for (const auto &[key, file] : keyed)
        m_files.emplace_back(file);
    m_rows = rowsByTime();
}

QString Dataset::path(int file) const
{
    return file >= 0 && file < fileCount() ? m_files[size_t(file)]->path : QString();
}

FileDocument *Dataset::document(int file) const
{
    return file >= 0 && file < fileCount() ? m_files[size_t(file)]->document.get() : nullptr;
}

bool Dataset::isIndexed(int file) const
{
    return file >= 0 && file < fileCount() && m_files[size_t(file)]->done;
}

QString Dataset::problem(int file) const
{
    return file >= 0 && file < fileCount() ? m_files[size_t(file)]->problem : QString();
}

qint64 Dataset::documentLines(int file) const
{
    const FileDocument *document = this->document(file);
    if (!document || (document->status() != FileDocument::Status::Ready &&
                      document->status() != FileDocument::Status::Indexing))
        return 0;
    return document->lineCount();
}

FileStatistics Dataset::statistics() const
{
    FileStatistics result;
    for (int file = 0; file < fileCount(); ++file) {
        const FileDocument *document = this->document(file);
        if (lineCount(file) > 0 && document->index())
            document->index()->readStatistics([&](const FileStatistics &s) {
                result.merge(s, [this, file](qint64 line) { return rowOf(file, line); });
            });
    }
    return result;
}

qint64 Dataset::firstRowAtOrAfter(qint64 epochSeconds) const
{
    // Files are in the order their rows begin: once one has such a row, only the files that
    // begin before it may have an earlier one (those merged with it).
    qint64 best = -1;
    for (int file = 0; file < fileCount(); ++file) {
        if (lineCount(file) == 0)
            continue;
        if (best >= 0 && linesBefore(file, best) == 0)
            break;
        const qint64 line = TimeNavigator::firstLineAtOrAfter(*document(file), epochSeconds);
        const qint64 row = line >= 0 ? rowOf(file, line) : -1;
        if (row >= 0 && (best < 0 || row < best))
            best = row;
    }
    return best;
}
