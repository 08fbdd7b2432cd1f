#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

/// Rejects raw JSON lines that cannot match a query, from their bytes alone, so that the file
/// search, `inspect --grep` and export normalise only the lines that may match.
///
/// A query's text terms require strings (ASCII, lower-case) that every matching message shows.
/// A line without one of them cannot match — unless the line could spell it some other way:
/// a `\u` escape or a numeric entity `&#` (either can write any character), a text Hydrant
/// composes from several fields (StockTwits activity objects name a "type" or "object_type",
/// retweets and quotes carry a "retweeted_status", "quoted_status" or "twitter_quoted_status",
/// a Gnip share has the verb "share"), or, when folding case, the Kelvin sign (U+212A) or the
/// long s (U+017F), which fold to 'k' and 's'. Lines with such a marker are never rejected.
///
/// One pass over the line: the first required string and the markers are looked for together,
/// 64, 32 or 16 bytes at a time (AVX-512, AVX2 or SSE2, the widest the processor has), without
/// copying or case-folding the line; the same rules byte by byte elsewhere and at the end of a
/// line.
class RawLinePrefilter
{
public:
    RawLinePrefilter() = default;
    /// \a required: the lower-case ASCII strings a matching line must contain (case-insensitively).
    /// \a foldsCase: the query ignores case (then the Kelvin sign and long s are markers).
    RawLinePrefilter(std::vector<QByteArray> required, bool foldsCase);

    const std::vector<QByteArray> &required() const { return m_required; }
    /// True when the line cannot match: a required string is missing and no marker says the line
    /// could spell it differently.
    bool rejects(QByteArrayView line) const;

    /// The ways of scanning a line: rejects() uses the fastest the processor has; the others
    /// must give the same answer (the tests compare them with the byte-by-byte rules).
    enum class Scan { Bytewise, Sse2, Avx2, Avx512 };
    static bool isAvailable(Scan scan);
    bool rejects(QByteArrayView line, Scan scan) const;

private:
    std::vector<QByteArray> m_required;
    bool m_watchFoldingSigns = false;
};
