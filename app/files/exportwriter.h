#pragma once

#include "exportrequest.h"

#include <functional>
#include <memory>
#include <vector>

class LineReader;
class MessageNormalizer;
class QIODevice;

/// Writes export output to a device: JSON lines exactly as they are (gzip-compressed or not), or
/// CSV rows of the normalised messages under a header of the column keys (the same in every
/// language). The Files page's export (on its worker thread) and `hydrant-cli export` (several
/// files into one output) both write through it, so they write the same bytes. One per thread.
class ExportWriter
{
public:
    /// Asked before each line with the number of lines written so far; false stops.
    using KeepGoing = std::function<bool(qint64 written)>;

    ExportWriter(QIODevice &out, ExportRequest::Format format,
                 const QList<ExportRequest::Column> &columns);
    ~ExportWriter();
    ExportWriter(const ExportWriter &) = delete;
    ExportWriter &operator=(const ExportWriter &) = delete;

    /// Appends lines \a lines (ascending; line numbers from 0) of \a reader, each whole however
    /// long. Returns false when writing failed; a line that cannot be read is left out (compare
    /// linesWritten()), and \a keepGoing may stop early.
    bool writeLines(LineReader &reader, const std::vector<qint64> &lines,
                    const KeepGoing &keepGoing = {});
    /// Ends the output (the CSV header of an export without lines, the gzip trailer); false when
    /// writing failed. Nothing may be written after it.
    bool finish();
    /// Lines written so far, over every writeLines().
    qint64 linesWritten() const { return m_written; }

private:
    class Sink;

    bool writeHeader();
    void appendRow(qint64 line, QByteArrayView content, QByteArray &out);

    ExportRequest::Format m_format;
    QList<ExportRequest::Column> m_columns;
    std::unique_ptr<Sink> m_sink;
    std::unique_ptr<MessageNormalizer> m_normalizer;
    bool m_headerWritten = false;
    qint64 m_written = 0;
};
