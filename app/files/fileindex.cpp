#include "fileindex.h"

#include <QDataStream>
#include <QIODevice>

void FileIndex::appendLines(const std::vector<qint64> &starts, qint64 endOffset)
{
    QWriteLocker locker(&m_lock);
    for (const qint64 start : starts)
        m_lines.append(start);
    m_endOffset = endOffset;
}

void FileIndex::setProgress(qint64 inputDone, qint64 inputTotal, qint64 outputDone)
{
    QWriteLocker locker(&m_lock);
    m_inputDone = inputDone;
    m_inputTotal = inputTotal;
    m_outputDone = outputDone;
}

void FileIndex::setStatistics(const FileStatistics &statistics)
{
    QWriteLocker locker(&m_lock);
    m_statistics = statistics;
}

void FileIndex::addNotice(const QString &notice)
{
    QWriteLocker locker(&m_lock);
    m_notices.append(notice);
}

void FileIndex::finish(State state, const QString &message)
{
    QWriteLocker locker(&m_lock);
    m_state = state;
    m_message = message;
}

qint64 FileIndex::lineCount() const
{
    QReadLocker locker(&m_lock);
    return m_lines.count();
}

qint64 FileIndex::lineStart(qint64 line) const
{
    QReadLocker locker(&m_lock);
    return line >= 0 && line < m_lines.count() ? m_lines.at(line) : -1;
}

std::pair<qint64, qint64> FileIndex::lineSpan(qint64 line) const
{
    QReadLocker locker(&m_lock);
    if (line < 0 || line >= m_lines.count())
        return {-1, -1};
    const qint64 end = line + 1 < m_lines.count() ? m_lines.at(line + 1) : m_endOffset;
    return {m_lines.at(line), end};
}

void FileIndex::lineBoundaries(qint64 first, qint64 n, std::vector<qint64> &out) const
{
    QReadLocker locker(&m_lock);
    const qint64 count = m_lines.count();
    if (first < 0 || first >= count || n <= 0)
        return;
    n = std::min(n, count - first);
    m_lines.starts(first, n, out);
    out.push_back(first + n < count ? m_lines.at(first + n) : m_endOffset);
}

qint64 FileIndex::lineContaining(qint64 offset) const
{
    QReadLocker locker(&m_lock);
    return m_lines.lineContaining(offset);
}

qint64 FileIndex::endOffset() const
{
    QReadLocker locker(&m_lock);
    return m_endOffset;
}

FileIndex::State FileIndex::state() const
{
    QReadLocker locker(&m_lock);
    return m_state;
}

QString FileIndex::message() const
{
    QReadLocker locker(&m_lock);
    return m_message;
}

QStringList FileIndex::notices() const
{
    QReadLocker locker(&m_lock);
    return m_notices;
}

FileStatistics FileIndex::statistics() const
{
    QReadLocker locker(&m_lock);
    return m_statistics;
}

qint64 FileIndex::inputDone() const
{
    QReadLocker locker(&m_lock);
    return m_inputDone;
}

qint64 FileIndex::inputTotal() const
{
    QReadLocker locker(&m_lock);
    return m_inputTotal;
}

qint64 FileIndex::outputDone() const
{
    QReadLocker locker(&m_lock);
    return m_outputDone;
}

qint64 FileIndex::memoryBytes() const
{
    QReadLocker locker(&m_lock);
    return m_lines.memoryBytes() + m_points.memoryBytes();
}

QByteArray FileIndex::serialize() const
{
    QReadLocker locker(&m_lock);
    QByteArray data;
    QDataStream stream(&data, QIODevice::WriteOnly);
    stream << quint32(1) << m_lines.serialize() << m_points.serialize() << m_statistics
           << m_endOffset << m_inputDone << m_inputTotal << m_outputDone << int(m_state)
           << m_message << m_notices;
    return data;
}

namespace {

/// A QStringList, refusing a count the data cannot hold: QDataStream's own operator reserves
/// whatever count it reads, so a damaged cache file could ask for gigabytes.
void readStringList(QDataStream &stream, qsizetype bytesLeft, QStringList &list)
{
    quint32 count = 0;
    stream >> count;
    constexpr qsizetype smallestString = 4; // a QString's length field
    if (stream.status() != QDataStream::Ok || qsizetype(count) > bytesLeft / smallestString) {
        stream.setStatus(QDataStream::ReadCorruptData);
        return;
    }
    list.clear();
    for (quint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        QString text;
        stream >> text;
        list.append(text);
    }
}

} // namespace

bool FileIndex::deserialize(const QByteArray &data)
{
    QDataStream stream(data);
    quint32 version = 0;
    QByteArray lines, points;
    FileStatistics statistics;
    qint64 endOffset = 0, inputDone = 0, inputTotal = 0, outputDone = 0;
    int state = 0;
    QString message;
    QStringList notices;
    stream >> version;
    if (version != 1)
        return false;
    stream >> lines >> points >> statistics >> endOffset >> inputDone >> inputTotal >> outputDone >>
        state >> message;
    readStringList(stream, data.size() - stream.device()->pos(), notices);
    LineIndex lineIndex;
    if (stream.status() != QDataStream::Ok || state < int(State::Complete) ||
        state > int(State::Damaged) || !LineIndex::deserialize(lines, lineIndex) ||
        !m_points.deserialize(points))
        return false;
    QWriteLocker locker(&m_lock);
    m_lines = std::move(lineIndex);
    m_statistics = std::move(statistics);
    m_endOffset = endOffset;
    m_inputDone = inputDone;
    m_inputTotal = inputTotal;
    m_outputDone = outputDone;
    m_state = State(state);
    m_message = message;
    m_notices = notices;
    return true;
}
