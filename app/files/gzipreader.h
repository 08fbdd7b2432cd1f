#pragma once

#include "bytereader.h"

#include <QFile>

#include <memory>

class GzipAccessPoints;
struct GzipAccessPoint;

/// Reads the decompressed content of a gzip file from any offset by starting at the nearest
/// access point before it (zran-style), across member boundaries. A forward seek that needs no
/// earlier access point continues the current stream instead of restarting.
class GzipReader : public ByteReader
{
public:
    GzipReader(const QString &path, std::shared_ptr<const GzipAccessPoints> points);
    ~GzipReader() override;

    bool seek(qint64 offset) override;
    qint64 read(char *data, qint64 maxSize) override;
    qint64 position() const override { return m_valid && !m_ended ? m_out : -1; }

private:
    struct Stream;

    bool startAt(const GzipAccessPoint &point);
    bool fillInput();
    bool skip(qint64 bytes);

    std::shared_ptr<const GzipAccessPoints> m_points;
    QFile m_file;
    std::unique_ptr<Stream> m_stream;
    qint64 m_out = 0;
    bool m_valid = false;
    bool m_ended = false;
};
