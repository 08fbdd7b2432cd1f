#include "gzipreader.h"

#include "gzipaccesspoints.h"

#include <QCoreApplication>

#include <zlib.h>

#include <cstring>

namespace {
constexpr unsigned int inputSize = 256 * 1024;
}

struct GzipReader::Stream
{
    z_stream z{};
    bool initialised = false;
    bool raw = false;      // inside a member, started from a mid-member access point
    int trailerToSkip = 0; // bytes of a member trailer still to skip after a raw stream ends
    qint64 filePos = 0;    // offset of the next byte to read from the file
    std::unique_ptr<unsigned char[]> input = std::make_unique<unsigned char[]>(inputSize);

    ~Stream()
    {
        if (initialised)
            inflateEnd(&z);
    }
};

GzipReader::GzipReader(const QString &path, std::shared_ptr<const GzipAccessPoints> points)
    : m_points(std::move(points))
    , m_file(path)
    , m_stream(std::make_unique<Stream>())
{
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        setErrorString(m_file.errorString());
    if (inflateInit2(&m_stream->z, 31) == Z_OK)
        m_stream->initialised = true;
}

GzipReader::~GzipReader() = default;

bool GzipReader::fillInput()
{
    Stream &s = *m_stream;
    // Keep unread bytes at the front of the buffer.
    if (s.z.avail_in > 0 && s.z.next_in != s.input.get())
        std::memmove(s.input.get(), s.z.next_in, s.z.avail_in);
    s.z.next_in = s.input.get();
    if (!m_file.seek(s.filePos))
        return false;
    const qint64 n = m_file.read(reinterpret_cast<char *>(s.input.get()) + s.z.avail_in,
                                 inputSize - s.z.avail_in);
    if (n <= 0)
        return false;
    s.z.avail_in += unsigned(n);
    s.filePos += n;
    return true;
}

bool GzipReader::ensureInput(unsigned int bytes)
{
    while (m_stream->z.avail_in < bytes) {
        if (!fillInput())
            return false;
    }
    return true;
}

bool GzipReader::startAt(const GzipAccessPoint &point)
{
    Stream &s = *m_stream;
    if (!m_file.isOpen() || !s.initialised)
        return false;
    s.z.avail_in = 0;
    s.z.next_in = s.input.get();
    s.trailerToSkip = 0;
    m_ended = false;
    if (point.memberStart) {
        s.raw = false;
        s.filePos = point.in;
        if (inflateReset2(&s.z, 31) != Z_OK)
            return false;
    } else {
        s.raw = true;
        s.filePos = point.in - (point.bits ? 1 : 0);
        if (inflateReset2(&s.z, -15) != Z_OK)
            return false;
        if (point.bits) {
            if (!ensureInput(1))
                return false;
            const int byte = *s.z.next_in;
            ++s.z.next_in;
            --s.z.avail_in;
            if (inflatePrime(&s.z, point.bits, byte >> (8 - point.bits)) != Z_OK)
                return false;
        }
        if (!point.window.isEmpty() &&
            inflateSetDictionary(&s.z, reinterpret_cast<const Bytef *>(point.window.constData()),
                                 uInt(point.window.size())) != Z_OK)
            return false;
    }
    m_out = point.out;
    m_valid = true;
    return true;
}

bool GzipReader::skip(qint64 bytes)
{
    char scratch[64 * 1024];
    while (bytes > 0) {
        const qint64 n = read(scratch, std::min<qint64>(bytes, sizeof scratch));
        if (n <= 0)
            return false;
        bytes -= n;
    }
    return true;
}

bool GzipReader::seek(qint64 offset)
{
    GzipAccessPoint point;
    if (!m_points->pointAtOrBefore(offset, point)) {
        setErrorString(
            QCoreApplication::translate("GzipReader", "No access point before offset %1.")
                .arg(offset));
        return false;
    }
    // Continuing is cheaper than restarting when no access point lies between here and there.
    const bool canContinue = m_valid && !m_ended && m_out <= offset && point.out <= m_out;
    if (!canContinue && !startAt(point)) {
        m_valid = false;
        setErrorString(
            QCoreApplication::translate("GzipReader", "Cannot start decompressing at offset %1.")
                .arg(point.out));
        return false;
    }
    return skip(offset - m_out);
}

bool GzipReader::beginNextMember()
{
    Stream &s = *m_stream;
    // Another member follows only when the next bytes are a gzip magic number.
    if (!ensureInput(2) || s.z.next_in[0] != 0x1f || s.z.next_in[1] != 0x8b) {
        m_ended = true;
        return false;
    }
    s.raw = false;
    return inflateReset2(&s.z, 31) == Z_OK;
}

qint64 GzipReader::read(char *data, qint64 maxSize)
{
    Stream &s = *m_stream;
    if (!m_valid)
        return -1;
    qint64 produced = 0;
    while (produced == 0 && !m_ended && maxSize > 0) {
        if (s.trailerToSkip > 0) {
            if (!ensureInput(unsigned(s.trailerToSkip))) {
                m_ended = true;
                break;
            }
            s.z.next_in += s.trailerToSkip;
            s.z.avail_in -= unsigned(s.trailerToSkip);
            s.trailerToSkip = 0;
            if (!beginNextMember())
                break;
        }
        // Out of input, inflate may still hold output (the rest of a match that did not fit
        // the caller's buffer), so it runs once more before the data counts as ended.
        const bool inputUsedUp = s.z.avail_in == 0 && !fillInput();
        s.z.next_out = reinterpret_cast<Bytef *>(data);
        s.z.avail_out = uInt(std::min<qint64>(maxSize, 1 << 30));
        const uInt before = s.z.avail_out;
        const int ret = inflate(&s.z, Z_NO_FLUSH);
        produced = qint64(before - s.z.avail_out);
        m_out += produced;
        if (ret == Z_STREAM_END) {
            if (s.raw) {
                s.raw = false;
                s.trailerToSkip = 8;
            } else {
                beginNextMember();
            }
        } else if (ret != Z_OK && ret != Z_BUF_ERROR) {
            setErrorString(QCoreApplication::translate("GzipReader", "Invalid compressed data: %1")
                               .arg(QString::fromUtf8(s.z.msg ? s.z.msg : "?")));
            m_ended = true;
            if (produced == 0)
                return -1;
        } else if (inputUsedUp && produced == 0) {
            m_ended = true; // the data ends here (possibly truncated)
        }
    }
    return produced;
}
