#include "fileindexer.h"

#include "chunkpipe.h"
#include "core/gzipinflater.h"
#include "core/processortime.h"
#include "gzipreader.h"
#include "linesink.h"
#include "linesplitter.h"
#include "message/fieldscanner.h"
#include "plainfilereader.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <deque>
#include <memory>
#include <mutex>
#include <new>
#include <thread>
#include <utility>
#include <vector>

namespace {

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

FileIndexer::FileIndexer(FileIndex &index, const std::atomic_bool &cancel, Options options,
                         Notify notify)
    : m_index(index)
    , m_cancel(cancel)
    , m_options(options)
    , m_notify(std::move(notify))
{
    m_timer.start();
}

FileIndex::ContentSource FileIndexer::gzipSource(const QString &path)
{
    return [path](const FileIndex &index) -> std::unique_ptr<ByteReader> {
        // The reader lives inside the index: it may point at the index's access points.
        std::shared_ptr<const GzipAccessPoints> points(std::shared_ptr<const void>(),
                                                       &index.accessPoints());
        return std::make_unique<GzipReader>(path, std::move(points));
    };
}

FileIndex::ContentSource FileIndexer::plainSource(const QString &path)
{
    return [path](const FileIndex &) -> std::unique_ptr<ByteReader> {
        return std::make_unique<PlainFileReader>(path);
    };
}

int FileIndexer::countingHelpers() const
{
    return m_options.collectStatistics ? m_options.countingHelpers : 0;
}

QString FileIndexer::outOfMemoryMessage()
{
    return tr("There is not enough memory to index this file.");
}

void FileIndexer::guarded(const std::function<void()> &pass)
{
    try {
        pass();
    } catch (const std::bad_alloc &) {
        m_index.finish(FileIndex::State::Failed, outOfMemoryMessage());
    }
}

void FileIndexer::indexGzip(const QString &path)
{
    guarded([&] { runGzip(path, false); });
}

void FileIndexer::indexPlain(const QString &path)
{
    guarded([&] { runPlain(path, false); });
}

void FileIndexer::continueGzip(const QString &path)
{
    guarded([&] { runGzip(path, true); });
}

void FileIndexer::continuePlain(const QString &path)
{
    guarded([&] { runPlain(path, true); });
}

void FileIndexer::indexStream(QIODevice &device, QIODevice &copy, qint64 inputTotal,
                              const std::function<qint64()> &inputDone)
{
    guarded([&] { runStream(device, copy, inputTotal, inputDone); });
}

void FileIndexer::finishEarly(LineSplitter &splitter, qint64 inputDone, FileIndex::State state,
                              QString message)
{
    splitter.finishCut();
    publish(splitter, inputDone, true);
    if (const qint64 cut = splitter.cutLineBytes(); cut > 0) {
        m_index.setCutLineBytes(cut);
        message += QLatin1Char(' ') +
                   tr("Its last line is cut off after %1 and is not counted.").arg(size(cut));
    }
    m_index.finish(state, message);
}

void FileIndexer::adoptLineSinks(LineSplitter &splitter)
{
    if (!m_index.hasNewLineSinks())
        return;
    for (std::shared_ptr<LineSink> &sink : m_index.takeNewLineSinks())
        splitter.addSink(std::move(sink));
}

void FileIndexer::publish(LineSplitter &splitter, qint64 inputDone, bool final)
{
    const qint64 now = m_timer.elapsed();
    std::vector<qint64> &pending = splitter.pendingStarts();
    // The first lines go out at once (first rows on screen quickly), then at a steady cadence.
    const bool first = m_lastPublish < 0 && !pending.empty();
    if (!final && !first && now - m_lastPublish < m_options.publishIntervalMs)
        return;
    m_index.appendLines(pending, splitter.completeEnd());
    pending.clear();
    m_index.setProgress(inputDone, m_inputTotal, splitter.bytesSeen());
    if (final || m_lastStatistics < 0 || now - m_lastStatistics >= 250) {
        m_index.setStatistics(splitter.statistics());
        m_lastStatistics = now;
    }
    m_lastPublish = now;
    if (m_notify)
        m_notify();
}

void FileIndexer::runPlain(const QString &path, bool resume)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        m_index.finish(FileIndex::State::Failed,
                       tr("Cannot read the file: %1").arg(file.errorString()));
        return;
    }
    m_inputTotal = file.size();
    LineSplitter splitter(m_options.bufferSize, m_options.collectStatistics);
    qint64 done = 0;
    FileIndex::Tail tail = m_index.tail();
    if (resume) {
        // Plain content offsets are file offsets: read on from the last complete line.
        done = m_index.endOffset();
        if (!file.seek(done)) {
            m_index.finish(FileIndex::State::Failed,
                           tr("Reading the file failed: %1").arg(file.errorString()));
            return;
        }
        splitter.resumeAt(done, m_index.lineCount(), m_index.statistics(), tail.insideLine);
    } else {
        m_index.setContentSource(plainSource(path));
    }
    // Reading costs little next to parsing every line: counting helpers take the statistics
    // of the pieces read ahead while this thread takes the lines of the oldest, in order.
    ChunkPipe pipe(1, countingHelpers());
    qint64 readTotal = done; // file position after what was read
    bool first = true;
    bool atEnd = false;
    QString readError;
    while (!cancelled()) {
        if (char *buffer = atEnd ? nullptr : pipe.tryAcquire()) {
            // The first piece is small and taken at once.
            const qint64 n =
                file.read(buffer, first ? ChunkPipe::firstChunkSize : ChunkPipe::chunkSize);
            if (n > 0) {
                ChunkPipe::Chunk chunk;
                chunk.data = buffer;
                chunk.size = n;
                chunk.offset = readTotal;
                readTotal += n;
                chunk.inputDone = readTotal;
                pipe.push(std::move(chunk));
                if (!std::exchange(first, false))
                    continue; // read ahead while a buffer is free
            } else {
                pipe.release(buffer);
                atEnd = true;
                if (n < 0)
                    readError = file.errorString();
            }
        }
        if (pipe.empty())
            break;
        ChunkPipe::Chunk chunk = pipe.pop();
        adoptLineSinks(splitter);
        splitter.addCounted(std::move(chunk.counted));
        splitter.consume(chunk.data, chunk.size);
        pipe.release(chunk.data);
        done = chunk.inputDone;
        publish(splitter, done, false);
    }
    m_index.setPassThreads({0, 0, pipe.helperCount()});
    if (!readError.isEmpty() && !cancelled()) {
        publish(splitter, done, true);
        m_index.finish(FileIndex::State::Failed, tr("Reading the file failed: %1").arg(readError));
        return;
    }
    if (cancelled()) {
        publish(splitter, done, true);
        m_index.finish(FileIndex::State::Cancelled);
        return;
    }
    // A continuing pass holds back a last line without its terminator: it is being written.
    if (!resume)
        splitter.finish();
    publish(splitter, done, true);
    tail.known = true;
    tail.bytesRead = done;
    tail.insideLine = resume ? splitter.continuesLine() : splitter.endedInsideLine();
    m_index.setTail(tail);
    m_index.finish(FileIndex::State::Complete);
}

namespace {

/// Whatever ends a pass's producing side (an exception included), its scanning thread is told
/// and joined first: the pipe and everything the thread uses live on the producer's stack.
struct ScannerGuard
{
    std::thread &thread;
    ChunkPipe &pipe;
    ~ScannerGuard()
    {
        if (!thread.joinable())
            return;
        pipe.push(ChunkPipe::Chunk::last(FileIndex::State::Failed));
        thread.join();
    }
};

} // namespace

void FileIndexer::runStream(QIODevice &device, QIODevice &copy, qint64 inputTotal,
                            const std::function<qint64()> &inputDone)
{
    m_inputTotal = inputTotal;
    auto *copyFile = qobject_cast<QFileDevice *>(&copy);
    if (copyFile)
        m_index.setContentSource(plainSource(copyFile->fileName()));

    // Decompressing (xz, bzip2, zstd, a zip's deflate) is the longer side: this thread reads
    // the device and keeps the copy, a scanning thread takes the lines, and counting helpers
    // take the statistics of waiting pieces where cores are free. The device and the copy are
    // used on this thread only.
    ChunkPipe pipe(2, countingHelpers());
    std::atomic_bool outOfMemory{false};
    std::thread scanner([this, &pipe, &outOfMemory] {
        std::unique_ptr<LineSplitter> splitter;
        try {
            splitter =
                std::make_unique<LineSplitter>(m_options.bufferSize, m_options.collectStatistics);
        } catch (const std::bad_alloc &) {
            outOfMemory = true;
        }
        for (;;) {
            ChunkPipe::Chunk chunk = pipe.pop();
            if (chunk.end) {
                if (outOfMemory) {
                    m_index.finish(FileIndex::State::Failed, outOfMemoryMessage());
                } else if (chunk.state == FileIndex::State::Complete) {
                    splitter->finish();
                    publish(*splitter, chunk.inputDone, true);
                    m_index.finish(chunk.state);
                } else if (chunk.state == FileIndex::State::Damaged) {
                    finishEarly(*splitter, chunk.inputDone, chunk.state, chunk.message);
                } else {
                    publish(*splitter, chunk.inputDone, true);
                    m_index.finish(chunk.state, chunk.message);
                }
                return;
            }
            try {
                if (!outOfMemory) {
                    adoptLineSinks(*splitter);
                    splitter->addCounted(std::move(chunk.counted));
                    splitter->consume(chunk.data, chunk.size);
                    if (!cancelled())
                        publish(*splitter, chunk.inputDone, false);
                }
            } catch (const std::bad_alloc &) {
                outOfMemory = true; // what is left is drained unread
            }
            pipe.release(chunk.data);
        }
    });
    qint64 out = 0; // decompressed bytes read
    const auto end = [&](FileIndex::State state, const QString &message) {
        pipe.push(ChunkPipe::Chunk::last(state, message, inputDone()));
        scanner.join();
    };
    const ScannerGuard scannerGuard{scanner, pipe};
    for (bool first = true;; first = false) {
        if (cancelled())
            return end(FileIndex::State::Cancelled, {});
        char *buffer = pipe.acquire();
        // The first piece is small and taken at once, so that rows appear at once.
        const qint64 n =
            device.read(buffer, first ? ChunkPipe::firstChunkSize : ChunkPipe::chunkSize);
        if (n <= 0) {
            pipe.release(buffer);
            if (n == 0)
                return end(FileIndex::State::Complete, {});
            return end(FileIndex::State::Damaged,
                       tr("The compressed data is damaged after %1 of content: %2. "
                          "Everything before it is shown.")
                           .arg(size(out), device.errorString()));
        }
        // Readers use the copy, so the bytes must be there before their lines are
        // published. (A file is flushed; QIODevice::waitForBytesWritten() is false for
        // files.)
        const bool written = copy.write(buffer, n) == n &&
                             (copyFile ? copyFile->flush() : copy.waitForBytesWritten(-1));
        if (!written) {
            pipe.release(buffer);
            return end(FileIndex::State::Failed,
                       tr("Cannot write the extracted data to the cache folder: %1")
                           .arg(copy.errorString()));
        }
        ChunkPipe::Chunk chunk;
        chunk.data = buffer;
        chunk.size = n;
        chunk.offset = out;
        chunk.inputDone = inputDone();
        out += n;
        pipe.push(std::move(chunk));
    }
}

namespace {

/// Runs \a sink's precheck on the whole lines of \a data (uncompressed offset \a offset on):
/// the first and the last line, which the chunks before and after share, are left to the
/// scanning side.
void precheckLines(const char *data, qint64 size, qint64 offset,
                   std::shared_ptr<const LineSink> sink, LineSplitter::Precheck &out)
{
    if (!sink)
        return;
    const bool any = LineSplitter::forEachWholeLine(
        data, size, offset, &out.from, &out.to, [&](const char *line, const char *end) {
            if (end > line && sink->wantsBytes(QByteArrayView(line, end - line)))
                out.wanted.push_back(offset + (end - data));
        });
    if (any)
        out.sink = std::move(sink);
}

} // namespace

void FileIndexer::runGzip(const QString &path, bool resume)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        m_index.finish(FileIndex::State::Failed,
                       tr("Cannot read the file: %1").arg(file.errorString()));
        return;
    }
    m_inputTotal = file.size();
    if (!resume)
        m_index.setContentSource(gzipSource(path));

    constexpr qint64 inputSize = 1 << 20;
    auto input = std::make_unique_for_overwrite<unsigned char[]>(inputSize);
    // ISA-L when built in: the pass runs at its speed. Block boundaries for access points are
    // asked for only once one is due, so the search for one costs a block per point.
    GzipInflater inflater;
    inflater.setKeepWindow(true);

    // Where inflating starts: the file's start, or for a continuing pass the latest member
    // boundary or access point at or before the last complete line (output before that line
    // is inflated again but not scanned).
    GzipAccessPoints &points = m_index.accessPoints();
    const FileIndex::Tail tail = m_index.tail();
    const qint64 resumeAt = resume ? m_index.endOffset() : 0;
    GzipAccessPoint start{0, 0, 0, true, {}};
    qint64 lastPoint = 0;
    if (resume) {
        points.pointAtOrBefore(resumeAt, start);
        if (tail.known && tail.memberIn >= 0 && tail.memberOut <= resumeAt &&
            tail.memberOut >= start.out)
            start = GzipAccessPoint{tail.memberOut, tail.memberIn, 0, true, {}};
        const std::vector<qint64> offsets = points.offsets();
        lastPoint = offsets.empty() ? 0 : offsets.back();
    }
    bool started = true;
    if (start.memberStart) {
        inflater.startAtMember(start.in);
        started = file.seek(start.in);
    } else {
        char before = 0;
        started = start.bits ? file.seek(start.in - 1) && file.getChar(&before)
                             : file.seek(start.in);
        started = started && inflater.resume(start.in, start.bits, uchar(before), start.window);
    }
    if (!started) {
        m_index.finish(FileIndex::State::Failed,
                       tr("Reading the file failed: %1").arg(file.errorString()));
        return;
    }

    // The scanning side: lines, statistics and publication, on its own thread. Out of memory
    // it drains the pipe (so the inflating side never waits for it) and fails the pass.
    const double inflatingCpuStart = ProcessorTime::thread();
    double inflatingCpu = 0; // set before the last piece is handed over
    ChunkPipe pipe(2, countingHelpers());
    std::atomic_bool outOfMemory{false};
    // The sink whose precheck the inflating side runs on each chunk, as the scanning side has
    // adopted it: that share of a search's work moves to the thread with time to spare.
    std::mutex precheckMutex;
    std::shared_ptr<const LineSink> precheckSink;
    std::thread scanner([this, &pipe, &outOfMemory, resume, resumeAt, &tail, &precheckMutex,
                         &precheckSink, &inflatingCpu] {
        const double scanningCpuStart = ProcessorTime::thread();
        std::unique_ptr<LineSplitter> splitter;
        try {
            splitter =
                std::make_unique<LineSplitter>(m_options.bufferSize, m_options.collectStatistics);
            if (resume)
                splitter->resumeAt(resumeAt, m_index.lineCount(), m_index.statistics(),
                                   tail.insideLine);
        } catch (const std::bad_alloc &) {
            outOfMemory = true;
        }
        // What a later pass continuing this one needs, set before the index is finished.
        const auto keepTail = [&](const ChunkPipe::Chunk &last, bool insideLine) {
            FileIndex::Tail next;
            next.known = true;
            next.bytesRead = last.bytesRead;
            next.insideLine = insideLine;
            const qint64 lineEnd = splitter->completeEnd();
            for (auto it = last.boundaries.rbegin(); it != last.boundaries.rend(); ++it) {
                if (it->second <= lineEnd) {
                    next.memberIn = it->first;
                    next.memberOut = it->second;
                    break;
                }
            }
            m_index.setTail(next);
        };
        for (;;) {
            ChunkPipe::Chunk chunk = pipe.pop();
            if (chunk.end) {
                m_index.setPassThreads(
                    {inflatingCpu, ProcessorTime::thread() - scanningCpuStart, pipe.helperCount()});
                if (outOfMemory) {
                    m_index.finish(FileIndex::State::Failed, outOfMemoryMessage());
                } else if (chunk.state == FileIndex::State::Complete) {
                    // A continuing pass holds back a last line without its terminator.
                    if (!resume)
                        splitter->finish();
                    publish(*splitter, chunk.inputDone, true);
                    keepTail(chunk, resume ? splitter->continuesLine()
                                           : splitter->endedInsideLine());
                    m_index.finish(chunk.state, chunk.message);
                } else if (chunk.state == FileIndex::State::Cancelled) {
                    publish(*splitter, chunk.inputDone, true);
                    m_index.finish(chunk.state, chunk.message);
                } else {
                    if (chunk.state == FileIndex::State::Truncated)
                        keepTail(chunk, false); // it may yet grow to be whole
                    finishEarly(*splitter, chunk.inputDone, chunk.state, chunk.message);
                }
                return;
            }
            // Out of memory, what is left is drained unread.
            try {
                if (!outOfMemory) {
                    if (m_index.hasNewLineSinks()) {
                        adoptLineSinks(*splitter);
                        std::lock_guard lock(precheckMutex);
                        precheckSink = splitter->precheckingSink();
                    }
                    if (chunk.precheck.sink)
                        splitter->addPrecheck(std::move(chunk.precheck));
                    splitter->addCounted(std::move(chunk.counted));
                    splitter->consume(chunk.data, chunk.size);
                    if (!cancelled())
                        publish(*splitter, chunk.inputDone, false);
                }
            } catch (const std::bad_alloc &) {
                outOfMemory = true;
            }
            pipe.release(chunk.data);
        }
    });
    const ScannerGuard scannerGuard{scanner, pipe};

    qint64 readTotal = start.in; // file position after what was read
    qint64 out = start.out;      // uncompressed offset of the output produced
    bool firstChunk = true;
    bool stopping = false;
    // A member start becomes an access point once the member turns out to hold data.
    bool memberPointPending = false;
    GzipAccessPoint memberPoint;
    // Member ends seen ({compressed, uncompressed} offsets), the newest last; the start of a
    // continuing pass is one when it is a member start.
    std::deque<std::pair<qint64, qint64>> boundaries;
    if (resume && start.memberStart) {
        boundaries.emplace_back(start.in, start.out);
        // The member boundary an earlier pass ended at is an access point once it is due (that
        // pass could not know yet whether a member with data follows).
        if (start.out - lastPoint >= m_options.accessPointSpacing) {
            memberPoint = start;
            memberPointPending = true;
        }
    }
    const auto consumed = [&] { return std::min(inflater.inputPosition(), readTotal); };

    ChunkPipe::Chunk chunk;
    chunk.data = pipe.acquire();
    const auto currentPrecheckSink = [&] {
        std::lock_guard lock(precheckMutex);
        return precheckSink;
    };
    // Parsing every line for the statistics is the longer side of the pass: when the scanning
    // side is behind (this thread waited for a free buffer), this thread takes the statistics
    // of the next chunk's lines itself, and a search's verdicts on them (it matches each line
    // with that parse).
    std::unique_ptr<FieldScanner> counter;
    bool countNext = m_options.collectStatistics && m_options.countAhead == CountAhead::Always;
    const auto submit = [&] {
        std::shared_ptr<const LineSink> sink = currentPrecheckSink();
        if (countNext && (!sink || sink->judgesAhead())) {
            if (!counter)
                counter = std::make_unique<FieldScanner>();
            chunk.counted = LineSplitter::countLines(chunk.data, chunk.size, out - chunk.size,
                                                     *counter, sink, &chunk.precheck);
        } else {
            precheckLines(chunk.data, chunk.size, out - chunk.size, sink, chunk.precheck);
        }
        chunk.offset = out - chunk.size;
        chunk.inputDone = consumed();
        pipe.push(std::move(chunk));
        chunk = ChunkPipe::Chunk();
        bool waited = false;
        chunk.data = pipe.acquire(&waited);
        firstChunk = false;
        if (m_options.collectStatistics && m_options.countAhead == CountAhead::WhenIdle)
            countNext = waited;
    };
    const auto end = [&](FileIndex::State state, const QString &message) {
        if (chunk.size > 0)
            submit();
        pipe.release(chunk.data);
        ChunkPipe::Chunk last = ChunkPipe::Chunk::last(state, message, consumed());
        last.bytesRead = readTotal;
        last.boundaries.assign(boundaries.begin(), boundaries.end());
        inflatingCpu = ProcessorTime::thread() - inflatingCpuStart;
        pipe.push(std::move(last));
        scanner.join();
    };

    if (!resume)
        points.append(GzipAccessPoint{0, 0, 0, true, {}});
    for (;;) {
        if (outOfMemory) {
            end(FileIndex::State::Failed, {});
            return;
        }
        if (cancelled()) {
            chunk.size = 0; // what is not scanned yet is dropped
            end(FileIndex::State::Cancelled, {});
            return;
        }
        const bool due = out - lastPoint >= m_options.accessPointSpacing;
        if (due != stopping) {
            inflater.setStopAtBlockEnd(due);
            stopping = due;
        }
        // Until a point is due, output stops where it becomes due, so the search starts there.
        qint64 room = ChunkPipe::chunkSize - chunk.size;
        if (!due)
            room = std::min(room, lastPoint + m_options.accessPointSpacing - out);
        // Output before the point a continuing pass resumes scanning at was scanned already.
        const bool skipping = out < resumeAt;
        if (skipping)
            room = std::min(room, resumeAt - out);
        const GzipInflater::Step step = inflater.inflate(
            reinterpret_cast<unsigned char *>(chunk.data + chunk.size), size_t(room));
        if (step.produced > 0 && memberPointPending) {
            points.append(std::move(memberPoint));
            lastPoint = out;
            memberPointPending = false;
        }
        out += qint64(step.produced);
        if (!skipping)
            chunk.size += qint64(step.produced);
        // Full enough to hand over; the first one goes early so that rows appear at once.
        if (chunk.size >= ChunkPipe::chunkSize * 3 / 4 ||
            (firstChunk && chunk.size >= ChunkPipe::firstChunkSize))
            submit();

        switch (step.event) {
        case GzipInflater::Event::Output:
        case GzipInflater::Event::TrailingData:
            break;
        case GzipInflater::Event::NeedsInput: {
            const qint64 n = file.read(reinterpret_cast<char *>(input.get()), inputSize);
            if (n > 0) {
                readTotal += n;
                inflater.setInput(input.get(), size_t(n));
            } else {
                inflater.endOfInput();
            }
            break;
        }
        case GzipInflater::Event::BlockEnd:
            // At the end of a block that is not the last one of its member: an access point.
            if (out - lastPoint >= m_options.accessPointSpacing) {
                points.append(GzipAccessPoint{out, inflater.blockEndIn(),
                                              quint8(inflater.blockEndBits()), false,
                                              inflater.window()});
                lastPoint = out;
            }
            break;
        case GzipInflater::Event::MemberEnd:
            // A member ended (its CRC and length were checked). Another may follow.
            boundaries.emplace_back(inflater.inputPosition(), out);
            if (boundaries.size() > 256)
                boundaries.pop_front();
            if (out - lastPoint >= m_options.accessPointSpacing) {
                memberPoint = GzipAccessPoint{out, inflater.inputPosition(), 0, true, {}};
                memberPointPending = true;
            }
            break;
        case GzipInflater::Event::End:
            if (resume) {
                // Whatever follows the last member is the start of one still being written.
                end(FileIndex::State::Complete, {});
                return;
            }
            if (inflater.members() == 0) {
                // Not one byte of a member: an empty file was cut off before it began.
                end(FileIndex::State::Truncated,
                    tr("The file ends unexpectedly after %1 (%2 decompressed): it is "
                       "truncated. Everything before that point is shown.")
                        .arg(size(readTotal), size(out)));
                return;
            }
            // Zero padding is ignored quietly, anything else is reported.
            if (inflater.trailingStart() >= 0 && !inflater.trailingZeros()) {
                const qint64 garbageAt = inflater.trailingStart();
                m_index.addNotice(tr("The file holds %1 of data that is not gzip after the end of "
                                     "the compressed stream (at byte %2); it was ignored.")
                                      .arg(size(m_inputTotal - garbageAt))
                                      .arg(garbageAt));
            }
            end(FileIndex::State::Complete, {});
            return;
        case GzipInflater::Event::Error: {
            if (inflater.error() == GzipInflater::Error::Truncated && resume) {
                // A member still being written: its complete lines come with the next pass.
                end(FileIndex::State::Complete, {});
                return;
            }
            if (inflater.error() == GzipInflater::Error::Truncated) {
                // The file ends inside a member: everything decompressed so far stays readable.
                end(FileIndex::State::Truncated,
                    tr("The file ends unexpectedly after %1 (%2 decompressed): it is "
                       "truncated. Everything before that point is shown.")
                        .arg(size(readTotal), size(out)));
                return;
            }
            const QString where = tr("at compressed byte %1 (after %2 of content)")
                                      .arg(inflater.errorPosition())
                                      .arg(size(out));
            end(FileIndex::State::Damaged,
                inflater.error() == GzipInflater::Error::BadCrc
                    ? tr("Member %1 of the file fails its checksum %2: the data may be "
                         "corrupted. Everything before that point is shown.")
                          .arg(inflater.members() + 1)
                          .arg(where)
                    : tr("The compressed data is damaged %1 (%2). Everything before "
                         "that point is shown.")
                          .arg(where, inflater.errorDetail()));
            return;
        }
        }
    }
}
