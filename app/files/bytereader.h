#pragma once

#include <QString>

/// Sequential reading of a file's decompressed content from any offset. Each thread that reads
/// makes its own reader; a reader is not thread-safe.
class ByteReader
{
public:
    virtual ~ByteReader() = default;

    /// Positions the reader at uncompressed offset \a offset.
    virtual bool seek(qint64 offset) = 0;
    /// Reads up to \a maxSize bytes; returns the count, 0 at the end of the data, -1 on error.
    virtual qint64 read(char *data, qint64 maxSize) = 0;
    virtual qint64 position() const = 0;
    QString errorString() const { return m_error; }

    /// Reads exactly [offset, offset + size) unless the data ends first; returns the bytes read.
    qint64 readAt(qint64 offset, char *data, qint64 size);

protected:
    void setErrorString(const QString &error) { m_error = error; }

private:
    QString m_error;
};
