#include "message/messagetext.h"

namespace MessageText {

namespace {

// The two characters outside ASCII whose case folding is an ASCII letter, in UTF-16 and UTF-8.
constexpr char16_t longS = u'\u017f';      // folds to 's'
constexpr char16_t kelvinSign = u'\u212a'; // folds to 'k'
constexpr std::string_view longSUtf8 = "\xC5\xBF";
constexpr std::string_view kelvinSignUtf8 = "\xE2\x84\xAA";

/// The character an entity starting at text[at] == '&' stands for; \a length is set to the
/// entity's length. Returns 0 (and leaves \a length alone) when it is not one we decode.
char32_t entityAt(const QString &text, qsizetype at, qsizetype &length)
{
    const qsizetype end = text.indexOf(QLatin1Char(';'), at + 1);
    if (end < 0 || end - at > 10)
        return 0;
    const QStringView name = QStringView(text).mid(at + 1, end - at - 1);
    char32_t c = 0;
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        uint value = 0;
        if (name.size() > 2 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X')))
            value = name.mid(2).toUInt(&ok, 16);
        else if (name.size() > 1 && name.at(1).isDigit())
            value = name.mid(1).toUInt(&ok, 10);
        // Not NUL, not a surrogate, within Unicode.
        if (!ok || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return 0;
        c = value;
    } else if (name == QLatin1String("amp")) {
        c = '&';
    } else if (name == QLatin1String("lt")) {
        c = '<';
    } else if (name == QLatin1String("gt")) {
        c = '>';
    } else if (name == QLatin1String("quot")) {
        c = '"';
    } else if (name == QLatin1String("apos")) {
        c = '\'';
    } else {
        return 0;
    }
    length = end - at + 1;
    return c;
}

} // namespace

QString decodeEntities(const QString &text)
{
    qsizetype at = text.indexOf(QLatin1Char('&'));
    if (at < 0)
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    while (at >= 0) {
        qsizetype length = 0;
        const char32_t c = entityAt(text, at, length);
        if (c) {
            out += QStringView(text).mid(from, at - from);
            if (QChar::requiresSurrogates(c)) {
                out += QChar(QChar::highSurrogate(c));
                out += QChar(QChar::lowSurrogate(c));
            } else {
                out += QChar(char16_t(c));
            }
            from = at + length;
            at = text.indexOf(QLatin1Char('&'), from);
        } else {
            at = text.indexOf(QLatin1Char('&'), at + 1);
        }
    }
    out += QStringView(text).mid(from);
    return out;
}

bool containsIgnoringCase(QStringView haystack, QStringView needle)
{
    const qsizetype n = needle.size();
    for (const QChar c : needle) {
        if (c.unicode() >= 0x80)
            return haystack.contains(needle, Qt::CaseInsensitive);
    }
    if (n == 0)
        return true;
    if (haystack.size() < n)
        return false;
    // Where the needle can start: its first character in either case, or LONG S or KELVIN
    // SIGN, which fold to 's' and 'k'.
    const char16_t first = needle[0].unicode();
    const bool letter = (first | 0x20) >= 'a' && (first | 0x20) <= 'z';
    const char16_t lower = letter ? char16_t(first | 0x20) : first;
    const char16_t upper = letter ? char16_t(lower - 0x20) : first;
    const char16_t folded = lower == 's' ? longS : lower == 'k' ? kelvinSign : lower;
    const char16_t *h = haystack.utf16();
    for (qsizetype i = 0, last = haystack.size() - n; i <= last; ++i) {
        const char16_t c = h[i];
        if ((c == lower || c == upper || c == folded) &&
            haystack.sliced(i, n).compare(needle, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool containsIgnoringAsciiCase(std::string_view haystack, std::string_view lowerNeedle)
{
    if (lowerNeedle.empty())
        return true;
    const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; };
    const char first = lowerNeedle.front();
    for (size_t i = 0; i + lowerNeedle.size() <= haystack.size(); ++i) {
        if (lower(haystack[i]) != first)
            continue;
        size_t j = 1;
        while (j < lowerNeedle.size() && lower(haystack[i + j]) == lowerNeedle[j])
            ++j;
        if (j == lowerNeedle.size())
            return true;
    }
    return false;
}

bool foldsToAscii(std::string_view text)
{
    return text.find(longSUtf8) != std::string_view::npos ||
           text.find(kelvinSignUtf8) != std::string_view::npos;
}

} // namespace MessageText
