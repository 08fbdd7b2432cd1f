#include "fileindex.h"

#include "bytereader.h"
#include "linesink.h"
#include "linesplitter.h"

#include <QDataStream>
#include <QIODevice>

namespace {

constexpr quint32 indexFormatVersion = 2;
// Sparse blocks recently read, for views that ask for the same lines again.
constexpr size_t resolvedBlocksKept = 8;

} // namespace

FileIndex::FileIndex() = default;
FileIndex::~FileIndex() = default;

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

void FileIndex::setCutLineBytes(qint64 bytes)
{
    QWriteLocker locker(&m_lock);
    m_cutLineBytes = bytes;
}

void FileIndex::setContentSource(ContentSource source)
{
    std::lock_guard guard(m_resolveMutex);
    m_source = std::move(source);
    m_sourceReader.reset();
    m_resolved.clear();
}

bool FileIndex::resolve(qint64 from, qint64 to, qint64 count, std::vector<qint64> &out,
                        ByteReader *reader) const
{
    std::unique_lock guard(m_resolveMutex);
    for (const std::vector<qint64> &block : m_resolved) {
        if (block.front() == from && qint64(block.size()) == count) {
            out.insert(out.end(), block.begin(), block.end());
            return true;
        }
    }
    if (reader) {
        guard.unlock(); // the caller's reader needs no lock
    } else {
        if (!m_sourceReader && m_source)
            m_sourceReader = m_source(*this);
        reader = m_sourceReader.get();
        if (!reader)
            return false;
    }
    // A sparse block spans less than 2 * LineIndex::denseBytes.
    const qint64 size = to - from;
    if (size <= 0 || size > 4 * LineIndex::denseBytes)
        return false;
    std::vector<char> content(static_cast<size_t>(size));
    if (reader->readAt(from, content.data(), size) != size)
        return false;
    std::vector<qint64> starts;
    starts.reserve(size_t(count));
    LineSplitter::lineStartsIn(content.data(), size, from, starts);
    if (qint64(starts.size()) != count)
        return false;
    out.insert(out.end(), starts.begin(), starts.end());
    if (!guard.owns_lock())
        guard.lock();
    m_resolved.push_front(std::move(starts));
    if (m_resolved.size() > resolvedBlocksKept)
        m_resolved.pop_back();
    return true;
}

LineIndex::Resolver FileIndex::resolver(ByteReader *reader) const
{
    return [this, reader](qint64 from, qint64 to, qint64 count, std::vector<qint64> &out) {
        return resolve(from, to, count, out, reader);
    };
}

void FileIndex::finish(State state, const QString &message)
{
    qint64 lines = 0;
    {
        QWriteLocker locker(&m_lock);
        m_state = state;
        m_message = message;
        lines = m_lines.count();
    }
    std::vector<std::weak_ptr<LineSink>> sinks;
    {
        std::lock_guard lock(m_sinkMutex);
        sinks.swap(m_sinksToEnd);
        m_sinksToTake.clear();
        m_newSinks = false;
    }
    for (const std::weak_ptr<LineSink> &weak : sinks) {
        if (const std::shared_ptr<LineSink> sink = weak.lock())
            sink->end(lines);
    }
}

void FileIndex::attachLineSink(const std::shared_ptr<LineSink> &sink) const
{
    {
        // Under the sink lock, so that finish() either sees this sink or ran before the check.
        std::lock_guard lock(m_sinkMutex);
        if (!isFinished()) {
            m_sinksToTake.push_back(sink);
            m_sinksToEnd.push_back(sink);
            m_newSinks = true;
            return;
        }
    }
    sink->end(lineCount());
}

std::vector<std::shared_ptr<LineSink>> FileIndex::takeNewLineSinks()
{
    std::vector<std::shared_ptr<LineSink>> taken;
    std::lock_guard lock(m_sinkMutex);
    for (const std::weak_ptr<LineSink> &weak : m_sinksToTake) {
        if (std::shared_ptr<LineSink> sink = weak.lock())
            taken.push_back(std::move(sink));
    }
    m_sinksToTake.clear();
    m_newSinks = false;
    return taken;
}

void FileIndex::setTail(const Tail &tail)
{
    QWriteLocker locker(&m_lock);
    m_tail = tail;
}

void FileIndex::setPassThreads(PassThreads threads)
{
    QWriteLocker locker(&m_lock);
    m_passThreads = threads;
}

FileIndex::PassThreads FileIndex::passThreads() const
{
    QReadLocker locker(&m_lock);
    return m_passThreads;
}

FileIndex::Tail FileIndex::tail() const
{
    QReadLocker locker(&m_lock);
    return m_tail;
}

void FileIndex::reopen()
{
    QWriteLocker locker(&m_lock);
    m_state = State::Indexing;
    m_message.clear();
    m_cutLineBytes = 0;
    // Data after the last member that did not look like gzip was the start of one being
    // written: the pass that continues reads it again.
    m_notices.clear();
}

qint64 FileIndex::lineCount() const
{
    QReadLocker locker(&m_lock);
    return m_lines.count();
}

qint64 FileIndex::lineStart(qint64 line) const
{
    QReadLocker locker(&m_lock);
    return line >= 0 && line < m_lines.count() ? m_lines.at(line, resolver(nullptr)) : -1;
}

std::pair<qint64, qint64> FileIndex::lineSpan(qint64 line) const
{
    QReadLocker locker(&m_lock);
    if (line < 0 || line >= m_lines.count())
        return {-1, -1};
    std::vector<qint64> bounds;
    const qint64 n = line + 1 < m_lines.count() ? 2 : 1;
    if (!m_lines.starts(line, n, bounds, resolver(nullptr)) || qint64(bounds.size()) != n)
        return {-1, -1};
    return {bounds[0], n == 2 ? bounds[1] : m_endOffset};
}

void FileIndex::lineBoundaries(qint64 first, qint64 n, std::vector<qint64> &out,
                               ByteReader *reader) const
{
    QReadLocker locker(&m_lock);
    const qint64 count = m_lines.count();
    if (first < 0 || first >= count || n <= 0)
        return;
    n = std::min(n, count - first);
    const size_t before = out.size();
    const qint64 wanted = first + n < count ? n + 1 : n;
    if (!m_lines.starts(first, wanted, out, resolver(reader)) ||
        qint64(out.size() - before) != wanted) {
        out.resize(before);
        return;
    }
    if (wanted == n)
        out.push_back(m_endOffset);
}

qint64 FileIndex::lineContaining(qint64 offset) const
{
    QReadLocker locker(&m_lock);
    return m_lines.lineContaining(offset, resolver(nullptr));
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

qint64 FileIndex::cutLineBytes() const
{
    QReadLocker locker(&m_lock);
    return m_cutLineBytes;
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
    stream << indexFormatVersion << m_lines.serialize() << m_points.serialize() << m_statistics
           << m_endOffset << m_inputDone << m_inputTotal << m_outputDone << int(m_state)
           << m_message << m_cutLineBytes << m_notices;
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
    qint64 cutLineBytes = 0;
    stream >> version;
    if (version != indexFormatVersion)
        return false;
    stream >> lines >> points >> statistics >> endOffset >> inputDone >> inputTotal >> outputDone >>
        state >> message >> cutLineBytes;
    readStringList(stream, data.size() - stream.device()->pos(), notices);
    LineIndex lineIndex;
    if (stream.status() != QDataStream::Ok || state < int(State::Complete) ||
        state > int(State::Damaged) || cutLineBytes < 0 ||
        !LineIndex::deserialize(lines, lineIndex) || !m_points.deserialize(points))
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
    m_cutLineBytes = cutLineBytes;
    std::lock_guard guard(m_resolveMutex);
    m_resolved.clear();
    return true;
}
