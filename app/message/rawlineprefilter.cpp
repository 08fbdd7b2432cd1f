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

using Scan = RawLinePrefilter::Scan;
using ScanLine = int (*)(const char *p, std::ptrdiff_t n, rawscan::Word word, bool markers,
                         bool foldingSigns);

int scanBytewise(const char *p, std::ptrdiff_t n, rawscan::Word word, bool markers,
                 bool foldingSigns)
{
    return rawscan::scanBytes(p, 0, n, word, markers, foldingSigns);
}

// Each vector scan when this build has it and the processor runs it; null otherwise.
#if defined(__SSE2__)
int scanSse2(const char *p, std::ptrdiff_t n, rawscan::Word word, bool markers, bool foldingSigns)
{
    return rawscan::scanVector<Sse2>(p, n, word, markers, foldingSigns);
}
#endif
ScanLine sse2Scan()
{
#if defined(__SSE2__)
    return scanSse2;
#else
    return nullptr;
#endif
}
ScanLine avx2Scan()
{
#if defined(HYDRANT_PREFILTER_AVX2)
    if (__builtin_cpu_supports("avx2"))
        return rawscan::scanRawLineAvx2;
#endif
    return nullptr;
}
ScanLine avx512Scan()
{
#if defined(HYDRANT_PREFILTER_AVX512)
    if (__builtin_cpu_supports("avx512bw"))
        return rawscan::scanRawLineAvx512;
#endif
    return nullptr;
}

/// The function of \a scan when this build has it and the processor runs it; null otherwise.
/// (The one place that knows which scans there are.)
ScanLine scanLineOf(Scan scan)
{
    switch (scan) {
    case Scan::Bytewise:
        return scanBytewise;
    case Scan::Sse2:
        return sse2Scan();
    case Scan::Avx2:
        return avx2Scan();
    case Scan::Avx512:
        return avx512Scan();
    }
    return nullptr;
}

Scan fastestScan()
{
    for (const Scan scan : {Scan::Avx512, Scan::Avx2, Scan::Sse2}) {
        if (scanLineOf(scan))
            return scan;
    }
    return Scan::Bytewise;
}

/// The first string the line holds of \a required (when given) and, with \a markers, the
/// first marker: rawscan::Needle, Marker or Nothing.
int scanLine(ScanLine scan, QByteArrayView line, const QByteArray *required, bool markers,
             bool foldingSigns)
{
    rawscan::Word word;
    if (required)
        word = {required->constData(), required->size()};
    return scan(line.data(), line.size(), word, markers, foldingSigns);
}

/// RawLinePrefilter::rejects() with \a scan.
bool rejectsWith(ScanLine scan, const std::vector<QByteArray> &required, bool foldingSigns,
                 QByteArrayView line)
{
    if (required.empty())
        return false;
    // The first string and the markers in one pass; the others only when the first is there.
    const int first = scanLine(scan, line, &required.front(), true, foldingSigns);
    if (first != rawscan::Needle)
        return first == rawscan::Nothing;
    for (size_t i = 1; i < required.size(); ++i) {
        if (scanLine(scan, line, &required[i], false, foldingSigns) == rawscan::Nothing)
            return scanLine(scan, line, nullptr, true, foldingSigns) == rawscan::Nothing;
    }
    return false;
}

} // namespace

RawLinePrefilter::RawLinePrefilter(std::vector<QByteArray> required, bool foldsCase)
    : m_required(std::move(required))
{
    std::erase_if(m_required, [](const QByteArray &bytes) { return bytes.isEmpty(); });
    for (const QByteArray &bytes : m_required)
        m_watchFoldingSigns =
            m_watchFoldingSigns || (foldsCase && (bytes.contains('k') || bytes.contains('s')));
}

bool RawLinePrefilter::isAvailable(Scan scan)
{
    return scanLineOf(scan) != nullptr;
}

bool RawLinePrefilter::rejects(QByteArrayView line) const
{
    static const ScanLine fastest = scanLineOf(fastestScan());
    return rejectsWith(fastest, m_required, m_watchFoldingSigns, line);
}

bool RawLinePrefilter::rejects(QByteArrayView line, Scan scan) const
{
    const ScanLine scanWith = scanLineOf(scan);
    return rejectsWith(scanWith ? scanWith : scanBytewise, m_required, m_watchFoldingSigns, line);
}
