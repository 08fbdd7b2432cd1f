#include "gzipstreamencoder.h"

#include "core/buildinfo.h"

#include <zlib.h>

#if HYDRANT_HAS_ISAL
#include <isa-l/igzip_lib.h>

#include <vector>
#endif

/// One deflate library's side of encode(): the output loop is encode()'s.
struct GzipStreamEncoder::Engine
{
    virtual ~Engine() = default;
    /// Takes \a raw as the input of the next deflateInto() calls; returns a first output size.
    virtual qsizetype setInput(const QByteArray &raw) = 0;
    /// Deflates into \a room bytes at \a out with a sync flush; returns the bytes left unused,
    /// or -1 on an error.
    virtual qsizetype deflateInto(char *out, qsizetype room) = 0;
    /// True while input remains to be deflated.
    virtual bool inputLeft() const = 0;
};

namespace {

class ZlibEngine final : public GzipStreamEncoder::Engine
{
public:
    explicit ZlibEngine(int level)
    {
        // windowBits 15 + 16: a gzip header (no name, Unix), no trailer until the end.
        deflateInit2(&m_stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    }
    ~ZlibEngine() override { deflateEnd(&m_stream); }

    qsizetype setInput(const QByteArray &raw) override
    {
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(raw.constData()));
        m_stream.avail_in = uInt(raw.size());
        return qsizetype(deflateBound(&m_stream, uLong(raw.size()))) + 64;
    }
    qsizetype deflateInto(char *out, qsizetype room) override
    {
        m_stream.next_out = reinterpret_cast<Bytef *>(out);
        m_stream.avail_out = uInt(room);
        if (deflate(&m_stream, Z_SYNC_FLUSH) == Z_STREAM_ERROR)
            return -1;
        return qsizetype(m_stream.avail_out);
    }
    bool inputLeft() const override { return m_stream.avail_in > 0; }

private:
    z_stream m_stream{};
};

#if HYDRANT_HAS_ISAL
class IsalEngine final : public GzipStreamEncoder::Engine
{
public:
    IsalEngine()
        : m_levelBuffer(ISAL_DEF_LVL1_DEFAULT)
    {
        isal_deflate_init(&m_stream);
        m_stream.level = 1;
        m_stream.level_buf = m_levelBuffer.data();
        m_stream.level_buf_size = uint32_t(m_levelBuffer.size());
        m_stream.gzip_flag = IGZIP_GZIP;
        m_stream.flush = SYNC_FLUSH;
    }

    qsizetype setInput(const QByteArray &raw) override
    {
        m_stream.next_in = reinterpret_cast<uint8_t *>(const_cast<char *>(raw.constData()));
        m_stream.avail_in = uint32_t(raw.size());
        // Deflate never grows data by more than a few bytes per 64 KiB stored block.
        return raw.size() + raw.size() / 1000 + 128;
    }
    qsizetype deflateInto(char *out, qsizetype room) override
    {
        m_stream.next_out = reinterpret_cast<uint8_t *>(out);
        m_stream.avail_out = uint32_t(room);
        if (isal_deflate(&m_stream) != COMP_OK)
            return -1;
        return qsizetype(m_stream.avail_out);
    }
    bool inputLeft() const override { return m_stream.avail_in > 0; }

private:
    std::vector<uint8_t> m_levelBuffer;
    isal_zstream m_stream{};
};
#endif

} // namespace

GzipStreamEncoder::GzipStreamEncoder(int level)
{
    const int zlibLevel = qBound(0, level, 9);
#if HYDRANT_HAS_ISAL
    if (zlibLevel > 0) {
        m_engine = std::make_unique<IsalEngine>();
        return;
    }
#endif
    m_engine = std::make_unique<ZlibEngine>(zlibLevel);
}

GzipStreamEncoder::~GzipStreamEncoder() = default;

void GzipStreamEncoder::encode(const QByteArray &raw, QByteArray &compressed)
{
    compressed.resize(m_engine->setInput(raw));
    qsizetype produced = 0;
    for (;;) {
        if (produced == compressed.size())
            compressed.resize(compressed.size() * 2);
        const qsizetype room = compressed.size() - produced;
        const qsizetype left = m_engine->deflateInto(compressed.data() + produced, room);
        if (left < 0)
            break; // only for parameters this class never sets
        produced += room - left;
        // Done once the flush fitted with room to spare and nothing is left to read.
        if (left > 0 && !m_engine->inputLeft())
            break;
    }
    compressed.resize(produced);
}
