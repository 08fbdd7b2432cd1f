// RawLinePrefilter's scan, 64 bytes at a time. This file alone is built with AVX-512 (F and BW)
// enabled; it is called only when the processor reports AVX-512 BW.

#include "message/rawlinescan.h"

#include <immintrin.h>

#include <cstdint>

namespace {

/// Comparisons stay in vectors, where a zero byte means "true" (a ^ b is zero where a == b):
/// "both" is OR, "either" is the unsigned minimum, and one test turns the result into bits. The
/// mask registers' own AND and OR run on one port only, which made them the bottleneck.
struct Avx512
{
    using Reg = __m512i;
    using Mask = __m512i;
    using Bits = std::uint64_t;
    static constexpr std::ptrdiff_t width = 64;
    static Reg splat(char c) { return _mm512_set1_epi8(c); }
    static Reg load(const char *p) { return _mm512_loadu_si512(p); }
    static Reg fold(Reg a, Reg b) { return _mm512_or_si512(a, b); }
    static Mask eq(Reg a, Reg b) { return _mm512_xor_si512(a, b); }
    static Mask both(Mask a, Mask b) { return _mm512_or_si512(a, b); }
    static Mask either(Mask a, Mask b) { return _mm512_min_epu8(a, b); }
    static Bits bits(Mask a) { return _mm512_testn_epi8_mask(a, a); }
};

} // namespace

int rawscan::scanRawLineAvx512(const char *p, std::ptrdiff_t n, Word word, bool markers,
                               bool foldingSigns)
{
    return scanVector<Avx512>(p, n, word, markers, foldingSigns);
}
