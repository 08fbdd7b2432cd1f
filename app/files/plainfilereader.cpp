#include "plainfilereader.h"

PlainFileReader::PlainFileReader(const QString &path)
    : m_file(path)
{
    m_open = m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (!m_open)
        setErrorString(m_file.errorString());
}

bool PlainFileReader::seek(qint64 offset)
{
    if (!m_open || !m_file.seek(offset))
        return false;
    m_position = offset;
    return true;
}

qint64 PlainFileReader::read(char *data, qint64 maxSize)
{
    if (!m_open)
        return -1;
    const qint64 n = m_file.read(data, maxSize);
    if (n < 0) {
        setErrorString(m_file.errorString());
        return -1;
    }
    m_position += n;
    return n;
}
