#pragma once

#include <QDateTime>

#include <string_view>

/// Parses the timestamps the providers write — ISO 8601 ("2016-12-05T14:32:10Z",
/// "2012-05-01T12:34:56.000Z", "+00:00" offsets) and Twitter's "Wed Sep 23 17:35:05 +0000 2009" —
/// into UTC without going through QDateTime::fromString, which is too slow for the hot path.
class MessageTimeParser
{
public:
    MessageTimeParser() = delete;

    /// Returns an invalid QDateTime when \a text is neither form.
    static QDateTime parse(std::string_view text);

    /// Milliseconds since the epoch, or false when \a text is not ISO 8601.
    static bool parseIso8601(std::string_view text, qint64 &msecsSinceEpoch);
    /// Milliseconds since the epoch, or false when \a text is not Twitter's created_at form.
    static bool parseTwitter(std::string_view text, qint64 &msecsSinceEpoch);

    /// A UTC QDateTime for milliseconds since the epoch (works on Qt 6.4 and later).
    static QDateTime utcFromMSecs(qint64 msecsSinceEpoch);
};
