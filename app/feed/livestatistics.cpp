#include "feed/livestatistics.h"

#include <algorithm>

namespace {

qint64 secondOf(qint64 ms)
{
    return ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
}

} // namespace

LiveStatistics::LiveStatistics(int windowSeconds)
    : m_windowSeconds(std::max(1, windowSeconds))
    , m_buckets(size_t(m_windowSeconds))
{}

void LiveStatistics::clear()
{
    const QMutexLocker lock(&m_mutex);
    for (Bucket &b : m_buckets)
        b = Bucket();
    m_symbolTotals.clear();
    m_total = 0;
    m_latestSecond = -1;
}

void LiveStatistics::expire(Bucket &bucket)
{
    for (auto it = bucket.symbols.cbegin(); it != bucket.symbols.cend(); ++it) {
        const auto total = m_symbolTotals.find(it.key());
        if (total == m_symbolTotals.end())
            continue;
        *total -= it.value();
        if (*total <= 0)
            m_symbolTotals.erase(total);
    }
    bucket = Bucket();
}

LiveStatistics::Bucket &LiveStatistics::bucketFor(qint64 second)
{
    Bucket &bucket =
        m_buckets[size_t(second % m_windowSeconds + m_windowSeconds) % size_t(m_windowSeconds)];
    if (bucket.second != second) {
        expire(bucket);
        bucket.second = second;
    }
    return bucket;
}

void LiveStatistics::advanceTo(qint64 nowMs)
{
    const QMutexLocker lock(&m_mutex);
    advanceLocked(nowMs);
}

void LiveStatistics::advanceLocked(qint64 nowMs)
{
    const qint64 now = secondOf(nowMs);
    for (Bucket &bucket : m_buckets) {
        if (bucket.second >= 0 && bucket.second <= now - m_windowSeconds)
            expire(bucket);
    }
    m_latestSecond = std::max(m_latestSecond, now);
}

void LiveStatistics::add(const Message &message, qint64 nowMs)
{
    const QMutexLocker lock(&m_mutex);
    addLocked(message, nowMs);
}

void LiveStatistics::addLocked(const Message &message, qint64 nowMs)
{
    if (!message.isActivity())
        return;
    const qint64 second = secondOf(nowMs);
    if (second <= m_latestSecond - m_windowSeconds)
        return; // older than the window: nothing to add it to
    m_latestSecond = std::max(m_latestSecond, second);
    Bucket &bucket = bucketFor(second);
    ++bucket.count;
    ++m_total;
    if (message.sentiment == Message::Sentiment::Bullish)
        ++bucket.bullish;
    else if (message.sentiment == Message::Sentiment::Bearish)
        ++bucket.bearish;
    for (const QString &symbol : message.symbols) {
        ++bucket.symbols[symbol];
        ++m_symbolTotals[symbol];
    }
}

void LiveStatistics::addBatch(const MessageBatch &batch, qint64 nowMs)
{
    const QMutexLocker lock(&m_mutex);
    advanceLocked(nowMs);
    for (const Message &message : batch)
        addLocked(message, nowMs);
}

quint64 LiveStatistics::total() const
{
    const QMutexLocker lock(&m_mutex);
    return m_total;
}

std::vector<int> LiveStatistics::messagesPerSecond(qint64 nowMs) const
{
    const QMutexLocker lock(&m_mutex);
    const qint64 now = secondOf(nowMs);
    std::vector<int> rates(size_t(m_windowSeconds), 0);
    for (const Bucket &bucket : m_buckets) {
        const qint64 age = now - bucket.second;
        if (bucket.second >= 0 && age >= 0 && age < m_windowSeconds)
            rates[size_t(m_windowSeconds - 1 - age)] = bucket.count;
    }
    return rates;
}

QList<QPair<QString, int>> LiveStatistics::topSymbols(int count) const
{
    const QMutexLocker lock(&m_mutex);
    QList<QPair<QString, int>> all;
    all.reserve(m_symbolTotals.size());
    for (auto it = m_symbolTotals.cbegin(); it != m_symbolTotals.cend(); ++it)
        all.append({it.key(), it.value()});
    const auto byCount = [](const QPair<QString, int> &a, const QPair<QString, int> &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    };
    const qsizetype n = std::min<qsizetype>(count, all.size());
    std::partial_sort(all.begin(), all.begin() + n, all.end(), byCount);
    all.resize(n);
    return all;
}

std::vector<LiveStatistics::SentimentBin> LiveStatistics::sentiment(qint64 nowMs,
                                                                    int binSeconds) const
{
    const QMutexLocker lock(&m_mutex);
    binSeconds = std::clamp(binSeconds, 1, m_windowSeconds);
    const qint64 now = secondOf(nowMs);
    const int bins = (m_windowSeconds + binSeconds - 1) / binSeconds;
    // Bins end with the current second, so the newest bin is always complete up to "now".
    const qint64 firstSecond = now - qint64(bins) * binSeconds + 1;
    std::vector<SentimentBin> result(static_cast<size_t>(bins));
    for (int i = 0; i < bins; ++i)
        result[size_t(i)].startMs = (firstSecond + qint64(i) * binSeconds) * 1000;
    for (const Bucket &bucket : m_buckets) {
        if (bucket.second < firstSecond || bucket.second > now)
            continue;
        SentimentBin &bin = result[size_t((bucket.second - firstSecond) / binSeconds)];
        bin.bullish += bucket.bullish;
        bin.bearish += bucket.bearish;
    }
    return result;
}

quint64 LiveStatistics::inWindow() const
{
    const QMutexLocker lock(&m_mutex);
    quint64 sum = 0;
    const qint64 now = m_latestSecond;
    for (const Bucket &bucket : m_buckets) {
        if (bucket.second >= 0 && now - bucket.second < m_windowSeconds)
            sum += quint64(bucket.count);
    }
    return sum;
}
