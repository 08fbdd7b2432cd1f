#include "gzipreader.h"

#include "gzipaccesspoints.h"
#include "core/gzipinflater.h"

#include <QCoreApplication>

namespace {
constexpr qint64 inputSize = 256 * 1024;
}

struct GzipReader::Stream
{
    // The fastest engine built in; the data was verified by the index pass, so no CRC-32.
    GzipInflater inflater;
    std::unique_ptr<unsigned char[]> input =
        std::make_unique_for_overwrite<unsigned char[]>(inputSize);

    Stream() { inflater.setVerifyChecksums(false); }
};

GzipReader::GzipReader(const QString &path, std::shared_ptr<const GzipAccessPoints> points)
    : m_points(std::move(points))
    , m_file(path)
    , m_stream(std::make_unique<Stream>())
{
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        setErrorString(m_file.errorString());
}

GzipReader::~GzipReader() = default;

bool GzipReader::fillInput()
{
    Stream &s = *m_stream;
    const qint64 n = m_file.read(reinterpret_cast<char *>(s.input.get()), inputSize);
    if (n <= 0) {
        s.inflater.endOfInput();
        return false;
    }
    s.inflater.setInput(s.input.get(), size_t(n));
    return true;
}

bool GzipReader::startAt(const GzipAccessPoint &point)
{
    Stream &s = *m_stream;
    if (!m_file.isOpen())
        return false;
    m_ended = false;
    if (point.memberStart) {
        s.inflater.startAtMember(point.in);
        if (!m_file.seek(point.in))
            return false;
    } else {
        char before = 0;
        if (point.bits) {
            if (!m_file.seek(point.in - 1) || !m_file.getChar(&before))
                return false;
        } else if (!m_file.seek(point.in)) {
            return false;
        }
        if (!s.inflater.resume(point.in, point.bits, uchar(before), point.window))
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

qint64 GzipReader::read(char *data, qint64 maxSize)
{
    Stream &s = *m_stream;
    if (!m_valid)
        return -1;
    qint64 produced = 0;
    while (produced == 0 && !m_ended && maxSize > 0) {
        const GzipInflater::Step step = s.inflater.inflate(
            reinterpret_cast<unsigned char *>(data), size_t(std::min<qint64>(maxSize, 1 << 30)));
        produced = qint64(step.produced);
        m_out += produced;
        switch (step.event) {
        case GzipInflater::Event::NeedsInput:
            fillInput();
            break;
        case GzipInflater::Event::End:
            m_ended = true;
            break;
        case GzipInflater::Event::Error:
            m_ended = true;
            if (s.inflater.error() == GzipInflater::Error::Truncated)
                break; // the data ends here; the index told the user already
            setErrorString(QCoreApplication::translate("GzipReader", "Invalid compressed data: %1")
                               .arg(s.inflater.errorDetail()));
            if (produced == 0)
                return -1;
            break;
        default:
            break;
        }
    }
    return produced;
}
