#pragma once

#include "message/fieldscanner.h"

#include <QDataStream>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

/// The shape of a file over time, collected in the indexing pass: messages per minute (with the
/// first line of each minute, so a chart bar can jump there), symbol counts and sentiment share,
/// and the lines where the file's time passes a second it has not reached before (its time
/// steps: what merging files by time needs, a few bytes per second of the file's time span).
/// Bounded: at most maxMinutes distinct minutes, maxSymbols distinct symbols and
/// maxTimeStepBytes of time steps are tracked.
class FileStatistics
{
public:
    struct Bucket
    {
        qint64 count = 0;
        qint64 firstLine = -1; ///< first line (in file order) that falls in this bucket
    };

    static constexpr qsizetype maxMinutes = 400'000;
    static constexpr qsizetype maxSymbols = 200'000;
    static constexpr qsizetype maxTimeStepBytes = 8 << 20;

    /// Adds a line the scanner parsed.
    void addLine(qint64 line, const ScannedFields &fields);
    /// Adds a line too long to parse; \a looksLikeObject says it starts with '{' and ends with '}'.
    void addLongLine(bool looksLikeObject);
    /// Adds the figures of \a other, whose lines follow this one's \a lineOffset lines on
    /// (the next piece of a file). Buckets keep their earliest first line; the bounds on
    /// minutes and symbols still hold.
    void merge(const FileStatistics &other, qint64 lineOffset);
    /// The same for \a other's lines anywhere among this one's: \a rowOf gives the line here of
    /// each of its lines (-1 when there is none). For the files of a dataset merged by time:
    /// the times are in order when each file's are, and the time steps, each file's own, are
    /// not merged.
    void merge(const FileStatistics &other, const std::function<qint64(qint64)> &rowOf);

    qint64 lines() const { return m_lines; }
    /// Lines that are JSON objects (activities and system messages).
    qint64 messages() const { return m_activities + m_system + m_longObjects; }
    qint64 activities() const { return m_activities; }
    qint64 systemMessages() const { return m_system; }
    qint64 malformed() const { return m_lines - messages(); }
    qint64 longLines() const { return m_longLines; }
    qint64 tooDeep() const { return m_tooDeep; }
    qint64 repairedUtf8() const { return m_repairedUtf8; }
    qint64 bullish() const { return m_bullish; }
    qint64 bearish() const { return m_bearish; }
    qint64 timed() const { return m_timed; }
    /// Earliest and latest message time (ScannedFields::noTime when none).
    qint64 firstTime() const { return m_minTime; }
    qint64 lastTime() const { return m_maxTime; }
    /// True while every timed message is at or after the previous one.
    bool timesMonotonic() const { return m_monotonic; }
    bool truncatedBuckets() const { return m_droppedMinutes > 0; }

    /// Minute start (seconds since the epoch) -> bucket.
    const std::map<qint64, Bucket> &minutes() const { return m_minutes; }
    /// The same folded into hours.
    std::map<qint64, Bucket> hours() const;
    /// The \a count most frequent symbols, most frequent first.
    QList<QPair<QString, qint64>> topSymbols(int count) const;
    /// Calls \a visit(seconds, line) for each time step in file order, until it returns false:
    /// the first timed line, then each line whose time is later than every time before it in
    /// the file (one per second at most).
    void forEachTimeStep(const std::function<bool(qint64 seconds, qint64 line)> &visit) const;
    bool hasTimeSteps() const { return m_firstStep.line >= 0; }

    friend QDataStream &operator<<(QDataStream &stream, const FileStatistics &stats);
    friend QDataStream &operator>>(QDataStream &stream, FileStatistics &stats);

private:
    struct StringHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const
        {
            return std::hash<std::string_view>{}(text);
        }
    };

    qint64 m_lines = 0;
    qint64 m_activities = 0;
    qint64 m_system = 0;
    qint64 m_longLines = 0;
    qint64 m_longObjects = 0;
    qint64 m_tooDeep = 0;
    qint64 m_repairedUtf8 = 0;
    qint64 m_bullish = 0;
    qint64 m_bearish = 0;
    qint64 m_timed = 0;
    qint64 m_minTime = ScannedFields::noTime;
    qint64 m_maxTime = ScannedFields::noTime;
    qint64 m_previousTime = ScannedFields::noTime;
    bool m_monotonic = true;
    qint64 m_droppedMinutes = 0;
    std::map<qint64, Bucket> m_minutes;
    /// The time steps: the first as it is, then each as the growth of time and line from the
    /// step before, two LEB128 numbers (a second later and a few lines on: two bytes).
    struct TimeStep
    {
        qint64 seconds = ScannedFields::noTime;
        qint64 line = -1;
    };
    TimeStep m_firstStep;
    TimeStep m_lastStep;
    QByteArray m_laterSteps;
    /// Notes line \a line at \a seconds as a step when its time is later than every one before.
    void addTimeStep(qint64 seconds, qint64 line);
    std::unordered_map<std::string, qint64, StringHash, std::equal_to<>> m_symbols;
    // The last minute touched: consecutive lines usually share it. A copy starts without it,
    // since the pointer refers to the original's map.
    struct LastBucket
    {
        qint64 minute = ScannedFields::noTime;
        Bucket *bucket = nullptr;
        LastBucket() = default;
        LastBucket(const LastBucket &) {}
        LastBucket &operator=(const LastBucket &)
        {
            bucket = nullptr;
            return *this;
        }
    } m_last;
};
