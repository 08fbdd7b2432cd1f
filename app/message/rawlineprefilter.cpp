#include "message/rawlineprefilter.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#define HYDRANT_PREFILTER_SSE2 1
#endif

namespace {

char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

bool isAsciiLetter(char c)
{
    const char lower = char(c | 0x20);
    return lower >= 'a' && lower <= 'z';
}

/// The lower-case \a needle is at p[i], ignoring ASCII case.
bool needleAt(const char *p, qsizetype i, qsizetype n, const QByteArray &needle)
{
    if (i + needle.size() > n)
        return false;
    for (qsizetype j = 0; j < needle.size(); ++j) {
        if (lowerAscii(p[i + j]) != needle[j])
            return false;
    }
    return true;
}

/// The bytes before \a end are \a suffix.
bool endsWith(const char *p, qsizetype end, const char *suffix)
{
    const auto length = qsizetype(std::strlen(suffix));
    return end >= length && std::memcmp(p + end - length, suffix, size_t(length)) == 0;
}

/// A marker anchored at the byte pair p[i], p[i + 1] (i + 1 < n): the pairs the vector scan
/// looks for, confirmed here.
bool markerAt(const char *p, qsizetype i, qsizetype n, bool foldingSigns)
{
    const char a = p[i];
    const char b = p[i + 1];
    if ((a == '\\' && b == 'u') || (a == '&' && b == '#'))
        return true;
    if ((a == 'e' || a == 's') && b == '"') {
        const qsizetype end = i + 2;
        return endsWith(p, end, "type\"") || endsWith(p, end, "retweeted_status\"") ||
               endsWith(p, end, "quoted_status\"") || endsWith(p, end, "\"share\"");
    }
    if (foldingSigns) {
        if (a == '\xC5' && b == '\xBF') // U+017F, long s
            return true;
        if (a == '\xE2' && b == '\x84' && i + 2 < n && p[i + 2] == '\xAA') // U+212A, Kelvin
            return true;
    }
    return false;
}

#ifdef HYDRANT_PREFILTER_SSE2
__m128i splat(char c)
{
    return _mm_set1_epi8(c);
}

/// Compares 16 bytes with one byte of a needle, ignoring ASCII case when it is a letter
/// (a letter's upper and lower case differ only in bit 0x20).
struct FoldedByte
{
    explicit FoldedByte(char c)
        : fold(splat(isAsciiLetter(c) ? 0x20 : 0))
        , target(splat(c))
    {}
    __m128i equal(__m128i bytes) const { return _mm_cmpeq_epi8(_mm_or_si128(bytes, fold), target); }

    __m128i fold;
    __m128i target;
};

__m128i load(const char *p)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
}
#endif

} // namespace

RawLinePrefilter::RawLinePrefilter(std::vector<QByteArray> required, bool foldsCase)
    : m_required(std::move(required))
{
    std::erase_if(m_required, [](const QByteArray &bytes) { return bytes.isEmpty(); });
    for (const QByteArray &bytes : m_required)
        m_watchFoldingSigns = m_watchFoldingSigns ||
                              (foldsCase && (bytes.contains('k') || bytes.contains('s')));
}

bool RawLinePrefilter::rejects(QByteArrayView line) const
{
    return rejectsWith(line, true);
}

bool RawLinePrefilter::rejectsBytewise(QByteArrayView line) const
{
    return rejectsWith(line, false);
}

bool RawLinePrefilter::rejectsWith(QByteArrayView line, bool vectorised) const
{
    if (m_required.empty())
        return false;
    // The first string and the markers in one pass; the others only when the first is there.
    const Found first = scan(line, &m_required.front(), true, vectorised);
    if (first != Found::Needle)
        return first == Found::Nothing;
    for (size_t i = 1; i < m_required.size(); ++i) {
        if (scan(line, &m_required[i], false, vectorised) == Found::Nothing)
            return scan(line, nullptr, true, vectorised) == Found::Nothing;
    }
    return false;
}

RawLinePrefilter::Found RawLinePrefilter::scan(QByteArrayView line, const QByteArray *needle,
                                               bool markers, bool vectorised) const
{
    const char *p = line.data();
    const qsizetype n = line.size();
    qsizetype i = 0;
#ifdef HYDRANT_PREFILTER_SSE2
    if (vectorised) {
        // Candidates where the needle's first and last bytes line up, and marker anchor pairs,
        // 16 positions at a time; each candidate is confirmed byte by byte.
        const qsizetype last = needle ? needle->size() - 1 : 0;
        const qsizetype reach = std::max<qsizetype>(1, last);
        const FoldedByte needleFirst(needle ? needle->front() : 0);
        const FoldedByte needleLast(needle ? needle->back() : 0);
        const __m128i backslash = splat('\\'), u = splat('u'), ampersand = splat('&'),
                      hash = splat('#'), e = splat('e'), s = splat('s'), quote = splat('"'),
                      c5 = splat('\xC5'), bf = splat('\xBF'), e2 = splat('\xE2'),
                      x84 = splat('\x84');
        for (; i + 16 + reach <= n; i += 16) {
            const __m128i b0 = load(p + i);
            const __m128i b1 = load(p + i + 1);
            unsigned needleBits = 0;
            unsigned markerBits = 0;
            if (needle) {
                needleBits = unsigned(_mm_movemask_epi8(
                    _mm_and_si128(needleFirst.equal(b0), needleLast.equal(load(p + i + last)))));
            }
            if (markers) {
                const __m128i next = _mm_cmpeq_epi8(b1, quote);
                __m128i anchors = _mm_or_si128(
                    _mm_and_si128(_mm_cmpeq_epi8(b0, backslash), _mm_cmpeq_epi8(b1, u)),
                    _mm_and_si128(_mm_cmpeq_epi8(b0, ampersand), _mm_cmpeq_epi8(b1, hash)));
                anchors = _mm_or_si128(
                    anchors, _mm_and_si128(next, _mm_or_si128(_mm_cmpeq_epi8(b0, e),
                                                              _mm_cmpeq_epi8(b0, s))));
                if (m_watchFoldingSigns) {
                    anchors = _mm_or_si128(
                        anchors,
                        _mm_or_si128(_mm_and_si128(_mm_cmpeq_epi8(b0, c5), _mm_cmpeq_epi8(b1, bf)),
                                     _mm_and_si128(_mm_cmpeq_epi8(b0, e2), _mm_cmpeq_epi8(b1, x84))));
                }
                markerBits = unsigned(_mm_movemask_epi8(anchors));
            }
            for (unsigned bits = needleBits | markerBits; bits != 0; bits &= bits - 1) {
                const unsigned bit = unsigned(__builtin_ctz(bits));
                const qsizetype at = i + bit;
                if ((needleBits >> bit & 1u) && needleAt(p, at, n, *needle))
                    return Found::Needle;
                if ((markerBits >> bit & 1u) && markerAt(p, at, n, m_watchFoldingSigns))
                    return Found::Marker;
            }
        }
    }
#else
    Q_UNUSED(vectorised);
#endif
    for (; i < n; ++i) {
        if (needle && lowerAscii(p[i]) == needle->front() && needleAt(p, i, n, *needle))
            return Found::Needle;
        if (markers && i + 1 < n && markerAt(p, i, n, m_watchFoldingSigns))
            return Found::Marker;
    }
    return Found::Nothing;
}
