#pragma once

#include <QtGlobal>

class FileDocument;

/// Finds the first message (in file order) whose time is at or after a given time, without
/// reading the whole file: the per-minute table of the indexing pass gives the first line of
/// every later minute, and only the lines of the target minute are read to find the second.
class TimeNavigator
{
public:
    /// The line, or -1 when no message is that late. \a epochSeconds is UTC.
    static qint64 firstLineAtOrAfter(FileDocument &document, qint64 epochSeconds);
};
