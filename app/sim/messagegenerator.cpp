#include "messagegenerator.h"

#include "simrandom.h"

#include <QVarLengthArray>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string_view>

// Source text of the synthetic content. `$S` is replaced by the message's first cashtag and `$P`
// by a price. Several languages and emoji are deliberate: the client must cope with them.
namespace {

const char *const bullishPhrases[] = {
    "$S breaking out, next stop $P 🚀",
    "Loaded more $S at $P. This is going much higher",
    "$S holding support beautifully, adding here",
    "$S earnings are going to crush it",
    "Calls on $S for Friday, let's go",
    "$S golden cross on the daily 📈",
    "Undervalued at $P. $S is a long-term hold for me",
    "$S short squeeze incoming?? 🔥",
    "Just bought the \"dip\" on $S",
    "$S to the moon 🌕",
    "Très bonne séance pour $S, je renforce ma position",
    "$S: ¡qué subida! Objetivo $P 🚀",
    "$S 決算が良かった。買い増し 👍",
    "$S 突破了，目标价 $P 📈",
    "Kaufe $S nach, das Chartbild sieht stark aus",
    "$S higher lows all week. Bulls in control 🐂",
    "Cup and handle forming on $S",
    "$S 💎🙌 not selling below $P",
};

const char *const bearishPhrases[] = {
    "$S looks toppy here, taking profits",
    "Puts on $S, this rally is fake",
    "$S lost support at $P 📉",
    "Bearish divergence on the $S RSI",
    "$S overvalued at $P. Shorting",
    "$S guidance was weak, expect a gap down",
    "Dead cat bounce on $S 🐻",
    "Gewinnmitnahme bei $S, die Überbewertung ist offensichtlich",
    "Je vends $S, trop cher à $P",
    "$S 今天跌得很厉害，小心 📉",
    "Продаю $S, слишком дорого",
    "$S volume drying up on the bounce… careful",
};

const char *const neutralPhrases[] = {
    "Anyone watching $S today? 🤔",
    "$S volume is insane right now 👀",
    "What's the play on $S into earnings?",
    "$S — flat until the Fed decision ⏳",
    "$S chart for reference, key levels $P",
    "Watching $S closely this week",
    "Is $S still a buy at $P?",
    "$S news just dropped",
    "$S: ¿alguien tiene noticias?",
    "$S, qu'en pensez-vous ?",
    "$S 어떻게 생각하세요?",
    "$S options flow is interesting today",
};

const char *const secondLines[] = {
    "Not financial advice.", "NFA, DYOR.", "Chart below 👇", "Stop loss at the 50-day.", "Thoughts?",
    "Position: 100 shares.", "À suivre…",
};

const char *const emoji[] = {"🚀", "📈", "📉", "🔥", "👀", "💰", "🤔", "🐂", "🐻", "✅"};

const char *const firstNames[] = {
    "James", "María",  "José",   "Zoë",    "Łukasz", "Søren", "Chloé",  "Mehmet", "Aiko",  "Wei",
    "Olga",  "Sven",   "Ana",    "Liam",   "Fatima", "Noah",  "Émilie", "Jürgen", "Priya", "Kenji",
    "Mateo", "Ingrid", "Dmitri", "Sophie", "Raj",    "Lucía", "Björn",  "Amélie", "翔太",  "Nkechi",
};
const char *const lastNames[] = {
    "Smith",  "García",    "Müller",  "Nowak",     "Østergaard", "Dubois",    "Yılmaz",
    "Tanaka", "Chen",      "Ivanova", "Johansson", "Silva",      "O'Brien",   "Kowalski",
    "Rossi",  "Nguyen",    "Patel",   "Schröder",  "López",      "Andersson", "Kim",
    "Novák",  "Fernández", "Lefèvre", "佐藤",
};
const char *const handleWords[] = {
    "trader",  "bull",  "bear",  "chart", "value",    "swing",    "options", "dividend",
    "alpha",   "theta", "gamma", "delta", "momentum", "breakout", "dip",     "moon",
    "diamond", "macro", "quant", "tape",  "pivot",    "candle",   "wick",    "gap",
};
const char *const bios[] = {
    "Swing trader. Not financial advice.",
    "Long-term investor 📈",
    "Options, mostly theta.",
    "Chart nerd — Fibonacci & RSI.",
    "Dividend growth investor",
    "Day trader since 2009",
    "Biotech catalysts",
    "Crypto & tech",
    "Retired engineer, value investor",
    "Je trade le CAC et le Nasdaq",
    "Anleger aus München",
    "Inversor a largo plazo 🇪🇸",
    "個人投資家です",
    "",
    "",
};

struct Source
{
    int id;
    const char *title;
    const char *url;
};
const Source sources[] = {
    {1, "StockTwits Web", "https://stocktwits.com"},
    {2, "StockTwits for iOS", "https://stocktwits.com/mobile"},
    {3, "StockTwits for Android", "https://stocktwits.com/mobile"},
    {4, "StockTwits API", "https://api.stocktwits.com/developers"},
};

// Biography padding for --message-size: plain prose without quotes or backslashes, so it can be
// cut anywhere on a character boundary and stay valid JSON.
const char *const paddingSentences[] = {
    "Long-time member of the community, trading since the early days, mostly US equities and a "
    "few crypto positions. ",
    "Intéressé par les marchés européens et asiatiques — Börse, Bolsa, 株式市場. ",
    "Focus on earnings season, sector rotation and macro data; I post my levels before the open "
    "and review them after the close. ",
    "Risk management first: position sizing, stops and patience beat any indicator. ",
};

constexpr int userPoolSize = 20000;

// A piece of text ready to paste into JSON: escaped bytes plus its length in code points, which
// the Twitter-style `indices` need.
struct Fragment
{
    QByteArray escaped;
    int codePoints = 0;
};

Fragment makeFragment(std::string_view text)
{
    Fragment fragment;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte & 0xC0) != 0x80)
            ++fragment.codePoints;
        switch (c) {
        case '"':
            fragment.escaped.append("\\\"");
            break;
        case '\\':
            fragment.escaped.append("\\\\");
            break;
        case '\n':
            fragment.escaped.append("\\n");
            break;
        case '\t':
            fragment.escaped.append("\\t");
            break;
        default:
            fragment.escaped.append(c);
        }
    }
    return fragment;
}

// A phrase split at its `$S` and `$P` markers.
struct Piece
{
    enum Kind { Text, Symbol, Price } kind = Text;
    Fragment text;
};
using Phrase = std::vector<Piece>;

Phrase makePhrase(const char *source)
{
    Phrase phrase;
    std::string_view rest(source);
    while (!rest.empty()) {
        const size_t marker = rest.find('$');
        if (marker == std::string_view::npos || marker + 1 >= rest.size()) {
            phrase.push_back({Piece::Text, makeFragment(rest)});
            break;
        }
        if (marker > 0)
            phrase.push_back({Piece::Text, makeFragment(rest.substr(0, marker))});
        phrase.push_back({rest[marker + 1] == 'P' ? Piece::Price : Piece::Symbol, {}});
        rest.remove_prefix(marker + 2);
    }
    return phrase;
}

struct Tables
{
    std::vector<Phrase> bullish, bearish, neutral;
    std::vector<Fragment> secondLines, emoji;
    QByteArray padding;

    Tables()
    {
        for (const char *p : bullishPhrases)
            bullish.push_back(makePhrase(p));
        for (const char *p : bearishPhrases)
            bearish.push_back(makePhrase(p));
        for (const char *p : neutralPhrases)
            neutral.push_back(makePhrase(p));
        for (const char *p : ::secondLines)
            secondLines.push_back(makeFragment(p));
        for (const char *p : ::emoji)
            emoji.push_back(makeFragment(p));
        while (padding.size() < 256 * 1024) {
            for (const char *sentence : paddingSentences)
                padding.append(sentence);
        }
    }
};

const Tables &tables()
{
    static const Tables instance;
    return instance;
}

template<size_t N> inline void lit(QByteArray &out, const char (&text)[N])
{
    out.append(text, qsizetype(N - 1));
}

inline void appendInt(QByteArray &out, qint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

inline void appendTwoDigits(QByteArray &out, unsigned value)
{
    const char digits[2] = {char('0' + value / 10 % 10), char('0' + value % 10)};
    out.append(digits, 2);
}

struct CivilTime
{
    int year;
    unsigned month, day, hour, minute, second, millis, weekday; // weekday 0 = Sunday
};

// Days since 1970-01-01 to a civil date (proleptic Gregorian), after H. Hinnant's algorithm.
CivilTime civilTime(qint64 msSinceEpoch)
{
    qint64 days =
        msSinceEpoch >= 0 ? msSinceEpoch / 86400000 : (msSinceEpoch - 86399999) / 86400000;
    const qint64 msOfDay = msSinceEpoch - days * 86400000;
    CivilTime t{};
    t.weekday = unsigned(((days % 7) + 11) % 7);
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const auto dayOfEra = unsigned(days - era * 146097);
    const unsigned yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned monthIndex = (5 * dayOfYear + 2) / 153;
    t.day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
    t.month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    t.year = int(qint64(yearOfEra) + era * 400 + (t.month <= 2 ? 1 : 0));
    t.hour = unsigned(msOfDay / 3600000);
    t.minute = unsigned(msOfDay / 60000 % 60);
    t.second = unsigned(msOfDay / 1000 % 60);
    t.millis = unsigned(msOfDay % 1000);
    return t;
}

void appendDate(QByteArray &out, const CivilTime &t)
{
    appendInt(out, t.year);
    out.append('-');
    appendTwoDigits(out, t.month);
    out.append('-');
    appendTwoDigits(out, t.day);
}

} // namespace

struct MessageGenerator::User
{
    qint64 id = 0;
    QByteArray username; // ASCII
    QByteArray name;     // escaped UTF-8
    QByteArray bio;      // escaped UTF-8
    QByteArray joinDate; // yyyy-mm-dd
    qint64 joinMs = 0;
    int followers = 0, following = 0, ideas = 0, watchlist = 0, likeCount = 0;
    bool official = false;
};

struct MessageGenerator::Body
{
    QByteArray escaped;
    int codePoints = 0;
    QVarLengthArray<int, 4> symbols;               // ticker indices
    QVarLengthArray<std::pair<int, int>, 4> spans; // code point [begin, end) of each cashtag
    int sentiment = 0;                             // 0 none, 1 bullish, 2 bearish
    int user = 0, source = 0, likes = 0, reshares = 0;
    quint64 key = 0;

    void add(const Fragment &fragment)
    {
        escaped.append(fragment.escaped);
        codePoints += fragment.codePoints;
    }
    void addAscii(const QByteArray &text)
    {
        escaped.append(text);
        codePoints += int(text.size());
    }
};

MessageGenerator::MessageGenerator(quint64 seed, int targetSize)
    : m_seed(seed)
    , m_targetSize(qMax(0, targetSize))
{
    (void)tables();
    m_users.resize(userPoolSize);
    for (int i = 0; i < userPoolSize; ++i) {
        SimRandom random(SimRandom::mix(seed * 31 + quint64(i) + 0x5151));
        User &user = m_users[size_t(i)];
        user.id = 100000 + qint64(i) * 37 + random.below(37);
        const char *first = handleWords[random.below(std::size(handleWords))];
        const char *second = handleWords[random.below(std::size(handleWords))];
        user.username = QByteArray(first);
        user.username.append(QByteArray(second).left(1).toUpper()).append(second + 1);
        if (random.chance(0.6))
            user.username.append(QByteArray::number(random.below(2000)));
        const QByteArray name = QByteArray(firstNames[random.below(std::size(firstNames))]) + ' ' +
                                lastNames[random.below(std::size(lastNames))];
        user.name = makeFragment(std::string_view(name.constData(), size_t(name.size()))).escaped;
        user.bio = makeFragment(bios[random.below(std::size(bios))]).escaped;
        // Followers follow a heavy tail: most users have a few, some have tens of thousands.
        user.followers = int(std::min(2.0e6, 3.0 / std::pow(1.0 - random.unit() * 0.9999, 1.15)));
        user.following = int(random.below(900));
        user.ideas = int(random.below(30000));
        user.watchlist = int(random.below(120));
        user.likeCount = int(random.below(8000));
        user.official = i < 40 && random.chance(0.5);
        // Joined between 2009 and 2023.
        user.joinMs = (qint64(14245) + qint64(random.below(5100))) * 86400000;
        const CivilTime joined = civilTime(user.joinMs);
        appendDate(user.joinDate, joined);
    }
}

MessageGenerator::~MessageGenerator() = default;

MessageShape MessageGenerator::resolve(MessageShape shape, quint64 key)
{
    if (shape != MessageShape::Mixed)
        return shape;
    return static_cast<MessageShape>(key % 4);
}

namespace {

char *putTwo(char *p, unsigned value)
{
    p[0] = char('0' + value / 10 % 10);
    p[1] = char('0' + value % 10);
    return p + 2;
}

char *putYear(char *p, int year)
{
    return std::to_chars(p, p + 8, year).ptr;
}

} // namespace

int MessageGenerator::formatIsoTime(char *buffer, qint64 msSinceEpoch, bool withMillis)
{
    const CivilTime t = civilTime(msSinceEpoch);
    char *p = putYear(buffer, t.year);
    *p++ = '-';
    p = putTwo(p, t.month);
    *p++ = '-';
    p = putTwo(p, t.day);
    *p++ = 'T';
    p = putTwo(p, t.hour);
    *p++ = ':';
    p = putTwo(p, t.minute);
    *p++ = ':';
    p = putTwo(p, t.second);
    if (withMillis) {
        *p++ = '.';
        *p++ = char('0' + t.millis / 100);
        p = putTwo(p, t.millis % 100);
    }
    *p++ = 'Z';
    return int(p - buffer);
}

int MessageGenerator::formatTwitterTime(char *buffer, qint64 msSinceEpoch)
{
    static const char days[] = "SunMonTueWedThuFriSat";
    static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    const CivilTime t = civilTime(msSinceEpoch);
    char *p = std::copy_n(days + 3 * t.weekday, 3, buffer);
    *p++ = ' ';
    p = std::copy_n(months + 3 * (t.month - 1), 3, p);
    *p++ = ' ';
    p = putTwo(p, t.day);
    *p++ = ' ';
    p = putTwo(p, t.hour);
    *p++ = ':';
    p = putTwo(p, t.minute);
    *p++ = ':';
    p = putTwo(p, t.second);
    p = std::copy_n(" +0000 ", 7, p);
    p = putYear(p, t.year);
    return int(p - buffer);
}

void MessageGenerator::appendIsoTime(QByteArray &out, qint64 msSinceEpoch, bool withMillis)
{
    char buffer[40];
    out.append(buffer, formatIsoTime(buffer, msSinceEpoch, withMillis));
}

void MessageGenerator::appendTwitterTime(QByteArray &out, qint64 msSinceEpoch)
{
    char buffer[40];
    out.append(buffer, formatTwitterTime(buffer, msSinceEpoch));
}

void MessageGenerator::buildBody(Body &body, quint64 contentSeed) const
{
    const Tables &t = tables();
    SimRandom random(contentSeed);

    // Sentiment mix of the real service: many messages carry none.
    const double roll = random.unit();
    body.sentiment = roll < 0.40 ? 1 : roll < 0.62 ? 2 : 0;
    // Active users post far more than the rest.
    const double u = random.unit();
    body.user = int(u * u * u * userPoolSize) % userPoolSize;
    const double sourceRoll = random.unit();
    body.source = sourceRoll < 0.4 ? 0 : sourceRoll < 0.7 ? 1 : sourceRoll < 0.9 ? 2 : 3;
    body.likes = random.chance(0.55) ? 0 : int(1.0 / std::pow(1.0 - random.unit() * 0.999, 1.2));
    body.reshares = random.chance(0.8) ? 0 : int(random.below(12));

    const int symbolCount = random.chance(0.72) ? 1 : random.chance(0.7) ? 2 : 3;
    while (body.symbols.size() < symbolCount) {
        const int index = m_tickers.sample(random.unit());
        if (!body.symbols.contains(index))
            body.symbols.append(index);
    }

    const std::vector<Phrase> &phrases = body.sentiment == 1   ? t.bullish
                                         : body.sentiment == 2 ? t.bearish
                                                               : t.neutral;
    const Phrase &phrase = phrases[random.below(quint32(phrases.size()))];
    const TickerCatalog::Ticker &primary = m_tickers.at(body.symbols[0]);
    body.escaped.reserve(256);
    for (const Piece &piece : phrase) {
        switch (piece.kind) {
        case Piece::Text:
            body.add(piece.text);
            break;
        case Piece::Symbol: {
            const int begin = body.codePoints;
            body.addAscii(QByteArrayLiteral("$") + primary.symbol);
            body.spans.append({begin, body.codePoints});
            break;
        }
        case Piece::Price: {
            const double base = 4.0 + double((primary.id * 7919) % 600);
            const double price = base * (0.85 + 0.3 * random.unit());
            char buffer[32];
            const int length = std::snprintf(buffer, sizeof buffer, "%.2f", price);
            body.addAscii(QByteArray(buffer, length));
            break;
        }
        }
    }
    if (body.spans.isEmpty()) {
        body.addAscii(" ");
        const int begin = body.codePoints;
        body.addAscii(QByteArrayLiteral("$") + primary.symbol);
        body.spans.append({begin, body.codePoints});
    }
    for (qsizetype i = 1; i < body.symbols.size(); ++i) {
        body.addAscii(" ");
        const int begin = body.codePoints;
        body.addAscii(QByteArrayLiteral("$") + m_tickers.at(body.symbols[i]).symbol);
        body.spans.append({begin, body.codePoints});
    }
    if (random.chance(0.2)) {
        body.addAscii(" ");
        body.add(t.emoji[random.below(quint32(t.emoji.size()))]);
    }
    // A few messages span two lines: an escaped \n inside the string, never a raw one.
    if (random.chance(0.06)) {
        body.escaped.append("\\n");
        body.codePoints += 1;
        body.add(t.secondLines[random.below(quint32(t.secondLines.size()))]);
    }
}

void MessageGenerator::append(QByteArray &out, quint64 key, qint64 id, qint64 createdAtMs,
                              MessageShape shape) const
{
    Body body;
    body.key = key;
    buildBody(body, SimRandom::mix(m_seed ^ SimRandom::mix(key + 0x243F6A8885A308D3ULL)));
    const qsizetype start = out.size();
    qsizetype padPosition = -1;
    switch (resolve(shape, key)) {
    case MessageShape::StockTwits:
    case MessageShape::Mixed:
        renderStockTwits(out, body, id, createdAtMs, &padPosition);
        break;
    case MessageShape::Wrapped:
        lit(out, "{\"action\":\"create\",\"data\":");
        renderStockTwits(out, body, id, createdAtMs, &padPosition);
        out.append('}');
        break;
    case MessageShape::ActivityStreams:
        renderActivityStreams(out, body, id, createdAtMs, &padPosition);
        break;
    case MessageShape::TwitterNative:
        renderTwitter(out, body, id, createdAtMs, &padPosition);
        break;
    case MessageShape::StockTwitsActivity:
        renderStockTwitsActivity(out, body, id, createdAtMs);
        break;
    }
    pad(out, start, padPosition, key);
}

QByteArray MessageGenerator::message(quint64 key, qint64 id, qint64 createdAtMs,
                                     MessageShape shape) const
{
    QByteArray out;
    append(out, key, id, createdAtMs, shape);
    return out;
}

void MessageGenerator::pad(QByteArray &out, qsizetype start, qsizetype padPosition,
                           quint64 key) const
{
    const qsizetype need = qsizetype(m_targetSize) - (out.size() - start);
    if (need <= 0 || padPosition < 0)
        return;
    const QByteArray &padding = tables().padding;
    const auto isContinuation = [&](qsizetype i) {
        return (static_cast<unsigned char>(padding[i]) & 0xC0) == 0x80;
    };
    qsizetype from = qsizetype(key % 4096);
    while (isContinuation(from))
        ++from;
    qsizetype length = qMin(need, padding.size() - from - 1);
    while (length > 0 && isContinuation(from + length))
        --length;
    out.insert(padPosition, padding.constData() + from, length);
}

void MessageGenerator::renderStockTwits(QByteArray &out, const Body &body, qint64 id,
                                        qint64 createdAtMs, qsizetype *padPosition) const
{
    const User &user = m_users[size_t(body.user)];
    lit(out, "{\"id\":");
    appendInt(out, id);
    lit(out, ",\"body\":\"");
    out.append(body.escaped);
    lit(out, "\",\"created_at\":\"");
    appendIsoTime(out, createdAtMs);
    lit(out, "\",\"user\":");
    appendUserIdentity(out, user);
    lit(out, ",\"avatar_url\":\"https://avatars.example.com/production/");
    appendInt(out, user.id);
    lit(out, "/thumb.png\",\"join_date\":\"");
    out.append(user.joinDate);
    out.append(user.official ? QByteArrayLiteral("\",\"official\":true")
                             : QByteArrayLiteral("\",\"official\":false"));
    lit(out, ",\"identity\":\"User\",\"classification\":[],\"followers\":");
    appendInt(out, user.followers);
    lit(out, ",\"following\":");
    appendInt(out, user.following);
    lit(out, ",\"ideas\":");
    appendInt(out, user.ideas);
    lit(out, ",\"watchlist_stocks_count\":");
    appendInt(out, user.watchlist);
    lit(out, ",\"like_count\":");
    appendInt(out, user.likeCount);
    lit(out, ",\"bio\":\"");
    out.append(user.bio);
    *padPosition = out.size();
    lit(out, "\"},\"source\":{\"id\":");
    const Source &source = sources[body.source];
    appendInt(out, source.id);
    lit(out, ",\"title\":\"");
    out.append(source.title);
    lit(out, "\",\"url\":\"");
    out.append(source.url);
    lit(out, "\"},\"symbols\":[");
    for (qsizetype i = 0; i < body.symbols.size(); ++i) {
        const TickerCatalog::Ticker &ticker = m_tickers.at(body.symbols[i]);
        if (i > 0)
            out.append(',');
        lit(out, "{\"id\":");
        appendInt(out, ticker.id);
        lit(out, ",\"symbol\":\"");
        out.append(ticker.symbol);
        lit(out, "\",\"title\":\"");
        out.append(ticker.title);
        lit(out, "\",\"aliases\":[],\"is_following\":false,\"watchlist_count\":");
        appendInt(out, ticker.watchers);
        out.append('}');
    }
    lit(out, "],\"mentioned_users\":[],\"entities\":{\"sentiment\":");
    if (body.sentiment == 1)
        lit(out, "{\"basic\":\"Bullish\"}");
    else if (body.sentiment == 2)
        lit(out, "{\"basic\":\"Bearish\"}");
    else
        lit(out, "null");
    lit(out, "},\"likes\":{\"total\":");
    appendInt(out, body.likes);
    lit(out, "},\"reshares\":{\"reshared_count\":");
    appendInt(out, body.reshares);
    lit(out, "}}");
}

void MessageGenerator::appendUserIdentity(QByteArray &out, const User &user)
{
    lit(out, "{\"id\":");
    appendInt(out, user.id);
    lit(out, ",\"username\":\"");
    out.append(user.username);
    lit(out, "\",\"name\":\"");
    out.append(user.name);
    out.append('"');
}

void MessageGenerator::appendUserReference(QByteArray &out, const User &user)
{
    appendUserIdentity(out, user);
    out.append('}');
}

void MessageGenerator::renderStockTwitsActivity(QByteArray &out, const Body &body, qint64 id,
                                                qint64 createdAtMs) const
{
    // The activity objects of /stream, as its backups document them: Friendship, Block and
    // LikeMessage. Mostly likes (of a message posted a little earlier), some follows, few blocks.
    const User &user = m_users[size_t(body.user)];
    const quint64 pick = SimRandom::mix(body.key ^ 0x9E3779B97F4A7C15ULL);
    const User &other = m_users[size_t(pick % quint64(m_users.size()))];
    const unsigned kind = unsigned(pick >> 40) % 20;
    const bool like = kind < 14;
    lit(out, "{\"action\":\"create\",\"data\":{\"id\":");
    appendInt(out, id);
    lit(out, ",\"type\":\"");
    out.append(like ? "LikeMessage" : kind < 19 ? "Friendship" : "Block");
    lit(out, "\",\"created_at\":\"");
    appendIsoTime(out, createdAtMs);
    lit(out, "\",\"user\":");
    appendUserReference(out, user);
    if (like) {
        lit(out, ",\"message\":{\"id\":");
        appendInt(out, std::max<qint64>(1, id - 1 - qint64((pick >> 8) % 5000)));
        lit(out, ",\"body\":\"");
        out.append(body.escaped);
        lit(out, "\",\"user\":");
        appendUserReference(out, other);
        out.append('}');
    } else {
        lit(out, ",\"target_user\":");
        appendUserReference(out, other);
    }
    lit(out, "}}");
}

void MessageGenerator::renderActivityStreams(QByteArray &out, const Body &body, qint64 id,
                                             qint64 createdAtMs, qsizetype *padPosition) const
{
    const User &user = m_users[size_t(body.user)];
    lit(out, "{\"id\":\"tag:stocktwits.com,2008:message/");
    appendInt(out, id);
    lit(out, "\",\"objectType\":\"activity\",\"verb\":\"post\",\"postedTime\":\"");
    appendIsoTime(out, createdAtMs, true);
    lit(out, "\",\"generator\":{\"displayName\":\"");
    out.append(sources[body.source].title);
    lit(out, "\",\"link\":\"");
    out.append(sources[body.source].url);
    lit(out, "\"},\"provider\":{\"objectType\":\"service\",\"displayName\":\"StockTwits\",\"link\":"
             "\"https://stocktwits.com\"},\"link\":\"https://stocktwits.com/");
    out.append(user.username);
    lit(out, "/message/");
    appendInt(out, id);
    lit(out, "\",\"body\":\"");
    out.append(body.escaped);
    lit(out, "\",\"actor\":{\"objectType\":\"person\",\"id\":\"id:stocktwits.com:");
    appendInt(out, user.id);
    lit(out, "\",\"link\":\"https://stocktwits.com/");
    out.append(user.username);
    lit(out, "\",\"displayName\":\"");
    out.append(user.name);
    lit(out, "\",\"preferredUsername\":\"");
    out.append(user.username);
    lit(out, "\",\"followersCount\":");
    appendInt(out, user.followers);
    lit(out, ",\"friendsCount\":");
    appendInt(out, user.following);
    lit(out, ",\"postedTime\":\"");
    appendIsoTime(out, user.joinMs, true);
    lit(out, "\",\"summary\":\"");
    out.append(user.bio);
    *padPosition = out.size();
    lit(out,
        "\"},\"object\":{\"objectType\":\"note\",\"id\":\"object:stocktwits.com,2008:message/");
    appendInt(out, id);
    lit(out, "\",\"summary\":\"");
    out.append(body.escaped);
    lit(out, "\",\"postedTime\":\"");
    appendIsoTime(out, createdAtMs, true);
    lit(out, "\"},\"stocktwits_entities\":{\"sentiment\":");
    if (body.sentiment == 1)
        lit(out, "{\"basic\":\"Bullish\"}");
    else if (body.sentiment == 2)
        lit(out, "{\"basic\":\"Bearish\"}");
    else
        lit(out, "null");
    lit(out, "},\"twitter_entities\":{\"hashtags\":[],\"symbols\":[");
    for (qsizetype i = 0; i < body.symbols.size(); ++i) {
        if (i > 0)
            out.append(',');
        lit(out, "{\"text\":\"");
        out.append(m_tickers.at(body.symbols[i]).symbol);
        lit(out, "\",\"indices\":[");
        appendInt(out, body.spans[i].first);
        out.append(',');
        appendInt(out, body.spans[i].second);
        lit(out, "]}");
    }
    lit(out, "],\"user_mentions\":[],\"urls\":[]},\"favoritesCount\":");
    appendInt(out, body.likes);
    lit(out, ",\"retweetCount\":");
    appendInt(out, body.reshares);
    lit(out, ",\"gnip\":{\"matching_rules\":[{\"tag\":\"stocktwits\",\"id\":\"1\"}]}}");
}

void MessageGenerator::renderTwitter(QByteArray &out, const Body &body, qint64 id,
                                     qint64 createdAtMs, qsizetype *padPosition) const
{
    const User &user = m_users[size_t(body.user)];
    lit(out, "{\"created_at\":\"");
    appendTwitterTime(out, createdAtMs);
    lit(out, "\",\"id\":");
    appendInt(out, id);
    lit(out, ",\"id_str\":\"");
    appendInt(out, id);
    lit(out, "\",\"text\":\"");
    out.append(body.escaped);
    lit(out, "\",\"source\":\"<a href=\\\"");
    out.append(sources[body.source].url);
    lit(out, "\\\" rel=\\\"nofollow\\\">");
    out.append(sources[body.source].title);
    lit(out, "</a>\",\"truncated\":false,\"in_reply_to_status_id\":null,\"user\":{\"id\":");
    appendInt(out, user.id);
    lit(out, ",\"id_str\":\"");
    appendInt(out, user.id);
    lit(out, "\",\"name\":\"");
    out.append(user.name);
    lit(out, "\",\"screen_name\":\"");
    out.append(user.username);
    lit(out, "\",\"followers_count\":");
    appendInt(out, user.followers);
    lit(out, ",\"friends_count\":");
    appendInt(out, user.following);
    lit(out, ",\"created_at\":\"");
    appendTwitterTime(out, user.joinMs);
    lit(out, "\",\"description\":\"");
    out.append(user.bio);
    *padPosition = out.size();
    lit(out, "\"},\"entities\":{\"hashtags\":[],\"symbols\":[");
    for (qsizetype i = 0; i < body.symbols.size(); ++i) {
        if (i > 0)
            out.append(',');
        lit(out, "{\"text\":\"");
        out.append(m_tickers.at(body.symbols[i]).symbol);
        lit(out, "\",\"indices\":[");
        appendInt(out, body.spans[i].first);
        out.append(',');
        appendInt(out, body.spans[i].second);
        lit(out, "]}");
    }
    lit(out, "],\"user_mentions\":[],\"urls\":[]},\"favorite_count\":");
    appendInt(out, body.likes);
    lit(out, ",\"retweet_count\":");
    appendInt(out, body.reshares);
    lit(out, ",\"lang\":\"en\"}");
}
