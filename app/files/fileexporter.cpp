#include "fileexporter.h"

#include "exportwriter.h"
#include "filedocument.h"
#include "linereader.h"

#include <QSaveFile>
#include <QThread>

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

void FileExporter::start(std::vector<qint64> lines, const ExportRequest &request)
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_shared = std::make_shared<Shared>();
    m_shared->total = qint64(lines.size());
    m_running = true;
    std::shared_ptr<Shared> shared = m_shared;
    std::shared_ptr<LineReader> reader = m_document->createLineReader();
    m_thread = QThread::create([this, shared, reader, lines = std::move(lines), request] {
        const QString &path = request.destination;
        QString error;
        QSaveFile file(path);
        if (!reader) {
            error = tr("The file is not open.");
        } else if (!file.open(QIODevice::WriteOnly)) {
            error = tr("Cannot write %1: %2").arg(path, file.errorString());
        } else {
            ExportWriter writer(file, request.format, request.columns);
            const bool ok = writer.writeLines(*reader, lines, [&](qint64 written) {
                if (written % 1024 == 0 && written > shared->done) {
                    shared->done = written;
                    postProgress();
                }
                return !shared->cancel;
            });
            shared->done = writer.linesWritten();
            if (shared->cancel) {
                error = tr("cancelled");
                file.cancelWriting();
            } else if (!ok || !writer.finish()) {
                error = tr("Writing %1 failed: %2").arg(path, file.errorString());
                file.cancelWriting();
            } else if (writer.linesWritten() != qint64(lines.size())) {
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
