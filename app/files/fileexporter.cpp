#include "fileexporter.h"

#include "dataset.h"
#include "exportwriter.h"
#include "filedocument.h"
#include "linereader.h"

#include <QSaveFile>
#include <QThread>

#include <algorithm>
#include <mutex>

struct FileExporter::Shared
{
    std::atomic_bool cancel{false};
    std::atomic_bool pending{false};
    std::atomic<qint64> done{0};
    qint64 total = 0;
    std::mutex mutex;
    bool finished = false;
    bool ok = false;
    QString error;
};

FileExporter::FileExporter(FileDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{}

FileExporter::~FileExporter()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool FileExporter::wasCancelled() const
{
    return m_shared && m_shared->cancel;
}

void FileExporter::cancel()
{
    if (m_shared)
        m_shared->cancel = true;
}

std::vector<FileExporter::Part> FileExporter::partsOf(const Dataset &dataset,
                                                      const std::vector<qint64> &rows)
{
    // Files merged by time take turns: each keeps one reader, which reads on from where its
    // last part ended instead of seeking again.
    std::vector<Part> parts;
    std::vector<std::shared_ptr<LineReader>> readers(size_t(dataset.fileCount()));
    int file = -1;
    for (const qint64 row : rows) {
        const Dataset::Location at = dataset.locate(row);
        if (at.file < 0)
            continue;
        if (at.file != file) {
            file = at.file;
            std::shared_ptr<LineReader> &reader = readers[size_t(file)];
            if (!reader)
                reader = dataset.document(file)->createLineReader();
            parts.push_back({reader, {}});
        }
        parts.back().lines.push_back(at.line);
    }
    return parts;
}

void FileExporter::start(std::vector<qint64> lines, const ExportRequest &request)
{
    std::vector<Part> parts(1);
    parts.front().reader = m_document->createLineReader();
    parts.front().lines = std::move(lines);
    start(std::move(parts), request);
}

void FileExporter::start(std::vector<Part> parts, const ExportRequest &request)
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_shared = std::make_shared<Shared>();
    qint64 total = 0;
    for (const Part &part : parts)
        total += qint64(part.lines.size());
    m_shared->total = total;
    m_running = true;
    std::shared_ptr<Shared> shared = m_shared;
    // Each part's reader (and its buffer) goes once its lines are written.
    auto todo = std::make_shared<std::vector<Part>>(std::move(parts));
    m_thread = QThread::create([this, shared, todo, total, request] {
        const QString &path = request.destination;
        QString error;
        QSaveFile file(path);
        const bool readable = std::all_of(todo->begin(), todo->end(),
                                          [](const Part &part) { return bool(part.reader); });
        if (!readable) {
            error = tr("The file is not open.");
        } else if (!file.open(QIODevice::WriteOnly)) {
            error = tr("Cannot write %1: %2").arg(path, file.errorString());
        } else {
            ExportWriter writer(file, request.format, request.columns);
            bool ok = true;
            for (Part &part : *todo) {
                if (!ok || shared->cancel)
                    break;
                ok = writer.writeLines(*part.reader, part.lines, [&](qint64 written) {
                    if (written % 1024 == 0 && written > shared->done) {
                        shared->done = written;
                        postProgress();
                    }
                    return !shared->cancel;
                });
                part.reader.reset();
            }
            shared->done = writer.linesWritten();
            if (shared->cancel) {
                error = tr("cancelled");
                file.cancelWriting();
            } else if (!ok || !writer.finish()) {
                error = tr("Writing %1 failed: %2").arg(path, file.errorString());
                file.cancelWriting();
            } else if (writer.linesWritten() != total) {
                error = tr("Some lines could not be read; nothing was written.");
                file.cancelWriting();
            } else if (!file.commit()) {
                error = tr("Cannot save %1: %2").arg(path, file.errorString());
            }
        }
        {
            std::lock_guard lock(shared->mutex);
            shared->finished = true;
            shared->ok = error.isEmpty();
            shared->error = error;
        }
        shared->pending = false;
        postProgress();
    });
    m_thread->setObjectName(QStringLiteral("file-export"));
    m_thread->start();
}

void FileExporter::postProgress()
{
    if (!m_shared->pending.exchange(true))
        QMetaObject::invokeMethod(this, &FileExporter::report, Qt::QueuedConnection);
}

void FileExporter::report()
{
    if (!m_shared)
        return;
    m_shared->pending = false;
    emit progressChanged(m_shared->done, m_shared->total);
    bool done, ok;
    QString error;
    {
        std::lock_guard lock(m_shared->mutex);
        done = m_shared->finished;
        ok = m_shared->ok;
        error = m_shared->error;
    }
    if (done && m_running) {
        m_running = false;
        emit finished(ok, error);
    }
}

bool FileExporter::waitForFinished(int msecs)
{
    if (m_thread && !m_thread->wait(msecs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever)
                                              : QDeadlineTimer(msecs)))
        return false;
    report();
    return true;
}
