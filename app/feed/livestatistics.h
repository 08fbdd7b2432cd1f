#pragma once

#include "message/message.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>

#include <vector>

/// Running figures for the live charts over a sliding window of whole seconds (five minutes by
/// default): messages per second, symbol counts and bullish/bearish counts. Adding a batch costs
/// a few hash updates per message; reading the figures costs nothing per message, so the charts
/// can poll it at their own pace. Time is passed in by the caller (arrival time, milliseconds
/// since the epoch), which keeps it testable. Thread-safe: the stream's thread may add while
/// the charts read.
class LiveStatistics
{
public:
    static constexpr int defaultWindowSeconds = 300;

    explicit LiveStatistics(int windowSeconds = defaultWindowSeconds);

    /// Counts the activities of \a batch as arrived at \a nowMs; other messages are ignored.
    void addBatch(const MessageBatch &batch, qint64 nowMs);
    /// Counts one activity as arrived at \a nowMs.
    void add(const Message &message, qint64 nowMs);
    /// Drops seconds that fell out of the window at \a nowMs (reading functions do not).
    void advanceTo(qint64 nowMs);
    void clear();

    int windowSeconds() const { return m_windowSeconds; }
    /// Activities per second for the window ending with the second of \a nowMs, oldest first
    /// (windowSeconds() values; the current, incomplete second last).
    std::vector<int> messagesPerSecond(qint64 nowMs) const;
    /// The \a count most frequent symbols in the window, most frequent first (ties by name).
    QList<QPair<QString, int>> topSymbols(int count) const;

    struct SentimentBin
    {
        qint64 startMs = 0; ///< start of the bin
        int bullish = 0;
        int bearish = 0;
    };
    /// Bullish/bearish counts in bins of \a binSeconds covering the window ending at \a nowMs,
    /// oldest first.
    std::vector<SentimentBin> sentiment(qint64 nowMs, int binSeconds) const;

    /// Activities counted since construction (or clear()).
    quint64 total() const;
    /// Activities in the window.
    quint64 inWindow() const;

private:
    struct Bucket
    {
        qint64 second = -1; ///< seconds since the epoch this bucket holds, -1 when empty
        int count = 0;
        int bullish = 0;
        int bearish = 0;
        QHash<QString, int> symbols;
    };
    Bucket &bucketFor(qint64 second);
    void expire(Bucket &bucket);
    void addLocked(const Message &message, qint64 nowMs);
    void advanceLocked(qint64 nowMs);

    mutable QMutex m_mutex;
    int m_windowSeconds;
    std::vector<Bucket> m_buckets;
    QHash<QString, int> m_symbolTotals;
    quint64 m_total = 0;
    qint64 m_latestSecond = -1;
};
