#include "gzipstreamencoder.h"

#include "core/buildinfo.h"

#include <zlib.h>

#if HYDRANT_HAS_ISAL
#include <isa-l/igzip_lib.h>

#include <vector>
#endif

struct GzipStreamEncoder::Engine
{
    virtual ~Engine() = default;
    virtual void encode(const QByteArray &raw, QByteArray &compressed) = 0;
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

    void encode(const QByteArray &raw, QByteArray &compressed) override
    {
        compressed.resize(qsizetype(deflateBound(&m_stream, uLong(raw.size()))) + 64);
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(raw.constData()));
        m_stream.avail_in = uInt(raw.size());
        qsizetype produced = 0;
        do {
            if (produced == compressed.size())
                compressed.resize(compressed.size() * 2);
            m_stream.next_out = reinterpret_cast<Bytef *>(compressed.data() + produced);
            m_stream.avail_out = uInt(compressed.size() - produced);
            deflate(&m_stream, Z_SYNC_FLUSH);
            produced = compressed.size() - qsizetype(m_stream.avail_out);
        } while (m_stream.avail_out == 0);
        compressed.resize(produced);
    }

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
        m_stream.end_of_stream = 0;
    }

    void encode(const QByteArray &raw, QByteArray &compressed) override
    {
        // Deflate never grows data by more than a few bytes per 64 KiB stored block.
        compressed.resize(raw.size() + raw.size() / 1000 + 128);
        m_stream.next_in = reinterpret_cast<uint8_t *>(const_cast<char *>(raw.constData()));
        m_stream.avail_in = uint32_t(raw.size());
        qsizetype produced = 0;
        do {
            if (produced == compressed.size())
                compressed.resize(compressed.size() * 2);
            m_stream.next_out = reinterpret_cast<uint8_t *>(compressed.data() + produced);
            m_stream.avail_out = uint32_t(compressed.size() - produced);
            if (isal_deflate(&m_stream) != COMP_OK)
                break; // only for parameters this class never sets
            produced = compressed.size() - qsizetype(m_stream.avail_out);
        } while (m_stream.avail_out == 0 || m_stream.avail_in > 0);
        compressed.resize(produced);
    }

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
    m_engine->encode(raw, compressed);
}
