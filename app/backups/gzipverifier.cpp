#include "gzipverifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include "core/gzipinflater.h"

#include <vector>

namespace {

constexpr int outputChunk = 256 * 1024;

} // namespace

struct GzipVerifier::Private
{
    // ISA-L when built in: verification keeps up with the fastest downloads.
    GzipInflater inflater;
    bool finished = false;
    Result result;
    std::vector<unsigned char> output = std::vector<unsigned char>(outputChunk);
    int firstByte = -1;

    Private() { inflater.startAtMember(0); }

    void fail(const QString &message)
    {
        result.ok = false;
        if (result.error.isEmpty())
            result.error = message;
    }

    /// Inflates what was given until more input is needed; false once the data is bad.
    bool drain()
    {
        for (;;) {
            const GzipInflater::Step step = inflater.inflate(output.data(), output.size());
            result.uncompressedBytes += qint64(step.produced);
            result.members = inflater.members();
            switch (step.event) {
            case GzipInflater::Event::Output:
            case GzipInflater::Event::MemberEnd:
            case GzipInflater::Event::BlockEnd:
                break;
            case GzipInflater::Event::NeedsInput:
            case GzipInflater::Event::End:
                return true;
            case GzipInflater::Event::TrailingData:
                // Whatever follows a complete member that is not another one: not a download.
                fail(tr("The file has unexpected data after its last gzip member (at byte %1).")
                         .arg(QLocale().toString(inflater.trailingStart())));
                return false;
            case GzipInflater::Event::Error:
                reportError();
                return false;
            }
        }
    }

    void reportError()
    {
        switch (inflater.error()) {
        case GzipInflater::Error::NotGzip:
            fail(tr("The file is not gzip-compressed."));
            break;
        case GzipInflater::Error::Truncated:
            if (result.compressedBytes == 1 && firstByte != 0x1f) {
                fail(tr("The file is not gzip-compressed."));
                break;
            }
            fail(tr("The file is incomplete: gzip member %1 is cut short after %2 bytes.")
                     .arg(inflater.members() + 1)
                     .arg(QLocale().toString(result.compressedBytes)));
            break;
        default:
            // "incorrect data check" (CRC-32), "incorrect length check" (ISIZE) or what the
            // engine says about damaged deflate data.
            fail(tr("The file is corrupt: gzip member %1 (from byte %2) fails its check "
                    "(%3).")
                     .arg(inflater.members() + 1)
                     .arg(QLocale().toString(inflater.memberStart()))
                     .arg(inflater.errorDetail()));
            break;
        }
    }
};

GzipVerifier::GzipVerifier()
    : d(std::make_unique<Private>())
{}

GzipVerifier::~GzipVerifier() = default;

void GzipVerifier::reset()
{
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
    if (d->firstByte < 0 && size > 0)
        d->firstByte = bytes[0];
    while (size > 0) {
        // Slices keep every count within 32 bits.
        const qint64 slice = std::min<qint64>(size, 1 << 30);
        d->inflater.setInput(bytes, size_t(slice));
        d->result.compressedBytes += slice;
        if (!d->drain())
            return false;
        bytes += slice;
        size -= slice;
    }
    return true;
}

GzipVerifier::Result GzipVerifier::finish()
{
    if (!d->finished) {
        d->finished = true;
        if (!failed()) {
            if (d->result.compressedBytes == 0) {
                d->fail(tr("The file is empty."));
            } else {
                d->inflater.endOfInput();
                if (d->drain())
                    d->result.ok = true;
            }
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
