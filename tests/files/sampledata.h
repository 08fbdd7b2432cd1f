#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

class QTemporaryDir;

/// Generated test content: StockTwits-like JSON lines, gzip encodings of it (one or several
/// members, split anywhere) and the ground truth the index must match.
namespace SampleData {

/// One StockTwits message as a JSON line (no terminator). Deterministic in \a n.
QByteArray stockTwitsLine(qint64 n, qint64 epochSeconds, int bodyWords = 20);
/// \a count lines starting at \a startTime, one every \a step seconds, each ending in \a eol.
QByteArray stockTwitsLines(int count, qint64 startTime = 1480896000, int step = 1,
                           const QByteArray &eol = "\n");
/// gzip of \a data in one member.
QByteArray gzip(const QByteArray &data, int level = 6);
/// gzip of \a data as several members, cut at each offset in \a cuts (ascending).
QByteArray gzipMembers(const QByteArray &data, const std::vector<qint64> &cuts, int level = 6);
/// What zlib inflates from the first gzip member of \a compressed, up to where the data ends
/// or breaks (so a truncated file gives everything before the cut).
QByteArray gunzip(const QByteArray &compressed);
/// Starts of the non-empty lines of \a data (blank lines skipped, a leading BOM skipped).
std::vector<qint64> lineStarts(const QByteArray &data);
/// The content of each non-empty line (without terminator or trailing '\r').
std::vector<QByteArray> lines(const QByteArray &data);
/// Writes \a bytes to \a name inside \a dir; returns the path.
QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);

/// Daily files, as a recorder or the Backups page leaves them.
constexpr qint64 daySeconds = 86400;
/// \a pattern with its %1 replaced by day \a d of the month in two digits.
QString dayName(const QString &pattern, int d);
/// \a count lines of day \a d (from 1) of the month that starts at \a monthStart (UTC
/// seconds), one every \a step seconds from \a offset seconds into the day.
QByteArray dayLines(qint64 monthStart, int d, int count, int step, qint64 offset = 0);
/// Writes days \a first to \a last as gzip files named by \a pattern, each dayLines(monthStart,
/// d, count, step).
void writeDays(const QTemporaryDir &dir, const QString &pattern, qint64 monthStart, int first,
               int last, int count, int step);
/// Day \a d of November 2024 as the recorder names it (rec_2024_11_DD.jsonl.gz).
QString recordedDayName(int d);
/// \a count lines of day \a d of November 2024, one every ten minutes from the \a fromSlot-th
/// ten minutes of the day on.
QByteArray recordedDayLines(int d, int count, int fromSlot = 0);

} // namespace SampleData
