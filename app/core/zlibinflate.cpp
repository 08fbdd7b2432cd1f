#include "zlibinflate.h"

#include <algorithm>
#include <climits>

ZlibInflate::ZlibInflate()
{
    m_initialised = inflateInit2(&m_z, -MAX_WBITS) == Z_OK;
}

ZlibInflate::~ZlibInflate()
{
    if (m_initialised)
        inflateEnd(&m_z);
}

bool ZlibInflate::start(bool computeCrc)
{
    if (!m_initialised || inflateReset2(&m_z, -MAX_WBITS) != Z_OK)
        return false;
    // Nothing of an earlier stream's input may be read.
    m_z.next_in = nullptr;
    m_z.avail_in = 0;
    m_computeCrc = computeCrc;
    m_crc = quint32(crc32(0, nullptr, 0));
    m_primedBits = 0;
    m_error.clear();
    return true;
}

bool ZlibInflate::resume(int bits, unsigned char byte, QByteArrayView window)
{
    if (!start(false))
        return false;
    if (bits > 0 && inflatePrime(&m_z, bits, byte >> (8 - bits)) != Z_OK)
        return false;
    m_primedBits = bits;
    return window.isEmpty() ||
           inflateSetDictionary(&m_z, reinterpret_cast<const Bytef *>(window.data()),
                                uInt(window.size())) == Z_OK;
}

void ZlibInflate::setInput(const unsigned char *data, size_t size)
{
    m_z.next_in = const_cast<unsigned char *>(data);
    m_z.avail_in = uInt(std::min<size_t>(size, UINT_MAX));
}

qint64 ZlibInflate::bitsConsumed() const
{
    // data_type's low bits: the bits of the last byte taken that are not used yet.
    return qint64(m_z.total_in) * 8 - (m_z.data_type & 7) + m_primedBits;
}

InflateEngine::Result ZlibInflate::inflate(unsigned char *out, size_t room)
{
    Result result;
    if (!m_initialised) {
        m_error = QStringLiteral("zlib could not start");
        result.status = Status::Error;
        return result;
    }
    m_z.next_out = out;
    m_z.avail_out = uInt(std::min<size_t>(room, UINT_MAX));
    const uInt before = m_z.avail_out;
    const int ret = ::inflate(&m_z, m_stop ? Z_BLOCK : Z_NO_FLUSH);
    result.produced = size_t(before - m_z.avail_out);
    if (m_computeCrc && result.produced > 0)
        m_crc = quint32(crc32_z(m_crc, out, result.produced));
    if (ret == Z_STREAM_END) {
        result.status = Status::StreamEnd;
    } else if (ret != Z_OK && ret != Z_BUF_ERROR) {
        m_error = QString::fromLatin1(m_z.msg ? m_z.msg : "invalid deflate data");
        result.status = Status::Error;
    } else if (m_stop && (m_z.data_type & 128) && !(m_z.data_type & 64)) {
        result.status = Status::BlockEnd;
    } else if (m_z.avail_in == 0 && m_z.avail_out > 0) {
        result.status = Status::NeedsInput;
    }
    return result;
}
