#include "fixeddeflatewriter.h"

#include <array>
#include <cstring>

namespace {

constexpr std::array<int, 29> lengthBase{3,  4,  5,  6,   7,   8,   9,   10,  11, 13,
                                         15, 17, 19, 23,  27,  31,  35,  43,  51, 59,
                                         67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr std::array<int, 29> lengthExtra{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                          2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
constexpr std::array<int, 30> distanceBase{
    1,   2,   3,   4,   5,   7,    9,    13,   17,   25,   33,   49,   65,    97,    129,
    193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
constexpr std::array<int, 30> distanceExtra{0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                            6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

quint32 reversed(quint32 code, int length)
{
    quint32 result = 0;
    for (int i = 0; i < length; ++i) {
        result = (result << 1) | (code & 1);
        code >>= 1;
    }
    return result;
}

// Fixed literal/length code of symbol 0..287, bit-reversed for LSB-first output.
struct Symbol
{
    quint32 bits;
    int length;
};

Symbol literalLength(int symbol)
{
    if (symbol < 144)
        return {reversed(0x30 + quint32(symbol), 8), 8};
    if (symbol < 256)
        return {reversed(0x190 + quint32(symbol - 144), 9), 9};
    if (symbol < 280)
        return {reversed(quint32(symbol - 256), 7), 7};
    return {reversed(0xC0 + quint32(symbol - 280), 8), 8};
}

const std::array<Symbol, 288> &literalTable()
{
    static const std::array<Symbol, 288> table = [] {
        std::array<Symbol, 288> t{};
        for (int i = 0; i < 288; ++i)
            t[size_t(i)] = literalLength(i);
        return t;
    }();
    return table;
}

// Accumulates bits for encode(); speed does not matter there.
struct BitBuffer
{
    QByteArray bytes;
    qint64 count = 0;
    void put(quint32 bits, int length)
    {
        for (int i = 0; i < length; ++i, ++count) {
            if (count % 8 == 0)
                bytes.append('\0');
            if (bits >> i & 1)
                bytes[bytes.size() - 1] = char(bytes[bytes.size() - 1] | (1 << (count % 8)));
        }
    }
};

} // namespace

FixedDeflateWriter::Code FixedDeflateWriter::encode(QByteArrayView data)
{
    const auto &table = literalTable();
    BitBuffer out;
    const int n = int(data.size());
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    constexpr int hashSize = 1 << 12;
    std::vector<int> head(hashSize, -1);
    std::vector<int> previous(size_t(qMax(n, 1)), -1);
    const auto hashAt = [&](int i) {
        return ((bytes[i] << 8) ^ (bytes[i + 1] << 4) ^ bytes[i + 2]) & (hashSize - 1);
    };
    const auto insert = [&](int i) {
        if (i + 2 < n) {
            const int h = hashAt(i);
            previous[size_t(i)] = head[size_t(h)];
            head[size_t(h)] = i;
        }
    };
    for (int i = 0; i < n;) {
        int bestLength = 0, bestDistance = 0;
        if (i + 2 < n) {
            int chain = 0;
            for (int candidate = head[size_t(hashAt(i))]; candidate >= 0 && chain < 128;
                 candidate = previous[size_t(candidate)], ++chain) {
                const int limit = qMin(258, n - i);
                int length = 0;
                while (length < limit && bytes[candidate + length] == bytes[i + length])
                    ++length;
                if (length > bestLength && i - candidate <= 32768) {
                    bestLength = length;
                    bestDistance = i - candidate;
                }
            }
        }
        if (bestLength >= 3) {
            int code = 0;
            while (code + 1 < int(lengthBase.size()) && lengthBase[size_t(code + 1)] <= bestLength)
                ++code;
            const Symbol symbol = table[size_t(257 + code)];
            out.put(symbol.bits, symbol.length);
            out.put(quint32(bestLength - lengthBase[size_t(code)]), lengthExtra[size_t(code)]);
            int distance = 0;
            while (distance + 1 < int(distanceBase.size()) &&
                   distanceBase[size_t(distance + 1)] <= bestDistance)
                ++distance;
            out.put(reversed(quint32(distance), 5), 5);
            out.put(quint32(bestDistance - distanceBase[size_t(distance)]),
                    distanceExtra[size_t(distance)]);
            for (int k = 0; k < bestLength; ++k)
                insert(i + k);
            i += bestLength;
        } else {
            const Symbol symbol = table[bytes[i]];
            out.put(symbol.bits, symbol.length);
            insert(i);
            ++i;
        }
    }
    return {out.bytes, out.count};
}

FixedDeflateWriter::FixedDeflateWriter(QByteArray &out)
    : m_out(out)
    , m_position(out.size())
{}

void FixedDeflateWriter::ensure(qsizetype bytes)
{
    if (m_position + bytes > m_out.size())
        m_out.resize(qMax(m_out.size() * 2, m_position + bytes + 4096));
}

void FixedDeflateWriter::put(quint32 bits, int count)
{
    // Invariant: fewer than 32 bits pending, so a 32-bit put never overflows the accumulator.
    m_accumulator |= quint64(bits) << m_pending;
    m_pending += count;
    if (m_pending >= 32) {
        ensure(4);
        const auto word = quint32(m_accumulator);
        const char chunk[4] = {char(word), char(word >> 8), char(word >> 16), char(word >> 24)};
        std::memcpy(m_out.data() + m_position, chunk, 4);
        m_position += 4;
        m_accumulator >>= 32;
        m_pending -= 32;
    }
}

void FixedDeflateWriter::beginBlock()
{
    put(0b010, 3); // BFINAL 0, BTYPE 01 (fixed codes)
    m_open = true;
}

void FixedDeflateWriter::appendCode(const Code &code)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(code.bytes.constData());
    qint64 remaining = code.bitCount;
    ensure(qsizetype(remaining / 8) + 16);
    for (; remaining >= 24; remaining -= 24, bytes += 3)
        put(quint32(bytes[0]) | quint32(bytes[1]) << 8 | quint32(bytes[2]) << 16, 24);
    for (; remaining >= 8; remaining -= 8, ++bytes)
        put(*bytes, 8);
    if (remaining > 0)
        put(*bytes & ((1u << remaining) - 1), int(remaining));
}

void FixedDeflateWriter::appendLiterals(QByteArrayView bytes)
{
    const auto &table = literalTable();
    for (const char c : bytes) {
        const Symbol symbol = table[static_cast<unsigned char>(c)];
        put(symbol.bits, symbol.length);
    }
}

void FixedDeflateWriter::endBlock()
{
    if (m_open) {
        put(0, 7); // end of block (symbol 256)
        m_open = false;
    }
    put(0, 3); // empty stored block: BFINAL 0, BTYPE 00 ...
    const int padding = (8 - m_pending % 8) % 8;
    put(0, padding); // ... then to a byte boundary ...
    while (m_pending > 0) {
        ensure(1);
        m_out.data()[m_position++] = char(m_accumulator & 0xff);
        m_accumulator >>= 8;
        m_pending -= 8;
    }
    ensure(4);
    std::memcpy(m_out.data() + m_position, "\x00\x00\xff\xff", 4); // ... LEN 0, NLEN 0xffff
    m_position += 4;
    m_out.resize(m_position);
}
