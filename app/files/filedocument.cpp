#include "filedocument.h"

#include "gzipreader.h"
#include "indexcache.h"
#include "linereader.h"
#include "plainfilereader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThread>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

/// The file's device and inode: another file put in its place has others. Empty where unknown.
QByteArray fileIdentity(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QByteArray::number(quint64(st.st_dev)) + ':' + QByteArray::number(quint64(st.st_ino));
#else
    Q_UNUSED(path);
    return {};
#endif
}

QString hexBytes(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.left(8).toHex(' '));
}

} // namespace

FileDocument::FileDocument(QObject *parent)
    : QObject(parent)
{}

FileDocument::~FileDocument()
{
    stopWorker();
}

void FileDocument::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit statusChanged(status);
}

bool FileDocument::fail(const QString &message)
{
    m_error = message;
    setStatus(Status::Failed);
    return false;
}

QStringList FileDocument::notices() const
{
    QStringList result = m_openNotices;
    if (m_index)
        result += m_index->notices();
    return result;
}

bool FileDocument::isIndexing() const
{
    return m_index && m_status == Status::Indexing && !m_readingCache && !m_index->isFinished();
}

double FileDocument::indexingProgress() const
{
    if (!m_index)
        return 0;
    const qint64 total = m_index->inputTotal();
    return total > 0 ? std::clamp(double(m_index->inputDone()) / double(total), 0.0, 1.0) : 0.0;
}

qint64 FileDocument::indexingSecondsLeft() const
{
    if (!isIndexing())
        return -1;
    const qint64 done = m_index->inputDone();
    const qint64 total = m_index->inputTotal();
    const qint64 elapsedMs = m_openedAt.elapsed();
    if (done <= 0 || total <= done || elapsedMs <= 1000)
        return -1;
    return qint64(double(elapsedMs) / double(done) * double(total - done) / 1000.0);
}

QString FileDocument::statusText() const
{
    if (!m_index)
        return {};
    const QLocale locale;
    if (isIndexing()) {
        QString text =
            tr("Indexing… %1 of %2, %3 lines")
                .arg(locale.formattedDataSize(m_index->inputDone()),
                     locale.formattedDataSize(m_index->inputTotal()), locale.toString(m_lineCount));
        if (const qint64 left = indexingSecondsLeft(); left >= 0) {
            const QString duration =
                left < 60     ? tr("%1 s").arg(left)
                : left < 3600 ? tr("%1 min %2 s").arg(left / 60).arg(left % 60)
                              : tr("%1 h %2 min").arg(left / 3600).arg((left % 3600) / 60);
            text += tr(" — about %1 left").arg(duration);
        }
        return text;
    }
    QStringList parts;
    parts << tr("Lines: %1").arg(locale.toString(m_lineCount));
    parts << tr("%1 of content").arg(locale.formattedDataSize(m_index->outputDone()));
    parts << formatDescription();
    if (m_fromCache)
        parts << tr("index from the cache");
    return parts.join(QStringLiteral(" · "));
}

QList<FileDocument::Problem> FileDocument::problems() const
{
    QList<Problem> result;
    switch (m_status) {
    case Status::Failed:
        return {{m_error, true}};
    case Status::NeedsMember:
        return {{tr("The archive holds several files; open one of them to read it."), false}};
    default:
        break;
    }
    if (m_index) {
        switch (m_index->state()) {
        case FileIndex::State::Truncated:
        case FileIndex::State::Damaged:
            result.append({m_index->message().isEmpty()
                               ? tr("Indexing stopped before the end of the file.")
                               : m_index->message(),
                           true});
            break;
        case FileIndex::State::Cancelled:
            result.append({tr("Indexing was stopped: only the first %1 of the file can be "
                              "browsed and searched.")
                               .arg(QLocale().formattedDataSize(m_index->outputDone())),
                           false});
            break;
        default:
            break;
        }
    }
    for (const QString &notice : notices())
        result.append({notice, false});
    if (m_index) {
        const bool noObject = m_index->readStatistics(
            [](const FileStatistics &s) { return s.lines() > 0 && s.malformed() == s.lines(); });
        if (m_index->isFinished() && noObject)
            result.append({tr("None of the lines is a JSON object: this does not look like a "
                              "JSON-lines file."),
                           false});
    }
    return result;
}

QString FileDocument::formatDescription() const
{
    QString text = FileFormat::displayName(m_format);
    if (!m_member.isEmpty())
        text += QStringLiteral(" › ") + m_member;
    return text;
}

bool FileDocument::open(const QString &path)
{
    stopWorker();
    m_path = path;
    m_member.clear();
    m_error.clear();
    m_openNotices.clear();
    if (!m_reloadNotice.isEmpty())
        m_openNotices.append(std::exchange(m_reloadNotice, QString()));
    m_members.clear();
    m_index.reset();
    m_reader.reset();
    m_temporary.reset();
    const bool hadLines = m_lineCount > 0;
    m_lineCount = 0;
    m_checkPending = false;
    m_identity = fileIdentity(path);
    if (hadLines)
        emit reset();
    if (m_watching)
        watchPath();
    m_fromCache = false;
    m_readingCache = false;
    m_openedAt.start();
    m_finishedAnnounced = false;
    m_source = Source::None;
    m_contentPath = path;

    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("The file %1 does not exist.").arg(path));
    if (info.isDir())
        return fail(tr("%1 is a folder, not a file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray head = file.read(FileFormat::headerSize);
    file.close();
    m_format = FileFormat::detect(head);

    const FileFormat::Kind expected = FileFormat::expectedFromName(info.fileName());
    if (m_format != FileFormat::Empty && expected != FileFormat::Binary && expected != m_format) {
        m_openNotices.append(
            tr("The name of this file suggests %1, but it holds %2; it is read as what it holds.")
                .arg(FileFormat::displayName(expected), FileFormat::displayName(m_format)));
    }

    switch (m_format) {
    case FileFormat::Empty:
        m_index = std::make_shared<FileIndex>();
        m_index->finish(FileIndex::State::Complete);
        m_openNotices.append(tr("The file is empty."));
        m_source = Source::Plain;
        setStatus(Status::Ready);
        emit indexingFinished();
        return true;
    case FileFormat::Gzip:
        if (ArchiveAccess::compressedTar(path, m_format)) {
            m_containerFormat = m_format;
            if (!ArchiveAccess::isAvailable())
                return fail(ArchiveAccess::missingMessage(FileFormat::Tar));
            listContainer();
            return true;
        }
        startIndexing(Source::Gzip);
        return true;
    case FileFormat::PlainText:
        startIndexing(Source::Plain);
        return true;
    case FileFormat::Zip:
    case FileFormat::Tar:
    case FileFormat::SevenZip:
        if (!ArchiveAccess::isAvailable())
            return fail(ArchiveAccess::missingMessage(m_format));
        m_containerFormat = m_format;
        listContainer();
        return true;
    case FileFormat::Xz:
    case FileFormat::Bzip2:
    case FileFormat::Zstd:
        if (!ArchiveAccess::isAvailable())
            return fail(ArchiveAccess::missingMessage(m_format));
        if (ArchiveAccess::compressedTar(path, m_format)) {
            m_containerFormat = m_format;
            listContainer();
            return true;
        }
        extractCompressed();
        return m_status != Status::Failed;
    case FileFormat::Binary:
        break;
    }
    return fail(tr("%1 does not hold JSON lines or an archive Hydrant can read: it is binary data "
                   "of an unknown kind (it starts with the bytes %2).")
                    .arg(info.fileName(), hexBytes(head)));
}

void FileDocument::startWorker(std::function<void()> work)
{
    stopWorker();
    m_cancel = false;
    m_cacheLoaded = false;
    ++m_workerGeneration;
    m_thread = QThread::create(std::move(work));
    m_thread->setObjectName(QStringLiteral("file-indexer"));
    connect(m_thread, &QThread::finished, this, &FileDocument::update);
    m_thread->start();
}

void FileDocument::stopWorker()
{
    if (!m_thread)
        return;
    m_cancel = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void FileDocument::cancel()
{
    m_cancel = true;
}

bool FileDocument::waitForFinished(int msecs)
{
    const QDeadlineTimer deadline =
        msecs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(msecs);
    // A finished container listing may start the extraction of its only member: wait for that too.
    // (Told by the generation, not the pointer: the next worker may get the old one's address.)
    while (QThread *thread = m_thread) {
        const quint64 generation = m_workerGeneration;
        if (!thread->wait(deadline))
            return false;
        update();
        if (m_workerGeneration == generation)
            break;
    }
    return true;
}

void FileDocument::postUpdate()
{
    // Called on the worker thread: at most one update waits in the queue at any time.
    if (!m_updatePending.exchange(true))
        QMetaObject::invokeMethod(this, &FileDocument::update, Qt::QueuedConnection);
}

void FileDocument::update()
{
    m_updatePending = false;
    if (m_status == Status::Opening) {
        // A container listing finished.
        if (m_thread && m_thread->isRunning())
            return;
        if (!m_workerError.isEmpty()) {
            fail(m_workerError);
            return;
        }
        m_members = m_listed;
        QList<ArchiveAccess::Member> safe;
        for (const ArchiveAccess::Member &member : std::as_const(m_members)) {
            if (member.safe)
                safe.append(member);
        }
        const QList<ArchiveAccess::Member> likely = ArchiveAccess::likelyJsonMembers(m_members);
        if (safe.isEmpty()) {
            fail(m_members.isEmpty()
                     ? tr("The archive holds no files.")
                     : tr("The archive holds only files whose names are not safe to use."));
        } else if (safe.size() == 1) {
            openMember(safe.front().path);
        } else if (likely.size() == 1) {
            openMember(likely.front().path);
        } else {
            setStatus(Status::NeedsMember);
        }
        return;
    }
    if (!m_index)
        return;
    // Finished first: once it is, every line has been published, so the count below is final.
    const bool finished = m_index->isFinished();
    const qint64 count = m_index->lineCount();
    if (count > m_lineCount) {
        m_lineCount = count;
        emit linesAdded(count);
    }
    emit progressChanged();
    emit statisticsChanged();
    if (finished && !m_finishedAnnounced) {
        m_finishedAnnounced = true;
        m_fromCache = m_cacheLoaded;
        if (m_index->state() == FileIndex::State::Failed) {
            fail(m_index->message());
        } else {
            setStatus(Status::Ready);
        }
        emit indexingFinished();
        // The file may have grown while it was read.
        if (m_watching)
            m_checkPending = true;
    }
    if (m_checkPending && (!m_thread || m_thread->isFinished()) && m_watching) {
        m_checkPending = false;
        QTimer::singleShot(0, this, &FileDocument::checkForChanges);
    }
}

void FileDocument::setWatching(bool watching)
{
    if (m_watching == watching)
        return;
    m_watching = watching;
    if (!watching) {
        delete m_watcher;
        m_watcher = nullptr;
        delete m_poll;
        m_poll = nullptr;
        return;
    }
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &FileDocument::checkForChanges);
    m_poll = new QTimer(this);
    m_poll->setInterval(m_pollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &FileDocument::checkForChanges);
    m_poll->start();
    if (!m_path.isEmpty())
        watchPath();
}

void FileDocument::setPollIntervalMs(int milliseconds)
{
    m_pollIntervalMs = std::max(1, milliseconds);
    if (m_poll)
        m_poll->setInterval(m_pollIntervalMs);
}

void FileDocument::watchPath()
{
    // A watcher forgets a file that was replaced or removed: it is watched again each time.
    if (m_watcher && !m_watcher->files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher->addPath(m_path);
}

void FileDocument::checkForChanges()
{
    if (!m_watching || m_path.isEmpty() || !m_member.isEmpty())
        return;
    if (m_thread && !m_thread->isFinished()) {
        m_checkPending = true; // looked at again when the pass ends
        return;
    }
    watchPath();
    const Source source = m_source;
    const QFileInfo info(m_path);
    if (!info.exists())
        return; // removed, or being replaced: looked at again later
    const qint64 size = info.size();
    const QByteArray identity = fileIdentity(m_path);
    const bool replaced = !m_identity.isEmpty() && !identity.isEmpty() && identity != m_identity;
    if (m_status == Status::Ready && m_format == FileFormat::Empty) {
        if (replaced || size > 0)
            reload({});
        return;
    }
    if (m_status != Status::Ready || !m_index || (source != Source::Gzip && source != Source::Plain))
        return;
    const FileIndex::State state = m_index->state();
    if (state != FileIndex::State::Complete && state != FileIndex::State::Truncated)
        return;
    const FileIndex::Tail tail = m_index->tail();
    const qint64 known = tail.known ? tail.bytesRead : m_index->inputTotal();
    if (replaced || size < known) {
        reload(replaced ? tr("The file was replaced by another one with the same name: it was "
                             "read again from the start.")
                        : tr("The file became shorter (it was truncated or rewritten): it was "
                             "read again from the start."));
        return;
    }
    if (size > known)
        continueIndexing();
}

void FileDocument::reload(const QString &notice)
{
    m_reloadNotice = notice;
    open(m_path);
}

void FileDocument::continueIndexing()
{
    FileIndex::Tail tail = m_index->tail();
    if (!tail.known) {
        // An index from the cache: it ends where the file ended then, maybe inside a line.
        tail.known = true;
        tail.bytesRead = m_index->inputTotal();
        const qint64 end = m_index->endOffset();
        char last = '\n';
        if (end > 0) {
            const std::unique_ptr<ByteReader> reader = createByteReader();
            if (!reader || !reader->seek(end - 1) || reader->read(&last, 1) != 1)
                return;
        }
        tail.insideLine = last != '\n';
        m_index->setTail(tail);
    }
    m_index->reopen();
    m_finishedAnnounced = false;
    std::shared_ptr<FileIndex> index = m_index;
    const QString path = m_contentPath;
    const FileIndexer::Options options = m_options;
    const bool gzip = m_source == Source::Gzip;
    startWorker([this, index, path, options, gzip] {
        FileIndexer indexer(*index, m_cancel, options, [this] { postUpdate(); });
        if (gzip)
            indexer.continueGzip(path);
        else
            indexer.continuePlain(path);
    });
}

void FileDocument::startIndexing(Source source)
{
    m_source = source;
    m_index = std::make_shared<FileIndex>();
    m_lineCount = 0;
    m_finishedAnnounced = false;
    const bool cacheable = m_cacheEnabled && (source == Source::Gzip || source == Source::Plain);
    setStatus(Status::Indexing);
    std::shared_ptr<FileIndex> index = m_index;
    const QString path = m_contentPath;
    const QString cachePath = m_path;
    const FileIndexer::Options options = m_options;
    // The cached index is read on the worker too: a month of days opened from the cache would
    // otherwise hold the window (and a search waiting for the first day) for a millisecond or
    // more per day. (The previous worker is stopped first: it must not clear the flag after it
    // is set.)
    stopWorker();
    m_readingCache = cacheable;
    startWorker([this, index, path, cachePath, options, source, cacheable] {
        if (cacheable) {
            index->setContentSource(source == Source::Gzip ? FileIndexer::gzipSource(path)
                                                           : FileIndexer::plainSource(path));
            // Said before the index can look finished, so that no update sees it otherwise.
            m_cacheLoaded = true;
            const bool loaded = IndexCache::load(cachePath, *index);
            m_cacheLoaded = loaded;
            m_readingCache = false;
            if (loaded)
                return;
            postUpdate(); // indexing after all: the lines come as the pass finds them
        }
        FileIndexer indexer(*index, m_cancel, options, [this] { postUpdate(); });
        if (source == Source::Gzip || source == Source::ExtractedGzip)
            indexer.indexGzip(path);
        else
            indexer.indexPlain(path);
        if (cacheable && !m_cancel)
            IndexCache::save(cachePath, *index);
    });
}

void FileDocument::listContainer()
{
    setStatus(Status::Opening);
    m_workerError.clear();
    m_listed.clear();
    const QString path = m_path;
    const FileFormat::Kind kind = m_containerFormat;
    startWorker([this, path, kind] {
        QString error;
        m_listed = ArchiveAccess::listMembers(path, kind, &error);
        m_workerError = error;
    });
}

bool FileDocument::createTemporaryFile()
{
    // The extracted content gets a random name in the cache folder: member names never name a file.
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                               .filePath(QStringLiteral("extracted"));
    QDir().mkpath(folder);
    m_temporary = std::make_unique<QTemporaryFile>(
        QDir(folder).filePath(QStringLiteral("hydrant-XXXXXX.data")));
    if (!m_temporary->open())
        return fail(tr("Cannot create a temporary file in %1 for the extracted data: %2")
                        .arg(folder, m_temporary->errorString()));
    m_contentPath = m_temporary->fileName();
    return true;
}

bool FileDocument::openMember(const QString &member)
{
    if (!ArchiveAccess::isSafeMemberPath(member))
        return fail(
            tr("The archive member name \"%1\" is not safe to use; it is not opened.").arg(member));
    stopWorker();
    m_member = member;
    extractMember(member);
    return m_status != Status::Failed;
}

void FileDocument::extractMember(const QString &member)
{
    if (!createTemporaryFile())
        return;
    m_index = std::make_shared<FileIndex>();
    m_lineCount = 0;
    m_finishedAnnounced = false;
    m_reader.reset();
    // Decided by the worker once it sees the member's first bytes, before any line is published.
    m_source = Source::Extracted;
    setStatus(Status::Indexing);
    std::shared_ptr<FileIndex> index = m_index;
    QFile *copy = m_temporary.get();
    const QString path = m_path;
    const QString contentPath = m_contentPath;
    const FileFormat::Kind kind = m_containerFormat;
    const FileIndexer::Options options = m_options;
    startWorker([this, index, copy, path, contentPath, kind, member, options] {
        ArchiveAccess access;
        QString error;
        if (!access.openMember(path, kind, member, &error)) {
            index->finish(FileIndex::State::Failed, error);
            return;
        }
        QIODevice *device = access.device();
        FileIndexer indexer(*index, m_cancel, options, [this] { postUpdate(); });
        if (device->peek(2) == QByteArray("\x1f\x8b", 2)) {
            // A gzip member: copy it out as it is, then index it like any gzip file.
            QByteArray chunk(1 << 20, Qt::Uninitialized);
            for (;;) {
                if (m_cancel) {
                    index->finish(FileIndex::State::Cancelled);
                    return;
                }
                const qint64 n = device->read(chunk.data(), chunk.size());
                if (n < 0) {
                    index->finish(FileIndex::State::Failed, device->errorString());
                    return;
                }
                if (n == 0)
                    break;
                if (copy->write(chunk.constData(), n) != n) {
                    index->finish(FileIndex::State::Failed, copy->errorString());
                    return;
                }
                index->setProgress(access.progressDone(), access.progressTotal(), 0);
                postUpdate();
            }
            copy->flush();
            m_source = Source::ExtractedGzip;
            indexer.indexGzip(contentPath);
            return;
        }
        indexer.indexStream(*device, *copy, access.progressTotal(),
                            [&access] { return access.progressDone(); });
    });
}

void FileDocument::extractCompressed()
{
    if (!createTemporaryFile())
        return;
    m_index = std::make_shared<FileIndex>();
    m_source = Source::Extracted;
    setStatus(Status::Indexing);
    std::shared_ptr<FileIndex> index = m_index;
    QFile *copy = m_temporary.get();
    const QString path = m_path;
    const FileFormat::Kind kind = m_format;
    const FileIndexer::Options options = m_options;
    startWorker([this, index, copy, path, kind, options] {
        ArchiveAccess access;
        QString error;
        if (!access.openCompressed(path, kind, &error)) {
            index->finish(FileIndex::State::Failed, error);
            return;
        }
        FileIndexer indexer(*index, m_cancel, options, [this] { postUpdate(); });
        indexer.indexStream(*access.device(), *copy, access.progressTotal(),
                            [&access] { return access.progressDone(); });
    });
}

std::unique_ptr<ByteReader> FileDocument::createByteReader() const
{
    if (!m_index)
        return nullptr;
    const Source source = m_source;
    if (source == Source::Gzip || source == Source::ExtractedGzip) {
        std::shared_ptr<const GzipAccessPoints> points(m_index, &m_index->accessPoints());
        return std::make_unique<GzipReader>(m_contentPath, std::move(points));
    }
    return std::make_unique<PlainFileReader>(m_contentPath);
}

std::unique_ptr<LineReader> FileDocument::createLineReader() const
{
    std::unique_ptr<ByteReader> reader = createByteReader();
    if (!reader)
        return nullptr;
    return std::make_unique<LineReader>(m_index, std::move(reader));
}

LineReader &FileDocument::lineReader()
{
    if (!m_reader)
        m_reader = createLineReader();
    return *m_reader;
}
