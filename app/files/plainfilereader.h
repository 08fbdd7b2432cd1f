#pragma once

#include "bytereader.h"

#include <QFile>

/// Reads an uncompressed file (or a temporary file holding extracted data).
class PlainFileReader : public ByteReader
{
public:
    explicit PlainFileReader(const QString &path);

    bool seek(qint64 offset) override;
    qint64 read(char *data, qint64 maxSize) override;
    qint64 position() const override { return m_position; }

private:
    QFile m_file;
    qint64 m_position = 0;
    bool m_open = false;
};
