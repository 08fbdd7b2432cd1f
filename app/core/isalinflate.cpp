#include "isalinflate.h"

#include <isa-l/igzip_lib.h>

#include <algorithm>
#include <climits>

// Stopping at a block boundary. isal_inflate() decodes block after block within one call and
// returns only when input or output runs out, so a boundary is almost never where it stops. But
// it ends the stream after a block whose BFINAL bit is set, and that flag is state it keeps
// between calls: set on the block being decoded, the call stops exactly at that block's end,
// with `block_state == ISAL_BLOCK_INPUT_DONE`, the bit buffer (`read_in`, `read_in_length`) and
// `next_in` at the next block's header. Clearing the flag and setting the state back to
// ISAL_BLOCK_NEW_HDR then continues the stream as if nothing happened.
//
// One trap: when an "input done" call has handed out all its output, isal_inflate() finishes
// the stream, and newer ISA-L versions then give back the whole bytes of the bit buffer,
// dropping the bit offset inside the last byte. It cannot happen while decoded output waits in ISA-L's own buffer
// (tmp_out_buffer) - so while looking for the boundary, each call is allowed to hand out one
// byte less than is waiting there, and at least one byte always is. Decoding into that buffer
// runs at full speed; the search lasts one block (tens of KiB of output) per access point.

namespace {

QString isalMessage(int ret)
{
    switch (ret) {
    case ISAL_INVALID_BLOCK:
        return QStringLiteral("invalid block");
    case ISAL_INVALID_SYMBOL:
        return QStringLiteral("invalid code");
    case ISAL_INVALID_LOOKBACK:
        return QStringLiteral("invalid distance too far back");
    default:
        return QStringLiteral("invalid deflate data (%1)").arg(ret);
    }
}

} // namespace

IsalInflate::IsalInflate()
    : m_state(std::make_unique<inflate_state>())
{
    isal_inflate_init(m_state.get());
}

IsalInflate::~IsalInflate() = default;

bool IsalInflate::start(bool computeCrc)
{
    inflate_state &s = *m_state;
    isal_inflate_init(&s);
    // GZIP_NO_HDR: raw deflate, the CRC-32 of the output kept in s.crc, no trailer read.
    s.crc_flag = computeCrc ? ISAL_GZIP_NO_HDR : ISAL_DEFLATE;
    // Nothing of an earlier stream's input may be read.
    s.next_in = nullptr;
    s.avail_in = 0;
    m_input = nullptr;
    m_inputSize = 0;
    m_consumedBefore = 0;
    m_primedBits = 0;
    m_boundaryBits = -1;
    m_boundaryPending = 0;
    m_lastBoundaryBits = -1;
    m_error.clear();
    return true;
}

bool IsalInflate::resume(int bits, unsigned char byte, QByteArrayView window)
{
    start(false);
    inflate_state &s = *m_state;
    if (!window.isEmpty() &&
        isal_inflate_set_dict(&s,
                              const_cast<uint8_t *>(reinterpret_cast<const uint8_t *>(window.data())),
                              uint32_t(window.size())) != COMP_OK)
        return false;
    // The bit buffer is consumed from its low bits: the byte's unused high bits come first.
    s.read_in = bits > 0 ? uint64_t(byte >> (8 - bits)) : 0;
    s.read_in_length = bits;
    m_primedBits = bits;
    return true;
}

void IsalInflate::setInput(const unsigned char *data, size_t size)
{
    inflate_state &s = *m_state;
    m_consumedBefore += qint64(m_inputSize) - qint64(s.avail_in);
    m_input = data;
    m_inputSize = std::min<size_t>(size, UINT_MAX);
    s.next_in = const_cast<uint8_t *>(data);
    s.avail_in = uint32_t(m_inputSize);
}

size_t IsalInflate::inputLeft() const
{
    // At the end ISA-L 2.30 keeps the bytes after the stream in its bit buffer; later versions
    // give them back (and empty the buffer). Either way this counts them.
    const inflate_state &s = *m_state;
    return s.avail_in + (s.block_state == ISAL_BLOCK_FINISH ? size_t(s.read_in_length / 8) : 0);
}

qint64 IsalInflate::bitsConsumed() const
{
    const inflate_state &s = *m_state;
    const qint64 bytes = m_consumedBefore + qint64(m_inputSize) - qint64(s.avail_in);
    return bytes * 8 - s.read_in_length + m_primedBits;
}

quint32 IsalInflate::crc() const
{
    return m_state->crc;
}

size_t IsalInflate::pending() const
{
    return size_t(m_state->tmp_out_valid - m_state->tmp_out_processed);
}

InflateEngine::Result IsalInflate::call(unsigned char *out, size_t room)
{
    inflate_state &s = *m_state;
    Result result;
    s.next_out = out;
    s.avail_out = uint32_t(std::min<size_t>(room, UINT_MAX));
    const uint32_t before = s.avail_out;
    const int ret = isal_inflate(&s);
    result.produced = size_t(before - s.avail_out);
    if (ret < 0) {
        m_error = isalMessage(ret);
        result.status = Status::Error;
    } else if (s.block_state == ISAL_BLOCK_FINISH) {
        result.status = Status::StreamEnd;
    } else if (s.avail_in == 0 && s.avail_out > 0) {
        result.status = Status::NeedsInput;
    }
    return result;
}

InflateEngine::Result IsalInflate::inflate(unsigned char *out, size_t room)
{
    if (m_boundaryBits >= 0) {
        // Hand out what precedes the block end found earlier; ISA-L may decode further into
        // its own buffer meanwhile, which is why at most m_boundaryPending bytes are asked for.
        Result result = call(out, std::min(room, m_boundaryPending));
        m_boundaryPending -= result.produced;
        if (result.status == Status::Error)
            return result;
        result.status = m_boundaryPending == 0 ? Status::BlockEnd : Status::Ok;
        if (m_boundaryPending == 0) {
            m_lastBoundaryBits = m_boundaryBits;
            m_boundaryBits = -1;
        }
        return result;
    }
    if (!m_stop)
        return call(out, room);
    return seekBlockEnd(out, room);
}

InflateEngine::Result IsalInflate::seekBlockEnd(unsigned char *out, size_t room)
{
    inflate_state &s = *m_state;
    Result total;
    const auto add = [&](const Result &r) {
        total.produced += r.produced;
        total.status = r.status;
    };
    while (total.produced < room) {
        const auto state = s.block_state;
        const bool inBlock = state == ISAL_BLOCK_CODED || state == ISAL_BLOCK_TYPE0;
        if (state == ISAL_BLOCK_INPUT_DONE || state == ISAL_BLOCK_FINISH || (inBlock && s.bfinal)) {
            // The last block of the stream: no boundary before its end.
            add(call(out + total.produced, room - total.produced));
            return total;
        }
        if (!inBlock) {
            // Into the next block, with its first decoded bytes waiting in ISA-L's buffer.
            add(call(out + total.produced, std::min(room - total.produced, pending() + 1)));
            if (total.status != Status::Ok)
                return total;
            continue;
        }
        // Decode the rest of this block as if it were the last one. With no output waiting,
        // a block that ends before it yields a byte would finish the stream: that call runs on
        // a copy of the state to fall back to.
        const size_t waiting = pending();
        if (waiting == 0) {
            if (!m_fallback)
                m_fallback = std::make_unique<inflate_state>();
            *m_fallback = s;
        }
        s.bfinal = 1;
        s.next_out = out + total.produced;
        s.avail_out = waiting == 0 ? 0 : uint32_t(std::min(waiting - 1, room - total.produced));
        const uint32_t before = s.avail_out;
        const int ret = isal_inflate(&s);
        total.produced += size_t(before - s.avail_out);
        s.bfinal = 0;
        if (ret < 0) {
            m_error = isalMessage(ret);
            total.status = Status::Error;
            return total;
        }
        if (s.block_state == ISAL_BLOCK_FINISH && waiting == 0) {
            // This boundary is lost: step over it.
            s = *m_fallback;
            add(call(out + total.produced, 1));
            if (total.status != Status::Ok)
                return total;
            continue;
        }
        if (s.block_state == ISAL_BLOCK_INPUT_DONE) {
            // The block ended: the bit buffer is at the next header.
            s.block_state = ISAL_BLOCK_NEW_HDR;
            m_boundaryBits = bitsConsumed();
            m_boundaryPending = pending();
            Result rest = inflate(out + total.produced, room - total.produced);
            total.produced += rest.produced;
            total.status = rest.status;
            return total;
        }
        if (s.block_state == ISAL_BLOCK_FINISH) {
            // Cannot happen while output waits (see above); never continue from a lost bit.
            m_error = QStringLiteral("internal error: block end lost");
            total.status = Status::Error;
            return total;
        }
        if (s.avail_in == 0) {
            // The input ends inside this block: hand out everything decoded so far.
            add(call(out + total.produced, room - total.produced));
            return total;
        }
    }
    total.status = Status::Ok;
    return total;
}
