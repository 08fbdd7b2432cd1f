#include "feed/gziptail.h"

#include <QByteArray>
#include <QIODevice>

#include <zlib.h>

#include <algorithm>

namespace {

enum class Ending {
    AtEndOfFile, ///< the last member ended exactly where the file ends
    Truncated,   ///< the file ends inside a member
    Invalid,     ///< bytes that are not a gzip member, or a member that does not verify
    ReadError,
};

struct Decoded
{
    qint64 lastEnd = -1; ///< absolute end of the last complete member; -1: none
    Ending ending = Ending::Invalid;
    QByteArray lastExtra; ///< that member's FEXTRA field
    quint32 lastTime = 0; ///< and its MTIME
};

/// Inflates the members that follow each other from \a offset to the end of the file.
Decoded decodeFrom(QIODevice &device, qint64 offset)
{
    Decoded result;
    if (!device.seek(offset)) {
        result.ending = Ending::ReadError;
        return result;
    }
    z_stream z{};
    // 15 + 16: one gzip member per stream, header and trailer (CRC-32, length) checked.
    if (inflateInit2(&z, 15 + 16) != Z_OK) {
        result.ending = Ending::ReadError;
        return result;
    }
    // Each member's header is read into this (it must be given again after every reset).
    QByteArray extra(64 * 1024, Qt::Uninitialized);
    gz_header header{};
    const auto watchHeader = [&] {
        header = {};
        header.extra = reinterpret_cast<Bytef *>(extra.data());
        header.extra_max = uInt(extra.size());
        inflateGetHeader(&z, &header);
    };
    watchHeader();
    QByteArray input(256 * 1024, Qt::Uninitialized);
    QByteArray output(256 * 1024, Qt::Uninitialized);
    qint64 position = offset; // of the first byte not yet handed to inflate
    bool inMember = false;    // some of the current member has been read
    result.ending = Ending::Truncated;
    for (;;) {
        const qint64 got = device.read(input.data(), input.size());
        if (got < 0) {
            result.ending = Ending::ReadError;
            break;
        }
        if (got == 0) {
            result.ending =
                inMember || result.lastEnd < 0 ? Ending::Truncated : Ending::AtEndOfFile;
            break;
        }
        z.next_in = reinterpret_cast<Bytef *>(input.data());
        z.avail_in = uInt(got);
        bool stop = false;
        while (z.avail_in > 0 && !stop) {
            inMember = true;
            z.next_out = reinterpret_cast<Bytef *>(output.data());
            z.avail_out = uInt(output.size());
            const int status = inflate(&z, Z_NO_FLUSH);
            if (status == Z_STREAM_END) {
                result.lastEnd = position + (got - qint64(z.avail_in));
                result.lastExtra = header.done == 1 && header.extra_len > 0
                                       ? extra.left(std::min<qsizetype>(header.extra_len,
                                                                        extra.size()))
                                       : QByteArray();
                result.lastTime = quint32(header.time);
                inMember = false;
                inflateReset(&z);
                watchHeader();
            } else if (status != Z_OK && status != Z_BUF_ERROR) {
                result.ending = Ending::Invalid;
                stop = true;
            }
        }
        if (stop)
            break;
        position += got;
    }
    inflateEnd(&z);
    return result;
}

bool looksLikeGzipHeader(const char *p)
{
    // ID1 ID2, CM = deflate, no reserved flag bits.
    return uchar(p[0]) == 0x1f && uchar(p[1]) == 0x8b && uchar(p[2]) == 8 &&
           (uchar(p[3]) & 0xe0) == 0;
}

} // namespace

GzipTail::Result GzipTail::inspect(QIODevice &device)
{
    Result result;
    result.size = device.size();
    if (result.size == 0)
        return result;

    // Candidates for the start of the last complete member, latest first.
    const qint64 tailStart = std::max<qint64>(0, result.size - searchSpan);
    if (!device.seek(tailStart)) {
        result.readError = true;
        return result;
    }
    const QByteArray tail = device.read(result.size - tailStart);
    if (tail.size() != result.size - tailStart) {
        result.readError = true;
        return result;
    }
    for (qsizetype i = tail.size() - 4; i >= 0; --i) {
        if (!looksLikeGzipHeader(tail.constData() + i))
            continue;
        const Decoded decoded = decodeFrom(device, tailStart + i);
        if (decoded.ending == Ending::ReadError) {
            result.readError = true;
            return result;
        }
        if (decoded.lastEnd < 0)
            continue; // inside a member, or the torn member itself: look further back
        result.validLength = decoded.ending == Ending::AtEndOfFile ? result.size : decoded.lastEnd;
        result.lastMemberExtra = decoded.lastExtra;
        result.lastMemberTime = decoded.lastTime;
        return result;
    }
    if (tailStart == 0)
        return result; // not one complete member in the whole file

    // No member starts in the tail: read the file from its start.
    const Decoded decoded = decodeFrom(device, 0);
    if (decoded.ending == Ending::ReadError)
        result.readError = true;
    else if (decoded.lastEnd >= 0) {
        result.validLength = decoded.ending == Ending::AtEndOfFile ? result.size : decoded.lastEnd;
        result.lastMemberExtra = decoded.lastExtra;
        result.lastMemberTime = decoded.lastTime;
    }
    return result;
}
