#pragma once

#include "message/messagequery.h"

#include <QByteArray>
#include <QString>

#include <vector>

class QTemporaryDir;

/// A generated month of small daily files to open as one dataset, and the ground truth every
/// dataset surface (rows, search, statistics, the command line, the Files page) must match.
namespace SampleMonth {

constexpr qint64 november1 = 1730419200; // 2024-11-01T00:00:00Z
constexpr qint64 day = 86400;
constexpr int linesPerDay = 24;

/// \a epoch (UTC seconds) in ISO 8601.
QByteArray iso(qint64 epoch);
/// A Gnip activity-streams post (the other JSON shape of a feed) mentioning \a symbol.
QByteArray gnipLine(qint64 n, qint64 epoch, const QByteArray &symbol);

struct Day
{
    QString path;
    std::vector<QByteArray> lines; ///< what a reader of the file can see
    bool whole = true;             ///< false: the file ends early or cannot be read
};

/// November 2024 as daily files: the 13th missing, the 17th cut off in the middle of its gzip
/// stream, the 22nd in Gnip's activity-streams shape under a name that sorts last, and a file
/// that is not gzip at all under a day's name. Days in time order (the unreadable one last).
class Month
{
public:
    explicit Month(const QTemporaryDir &dir);

    /// Writes day \a d of November (1..30) into the folder.
    Day makeDay(int d);
    /// The readable days in time order, then the unreadable file.
    std::vector<Day> expected() const;
    /// The rows of every day together.
    qint64 rows() const;

private:
    const QTemporaryDir &m_dir;
    std::vector<Day> m_days;
    Day m_broken;
};

/// A line of the month: a day's index in Month::expected() and a line of that day.
struct Match
{
    int file;
    qint64 line;
    bool operator==(const Match &other) const = default;
};

/// The lines of \a days that match \a query, scanned here line by line, in order.
std::vector<Match> referenceScan(const std::vector<Day> &days, const MessageQuery &query);

} // namespace SampleMonth
