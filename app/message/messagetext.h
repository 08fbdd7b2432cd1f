#pragma once

#include <QString>

/// Text rules shared by the normaliser and the query matcher.
namespace MessageText {

/// Decodes the HTML entities providers write into message text (StockTwits bodies, Twitter and
/// Gnip text): &amp; &lt; &gt; &quot; &apos; &#39; and numeric &#NNN; / &#xHH;. One pass, so
/// "&amp;lt;" becomes "&lt;". Anything else (an unknown name, a missing ';') stays as written.
QString decodeEntities(const QString &text);

} // namespace MessageText
