#pragma once

#include "exportrequest.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

class Dataset;
class FileDocument;
class LineReader;
class QThread;

/// Writes chosen lines of a document to a new file on a worker thread, as an ExportRequest says
/// (through ExportWriter, as `hydrant-cli export` writes). The target is written through
/// QSaveFile, so a cancelled or failed export leaves nothing half-written behind.
class FileExporter : public QObject
{
    Q_OBJECT

public:
    /// One file's share of an export: lines of it (ascending), read through a reader of its own.
    struct Part
    {
        std::shared_ptr<LineReader> reader;
        std::vector<qint64> lines;
    };

    /// An exporter of lines of \a document; one that is only given parts needs none.
    explicit FileExporter(FileDocument *document, QObject *parent = nullptr);
    ~FileExporter() override;

    /// Starts writing \a lines (ascending) to request.destination, in its format and columns
    /// (which lines they are, request.lines, is the caller's business).
    void start(std::vector<qint64> lines, const ExportRequest &request);
    /// Starts writing the lines of \a parts one part after the other into request.destination
    /// (a dataset's files in time order, into one file). CSV line numbers are each line's in
    /// its own file, as `hydrant-cli export` writes them.
    void start(std::vector<Part> parts, const ExportRequest &request);
    /// The parts that export rows \a rows (ascending) of \a dataset: each file's lines, the
    /// files in dataset order, each part with a reader of its own.
    static std::vector<Part> partsOf(const Dataset &dataset, const std::vector<qint64> &rows);
    void cancel();
    bool isRunning() const { return m_running; }
    /// True when the last export ended because cancel() was called.
    bool wasCancelled() const;
    bool waitForFinished(int msecs = -1);

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
