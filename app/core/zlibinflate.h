#pragma once

#include "inflateengine.h"

#include <zlib.h>

/// The portable engine: zlib's inflate in raw mode, Z_BLOCK to stop at block boundaries.
class ZlibInflate final : public InflateEngine
{
public:
    ZlibInflate();
    ~ZlibInflate() override;

    Kind kind() const override { return Kind::Zlib; }
    bool start(bool computeCrc) override;
    bool resume(int bits, unsigned char byte, QByteArrayView window) override;
    void setStopAtBlockEnd(bool stop) override { m_stop = stop; }
    void setInput(const unsigned char *data, size_t size) override;
    size_t inputLeft() const override { return m_z.avail_in; }
    Result inflate(unsigned char *out, size_t room) override;
    qint64 bitsConsumed() const override;
    qint64 blockEndBits() const override { return bitsConsumed(); }
    quint32 crc() const override { return m_crc; }
    QString errorText() const override { return m_error; }

private:
    z_stream m_z{};
    bool m_initialised = false;
    bool m_stop = false;
    bool m_computeCrc = false;
    int m_primedBits = 0;
    quint32 m_crc = 0;
    QString m_error;
};
