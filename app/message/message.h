#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <vector>

/// One line of a stream or archive, normalised whatever its shape (DESIGN §1.3).
/// The raw bytes are kept for the detail view, recording and export.
struct Message
{
    enum class Kind : quint8 {
        StockTwits,      ///< a StockTwits message, possibly unwrapped from {"action","data"}
        ActivityStreams, ///< a Gnip Activity Streams activity
        Twitter,         ///< a Twitter tweet: v1.1 native, or API v2 (stream line or bare)
        StockTwitsActivity, ///< a StockTwits activity object: Friendship, Block, LikeMessage
        Generic,         ///< valid JSON of another shape
        SystemInfo,      ///< in-stream {"info":{...}}: a connection event, not an activity
        SystemError,     ///< in-stream {"error":{...}}: a connection event, not an activity
        Malformed,       ///< not JSON (or not a JSON object)
    };
    enum class Sentiment : quint8 { None, Bullish, Bearish };

    QString id;          ///< activity id as the provider writes it; empty when absent
    QDateTime time;      ///< UTC; invalid when absent or unparsable
    QString author;      ///< user name / screen name / preferredUsername
    QString authorName;  ///< display name when known
    QString text;        ///< the full text as a user reads it: HTML entities and JSON escapes
                         ///< decoded, long posts and retweets whole; for system messages,
                         ///< their message
    QStringList symbols; ///< tickers without '$', in the order given
    Sentiment sentiment = Sentiment::None;
    Kind kind = Kind::Malformed; // beside sentiment and likes: a live ring holds 100 000 of these
    qint32 likes = -1; ///< -1 when unknown
    QString source;    ///< client or source title when known
    QByteArray raw; ///< the line exactly as received, without its line terminator
    /// Where the stream resumes after this item (Firestream seq_id, firehose_seq); empty when
    /// the service has no such cursor. A digit string: never parse it as a number.
    QString cursor;

    bool isActivity() const
    {
        return kind == Kind::StockTwits || kind == Kind::ActivityStreams || kind == Kind::Twitter ||
               kind == Kind::StockTwitsActivity || kind == Kind::Generic;
    }
    bool isSystemMessage() const { return kind == Kind::SystemInfo || kind == Kind::SystemError; }
};

using MessageBatch = std::vector<Message>;

Q_DECLARE_METATYPE(Message)
Q_DECLARE_METATYPE(MessageBatch)
