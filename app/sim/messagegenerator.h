#pragma once

#include "tickercatalog.h"

#include <QByteArray>

#include <vector>

/// The JSON shapes the simulator can serve (DESIGN §1.3). Mixed rotates through the four
/// concrete shapes so one stream exercises every branch of the normaliser.
/// Wrapped: a StockTwits message inside {"action":"create","data":…}. StockTwitsActivity: what
/// the provider's activity backups hold instead of messages (follows, blocks and likes of a
/// message), never chosen by Mixed.
enum class MessageShape {
    StockTwits,
    Wrapped,
    ActivityStreams,
    TwitterNative,
    Mixed,
    StockTwitsActivity
};

/// Builds the synthetic messages the simulator serves: StockTwits-like content (a pool of users,
/// about 500 tickers with Zipf-like popularity, a sentiment mix, non-ASCII text and emoji)
/// rendered as one JSON line in one of the supported shapes. Deterministic: the same seed, key,
/// id and time always give the same bytes. Immutable once built, so threads can share one.
class MessageGenerator
{
public:
    /// \a targetSize pads each message (in the user's biography field) to about that many bytes;
    /// 0 keeps the natural size of roughly 0.7 to 1.2 KB.
    explicit MessageGenerator(quint64 seed, int targetSize = 0);
    ~MessageGenerator();

    /// Appends one message without a line terminator. \a key selects the content (user, text,
    /// symbols, sentiment); \a id and \a createdAtMs (UTC, ms since the epoch) are stamped on it.
    void append(QByteArray &out, quint64 key, qint64 id, qint64 createdAtMs,
                MessageShape shape) const;
    QByteArray message(quint64 key, qint64 id, qint64 createdAtMs, MessageShape shape) const;

    /// The concrete shape used for \a key when \a shape is Mixed.
    static MessageShape resolve(MessageShape shape, quint64 key);

    const TickerCatalog &tickers() const { return m_tickers; }
    int targetSize() const { return m_targetSize; }

    /// "2024-01-15T14:03:05Z" (or with ".000" milliseconds), as the services write times.
    static void appendIsoTime(QByteArray &out, qint64 msSinceEpoch, bool withMillis = false);
    /// "Wed Sep 23 17:35:05 +0000 2009", the Twitter v1.1 format.
    static void appendTwitterTime(QByteArray &out, qint64 msSinceEpoch);
    /// The same into \a buffer (at least 40 bytes); returns the length. No allocation.
    static int formatIsoTime(char *buffer, qint64 msSinceEpoch, bool withMillis = false);
    static int formatTwitterTime(char *buffer, qint64 msSinceEpoch);

private:
    struct User;
    struct Body;

    void buildBody(Body &body, quint64 contentSeed) const;
    void renderStockTwits(QByteArray &out, const Body &body, qint64 id, qint64 createdAtMs,
                          qsizetype *padPosition) const;
    void renderActivityStreams(QByteArray &out, const Body &body, qint64 id, qint64 createdAtMs,
                               qsizetype *padPosition) const;
    void renderTwitter(QByteArray &out, const Body &body, qint64 id, qint64 createdAtMs,
                       qsizetype *padPosition) const;
    void renderStockTwitsActivity(QByteArray &out, const Body &body, qint64 id,
                                  qint64 createdAtMs) const;
    /// {"id":N,"username":"…","name":"…" (the object left open for more fields).
    static void appendUserIdentity(QByteArray &out, const User &user);
    /// The user as an activity object names it: {"id":N,"username":"…","name":"…"}.
    static void appendUserReference(QByteArray &out, const User &user);
    void pad(QByteArray &out, qsizetype start, qsizetype padPosition, quint64 key) const;

    quint64 m_seed;
    int m_targetSize;
    TickerCatalog m_tickers;
    std::vector<User> m_users;
};
