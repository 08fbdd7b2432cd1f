#pragma once

#include "inflateengine.h"

struct inflate_state;

/// The fast engine: ISA-L's isal_inflate() on raw deflate data. See isalinflate.cpp for how it
/// stops at a block boundary, which ISA-L has no option for.
class IsalInflate final : public InflateEngine
{
public:
    IsalInflate();
    ~IsalInflate() override;

    Kind kind() const override { return Kind::Isal; }
    bool start(bool computeCrc) override;
    bool resume(int bits, unsigned char byte, QByteArrayView window) override;
    void setStopAtBlockEnd(bool stop) override { m_stop = stop; }
    void setInput(const unsigned char *data, size_t size) override;
    size_t inputLeft() const override;
    Result inflate(unsigned char *out, size_t room) override;
    qint64 bitsConsumed() const override;
    qint64 blockEndBits() const override { return m_lastBoundaryBits; }
    quint32 crc() const override;
    QString errorText() const override { return m_error; }

private:
    Result call(unsigned char *out, size_t room);
    Result seekBlockEnd(unsigned char *out, size_t room);
    size_t pending() const;

    std::unique_ptr<inflate_state> m_state;
    std::unique_ptr<inflate_state> m_fallback; ///< the state before a risky call
    bool m_stop = false;
    const unsigned char *m_input = nullptr;
    size_t m_inputSize = 0;
    qint64 m_consumedBefore = 0; ///< input bytes of earlier setInput() calls
    int m_primedBits = 0;
    qint64 m_boundaryBits = -1;   ///< bitsConsumed() at the block end found, until delivered
    size_t m_boundaryPending = 0; ///< output before that block end not delivered yet
    qint64 m_lastBoundaryBits = -1;
    QString m_error;
};
