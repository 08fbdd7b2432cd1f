#include "message/parallelnormalizer.h"

#include <QThread>

#include <system_error>

namespace {

/// Lines taken at a time from the shared counter: few enough that neither thread is left
/// with a long tail, many enough that the counter is not fought over.
constexpr qsizetype sliceSize = 8;

} // namespace

ParallelNormalizer::ParallelNormalizer() = default;

ParallelNormalizer::~ParallelNormalizer()
{
    if (m_helper.joinable()) {
        m_turn.store(Quit);
        m_turn.notify_all();
        m_helper.join();
    }
}

void ParallelNormalizer::setSharesRepeats(bool share)
{
    m_callers.setSharesRepeats(share);
    m_helpers.setSharesRepeats(share);
}

bool ParallelNormalizer::startHelper()
{
    if (m_helper.joinable())
        return true;
    if (m_helperFailed || QThread::idealThreadCount() < 2)
        return false;
    try {
        m_helper = std::thread([this] { helperLoop(); });
    } catch (const std::system_error &) {
        m_helperFailed = true; // no thread to be had: the caller's alone, as on one core
        return false;
    }
    return true;
}

qsizetype ParallelNormalizer::takeSlices(MessageNormalizer &normalizer)
{
    const qsizetype count = qsizetype(m_lines.size());
    qsizetype taken = 0;
    for (;;) {
        const qsizetype first = m_nextSlice.fetch_add(sliceSize, std::memory_order_relaxed);
        if (first >= count)
            return taken;
        const qsizetype end = std::min(count, first + sliceSize);
        for (qsizetype i = first; i < end; ++i)
            normalizer.normalizeInto(m_lines[size_t(i)], m_out[i]);
        taken += end - first;
    }
}

void ParallelNormalizer::helperLoop()
{
    for (;;) {
        m_turn.wait(Idle);
        int expected = Posted;
        if (m_turn.compare_exchange_strong(expected, Taken)) {
            m_linesByHelper.fetch_add(quint64(takeSlices(m_helpers)), std::memory_order_relaxed);
            m_turn.store(Finished);
            m_turn.notify_all();
            continue;
        }
        if (expected == Quit)
            return;
        // Withdrawn (the caller did it all) or Finished: wait for the next run.
        m_turn.wait(expected);
    }
}

void ParallelNormalizer::normalize(std::span<const QByteArrayView> lines,
                                   std::vector<Message> &messages)
{
    messages.resize(lines.size());
    m_lines = lines;
    m_out = messages.data();
    m_nextSlice.store(0, std::memory_order_relaxed);
    const bool shared =
        m_usesHelper && qsizetype(lines.size()) >= minimumForHelper && startHelper();
    if (shared) {
        m_turn.store(Posted); // publishes the run (sequentially consistent store)
        m_turn.notify_all();
    }
    takeSlices(m_callers);
    if (shared) {
        int expected = Posted;
        if (!m_turn.compare_exchange_strong(expected, Withdrawn)) {
            // The helper began: wait until its last slice is written.
            while ((expected = m_turn.load()) == Taken)
                m_turn.wait(Taken);
        }
        m_turn.store(Idle);
    }
    m_lines = {};
    m_out = nullptr;
}
