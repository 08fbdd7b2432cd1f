#include "message/messagetimeparser.h"

#include <QTimeZone>

namespace {

// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

bool digits(std::string_view s, size_t pos, size_t count, int &out)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

bool validDate(int y, int mo, int d, int h, int mi, int sec)
{
    static constexpr int monthDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= monthDays[mo - 1] && h <= 23 &&
           mi <= 59 && sec <= 60;
}

qint64 toMSecs(int y, int mo, int d, int h, int mi, int sec, int ms, int offsetSeconds)
{
    const qint64 days = daysFromCivil(y, mo, d);
    const qint64 seconds = days * 86400 + h * 3600 + mi * 60 + sec - offsetSeconds;
    return seconds * 1000 + ms;
}

// "+HH:MM", "+HHMM", "+HH" or "Z"; consumes the rest of the text.
bool parseOffset(std::string_view s, size_t pos, int &offsetSeconds)
{
    offsetSeconds = 0;
    if (pos == s.size())
        return true; // no zone: the providers mean UTC
    if (s[pos] == 'Z' || s[pos] == 'z')
        return pos + 1 == s.size();
    if (s[pos] != '+' && s[pos] != '-')
        return false;
    const int sign = s[pos] == '-' ? -1 : 1;
    int hh = 0, mm = 0;
    if (!digits(s, pos + 1, 2, hh))
        return false;
    size_t p = pos + 3;
    if (p < s.size() && s[p] == ':')
        ++p;
    if (p < s.size()) {
        if (!digits(s, p, 2, mm))
            return false;
        p += 2;
    }
    if (p != s.size() || hh > 23 || mm > 59)
        return false;
    offsetSeconds = sign * (hh * 3600 + mm * 60);
    return true;
}

int monthFromName(std::string_view name)
{
    static constexpr std::string_view names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i) {
        if (names[i] == name)
            return i + 1;
    }
    return 0;
}

} // namespace

bool MessageTimeParser::parseIso8601(std::string_view s, qint64 &msecsSinceEpoch)
{
    int y, mo, d, h, mi, sec;
    if (!digits(s, 0, 4, y) || s.size() < 19 || s[4] != '-' || !digits(s, 5, 2, mo) ||
        s[7] != '-' || !digits(s, 8, 2, d) || (s[10] != 'T' && s[10] != ' ' && s[10] != 't') ||
        !digits(s, 11, 2, h) || s[13] != ':' || !digits(s, 14, 2, mi) || s[16] != ':' ||
        !digits(s, 17, 2, sec))
        return false;
    size_t pos = 19;
    int ms = 0;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
        ++pos;
        int scale = 100;
        const size_t start = pos;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            ms += (s[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == start)
            return false;
    }
    int offset = 0;
    if (!validDate(y, mo, d, h, mi, sec) || !parseOffset(s, pos, offset))
        return false;
    msecsSinceEpoch = toMSecs(y, mo, d, h, mi, sec, ms, offset);
    return true;
}

bool MessageTimeParser::parseTwitter(std::string_view s, qint64 &msecsSinceEpoch)
{
    // "Wed Sep 23 17:35:05 +0000 2009"
    if (s.size() != 30 || s[3] != ' ' || s[7] != ' ' || s[10] != ' ' || s[19] != ' ' ||
        s[25] != ' ')
        return false;
    const int mo = monthFromName(s.substr(4, 3));
    int d, h, mi, sec, y;
    if (mo == 0 || !digits(s, 8, 2, d) || !digits(s, 11, 2, h) || s[13] != ':' ||
        !digits(s, 14, 2, mi) || s[16] != ':' || !digits(s, 17, 2, sec) || !digits(s, 26, 4, y))
        return false;
    int offset = 0;
    if (!parseOffset(s.substr(0, 25), 20, offset) || !validDate(y, mo, d, h, mi, sec))
        return false;
    msecsSinceEpoch = toMSecs(y, mo, d, h, mi, sec, 0, offset);
    return true;
}

QDateTime MessageTimeParser::utcFromMSecs(qint64 msecsSinceEpoch)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC);
#endif
}

QDateTime MessageTimeParser::parse(std::string_view text)
{
    qint64 ms = 0;
    if (parseIso8601(text, ms) || parseTwitter(text, ms))
        return utcFromMSecs(ms);
    return {};
}
