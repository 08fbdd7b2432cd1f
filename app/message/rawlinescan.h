#pragma once

// The scanning loop of RawLinePrefilter, written once for any vector width. It is included by
// rawlineprefilter.cpp (the byte-by-byte rules and SSE2), rawlineprefilter_avx2.cpp and
// rawlineprefilter_avx512.cpp (each built for its instruction set, used when the processor has
// it). Everything below has internal linkage, so no code compiled for AVX2 or AVX-512 can be
// picked by the linker for the baseline build.

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstring>

namespace rawscan {

enum Found : int { Nothing, Needle, Marker };

/// A required string: lower-case ASCII, at least one byte.
struct Word
{
    const char *bytes = nullptr;
    std::ptrdiff_t size = 0;
};

/// Scan p[0, n) for \a word (when it has bytes) and, when \a markers, for the markers; stop at
/// the first found. Each is built in a file of its own for its instruction set.
int scanRawLineAvx2(const char *p, std::ptrdiff_t n, Word word, bool markers, bool foldingSigns);
int scanRawLineAvx512(const char *p, std::ptrdiff_t n, Word word, bool markers, bool foldingSigns);

namespace {

inline char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

inline bool isAsciiLetter(char c)
{
    const char lower = char(c | 0x20);
    return lower >= 'a' && lower <= 'z';
}

/// \a word is at p[i], ignoring ASCII case.
inline bool wordAt(const char *p, std::ptrdiff_t i, std::ptrdiff_t n, Word word)
{
    if (i + word.size > n)
        return false;
    for (std::ptrdiff_t j = 0; j < word.size; ++j) {
        if (lowerAscii(p[i + j]) != word.bytes[j])
            return false;
    }
    return true;
}

/// The bytes before \a end are \a suffix.
inline bool endsWith(const char *p, std::ptrdiff_t end, const char *suffix)
{
    const auto length = std::ptrdiff_t(std::strlen(suffix));
    return end >= length && std::memcmp(p + end - length, suffix, size_t(length)) == 0;
}

/// A marker anchored at p[i] (i + 1 < n): the byte pairs and triples the vector scan looks for
/// ("\u", "&#"; "pe\"", "re\"", "us\"" ending the marker keys and "share"), confirmed here.
inline bool markerAt(const char *p, std::ptrdiff_t i, std::ptrdiff_t n, bool foldingSigns)
{
    const char a = p[i];
    const char b = p[i + 1];
    if ((a == '\\' && b == 'u') || (a == '&' && b == '#'))
        return true;
    const bool keyEnd = ((a == 'p' || a == 'r') && b == 'e') || (a == 'u' && b == 's');
    if (keyEnd && i + 2 < n && p[i + 2] == '"') {
        const std::ptrdiff_t end = i + 3;
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

/// The rules byte by byte, from \a i on.
inline int scanBytes(const char *p, std::ptrdiff_t i, std::ptrdiff_t n, Word word, bool markers,
                     bool foldingSigns)
{
    for (; i < n; ++i) {
        if (word.size > 0 && lowerAscii(p[i]) == word.bytes[0] && wordAt(p, i, n, word))
            return Needle;
        if (markers && i + 1 < n && markerAt(p, i, n, foldingSigns))
            return Marker;
    }
    return Nothing;
}

/// The same, V::width positions at a time: candidates where the word's first, second and last
/// bytes line up, and marker anchors, each confirmed byte by byte; the line's last bytes one by
/// one. V wraps one vector instruction set: Reg (bytes), Mask (what a comparison gives, in the
/// set's own form), Bits (one bit per position); load, splat, fold (OR of bytes), eq, both,
/// either and bits.
template <class V>
int scanVector(const char *p, std::ptrdiff_t n, Word word, bool markers, bool foldingSigns)
{
    using Reg = typename V::Reg;
    using Mask = typename V::Mask;
    using Bits = typename V::Bits;
    const std::ptrdiff_t last = word.size > 0 ? word.size - 1 : 0;
    const std::ptrdiff_t reach = std::max<std::ptrdiff_t>(2, last);
    // A letter's upper and lower case differ only in bit 0x20.
    const char first = word.size > 0 ? word.bytes[0] : 0;
    const char final = word.size > 0 ? word.bytes[last] : 0;
    const Reg firstFold = V::splat(isAsciiLetter(first) ? 0x20 : 0), firstByte = V::splat(first);
    const Reg finalFold = V::splat(isAsciiLetter(final) ? 0x20 : 0), finalByte = V::splat(final);
    // The second byte too, when the word has one before its last (b1 is loaded for the markers
    // anyway): fewer candidates to confirm. Without one, every byte ORed with 0xFF is 0xFF.
    const bool hasSecond = word.size > 2;
    const char second = hasSecond ? word.bytes[1] : '\xFF';
    const Reg secondFold = V::splat(!hasSecond              ? '\xFF'
                                    : isAsciiLetter(second) ? 0x20
                                                            : 0),
              secondByte = V::splat(second);
    const Reg backslash = V::splat('\\'), u = V::splat('u'), ampersand = V::splat('&'),
              hash = V::splat('#'), e = V::splat('e'), s = V::splat('s'), quote = V::splat('"'),
              letterP = V::splat('p'), letterR = V::splat('r'), c5 = V::splat('\xC5'),
              bf = V::splat('\xBF'), e2 = V::splat('\xE2'), x84 = V::splat('\x84');
    // The last step starts at lastStep, overlapping the one before it instead of leaving up to
    // a vector's width of the line to the byte-by-byte rules; positions a step saw already
    // (below \a from) are not confirmed twice.
    const std::ptrdiff_t lastStep = n - V::width - reach;
    for (std::ptrdiff_t i = 0, from = 0; i <= lastStep;) {
        const Reg b0 = V::load(p + i);
        const Reg b1 = V::load(p + i + 1);
        Bits wordBits = 0;
        Bits markerBits = 0;
        if (word.size > 0) {
            const Mask atFirst = V::eq(V::fold(b0, firstFold), firstByte);
            const Mask atSecond = V::eq(V::fold(b1, secondFold), secondByte);
            const Mask atFinal = V::eq(V::fold(V::load(p + i + last), finalFold), finalByte);
            wordBits = V::bits(V::both(V::both(atFirst, atSecond), atFinal));
        }
        if (markers) {
            const Reg b2 = V::load(p + i + 2);
            Mask anchors = V::either(V::both(V::eq(b0, backslash), V::eq(b1, u)),
                                     V::both(V::eq(b0, ampersand), V::eq(b1, hash)));
            // "pe\"", "re\"" and "us\"": rare in JSON, and every marker key ends so.
            const Mask keyEnd =
                V::either(V::both(V::eq(b1, e), V::either(V::eq(b0, letterP), V::eq(b0, letterR))),
                          V::both(V::eq(b1, s), V::eq(b0, u)));
            anchors = V::either(anchors, V::both(keyEnd, V::eq(b2, quote)));
            if (foldingSigns) {
                anchors = V::either(anchors, V::either(V::both(V::eq(b0, c5), V::eq(b1, bf)),
                                                       V::both(V::eq(b0, e2), V::eq(b1, x84))));
            }
            markerBits = V::bits(anchors);
        }
        const Bits unseen = ~Bits(0) << (from - i);
        for (Bits bits = (wordBits | markerBits) & unseen; bits != 0; bits &= bits - 1) {
            const int bit = std::countr_zero(bits);
            const std::ptrdiff_t at = i + bit;
            if ((wordBits >> bit & 1u) && wordAt(p, at, n, word))
                return Needle;
            if ((markerBits >> bit & 1u) && markerAt(p, at, n, foldingSigns))
                return Marker;
        }
        if (i == lastStep)
            break;
        from = i + V::width;
        i = std::min(from, lastStep);
    }
    return scanBytes(p, lastStep >= 0 ? lastStep + V::width : 0, n, word, markers, foldingSigns);
}

} // namespace
} // namespace rawscan
