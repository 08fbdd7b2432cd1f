#pragma once

#include <QByteArrayView>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

/// Fails the current input loudly: libFuzzer records it as a crash and saves the input, the
/// corpus replay fails its test. Used for the properties each target checks beyond "no crash".
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: property violated: %s\n", __FILE__, __LINE__,             \
                         #condition);                                                              \
            std::abort();                                                                          \
        }                                                                                          \
    } while (0)

/// The bytes of one fuzz input, with a few taken from the front to steer the target (chunk
/// sizes, limits) so that the fuzzer explores those choices together with the data.
class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size)
        : m_data(reinterpret_cast<const char *>(data))
        , m_size(size)
    {}

    /// The next byte of the front, or 0 once the input is used up.
    uint8_t takeByte()
    {
        if (m_offset >= m_size)
            return 0;
        return uint8_t(m_data[m_offset++]);
    }

    /// Everything not taken yet.
    QByteArrayView rest() const
    {
        return QByteArrayView(m_data + m_offset, qsizetype(m_size - m_offset));
    }

private:
    const char *m_data;
    size_t m_size;
    size_t m_offset = 0;
};

/// Deterministic chunk sizes from a seed byte, so that "whole input at once" can be compared
/// with "the same input in pieces", the way data arrives from a socket.
class ChunkSizes
{
public:
    explicit ChunkSizes(uint8_t seed)
        : m_state(0x9e3779b9u ^ seed)
        , m_mode(seed & 3)
    {}

    /// The size of the next piece, at least 1.
    qsizetype next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        switch (m_mode) {
        case 0:
            return 1; // byte by byte: every boundary is exercised
        case 1:
            return 1 + qsizetype(m_state % 7);
        case 2:
            return 1 + qsizetype(m_state % 257);
        default:
            return 1 + qsizetype(m_state % 4096);
        }
    }

private:
    uint32_t m_state;
    int m_mode;
};
