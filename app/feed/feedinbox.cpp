#include "feed/feedinbox.h"

#include "feed/livestatistics.h"

#include <QDateTime>

FeedInbox::FeedInbox(qsizetype capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(std::max<qsizetype>(1, capacity))
{}

void FeedInbox::setCapacity(qsizetype messages)
{
    const QMutexLocker lock(&m_mutex);
    m_capacity = std::max<qsizetype>(1, messages);
}

qsizetype FeedInbox::capacity() const
{
    const QMutexLocker lock(&m_mutex);
    return m_capacity;
}

void FeedInbox::setStatistics(LiveStatistics *statistics)
{
    const QMutexLocker lock(&m_mutex);
    m_statistics = statistics;
}

void FeedInbox::push(const MessageBatch &batch)
{
    if (batch.empty())
        return;
    m_received.fetch_add(batch.size(), std::memory_order_relaxed);
    bool wake = false;
    {
        const QMutexLocker lock(&m_mutex);
        if (m_statistics)
            m_statistics->addBatch(batch, QDateTime::currentMSecsSinceEpoch());
        m_batches.push_back(batch);
        m_pending += qsizetype(batch.size());
        while (m_batches.size() > 1 &&
               m_pending - qsizetype(m_batches.front().size()) >= m_capacity) {
            m_pending -= qsizetype(m_batches.front().size());
            m_dropped.fetch_add(m_batches.front().size(), std::memory_order_relaxed);
            m_batches.pop_front();
        }
        wake = !std::exchange(m_signalled, true);
    }
    if (wake)
        QMetaObject::invokeMethod(this, &FeedInbox::messagesAvailable, Qt::QueuedConnection);
}

MessageBatch FeedInbox::take(qsizetype maxMessages)
{
    const QMutexLocker lock(&m_mutex);
    MessageBatch taken;
    if (!m_batches.empty()) {
        taken = std::move(m_batches.front());
        m_batches.pop_front();
        while (!m_batches.empty() &&
               qsizetype(taken.size() + m_batches.front().size()) <= maxMessages) {
            std::move(m_batches.front().begin(), m_batches.front().end(),
                      std::back_inserter(taken));
            m_batches.pop_front();
        }
        m_pending -= qsizetype(taken.size());
    }
    // Emptied: the next push wakes the consumer again.
    if (m_batches.empty())
        m_signalled = false;
    return taken;
}

void FeedInbox::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_batches.clear();
    m_pending = 0;
    m_signalled = false;
}

qsizetype FeedInbox::pendingCount() const
{
    const QMutexLocker lock(&m_mutex);
    return m_pending;
}
