#include "fileindexer.h"

#include "fileindex.h"
#include "linesplitter.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <zlib.h>

#include <memory>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FileIndexer", text);
}

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

void FileIndexer::indexPlain(const QString &path)
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
    while (!cancelled()) {
        const qint64 n = file.read(splitter.writePointer(), splitter.writeSpace());
        if (n < 0) {
            publish(splitter, done, true);
            m_index.finish(FileIndex::State::Failed,
                           tr("Reading the file failed: %1").arg(file.errorString()));
            return;
        }
        if (n == 0)
            break;
        done += n;
        splitter.commit(n);
        publish(splitter, done, false);
    }
    if (cancelled()) {
        publish(splitter, done, true);
        m_index.finish(FileIndex::State::Cancelled);
        return;
    }
    splitter.finish();
    publish(splitter, done, true);
    m_index.finish(FileIndex::State::Complete);
}

void FileIndexer::indexStream(QIODevice &device, QIODevice &copy, qint64 inputTotal,
                              const std::function<qint64()> &inputDone)
{
    m_inputTotal = inputTotal;
    LineSplitter splitter(m_options.bufferSize, m_options.collectStatistics);
    while (!cancelled()) {
        char *target = splitter.writePointer();
        const qint64 n = device.read(target, splitter.writeSpace());
        if (n < 0) {
            publish(splitter, inputDone(), true);
            m_index.finish(FileIndex::State::Damaged,
                           tr("The compressed data is damaged after %1 of content: %2. Everything "
                              "before it is shown.")
                               .arg(size(splitter.bytesSeen()), device.errorString()));
            return;
        }
        if (n == 0)
            break;
        // Readers use the copy, so the bytes must be there before their lines are published.
        if (copy.write(target, n) != n || !copy.waitForBytesWritten(-1)) {
            publish(splitter, inputDone(), true);
            m_index.finish(FileIndex::State::Failed,
                           tr("Cannot write the extracted data to the cache folder: %1")
                               .arg(copy.errorString()));
            return;
        }
        if (auto *file = qobject_cast<QFile *>(&copy))
            file->flush();
        splitter.commit(n);
        publish(splitter, inputDone(), false);
    }
    if (cancelled()) {
        publish(splitter, inputDone(), true);
        m_index.finish(FileIndex::State::Cancelled);
        return;
    }
    splitter.finish();
    publish(splitter, inputDone(), true);
    m_index.finish(FileIndex::State::Complete);
}

void FileIndexer::indexGzip(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        m_index.finish(FileIndex::State::Failed,
                       tr("Cannot read the file: %1").arg(file.errorString()));
        return;
    }
    m_inputTotal = file.size();

    constexpr qint64 inputSize = 1 << 20;
    auto input = std::make_unique<unsigned char[]>(inputSize);
    z_stream z{};
    if (inflateInit2(&z, 31) != Z_OK) {
        m_index.finish(FileIndex::State::Failed, tr("Cannot initialise zlib."));
        return;
    }
    struct Cleanup
    {
        z_stream &z;
        ~Cleanup() { inflateEnd(&z); }
    } cleanup{z};

    LineSplitter splitter(m_options.bufferSize, m_options.collectStatistics);
    GzipAccessPoints &points = m_index.accessPoints();
    qint64 readTotal = 0; // compressed bytes read from the file
    qint64 out = 0;       // uncompressed bytes produced
    qint64 lastPoint = 0;
    int members = 1;
    bool eof = false;
    const auto consumed = [&] { return readTotal - qint64(z.avail_in); };
    const auto refill = [&] {
        // Moves unread bytes to the front and reads more; false at the end of the file.
        if (z.avail_in > 0 && z.next_in != input.get())
            std::memmove(input.get(), z.next_in, z.avail_in);
        z.next_in = input.get();
        const qint64 n = file.read(reinterpret_cast<char *>(input.get()) + z.avail_in,
                                   inputSize - qint64(z.avail_in));
        if (n <= 0) {
            eof = true;
            return false;
        }
        z.avail_in += uInt(n);
        readTotal += n;
        return true;
    };

    points.append(GzipAccessPoint{0, 0, 0, true, {}});
    QByteArray window;
    for (;;) {
        if (cancelled()) {
            publish(splitter, consumed(), true);
            m_index.finish(FileIndex::State::Cancelled);
            return;
        }
        if (z.avail_in == 0 && !refill()) {
            // The file ends inside a member: everything decompressed so far stays readable.
            splitter.finish();
            publish(splitter, consumed(), true);
            m_index.finish(FileIndex::State::Truncated,
                           tr("The file ends unexpectedly after %1 (%2 decompressed): it is "
                              "truncated. Everything before that point is shown.")
                               .arg(size(readTotal), size(out)));
            return;
        }
        z.next_out = reinterpret_cast<Bytef *>(splitter.writePointer());
        z.avail_out = uInt(splitter.writeSpace());
        const uInt before = z.avail_out;
        // Z_BLOCK stops at each deflate block boundary: the only places an access point can go.
        const int ret = inflate(&z, Z_BLOCK);
        const qint64 produced = qint64(before - z.avail_out);
        out += produced;
        splitter.commit(produced);

        if (ret == Z_STREAM_END) {
            // A member ended (its CRC and length were checked). Another may follow.
            while (z.avail_in < 2 && !eof)
                refill();
            if (z.avail_in == 0)
                break;
            if (z.avail_in >= 2 && z.next_in[0] == 0x1f && z.next_in[1] == 0x8b) {
                inflateReset(&z);
                ++members;
                if (out - lastPoint >= m_options.accessPointSpacing) {
                    points.append(GzipAccessPoint{out, consumed(), 0, true, {}});
                    lastPoint = out;
                }
                publish(splitter, consumed(), false);
                continue;
            }
            // Not another member: zero padding is ignored quietly, anything else is reported.
            const qint64 garbageAt = consumed();
            bool zeros = true;
            do {
                for (uInt i = 0; i < z.avail_in && zeros; ++i)
                    zeros = z.next_in[i] == 0;
                z.next_in += z.avail_in;
                z.avail_in = 0;
            } while (zeros && refill());
            if (!zeros)
                m_index.addNotice(tr("The file holds %1 of data that is not gzip after the end of "
                                     "the compressed stream (at byte %2); it was ignored.")
                                      .arg(size(m_inputTotal - garbageAt))
                                      .arg(garbageAt));
            break;
        }
        if (ret != Z_OK && ret != Z_BUF_ERROR) {
            const QString reason = QString::fromUtf8(z.msg ? z.msg : "unknown error");
            splitter.finish();
            publish(splitter, consumed(), true);
            const QString where =
                tr("at compressed byte %1 (after %2 of content)").arg(consumed()).arg(size(out));
            m_index.finish(FileIndex::State::Damaged,
                           reason == QLatin1String("incorrect data check")
                               ? tr("Member %1 of the file fails its checksum %2: the data may be "
                                    "corrupted. Everything before that point is shown.")
                                     .arg(members)
                                     .arg(where)
                               : tr("The compressed data is damaged %1 (%2). Everything before "
                                    "that point is shown.")
                                     .arg(where, reason));
            return;
        }
        // At the end of a block that is not the last one of its member: an access point.
        if ((z.data_type & 128) && !(z.data_type & 64) &&
            out - lastPoint >= m_options.accessPointSpacing) {
            window.resize(32768);
            uInt length = 32768;
            if (inflateGetDictionary(&z, reinterpret_cast<Bytef *>(window.data()), &length) ==
                Z_OK) {
                window.resize(int(length));
                points.append(
                    GzipAccessPoint{out, consumed(), quint8(z.data_type & 7), false, window});
                window = QByteArray(); // the point keeps its own copy
                lastPoint = out;
            }
        }
        publish(splitter, consumed(), false);
    }
    splitter.finish();
    publish(splitter, consumed(), true);
    m_index.finish(FileIndex::State::Complete);
}
