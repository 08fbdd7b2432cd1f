#pragma once

#include "message/messagenormalizer.h"

#include <QByteArrayView>

#include <atomic>
#include <memory>
#include <span>
#include <thread>
#include <vector>

/// Normalises a run of lines on two threads, the caller's and a helper's, each with its own
/// MessageNormalizer, and returns when every line is done: the caller gets the messages in
/// order, as if it had normalised them itself. For a stream that outruns one core (the Live
/// page at 150 000 messages a second): the client's thread then only frames the lines and
/// keeps its state in order.
///
/// A run shorter than minimumForHelper stays on the caller's thread, so a quiet stream never
/// wakes the helper and its messages share repeated names through one normaliser. The two
/// threads take the lines in small slices from a shared counter: a helper that is slow to be
/// scheduled leaves its share to the caller, which never waits for a helper that has not begun.
class ParallelNormalizer
{
public:
    static constexpr qsizetype minimumForHelper = 32;

    ParallelNormalizer();
    ~ParallelNormalizer();
    ParallelNormalizer(const ParallelNormalizer &) = delete;
    ParallelNormalizer &operator=(const ParallelNormalizer &) = delete;

    /// As MessageNormalizer::setSharesRepeats(), for both normalisers.
    void setSharesRepeats(bool share);
    /// Off: everything runs on the caller's thread (one core, or a test that wants it so).
    void setUsesHelper(bool use) { m_usesHelper = use; }

    /// Fills \a messages (resized to the number of lines) with the normalised \a lines. The
    /// lines' bytes must stay valid until it returns.
    void normalize(std::span<const QByteArrayView> lines, std::vector<Message> &messages);

    /// Lines the helper normalised so far.
    quint64 linesByHelper() const { return m_linesByHelper.load(std::memory_order_relaxed); }

private:
    /// Normalises slices of the current run until none is left; returns the lines it took.
    qsizetype takeSlices(MessageNormalizer &normalizer);
    void helperLoop();
    bool startHelper();

    MessageNormalizer m_callers;
    MessageNormalizer m_helpers;
    bool m_usesHelper = true;
    bool m_helperFailed = false;
    std::thread m_helper;

    // The current run, published to the helper by m_posted.
    std::span<const QByteArrayView> m_lines;
    Message *m_out = nullptr;
    std::atomic<qsizetype> m_nextSlice{0};

    enum Turn : int {
        Idle,      ///< nothing for the helper
        Posted,    ///< a run waits for the helper
        Taken,     ///< the helper works on it
        Finished,  ///< the helper is done with it
        Withdrawn, ///< the caller finished alone before the helper began
        Quit,
    };
    std::atomic<int> m_turn{Idle};
    std::atomic<quint64> m_linesByHelper{0};
};
