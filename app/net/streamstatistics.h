#pragma once

#include <QMetaType>
#include <QtGlobal>

/// Counters of one stream client since start(), for the status bar, the CLI summary and the
/// benchmarks.
struct StreamStatistics
{
    qint64 messages = 0;          ///< activities delivered (valid JSON, not system, not duplicate)
    qint64 malformedLines = 0;    ///< lines that were not JSON objects (delivered as Malformed)
    qint64 systemMessages = 0;    ///< in-stream {"error":…} / {"info":…} objects
    qint64 duplicatesDropped = 0; ///< activities dropped because their id was seen before
    qint64 heartbeats = 0;        ///< bare keep-alive line ends
    qint64 bytesOnWire = 0;       ///< body bytes as received (compressed)
    qint64 bytesDecompressed = 0;
    qint64 oversizedLines = 0;        ///< lines over the length limit, dropped
    qint64 partialLinesDiscarded = 0; ///< lines cut by a disconnect, never delivered
    int connections = 0;              ///< connections established (HTTP 200)
    int reconnects = 0;               ///< connection requests after the first
    int resumeGaps = 0;               ///< reconnects the service could not resume (items missing)
    int stalls = 0;               ///< reconnects because no byte arrived within the stall timeout
    double messagesPerSecond = 0; ///< over the last second or so
    qint64 msSinceLastByte = -1;  ///< -1 before the first byte
};

Q_DECLARE_METATYPE(StreamStatistics)
