#include "timenavigator.h"

#include "message/fieldscanner.h"
#include "filedocument.h"
#include "linereader.h"

qint64 TimeNavigator::firstLineAtOrAfter(FileDocument &document, qint64 epochSeconds)
{
    const auto index = document.index();
    if (!index || index->lineCount() == 0)
        return -1;
    const FileStatistics stats = index->statistics();
    const auto &minutes = stats.minutes();
    const qint64 minute = epochSeconds - ((epochSeconds % 60) + 60) % 60;

    // Any message of a later minute qualifies: the earliest such line is a candidate.
    qint64 candidate = -1;
    for (auto it = minutes.upper_bound(minute); it != minutes.end(); ++it) {
        if (candidate < 0 || it->second.firstLine < candidate)
            candidate = it->second.firstLine;
        if (stats.timesMonotonic())
            break; // in time order the next minute's first line is the earliest
    }
    // Messages of the target minute itself may come earlier: read from its first line.
    const auto same = minutes.find(minute);
    if (same == minutes.end())
        return candidate;
    const qint64 from = same->second.firstLine;
    const qint64 to = candidate >= 0 ? candidate : index->lineCount();
    if (from >= to)
        return candidate;
    FieldScanner scanner;
    qint64 found = -1;
    document.createLineReader()->forEachLine(
        from, to - from, FieldScanner::maxLineBytes,
        [&](qint64 line, QByteArrayView content, qint64) {
            const ScannedFields &fields = scanner.scan(content);
            if (fields.time != ScannedFields::noTime && fields.time >= epochSeconds) {
                found = line;
                return false;
            }
            return true;
        });
    return found >= 0 ? found : candidate;
}
