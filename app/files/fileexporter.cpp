#include "fileexporter.h"

#include "feed/feedmodel.h"
#include "message/messagenormalizer.h"
#include "dataset.h"
#include "filedocument.h"
#include "linereader.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QThread>

#include <zlib.h>

#include <algorithm>
#include <mutex>

namespace {

QByteArray csvField(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') ||
        bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

/// Output through zlib's gzip wrapper, or straight through.
class Sink
{
public:
    Sink(QSaveFile &file, bool gzip)
        : m_file(file)
        , m_gzip(gzip)
    {
        if (m_gzip)
            m_ok = deflateInit2(&m_z, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY) == Z_OK;
        m_out.resize(1 << 18);
    }
    ~Sink()
    {
        if (m_gzip)
            deflateEnd(&m_z);
    }
    bool write(const QByteArray &bytes) { return write(bytes.constData(), bytes.size()); }
    bool write(const char *data, qsizetype size)
    {
        if (!m_ok)
            return false;
        if (!m_gzip)
            return m_file.write(data, size) == size;
        m_z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        m_z.avail_in = uInt(size);
        return pump(Z_NO_FLUSH);
    }
    bool finish() { return !m_gzip || pump(Z_FINISH); }

private:
    bool pump(int flush)
    {
        int ret;
        do {
            m_z.next_out = reinterpret_cast<Bytef *>(m_out.data());
            m_z.avail_out = uInt(m_out.size());
            ret = deflate(&m_z, flush);
            const qsizetype produced = m_out.size() - qsizetype(m_z.avail_out);
            if (produced > 0 && m_file.write(m_out.constData(), produced) != produced)
                return m_ok = false;
        } while (m_z.avail_out == 0 || (flush == Z_FINISH && ret != Z_STREAM_END));
        return true;
    }

    QSaveFile &m_file;
    bool m_gzip;
    bool m_ok = true;
    z_stream m_z{};
    QByteArray m_out;
};

} // namespace

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

QString FileExporter::columnName(Column column)
{
    return MessageColumns::title(column);
}

QList<FileExporter::Column> FileExporter::allColumns()
{
    QList<Column> columns = MessageColumns::all();
    columns.removeAll(Column::Kind); // the export dialog offers what the table shows
    return columns;
}

FileExporter::RowWriter::RowWriter(Format format, const QList<Column> &columns)
    : m_format(format)
    , m_columns(columns)
    , m_normalizer(std::make_unique<MessageNormalizer>())
{}

FileExporter::RowWriter::~RowWriter() = default;

QByteArray FileExporter::RowWriter::header() const
{
    if (m_format != Format::Csv)
        return {};
    QByteArray header;
    for (const Column column : m_columns)
        // The stable keys, as `--columns` takes them: the same header in every language.
        header += (header.isEmpty() ? "" : ",") + csvField(MessageColumns::key(column));
    return header + "\r\n";
}

void FileExporter::RowWriter::append(qint64 line, QByteArrayView content, QByteArray &out)
{
    if (m_format != Format::Csv) {
        out.append(content.data(), content.size());
        out.append('\n');
        return;
    }
    const Message m = m_normalizer->normalize(content);
    for (int i = 0; i < m_columns.size(); ++i) {
        if (i)
            out += ',';
        out += csvField(MessageColumns::exportValue(m, m_columns[i], line));
    }
    out += "\r\n";
}

FileExporter::Format FileExporter::formatForPath(const QString &path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".csv")))
        return Format::Csv;
    if (lower.endsWith(QLatin1String(".gz")))
        return Format::JsonLinesGzip;
    return Format::JsonLines;
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
    std::vector<Part> parts;
    int file = -1;
    for (const qint64 row : rows) {
        const Dataset::Location at = dataset.locate(row);
        if (at.file < 0)
            continue;
        if (at.file != file) {
            file = at.file;
            parts.push_back({dataset.document(file)->createLineReader(), {}});
        }
        parts.back().lines.push_back(at.line);
    }
    return parts;
}

void FileExporter::start(std::vector<qint64> lines, const QString &path, Format format,
                         const QList<Column> &columns)
{
    std::vector<Part> parts(1);
    parts.front().reader = m_document->createLineReader();
    parts.front().lines = std::move(lines);
    start(std::move(parts), path, format, columns);
}

void FileExporter::start(std::vector<Part> parts, const QString &path, Format format,
                         const QList<Column> &columns)
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
    m_thread = QThread::create([this, shared, todo, total, path, format, columns] {
        QString error;
        QSaveFile file(path);
        const bool readable = std::all_of(todo->begin(), todo->end(),
                                          [](const Part &part) { return bool(part.reader); });
        if (!readable) {
            error = tr("The file is not open.");
        } else if (!file.open(QIODevice::WriteOnly)) {
            error = tr("Cannot write %1: %2").arg(path, file.errorString());
        } else {
            Sink sink(file, format == Format::JsonLinesGzip);
            RowWriter writer(format, columns);
            bool ok = format != Format::Csv || sink.write(writer.header());
            QByteArray whole, row;
            qint64 count = 0;
            for (Part &part : *todo) {
                if (!ok || shared->cancel)
                    break;
                LineReader &reader = *part.reader;
                reader.forLines(
                    part.lines, 1 << 20, [&](qint64 line, QByteArrayView content, qint64 length) {
                        if (shared->cancel)
                            return false;
                        // An export holds the whole line, however long.
                        if (length > content.size() && reader.readWholeLine(line, whole))
                            content = whole;
                        row.clear();
                        writer.append(line, content, row);
                        ok = sink.write(row);
                        if (++count % 1024 == 0) {
                            shared->done = count;
                            postProgress();
                        }
                        return ok;
                    });
                part.reader.reset();
            }
            shared->done = count;
            if (shared->cancel) {
                error = tr("cancelled");
                file.cancelWriting();
            } else if (!ok || !sink.finish()) {
                error = tr("Writing %1 failed: %2").arg(path, file.errorString());
                file.cancelWriting();
            } else if (count != total) {
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
