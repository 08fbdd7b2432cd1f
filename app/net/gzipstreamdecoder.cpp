#include "gzipstreamdecoder.h"

#include <QCoreApplication>

#include <zlib.h>

struct GzipStreamDecoder::Stream
{
    z_stream z{};
    bool initialised = false;

    ~Stream()
    {
        if (initialised)
            inflateEnd(&z);
    }
};

GzipStreamDecoder::GzipStreamDecoder(Mode mode)
    : m_stream(std::make_unique<Stream>())
    , m_mode(mode)
{
    reset(mode);
}

GzipStreamDecoder::~GzipStreamDecoder() = default;

void GzipStreamDecoder::reset(Mode mode)
{
    m_mode = mode;
    m_error.clear();
    m_members = 0;
    m_inMember = false;
    if (m_stream->initialised) {
        inflateReset(&m_stream->z); // keeps the choice made by inflateValidate() below
        return;
    }
    // 16 + MAX_WBITS: gzip framing only (the header is checked by zlib).
    if (inflateInit2(&m_stream->z, 16 + MAX_WBITS) == Z_OK) {
        m_stream->initialised = true;
        // No CRC-32 over the inflated bytes. A live stream's member never ends, so its trailer
        // never comes to be checked; and every item is delivered as it is inflated, long before
        // a trailer could say anything about it. Computing it cost a sixth of the stream
        // client's instructions (callgrind, Firestream at 2 KB an item). Corrupt deflate data
        // is still refused (invalid codes and distances), and each item's JSON is parsed.
        inflateValidate(&m_stream->z, 0);
    } else
        m_error =
            QCoreApplication::translate("GzipStreamDecoder", "The decompressor could not start.");
}

bool GzipStreamDecoder::decode(QByteArrayView input, QByteArray &output)
{
    if (hasError())
        return false;
    if (m_mode == Mode::Identity) {
        output.append(input.data(), input.size());
        return true;
    }

    if (input.isEmpty())
        return true;
    z_stream &z = m_stream->z;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data()));
    z.avail_in = uInt(input.size());
    constexpr qsizetype chunk = 64 * 1024;

    for (;;) {
        const qsizetype before = output.size();
        output.resize(before + chunk);
        z.next_out = reinterpret_cast<Bytef *>(output.data() + before);
        z.avail_out = uInt(chunk);
        if (z.avail_in > 0)
            m_inMember = true;
        const int result = inflate(&z, Z_NO_FLUSH);
        // A full output buffer means zlib may hold more output even with no input left.
        const bool outputFull = z.avail_out == 0;
        output.resize(before + chunk - qsizetype(z.avail_out));

        if (result == Z_STREAM_END) {
            ++m_members;
            m_inMember = false;
            inflateReset(&z); // a further member may follow in the same body
            if (z.avail_in == 0)
                break;
            continue;
        }
        if (result == Z_BUF_ERROR)
            break; // no progress possible: needs more input
        if (result != Z_OK) {
            m_error = QCoreApplication::translate("GzipStreamDecoder",
                                                  "The compressed stream is corrupt (%1).")
                          .arg(QString::fromLatin1(z.msg ? z.msg : "zlib error"));
            return false;
        }
        if (z.avail_in == 0 && !outputFull)
            break;
    }
    return true;
}
