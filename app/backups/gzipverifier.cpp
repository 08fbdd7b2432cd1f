#include "gzipverifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <zlib.h>

#include <vector>

namespace {

constexpr int outputChunk = 256 * 1024;

} // namespace

struct GzipVerifier::Private
{
    z_stream stream{};
    bool initialised = false;
    bool inMember = false; // inside a member (header seen, end not reached)
    bool finished = false;
    Result result;
    std::vector<unsigned char> output = std::vector<unsigned char>(outputChunk);
    // Bytes of a possible next header that arrived after a member ended; held until we can tell
    // a new member from trailing garbage.
    qint64 memberStart = 0;

    void fail(const QString &message)
    {
        result.ok = false;
        if (result.error.isEmpty())
            result.error = message;
    }

    bool ensureStream()
    {
        if (initialised)
            return inflateReset(&stream) == Z_OK;
        // 16 + MAX_WBITS: gzip wrapper only; zlib then checks each member's CRC32 and ISIZE.
        if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
            return false;
        initialised = true;
        return true;
    }
};

GzipVerifier::GzipVerifier()
    : d(std::make_unique<Private>())
{}

GzipVerifier::~GzipVerifier()
{
    if (d->initialised)
        inflateEnd(&d->stream);
}

void GzipVerifier::reset()
{
    if (d->initialised)
        inflateEnd(&d->stream);
    d = std::make_unique<Private>();
}

bool GzipVerifier::failed() const
{
    return !d->result.error.isEmpty();
}

GzipVerifier::Result GzipVerifier::result() const
{
    Result r = d->result;
    if (!d->finished)
        r.ok = r.error.isEmpty();
    return r;
}

bool GzipVerifier::feed(const char *data, qint64 size)
{
    if (failed() || d->finished)
        return !failed();
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    qint64 remaining = size;
    while (remaining > 0) {
        if (!d->inMember) {
            // A new member must start with the gzip magic; anything else after a complete member
            // is trailing garbage (or a file that is not gzip at all).
            if (bytes[0] != 0x1f || (remaining > 1 && bytes[1] != 0x8b)) {
                d->fail(d->result.members == 0
                            ? tr("The file is not gzip-compressed.")
                            : tr("The file has unexpected data after its last gzip member "
                                 "(at byte %1).")
                                  .arg(QLocale().toString(d->result.compressedBytes)));
                return false;
            }
            if (!d->ensureStream()) {
                d->fail(tr("The gzip decoder could not start (out of memory?)."));
                return false;
            }
            d->inMember = true;
            d->memberStart = d->result.compressedBytes;
        }
        // avail_in is 32-bit; feed in slices.
        const uInt slice = uInt(std::min<qint64>(remaining, 1 << 30));
        d->stream.next_in = const_cast<unsigned char *>(bytes);
        d->stream.avail_in = slice;
        int status = Z_OK;
        while (d->stream.avail_in > 0) {
            d->stream.next_out = d->output.data();
            d->stream.avail_out = outputChunk;
            status = inflate(&d->stream, Z_NO_FLUSH);
            d->result.uncompressedBytes += outputChunk - d->stream.avail_out;
            if (status == Z_STREAM_END)
                break;
            if (status == Z_BUF_ERROR && d->stream.avail_out != 0)
                break; // needs more input, which is simply not here yet
            if (status != Z_OK && status != Z_BUF_ERROR) {
                const QString detail =
                    d->stream.msg ? QString::fromLatin1(d->stream.msg) : QString::number(status);
                // zlib says "incorrect data check" (CRC32) or "incorrect length check" (ISIZE).
                d->fail(tr("The file is corrupt: gzip member %1 (from byte %2) fails its check "
                           "(%3).")
                            .arg(d->result.members + 1)
                            .arg(QLocale().toString(d->memberStart))
                            .arg(detail));
                return false;
            }
        }
        const qint64 consumed = slice - d->stream.avail_in;
        d->result.compressedBytes += consumed;
        bytes += consumed;
        remaining -= consumed;
        if (status == Z_STREAM_END) {
            d->inMember = false;
            ++d->result.members;
        }
    }
    return true;
}

GzipVerifier::Result GzipVerifier::finish()
{
    if (!d->finished) {
        d->finished = true;
        if (!failed()) {
            if (d->result.compressedBytes == 0)
                d->fail(tr("The file is empty."));
            else if (d->inMember)
                d->fail(tr("The file is incomplete: gzip member %1 is cut short after %2 bytes.")
                            .arg(d->result.members + 1)
                            .arg(QLocale().toString(d->result.compressedBytes)));
            else
                d->result.ok = true;
        }
    }
    return d->result;
}

GzipVerifier::Result GzipVerifier::verifyFile(const QString &path, const std::atomic<bool> *cancel,
                                              const std::function<void(qint64)> &progress)
{
    GzipVerifier verifier;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result r;
        r.error = tr("The file cannot be read: %1").arg(file.errorString());
        return r;
    }
    std::vector<char> buffer(1024 * 1024);
    qint64 total = 0;
    for (;;) {
        if (cancel && cancel->load()) {
            Result r = verifier.result();
            r.ok = false;
            r.error = tr("Verification was cancelled.");
            return r;
        }
        const qint64 n = file.read(buffer.data(), qint64(buffer.size()));
        if (n < 0) {
            Result r = verifier.result();
            r.ok = false;
            r.error = tr("The file cannot be read: %1").arg(file.errorString());
            return r;
        }
        if (n == 0)
            break;
        total += n;
        if (!verifier.feed(buffer.data(), n))
            break;
        if (progress)
            progress(total);
    }
    return verifier.finish();
}
