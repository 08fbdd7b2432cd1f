#pragma once

#include "message/message.h"

#include <QMutex>
#include <QObject>

#include <atomic>
#include <deque>

class LiveStatistics;

/// Hands batches of messages from a producer thread (the stream client) to the thread the inbox
/// lives in (the GUI), without a queued signal per batch. It holds at most capacity() messages:
/// when the consumer falls behind, the oldest waiting batches are dropped, since they would be
/// evicted from a ring of that size the moment they entered it. Memory therefore stays bounded
/// however slow the consumer is. Statistics, if set, are counted on push(), so they see every
/// message, dropped or not.
class FeedInbox : public QObject
{
    Q_OBJECT

public:
    explicit FeedInbox(qsizetype capacity, QObject *parent = nullptr);

    /// Thread-safe.
    void setCapacity(qsizetype messages);
    qsizetype capacity() const;
    /// Counted in push(); must be thread-safe itself (LiveStatistics is). Not owned.
    void setStatistics(LiveStatistics *statistics);

    /// Thread-safe: queues \a batch and wakes the consumer (once until it takes everything).
    void push(const MessageBatch &batch);
    /// Consumer side: the waiting messages in arrival order, whole batches, at least one batch
    /// and no more than \a maxMessages unless the first batch alone is larger.
    MessageBatch take(qsizetype maxMessages);
    /// Drops everything waiting.
    void clear();

    qsizetype pendingCount() const;
    /// Messages pushed since construction.
    quint64 received() const { return m_received.load(std::memory_order_relaxed); }
    /// Messages dropped before the consumer took them.
    quint64 dropped() const { return m_dropped.load(std::memory_order_relaxed); }

signals:
    /// Messages are waiting; emitted in the inbox's thread, once per wake-up.
    void messagesAvailable();

private:
    mutable QMutex m_mutex;
    std::deque<MessageBatch> m_batches;
    qsizetype m_pending = 0;
    qsizetype m_capacity;
    bool m_signalled = false;
    LiveStatistics *m_statistics = nullptr;
    std::atomic<quint64> m_received{0};
    std::atomic<quint64> m_dropped{0};
};
