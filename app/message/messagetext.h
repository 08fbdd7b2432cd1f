#pragma once

#include <QString>

#include <string_view>

/// Text rules shared by the normaliser and the query matcher.
namespace MessageText {

/// Decodes the HTML entities providers write into message text (StockTwits bodies, Twitter and
/// Gnip text): &amp; &lt; &gt; &quot; &apos; &#39; and numeric &#NNN; / &#xHH;. One pass, so
/// "&amp;lt;" becomes "&lt;". Anything else (an unknown name, a missing ';') stays as written.
QString decodeEntities(const QString &text);

/// Whether \a haystack contains \a needle, compared without case exactly as
/// QStringView::contains(needle, Qt::CaseInsensitive) compares (Unicode simple case folding),
/// but a few times faster for a needle of ASCII characters, the usual search word: only the
/// places where the needle's first letter stands are compared.
bool containsIgnoringCase(QStringView haystack, QStringView needle);

/// The same comparison on UTF-8 text, for a needle of ASCII characters given in lower case:
/// exact when \a haystack holds neither of the two characters outside ASCII whose case folding
/// is an ASCII letter (see foldsToAscii()), since then only ASCII letters can meet the needle's.
bool containsIgnoringAsciiCase(std::string_view haystack, std::string_view lowerNeedle);
/// True when UTF-8 \a text holds LONG S (U+017F) or KELVIN SIGN (U+212A).
bool foldsToAscii(std::string_view text);

} // namespace MessageText
