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
{
    m_rowStarts.push_back(0);
}

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
    m_rowStarts.assign(1, 0);
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
    m_rowStarts.assign(m_files.size() + 1, 0); // no rows yet, in any file
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
        const std::vector<qint64> before = m_rowStarts;
        std::vector<const File *> nameOrder;
        for (const auto &file : m_files)
            nameOrder.push_back(file.get());
        order();
        m_finished = true;
        const bool sameOrder =
            std::equal(m_files.begin(), m_files.end(), nameOrder.begin(),
                       [](const auto &file, const File *named) { return file.get() == named; });
        if (sameOrder)
            announceRows(before);
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
    const std::vector<qint64> before = m_rowStarts;
    m_rowStarts.assign(1, 0);
    for (int file = 0; file < fileCount(); ++file) {
        m_rowStarts.push_back(m_rowStarts.back() + documentLines(file));
        if (const FileDocument *document = this->document(file))
            m_files[size_t(file)]->problem = mostSeriousProblem(*document);
    }
    announceRows(before);
}

bool Dataset::onlyAppended(const std::vector<qint64> &before, const std::vector<qint64> &now)
{
    // Every row there was is still the same line of the same file: each file that had rows
    // starts where it did and kept them, and there are more rows than before.
    if (before.size() != now.size() || now.back() <= before.back())
        return false;
    for (size_t file = 0; file + 1 < before.size(); ++file) {
        if (before[file + 1] > before[file] &&
            (now[file] != before[file] || now[file + 1] - now[file] < before[file + 1] - before[file]))
            return false;
    }
    return true;
}

void Dataset::announceRows(const std::vector<qint64> &before)
{
    if (m_rowStarts == before)
        return;
    if (onlyAppended(before, m_rowStarts))
        emit grew(before.back());
    else
        emit reordered();
}

void Dataset::showIndexedRows()
{
    // Until every file is indexed the files are in the order of their names: rows are shown
    // for each file up to the first still being indexed, and for that file's lines so far,
    // so they only ever grow at the end.
    const std::vector<qint64> before = m_rowStarts;
    m_rowStarts.assign(1, 0);
    bool shown = true;
    for (int file = 0; file < fileCount(); ++file) {
        m_rowStarts.push_back(m_rowStarts.back() + (shown ? documentLines(file) : 0));
        shown = shown && m_files[size_t(file)]->done;
    }
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
    const std::vector<qint64> before = m_rowStarts;
    std::vector<const File *> oldOrder;
    for (const auto &f : m_files)
        oldOrder.push_back(f.get());
    for (auto &added : m_adding)
        m_files.push_back(std::move(added));
    m_adding.clear();
    m_nextToStart = m_files.size();
    order();
    // New files after all the others (the next day) append rows; anything else renumbers them.
    bool appended = m_rowStarts.back() > before.back();
    for (size_t i = 0; appended && i < oldOrder.size(); ++i)
        appended = m_files[i].get() == oldOrder[i] && m_rowStarts[i] == before[i];
    if (appended)
        emit grew(before.back());
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

void Dataset::order()
{
    // A file without a time takes the time of the file before it by name, so it stays there.
    std::vector<std::pair<qint64, File *>> keyed;
    qint64 previous = std::numeric_limits<qint64>::min();
    for (auto &file : m_files) {
        const auto index = file->document ? file->document->index() : nullptr;
        if (index && file->document->status() == FileDocument::Status::Ready) {
            const qint64 first =
                index->readStatistics([](const FileStatistics &s) { return s.firstTime(); });
            if (first != ScannedFields::noTime)
                previous = first;
        }
        keyed.emplace_back(previous, file.release());
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    m_files.clear();
    m_rowStarts.assign(1, 0);
    for (const auto &[key, file] : keyed) {
        m_files.emplace_back(file);
        m_rowStarts.push_back(m_rowStarts.back() + documentLines(int(m_files.size()) - 1));
    }
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

qint64 Dataset::lineCount(int file) const
{
    if (file < 0 || size_t(file) + 1 >= m_rowStarts.size())
        return 0;
    return m_rowStarts[size_t(file) + 1] - m_rowStarts[size_t(file)];
}

qint64 Dataset::firstRow(int file) const
{
    if (file < 0 || size_t(file) + 1 >= m_rowStarts.size())
        return -1;
    return m_rowStarts[size_t(file)];
}

Dataset::Location Dataset::locate(qint64 row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    // The last file whose first row is at or before \a row (empty files share their start
    // with the next one, which is the one that holds the row).
    const auto it = std::upper_bound(m_rowStarts.begin(), m_rowStarts.end(), row);
    const int file = int(it - m_rowStarts.begin()) - 1;
    return {file, row - m_rowStarts[size_t(file)]};
}

qint64 Dataset::rowOf(int file, qint64 line) const
{
    if (file < 0 || file >= fileCount() || line < 0 || line >= lineCount(file))
        return -1;
    return m_rowStarts[size_t(file)] + line;
}

FileStatistics Dataset::statistics() const
{
    FileStatistics result;
    for (int file = 0; file < fileCount(); ++file) {
        const FileDocument *document = this->document(file);
        if (lineCount(file) > 0 && document->index())
            document->index()->readStatistics(
                [&](const FileStatistics &s) { result.merge(s, m_rowStarts[size_t(file)]); });
    }
    return result;
}

qint64 Dataset::firstRowAtOrAfter(qint64 epochSeconds) const
{
    for (int file = 0; file < fileCount(); ++file) {
        if (lineCount(file) == 0)
            continue;
        const qint64 line = TimeNavigator::firstLineAtOrAfter(*document(file), epochSeconds);
        if (line >= 0)
            return rowOf(file, line);
    }
    return -1;
}
