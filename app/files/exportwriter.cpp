#include "exportwriter.h"

#include "linereader.h"
#include "message/messagenormalizer.h"

#include <QIODevice>

#include <zlib.h>

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

// Rows are read in runs of nearby lines with a buffer of this size.
constexpr qint64 readLimit = 1 << 20;

} // namespace

/// Output through zlib's gzip wrapper, or straight through.
class ExportWriter::Sink
{
public:
    Sink(QIODevice &out, bool gzip)
        : m_out(out)
        , m_gzip(gzip)
    {
        if (m_gzip)
            m_ok = deflateInit2(&m_z, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY) == Z_OK;
        m_buffer.resize(1 << 18);
    }
    ~Sink()
    {
        if (m_gzip)
            deflateEnd(&m_z);
    }
    bool write(const QByteArray &bytes)
    {
        if (!m_ok)
            return false;
        if (!m_gzip)
            return m_ok = m_out.write(bytes) == bytes.size();
        m_z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
        m_z.avail_in = uInt(bytes.size());
        return pump(Z_NO_FLUSH);
    }
    bool finish() { return m_ok && (!m_gzip || pump(Z_FINISH)); }

private:
    bool pump(int flush)
    {
        int ret;
        do {
            m_z.next_out = reinterpret_cast<Bytef *>(m_buffer.data());
            m_z.avail_out = uInt(m_buffer.size());
            ret = deflate(&m_z, flush);
            const qsizetype produced = m_buffer.size() - qsizetype(m_z.avail_out);
            if (produced > 0 && m_out.write(m_buffer.constData(), produced) != produced)
                return m_ok = false;
        } while (m_z.avail_out == 0 || (flush == Z_FINISH && ret != Z_STREAM_END));
        return true;
    }

    QIODevice &m_out;
    bool m_gzip;
    bool m_ok = true;
    z_stream m_z{};
    QByteArray m_buffer;
};

ExportWriter::ExportWriter(QIODevice &out, ExportRequest::Format format,
                           const QList<ExportRequest::Column> &columns)
    : m_format(format)
    , m_columns(columns)
    , m_sink(std::make_unique<Sink>(out, format == ExportRequest::Format::JsonLinesGzip))
    , m_normalizer(std::make_unique<MessageNormalizer>())
{}

ExportWriter::~ExportWriter() = default;

bool ExportWriter::writeHeader()
{
    m_headerWritten = true;
    if (m_format != ExportRequest::Format::Csv)
        return true;
    QByteArray header;
    for (const ExportRequest::Column column : std::as_const(m_columns))
        // The stable keys, as `--columns` takes them: the same header in every language.
        header += (header.isEmpty() ? "" : ",") + csvField(MessageColumns::key(column));
    return m_sink->write(header + "\r\n");
}

void ExportWriter::appendRow(qint64 line, QByteArrayView content, QByteArray &out)
{
    if (m_format != ExportRequest::Format::Csv) {
        out.append(content.data(), content.size());
        out.append('\n');
        return;
    }
    const Message message = m_normalizer->normalize(content);
    for (int i = 0; i < m_columns.size(); ++i) {
        if (i)
            out += ',';
        out += csvField(MessageColumns::exportValue(message, m_columns[i], line));
    }
    out += "\r\n";
}

bool ExportWriter::writeLines(LineReader &reader, const std::vector<qint64> &lines,
                              const KeepGoing &keepGoing)
{
    if (!m_headerWritten && !writeHeader())
        return false;
    bool ok = true;
    QByteArray whole, row;
    reader.forLines(lines, readLimit, [&](qint64 line, QByteArrayView content, qint64 length) {
        if (keepGoing && !keepGoing(m_written))
            return false;
        // An export holds the whole line, however long.
        if (length > content.size() && reader.readWholeLine(line, whole))
            content = whole;
        row.clear();
        appendRow(line, content, row);
        ok = m_sink->write(row);
        if (ok)
            ++m_written;
        return ok;
    });
    return ok;
}

bool ExportWriter::finish()
{
    if (!m_headerWritten && !writeHeader())
        return false;
    return m_sink->finish();
}
