#include "message/rawlineprefilter.h"

#include "message/rawlinescan.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

#if defined(__SSE2__)
struct Sse2
{
    using Reg = __m128i;
    using Mask = __m128i;
    using Bits = unsigned;
    static constexpr std::ptrdiff_t width = 16;
    static Reg splat(char c) { return _mm_set1_epi8(c); }
    static Reg load(const char *p) { return _mm_loadu_si128(reinterpret_cast<const Reg *>(p)); }
    static Reg fold(Reg a, Reg b) { return _mm_or_si128(a, b); }
    static Mask eq(Reg a, Reg b) { return _mm_cmpeq_epi8(a, b); }
    static Mask both(Mask a, Mask b) { return _mm_and_si128(a, b); }
    static Mask either(Mask a, Mask b) { return _mm_or_si128(a, b); }
    static Bits bits(Mask a) { return unsigned(_mm_movemask_epi8(a)); }
};
#endif

RawLinePrefilter::Scan fastestScan()
{
#if defined(HYDRANT_PREFILTER_AVX512)
    if (__builtin_cpu_supports("avx512bw"))
        return RawLinePrefilter::Scan::Avx512;
#endif
#if defined(HYDRANT_PREFILTER_AVX2)
    if (__builtin_cpu_supports("avx2"))
        return RawLinePrefilter::Scan::Avx2;
#endif
#if defined(__SSE2__)
    return RawLinePrefilter::Scan::Sse2;
#else
    return RawLinePrefilter::Scan::Bytewise;
#endif
}

} // namespace

RawLinePrefilter::RawLinePrefilter(std::vector<QByteArray> required, bool foldsCase)
    : m_required(std::move(required))
{
    static const Scan fastest = fastestScan();
    m_scan = fastest;
    std::erase_if(m_required, [](const QByteArray &bytes) { return bytes.isEmpty(); });
    for (const QByteArray &bytes : m_required)
        m_watchFoldingSigns = m_watchFoldingSigns ||
                              (foldsCase && (bytes.contains('k') || bytes.contains('s')));
}

bool RawLinePrefilter::isAvailable(Scan scan)
{
    switch (scan) {
    case Scan::Bytewise:
        return true;
    case Scan::Sse2:
#if defined(__SSE2__)
        return true;
#else
        return false;
#endif
    case Scan::Avx2:
#if defined(HYDRANT_PREFILTER_AVX2)
        return __builtin_cpu_supports("avx2");
#else
        return false;
#endif
    case Scan::Avx512:
        return fastestScan() == Scan::Avx512;
    }
    return false;
}

bool RawLinePrefilter::rejects(QByteArrayView line) const
{
    return rejects(line, m_scan);
}

bool RawLinePrefilter::rejects(QByteArrayView line, Scan scan) const
{
    if (m_required.empty())
        return false;
    // The first string and the markers in one pass; the others only when the first is there.
    const int first = this->scan(line, &m_required.front(), true, scan);
    if (first != rawscan::Needle)
        return first == rawscan::Nothing;
    for (size_t i = 1; i < m_required.size(); ++i) {
        if (this->scan(line, &m_required[i], false, scan) == rawscan::Nothing)
            return this->scan(line, nullptr, true, scan) == rawscan::Nothing;
    }
    return false;
}

int RawLinePrefilter::scan(QByteArrayView line, const QByteArray *required, bool markers,
                           Scan scan) const
{
    rawscan::Word word;
    if (required)
        word = {required->constData(), required->size()};
    const char *p = line.data();
    const qsizetype n = line.size();
    switch (scan) {
    case Scan::Avx512:
#if defined(HYDRANT_PREFILTER_AVX512)
        return rawscan::scanRawLineAvx512(p, n, word, markers, m_watchFoldingSigns);
#else
        break;
#endif
    case Scan::Avx2:
#if defined(HYDRANT_PREFILTER_AVX2)
        return rawscan::scanRawLineAvx2(p, n, word, markers, m_watchFoldingSigns);
#else
        break;
#endif
    case Scan::Sse2:
#if defined(__SSE2__)
        return rawscan::scanVector<Sse2>(p, n, word, markers, m_watchFoldingSigns);
#else
        break;
#endif
    case Scan::Bytewise:
        break;
    }
    return rawscan::scanBytes(p, 0, n, word, markers, m_watchFoldingSigns);
}
