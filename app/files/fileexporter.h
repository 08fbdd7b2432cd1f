#pragma once

#include "message/messagecolumns.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

class Dataset;
class FileDocument;
class LineReader;
class MessageNormalizer;
class QThread;

/// Writes chosen lines of a document to a new file on a worker thread: as gzip-compressed JSON
/// lines (the lines exactly as they are) or as CSV with chosen columns of the normalised
/// messages. The target is written through QSaveFile, so a cancelled or failed export leaves
/// nothing half-written behind.
class FileExporter : public QObject
{
    Q_OBJECT

public:
    enum class Format { JsonLinesGzip, JsonLines, Csv };
    /// Columns a CSV export can hold (MessageColumns: the line number, the message's fields,
    /// the raw JSON).
    using Column = MessageColumns::Column;

    /// Turns lines into export output: the lines as they are (JSON lines) or CSV rows of the
    /// normalised messages. Shared by the Files page and `hydrant-cli export`; one per thread.
    class RowWriter
    {
    public:
        RowWriter(Format format, const QList<Column> &columns);
        ~RowWriter();
        /// The CSV header line (with its CRLF); empty for JSON lines.
        QByteArray header() const;
        /// Appends the output for \a content, line number \a line (from 0), to \a out.
        void append(qint64 line, QByteArrayView content, QByteArray &out);

    private:
        Format m_format;
        QList<Column> m_columns;
        std::unique_ptr<MessageNormalizer> m_normalizer;
    };

    /// One file's share of an export: lines of it (ascending), read through a reader of its own.
    struct Part
    {
        std::shared_ptr<LineReader> reader;
        std::vector<qint64> lines;
    };

    /// An exporter of lines of \a document; one that is given parts needs none.
    explicit FileExporter(FileDocument *document, QObject *parent = nullptr);
    ~FileExporter() override;

    /// Starts writing \a lines (ascending) to \a path. \a columns only matter for CSV.
    void start(std::vector<qint64> lines, const QString &path, Format format,
               const QList<Column> &columns = {});
    /// Starts writing the lines of \a parts to \a path, one part after the other (a dataset's
    /// files in time order, into one file). CSV line numbers are each line's in its own file.
    void start(std::vector<Part> parts, const QString &path, Format format,
               const QList<Column> &columns = {});
    void cancel();
    bool isRunning() const { return m_running; }
    /// True when the last export ended because cancel() was called.
    bool wasCancelled() const;
    bool waitForFinished(int msecs = -1);

    /// The parts that export rows \a rows (ascending) of \a dataset: each file's lines, the
    /// files in dataset order, each part with a reader of its own.
    static std::vector<Part> partsOf(const Dataset &dataset, const std::vector<qint64> &rows);

    static QString columnName(Column column);
    static QList<Column> allColumns();
    /// The format a file name asks for (".csv", ".jsonl.gz", ".jsonl").
    static Format formatForPath(const QString &path);

signals:
    void progressChanged(qint64 done, qint64 total);
    /// \a error is empty on success; a cancelled export reports "cancelled" (see wasCancelled()).
    void finished(bool ok, const QString &error);

private:
    struct Shared;
    void postProgress();
    void report();

    FileDocument *m_document;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    bool m_running = false;
};
