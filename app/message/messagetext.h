#pragma once

#include <QString>

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

} // namespace MessageText
