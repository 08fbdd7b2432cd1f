#include "chunkpipe.h"

#include "message/fieldscanner.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <new>
#include <system_error>

namespace {

/// The cores the index passes running in this process keep busy, helpers included.
std::atomic_int busyCores{0};

} // namespace

ChunkPipe::CoreReservation::CoreReservation(int passThreads, int countingHelpers)
{
    const int machineCores = int(std::thread::hardware_concurrency());
    int busy = busyCores.load();
    do {
        helpers = countingHelpers >= 0
                      ? countingHelpers
                      : std::clamp(machineCores - busy - passThreads, 0, maxHelpers);
        cores = passThreads + helpers;
    } while (!busyCores.compare_exchange_weak(busy, busy + cores));
}

ChunkPipe::CoreReservation::~CoreReservation()
{
    busyCores -= cores;
}

ChunkPipe::ChunkPipe(int passThreads, int countingHelpers)
    : m_reservation(passThreads, countingHelpers)
{
    // Enough pieces for every helper to count one while the taking side takes another.
    const int chunkCount = 4 + 2 * m_reservation.helpers;
    for (int i = 0; i < chunkCount; ++i) {
        // The padding lets simdjson read past a chunk's last line (countLines()).
        m_buffers.push_back(
            std::make_unique_for_overwrite<char[]>(size_t(chunkSize + FieldScanner::padding)));
        std::memset(m_buffers.back().get() + chunkSize, ' ', FieldScanner::padding);
        m_free.push_back(m_buffers.back().get());
    }
    for (int i = 0; i < m_reservation.helpers; ++i) {
        try {
            m_helpers.emplace_back([this] { helperLoop(); });
        } catch (const std::system_error &) {
            break; // no more threads: the taking side parses what helpers would have
        }
    }
}

ChunkPipe::~ChunkPipe()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_changed.notify_all();
    }
    // A helper still counting finishes its piece first: the buffers outlive it.
    for (std::thread &helper : m_helpers)
        helper.join();
}

char *ChunkPipe::acquire(bool *waited)
{
    std::unique_lock lock(m_mutex);
    if (waited)
        *waited = m_free.empty();
    m_changed.wait(lock, [this] { return !m_free.empty(); });
    char *buffer = m_free.front();
    m_free.pop_front();
    return buffer;
}

char *ChunkPipe::tryAcquire()
{
    std::lock_guard lock(m_mutex);
    if (m_free.empty())
        return nullptr;
    char *buffer = m_free.front();
    m_free.pop_front();
    return buffer;
}

void ChunkPipe::release(char *buffer)
{
    std::lock_guard lock(m_mutex);
    m_free.push_back(buffer);
    m_changed.notify_all();
}

void ChunkPipe::push(Chunk chunk)
{
    // A piece with whole lines that the producer did not count waits for a helper.
    const bool toCount = !m_helpers.empty() && !chunk.end && chunk.size > 0 &&
                         chunk.counted.to <= chunk.counted.from;
    std::lock_guard lock(m_mutex);
    m_filled.push_back(Slot{std::move(chunk), toCount ? Counting::Waiting : Counting::Done});
    m_changed.notify_all();
}

ChunkPipe::Chunk ChunkPipe::pop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return !m_filled.empty(); });
        Slot &head = m_filled.front();
        if (head.counting != Counting::Running) {
            // Counted, or not yet taken by any helper: the taking side parses its lines.
            Chunk chunk = std::move(head.chunk);
            m_filled.pop_front();
            return chunk;
        }
        // The next piece is still being counted: count a later one meanwhile.
        if (const auto waiting = firstWaiting(); waiting != m_filled.end()) {
            if (!m_takerScanner)
                m_takerScanner = std::make_unique<FieldScanner>();
            count(lock, waiting, *m_takerScanner);
            continue;
        }
        m_changed.wait(lock, [&] {
            return head.counting != Counting::Running || firstWaiting() != m_filled.end();
        });
    }
}

bool ChunkPipe::empty() const
{
    std::lock_guard lock(m_mutex);
    return m_filled.empty();
}

void ChunkPipe::helperLoop()
{
    std::unique_ptr<FieldScanner> scanner;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stopping || firstWaiting() != m_filled.end(); });
        if (m_stopping)
            return;
        try {
            if (!scanner)
                scanner = std::make_unique<FieldScanner>();
        } catch (const std::bad_alloc &) {
            // Out of memory this helper stops; the taking side parses what it would have.
            return;
        }
        count(lock, firstWaiting(), *scanner);
    }
}

ChunkPipe::Slots::iterator ChunkPipe::firstWaiting()
{
    return std::find_if(m_filled.begin(), m_filled.end(),
                        [](const Slot &slot) { return slot.counting == Counting::Waiting; });
}

void ChunkPipe::count(std::unique_lock<std::mutex> &lock, Slots::iterator slot,
                      FieldScanner &scanner)
{
    slot->counting = Counting::Running;
    const Chunk &chunk = slot->chunk;
    lock.unlock();
    LineSplitter::Counted counted;
    try {
        counted = LineSplitter::countLines(chunk.data, chunk.size, chunk.offset, scanner);
    } catch (const std::bad_alloc &) {
        counted = {}; // out of memory the taking side parses these lines (and fails the pass)
    }
    lock.lock();
    slot->chunk.counted = std::move(counted);
    slot->counting = Counting::Done;
    m_changed.notify_all();
}
