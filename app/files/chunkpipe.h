#pragma once

#include "fileindex.h"
#include "linesplitter.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <list>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

class FieldScanner;

/// Hands the pieces of an index pass's content, in order, from the thread that produces them
/// (inflating or reading) to the thread that takes their lines (LineSplitter). A small pool of
/// buffers bounds the memory and makes the faster side wait for the slower one.
///
/// Parsing every line for the statistics is the longest part of a pass. With counting helpers,
/// threads of their own take the statistics of pieces waiting in the pipe
/// (LineSplitter::countLines()), and the taking thread, while the piece it needs next is still
/// being counted, counts a later one itself: the parse then runs on as many cores as the
/// machine gives the pass. The lines a helper counted reach a LineSink unparsed (it parses what
/// it needs).
class ChunkPipe
{
public:
    static constexpr qint64 chunkSize = 1 << 20;
    /// A pass hands its first piece over once it holds this much, so that rows appear at once.
    static constexpr qint64 firstChunkSize = 64 * 1024;

    struct Chunk
    {
        char *data = nullptr;
        qint64 size = 0;
        qint64 offset = 0; ///< uncompressed offset of data[0]
        qint64 inputDone = 0;
        bool end = false;
        FileIndex::State state = FileIndex::State::Complete;
        QString message;
        // At the end: where the pass stopped in the file, and the member boundaries seen last
        // ({compressed, uncompressed} offsets), for a later pass that continues this one.
        qint64 bytesRead = 0;
        std::vector<std::pair<qint64, qint64>> boundaries;
        // A sink's precheck of the chunk's whole lines, run on the producing thread.
        LineSplitter::Precheck precheck;
        // The statistics of the chunk's whole lines, when the producer or a helper took them.
        LineSplitter::Counted counted;

        /// The piece that ends a pass: how it ended, and the input consumed by then.
        static Chunk last(FileIndex::State state, QString message = {}, qint64 inputDone = 0)
        {
            Chunk chunk;
            chunk.end = true;
            chunk.state = state;
            chunk.message = std::move(message);
            chunk.inputDone = inputDone;
            return chunk;
        }
    };

    /// For a pass whose own threads keep \a passThreads cores busy, with \a countingHelpers
    /// threads that count the lines of waiting pieces (0: none, the taking thread parses every
    /// line itself; -1: one for each core that neither this pass nor another running at the
    /// same time keeps busy, at most maxHelpers).
    ChunkPipe(int passThreads, int countingHelpers);
    ~ChunkPipe();
    ChunkPipe(const ChunkPipe &) = delete;
    ChunkPipe &operator=(const ChunkPipe &) = delete;

    static constexpr int maxHelpers = 6;
    int helperCount() const { return int(m_helpers.size()); }

    /// A free buffer of chunkSize bytes (and FieldScanner::padding readable ones after it);
    /// \a waited tells whether none was free at first (the taking side is behind).
    char *acquire(bool *waited = nullptr);
    /// A free buffer, or null when all are in the pipe.
    char *tryAcquire();
    void release(char *buffer);
    void push(Chunk chunk);
    /// The oldest piece, waiting for it; counted when a helper took it (see above).
    Chunk pop();
    /// No piece is waiting.
    bool empty() const;

private:
    enum class Counting : quint8 {
        Waiting, ///< nobody took its statistics yet
        Running, ///< a thread is taking them
        Done,    ///< taken, or nobody will
    };
    struct Slot
    {
        Chunk chunk;
        Counting counting = Counting::Done;
    };
    using Slots = std::list<Slot>;

    /// This pipe's threads counted among the cores the process's passes keep busy (a dataset
    /// indexes several files at once), until the pipe is gone.
    struct CoreReservation
    {
        CoreReservation(int passThreads, int countingHelpers);
        ~CoreReservation();
        CoreReservation(const CoreReservation &) = delete;
        CoreReservation &operator=(const CoreReservation &) = delete;
        int helpers = 0;
        int cores = 0;
    };

    void helperLoop();
    Slots::iterator firstWaiting();
    /// Takes the statistics of \a slot's whole lines with \a scanner, the lock released meanwhile.
    void count(std::unique_lock<std::mutex> &lock, Slots::iterator slot, FieldScanner &scanner);

    CoreReservation m_reservation;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::unique_ptr<char[]>> m_buffers;
    std::deque<char *> m_free;
    Slots m_filled; // a list: helpers hold on to a slot while the lock is released
    bool m_stopping = false;
    std::unique_ptr<FieldScanner> m_takerScanner;
    std::vector<std::thread> m_helpers;
};
