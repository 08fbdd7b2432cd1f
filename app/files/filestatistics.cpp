#include "filestatistics.h"

#include <algorithm>

namespace {

// Bumped whenever the shape rules change what a line counts as, or the statistics hold more, so
// that statistics cached by an older version are computed again rather than shown (3: the time
// steps).
constexpr quint32 statisticsVersion = 3;

void appendLeb128(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char(value | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

/// The next LEB128 number at \a at (moved past it); false at the end or on a damaged one.
bool readLeb128(const QByteArray &in, qsizetype &at, quint64 &value)
{
    value = 0;
    for (int shift = 0; at < in.size() && shift < 64; shift += 7) {
        const auto byte = quint8(in[at++]);
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

} // namespace

void FileStatistics::addTimeStep(qint64 seconds, qint64 line)
{
    // Only a time later than every one before is a step.
    if (m_firstStep.line < 0) {
        m_firstStep = m_lastStep = {seconds, line};
        return;
    }
    if (seconds <= m_lastStep.seconds || line <= m_lastStep.line ||
        m_laterSteps.size() >= maxTimeStepBytes)
        return;
    appendLeb128(m_laterSteps, quint64(seconds - m_lastStep.seconds));
    appendLeb128(m_laterSteps, quint64(line - m_lastStep.line));
    m_lastStep = {seconds, line};
}

void FileStatistics::forEachTimeStep(
    const std::function<bool(qint64 seconds, qint64 line)> &visit) const
{
    if (m_firstStep.line < 0)
        return;
    TimeStep step = m_firstStep;
    if (!visit(step.seconds, step.line))
        return;
    quint64 seconds = 0, lines = 0;
    for (qsizetype at = 0;
         readLeb128(m_laterSteps, at, seconds) && readLeb128(m_laterSteps, at, lines);) {
        step.seconds += qint64(seconds);
        step.line += qint64(lines);
        if (!visit(step.seconds, step.line))
            return;
    }
}

void FileStatistics::addLine(qint64 line, const ScannedFields &fields)
{
    ++m_lines;
    if (fields.tooDeep)
        ++m_tooDeep;
    if (fields.repairedUtf8)
        ++m_repairedUtf8;
    if (fields.shape == ScannedFields::Shape::System) {
        ++m_system;
        return;
    }
    if (fields.shape != ScannedFields::Shape::Activity)
        return;
    ++m_activities;
    if (fields.sentiment == Message::Sentiment::Bullish)
        ++m_bullish;
    else if (fields.sentiment == Message::Sentiment::Bearish)
        ++m_bearish;

    for (const std::string_view symbol : fields.symbols) {
        const auto it = m_symbols.find(symbol);
        if (it != m_symbols.end())
            ++it->second;
        else if (qsizetype(m_symbols.size()) < maxSymbols)
            m_symbols.emplace(std::string(symbol), 1);
    }

    const qint64 time = fields.time;
    if (time == ScannedFields::noTime)
        return;
    ++m_timed;
    if (m_previousTime != ScannedFields::noTime && time < m_previousTime)
        m_monotonic = false;
    m_previousTime = time;
    addTimeStep(time, line);
    if (m_minTime == ScannedFields::noTime || time < m_minTime)
        m_minTime = time;
    if (m_maxTime == ScannedFields::noTime || time > m_maxTime)
        m_maxTime = time;

    const qint64 minute = time - ((time % 60) + 60) % 60;
    if (minute != m_last.minute || !m_last.bucket) {
        auto it = m_minutes.find(minute);
        if (it == m_minutes.end()) {
            if (qsizetype(m_minutes.size()) >= maxMinutes) {
                ++m_droppedMinutes;
                return;
            }
            it = m_minutes.emplace(minute, Bucket{}).first;
        }
        m_last.minute = minute;
        m_last.bucket = &it->second;
    }
    if (m_last.bucket->firstLine < 0)
        m_last.bucket->firstLine = line;
    ++m_last.bucket->count;
}

void FileStatistics::addLongLine(bool looksLikeObject)
{
    ++m_lines;
    ++m_longLines;
    if (looksLikeObject)
        ++m_longObjects;
}

void FileStatistics::merge(const FileStatistics &other, qint64 lineOffset)
{
    // The other piece's steps that pass this one's time are steps of the whole; its times are
    // in order after this one's only if none goes back before this one's latest.
    other.forEachTimeStep([this, lineOffset](qint64 seconds, qint64 line) {
        addTimeStep(seconds, line + lineOffset);
        return true;
    });
    const bool wentBack = other.m_minTime != ScannedFields::noTime &&
                          m_maxTime != ScannedFields::noTime && other.m_minTime < m_maxTime;
    merge(other, [lineOffset](qint64 line) { return line + lineOffset; });
    if (other.m_minTime != ScannedFields::noTime)
        m_previousTime = other.m_previousTime;
    if (wentBack)
        m_monotonic = false;
}

void FileStatistics::merge(const FileStatistics &other, const std::function<qint64(qint64)> &rowOf)
{
    m_lines += other.m_lines;
    m_activities += other.m_activities;
    m_system += other.m_system;
    m_longLines += other.m_longLines;
    m_longObjects += other.m_longObjects;
    m_tooDeep += other.m_tooDeep;
    m_repairedUtf8 += other.m_repairedUtf8;
    m_bullish += other.m_bullish;
    m_bearish += other.m_bearish;
    m_timed += other.m_timed;
    m_droppedMinutes += other.m_droppedMinutes;
    if (other.m_minTime != ScannedFields::noTime) {
        if (m_minTime == ScannedFields::noTime || other.m_minTime < m_minTime)
            m_minTime = other.m_minTime;
        if (m_maxTime == ScannedFields::noTime || other.m_maxTime > m_maxTime)
            m_maxTime = other.m_maxTime;
    }
    m_monotonic = m_monotonic && other.m_monotonic;
    // Both in order: one walk along this one from where the other starts (a month of days
    // merges 40 000 minutes, mostly after the last one here).
    auto next = other.m_minutes.empty() ? m_minutes.end()
                                        : m_minutes.lower_bound(other.m_minutes.begin()->first);
    for (const auto &[minute, bucket] : other.m_minutes) {
        while (next != m_minutes.end() && next->first < minute)
            ++next;
        auto it = next;
        if (it == m_minutes.end() || it->first != minute) {
            if (qsizetype(m_minutes.size()) >= maxMinutes) {
                ++m_droppedMinutes;
                continue;
            }
            it = m_minutes.emplace_hint(next, minute, Bucket{});
        }
        it->second.count += bucket.count;
        const qint64 first = bucket.firstLine < 0 ? -1 : rowOf(bucket.firstLine);
        if (it->second.firstLine < 0 || (first >= 0 && first < it->second.firstLine))
            it->second.firstLine = first;
    }
    for (const auto &[symbol, n] : other.m_symbols) {
        const auto it = m_symbols.find(std::string_view(symbol));
        if (it != m_symbols.end())
            it->second += n;
        else if (qsizetype(m_symbols.size()) < maxSymbols)
            m_symbols.emplace(symbol, n);
    }
    m_last = LastBucket();
}

std::map<qint64, FileStatistics::Bucket> FileStatistics::hours() const
{
    std::map<qint64, Bucket> result;
    for (const auto &[minute, bucket] : m_minutes) {
        Bucket &hour = result[minute - ((minute % 3600) + 3600) % 3600];
        hour.count += bucket.count;
        if (hour.firstLine < 0 || (bucket.firstLine >= 0 && bucket.firstLine < hour.firstLine))
            hour.firstLine = bucket.firstLine;
    }
    return result;
}

QList<QPair<QString, qint64>> FileStatistics::topSymbols(int count) const
{
    std::vector<std::pair<const std::string *, qint64>> all;
    all.reserve(m_symbols.size());
    for (const auto &[symbol, n] : m_symbols)
        all.emplace_back(&symbol, n);
    const auto byCount = [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : *a.first < *b.first;
    };
    const size_t keep = std::min(all.size(), size_t(std::max(count, 0)));
    std::partial_sort(all.begin(), all.begin() + qsizetype(keep), all.end(), byCount);
    QList<QPair<QString, qint64>> result;
    for (size_t i = 0; i < keep; ++i)
        result.append({QString::fromStdString(*all[i].first), all[i].second});
    return result;
}

QDataStream &operator<<(QDataStream &stream, const FileStatistics &s)
{
    stream << quint32(statisticsVersion) << s.m_lines << s.m_activities << s.m_system << s.m_longLines
           << s.m_longObjects << s.m_tooDeep << s.m_repairedUtf8 << s.m_bullish << s.m_bearish
           << s.m_timed << s.m_minTime << s.m_maxTime << s.m_previousTime << s.m_monotonic
           << s.m_droppedMinutes;
    stream << s.m_firstStep.seconds << s.m_firstStep.line << s.m_lastStep.seconds
           << s.m_lastStep.line << s.m_laterSteps;
    stream << quint64(s.m_minutes.size());
    for (const auto &[minute, bucket] : s.m_minutes)
        stream << minute << bucket.count << bucket.firstLine;
    stream << quint64(s.m_symbols.size());
    for (const auto &[symbol, n] : s.m_symbols)
        stream << QByteArray::fromStdString(symbol) << n;
    return stream;
}

QDataStream &operator>>(QDataStream &stream, FileStatistics &s)
{
    FileStatistics r;
    quint32 version = 0;
    stream >> version;
    if (version != statisticsVersion) {
        stream.setStatus(QDataStream::ReadCorruptData);
        return stream;
    }
    stream >> r.m_lines >> r.m_activities >> r.m_system >> r.m_longLines >> r.m_longObjects >>
        r.m_tooDeep >> r.m_repairedUtf8 >> r.m_bullish >> r.m_bearish >> r.m_timed >> r.m_minTime >>
        r.m_maxTime >> r.m_previousTime >> r.m_monotonic >> r.m_droppedMinutes;
    stream >> r.m_firstStep.seconds >> r.m_firstStep.line >> r.m_lastStep.seconds >>
        r.m_lastStep.line >> r.m_laterSteps;
    if (r.m_laterSteps.size() > FileStatistics::maxTimeStepBytes + 20) {
        stream.setStatus(QDataStream::ReadCorruptData);
        return stream;
    }
    quint64 minutes = 0;
    stream >> minutes;
    if (minutes > quint64(FileStatistics::maxMinutes)) {
        stream.setStatus(QDataStream::ReadCorruptData);
        return stream;
    }
    for (quint64 i = 0; i < minutes && stream.status() == QDataStream::Ok; ++i) {
        qint64 minute;
        FileStatistics::Bucket bucket;
        stream >> minute >> bucket.count >> bucket.firstLine;
        // Written in order: each goes at the end, without a search from the root.
        r.m_minutes.emplace_hint(r.m_minutes.end(), minute, bucket);
    }
    quint64 symbols = 0;
    stream >> symbols;
    if (symbols > quint64(FileStatistics::maxSymbols)) {
        stream.setStatus(QDataStream::ReadCorruptData);
        return stream;
    }
    for (quint64 i = 0; i < symbols && stream.status() == QDataStream::Ok; ++i) {
        QByteArray symbol;
        qint64 n;
        stream >> symbol >> n;
        r.m_symbols.emplace(symbol.toStdString(), n);
    }
    if (stream.status() == QDataStream::Ok)
        s = std::move(r);
    return stream;
}
