// RawLinePrefilter's scan, 32 bytes at a time. This file alone is built with AVX2 enabled; it is
// called only when the processor reports AVX2.

#include "message/rawlinescan.h"

#include <immintrin.h>

namespace {

struct Avx2
{
    using Reg = __m256i;
    using Mask = __m256i;
    using Bits = unsigned;
    static constexpr std::ptrdiff_t width = 32;
    static Reg splat(char c) { return _mm256_set1_epi8(c); }
    static Reg load(const char *p) { return _mm256_loadu_si256(reinterpret_cast<const Reg *>(p)); }
    static Reg fold(Reg a, Reg b) { return _mm256_or_si256(a, b); }
    static Mask eq(Reg a, Reg b) { return _mm256_cmpeq_epi8(a, b); }
    static Mask both(Mask a, Mask b) { return _mm256_and_si256(a, b); }
    static Mask either(Mask a, Mask b) { return _mm256_or_si256(a, b); }
    static Bits bits(Mask a) { return unsigned(_mm256_movemask_epi8(a)); }
};

} // namespace

int rawscan::scanRawLineAvx2(const char *p, std::ptrdiff_t n, Word word, bool markers,
                             bool foldingSigns)
{
    return scanVector<Avx2>(p, n, word, markers, foldingSigns);
}
