#include "message/messagenormalizer.h"

#include "core/byteordermark.h"
#include "message/messageshape.h"
#include "message/messagetext.h"
#include "message/messagetimeparser.h"
#include "message/parsedline.h"

#include <QCoreApplication>
#include <QSet>

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <string_view>
#include <vector>

namespace dom = simdjson::dom;

namespace {


using namespace MessageShape;

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// Text as a user reads it: the providers write HTML entities into JSON strings.
QString textOf(std::string_view s)
{
    return MessageText::decodeEntities(toQString(s));
}

QString stringOf(dom::object object, std::string_view key)
{
    std::string_view s;
    return stringField(object, key, s) ? toQString(s) : QString();
}

/// Ids are strings in some shapes and integers in others; both become text.
QString idOf(dom::element e)
{
    switch (e.type()) {
    case dom::element_type::STRING: {
        std::string_view s;
        return e.get_string().get(s) ? QString() : toQString(s);
    }
    case dom::element_type::INT64: {
        int64_t v = 0;
        return e.get_int64().get(v) ? QString() : QString::number(v);
    }
    case dom::element_type::UINT64: {
        uint64_t v = 0;
        return e.get_uint64().get(v) ? QString() : QString::number(v);
    }
    case dom::element_type::DOUBLE: {
        double v = 0;
        return e.get_double().get(v) ? QString() : QString::number(v, 'g', 17);
    }
    default:
        return {};
    }
}

QString idField(dom::object object, std::string_view key)
{
    dom::element e;
    return field(object, key, e) ? idOf(e) : QString();
}

/// Twitter's "source" is an HTML anchor; the user wants the client's name.
QString stripTags(std::string_view html)
{
    std::string text;
    text.reserve(html.size());
    bool inTag = false;
    for (char c : html) {
        if (c == '<')
            inTag = true;
        else if (c == '>')
            inTag = false;
        else if (!inTag)
            text.push_back(c);
    }
    return toQString(text).trimmed();
}

void appendScalar(QString &out, dom::element e)
{
    switch (e.type()) {
    case dom::element_type::STRING: {
        std::string_view s;
        if (!e.get_string().get(s))
            out += toQString(s.substr(0, 120));
        break;
    }
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE:
        out += idOf(e);
        break;
    case dom::element_type::BOOL: {
        bool b = false;
        if (e.get_bool().get(b))
            break;
        out += b ? QStringLiteral("true") : QStringLiteral("false");
        break;
    }
    case dom::element_type::NULL_VALUE:
        out += QStringLiteral("null");
        break;
    case dom::element_type::ARRAY:
        out += QStringLiteral("[…]");
        break;
    case dom::element_type::OBJECT:
        out += QStringLiteral("{…}");
        break;
    }
}

} // namespace

struct MessageNormalizer::Private
{
    dom::parser parser;
    // simdjson reads up to SIMDJSON_PADDING bytes past the input; lines are copied into this
    // reused buffer so every caller's bytes can be parsed without an allocation per line.
    std::vector<char> padded;
    // Short strings that come again and again (tickers, client names) are kept once here and
    // shared by the messages that carry them (QString is implicitly shared) instead of a copy
    // in each: a live ring of 100 000 messages then holds each ticker once.
    QSet<QString> pool;

    // With sharesRepeats: authors and display names (many more than tickers), and whole
    // symbol lists, kept the same way.
    bool sharesRepeats = false;
    QSet<QString> names;
    QSet<QStringList> symbolLists;

    /// \a text as the copy in \a from when it is there (added otherwise); \a from starts again
    /// once it holds \a capacity, so strings that never repeat cannot make it grow.
    template<typename T>
    static T shared(QSet<T> &from, const T &text, qsizetype capacity)
    {
        if (text.isEmpty())
            return text;
        const auto it = from.constFind(text);
        if (it != from.cend())
            return *it;
        if (from.size() >= capacity)
            from.clear();
        from.insert(text);
        return text;
    }

    QString pooled(const QString &text)
    {
        constexpr qsizetype longestPooled = 40;
        return text.size() > longestPooled ? text : shared(pool, text, 4096);
    }
    QString pooledName(const QString &name)
    {
        constexpr qsizetype longestPooled = 64;
        return !sharesRepeats || name.size() > longestPooled ? name : shared(names, name, 65536);
    }

    Private()
    {
        // Start small; the parser grows to the longest line it has seen.
        if (parser.allocate(64 * 1024, maxJsonDepth) != simdjson::SUCCESS)
            qWarning("MessageNormalizer: cannot allocate the JSON parser");
    }

    simdjson::error_code parse(std::string_view json, dom::element &out)
    {
        const size_t needed = json.size() + simdjson::SIMDJSON_PADDING;
        if (padded.size() < needed)
            padded.resize(std::max(needed, padded.size() * 2));
        std::memcpy(padded.data(), json.data(), json.size());
        std::memset(padded.data() + json.size(), 0, simdjson::SIMDJSON_PADDING);
        if (parser.capacity() < json.size()) {
            if (const auto error = parser.allocate(json.size(), maxJsonDepth))
                return error;
        }
        return parser.parse(padded.data(), json.size(), false).get(out);
    }

    void fill(const Located &shape, Message &m, Parts parts);
    /// A fresh message for \a line, filled from its classified object.
    void fillLine(QByteArrayView line, const Located &shape, Message &m, Parts parts)
    {
        m = Message();
        if (parts & Part::Raw)
            m.raw = line.toByteArray();
        fill(shape, m, parts);
    }
    /// The stored string a kind's text is, before its entities are decoded: a StockTwits
    /// message's "body" (other kinds compose their text or choose among several strings).
    static bool textIsStored(const Located &shape)
    {
        return shape.kind == Message::Kind::StockTwits;
    }
    static std::string_view storedText(const Located &shape)
    {
        std::string_view s;
        return stringField(shape.object, "body", s) ? s : std::string_view();
    }
    static bool storedTexts(const Located &shape, bool asciiCaseRules, StoredTexts &out);
    static void fillSystem(dom::object body, Message &m);
    static void fillGeneric(dom::object o, Message &m);
};

namespace {

/// Gnip: a long post's whole text is long_object.body; body holds the first 140 characters.
QString activityText(dom::object o)
{
    dom::object longObject;
    std::string_view s;
    if (objectField(o, "long_object", longObject) && stringField(longObject, "body", s))
        return textOf(s);
    if (stringField(o, "body", s))
        return textOf(s);
    dom::object object;
    if (objectField(o, "object", object) &&
        (stringField(object, "body", s) || stringField(object, "summary", s)))
        return textOf(s);
    return {};
}

QString activityAuthor(dom::object o)
{
    dom::object actor;
    return objectField(o, "actor", actor) ? stringOf(actor, "preferredUsername") : QString();
}

/// Twitter: the longest text a tweet carries (v1.1 extended_tweet.full_text, full_text, text;
/// v2 note_tweet.text, text).
QString tweetText(dom::object o)
{
    dom::object inner;
    std::string_view s;
    if ((objectField(o, "extended_tweet", inner) && stringField(inner, "full_text", s)) ||
        (objectField(o, "note_tweet", inner) && stringField(inner, "text", s)) ||
        stringField(o, "full_text", s) || stringField(o, "text", s))
        return textOf(s);
    return {};
}

QString tweetAuthor(dom::object o)
{
    dom::object user;
    return objectField(o, "user", user) ? stringOf(user, "screen_name") : QString();
}

QString retweetText(const QString &author, const QString &text)
{
    return QStringLiteral("RT @%1: %2").arg(author, text);
}

QString withQuote(QString text, const QString &author, const QString &quoted)
{
    if (quoted.isEmpty())
        return text;
    return text + QStringLiteral("\n\nQT @%1: %2").arg(author, quoted);
}

/// A StockTwits activity object as a sentence: who did what to whom.
QString activityObjectText(dom::object o, const QString &actor)
{
    std::string_view type;
    if (!stringField(o, "type", type))
        stringField(o, "object_type", type);
    QString target;
    dom::object object;
    for (std::string_view key : {"target_user", "followed_user", "blocked_user", "target"}) {
        if (objectField(o, key, object)) {
            target = stringOf(object, "username");
            break;
        }
    }
    const QString who = actor.isEmpty() ? QStringLiteral("?") : QLatin1Char('@') + actor;
    const QString whom = target.isEmpty() ? QStringLiteral("?") : QLatin1Char('@') + target;
    const QString lower = toQString(type).toLower();
    if (lower == QLatin1String("friendship"))
        //: A StockTwits activity: %1 follows %2 (both user names)
        return QCoreApplication::translate("Message", "%1 follows %2").arg(who, whom);
    if (lower == QLatin1String("block"))
        //: A StockTwits activity: %1 blocks %2 (both user names)
        return QCoreApplication::translate("Message", "%1 blocks %2").arg(who, whom);
    QString messageId, body;
    if (objectField(o, "message", object)) {
        messageId = idField(object, "id");
        std::string_view s;
        if (stringField(object, "body", s))
            body = textOf(s);
    }
    if (messageId.isEmpty())
        messageId = idField(o, "message_id");
    if (body.isEmpty())
        //: A StockTwits activity: %1 (a user name) likes the message with id %2
        return QCoreApplication::translate("Message", "%1 likes message %2").arg(who, messageId);
    //: A StockTwits activity: %1 (a user name) likes message %2 whose text is %3
    return QCoreApplication::translate("Message", "%1 likes message %2: %3")
        .arg(who, messageId, body);
}

} // namespace

void MessageNormalizer::Private::fill(const Located &shape, Message &m, Parts parts)
{
    m.kind = shape.kind;
    dom::object o = shape.object;
    if (parts & Part::Time) {
        const std::string_view time = timeText(shape);
        if (!time.empty())
            m.time = MessageTimeParser::parse(time);
    }
    if (m.kind == Message::Kind::SystemInfo || m.kind == Message::Kind::SystemError) {
        if (parts & Part::Text)
            fillSystem(o, m);
        return;
    }
    dom::element e;
    if ((parts & Part::Id) && MessageShape::id(shape, e))
        m.id = idOf(e);
    // An activity object's text names its author.
    if ((parts & Part::Author) ||
        ((parts & Part::Text) && m.kind == Message::Kind::StockTwitsActivity))
        m.author = pooledName(toQString(author(shape)));
    if (parts & Part::AuthorName)
        m.authorName = pooledName(textOf(authorName(shape)));
    if (parts & Part::Symbols) {
        forEachSymbol(shape, [this, &m](std::string_view symbol) {
            const QString s = pooled(toQString(symbol));
            if (!m.symbols.contains(s))
                m.symbols.append(s);
        });
        if (sharesRepeats)
            m.symbols = shared(symbolLists, m.symbols, 4096);
    }
    if (parts & Part::Sentiment)
        m.sentiment = sentiment(shape);
    if (parts & Part::Likes)
        m.likes = likes(shape);
    if (!(parts & (Part::Text | Part::Source)))
        return;

    // The text and the source are read only when asked for: a search for words reads no source.
    const bool text = parts & Part::Text;
    const bool source = parts & Part::Source;
    dom::object inner;
    std::string_view s;
    switch (m.kind) {
    case Message::Kind::StockTwits:
        if (text) {
            if (const std::string_view body = storedText(shape); body.data())
                m.text = textOf(body);
        }
        if (source && objectField(o, "source", inner))
            m.source = pooled(stringOf(inner, "title"));
        break;
    case Message::Kind::ActivityStreams: {
        if (text) {
            m.text = activityText(o);
            std::string_view verb;
            // A share (retweet) carries the original activity in "object": its whole text.
            if (stringField(o, "verb", verb) && verb == "share" && objectField(o, "object", inner) &&
                has(inner, "actor"))
                m.text = retweetText(activityAuthor(inner), activityText(inner));
            dom::object quotedObject;
            if (objectField(o, "twitter_quoted_status", quotedObject))
                m.text = withQuote(m.text, activityAuthor(quotedObject), activityText(quotedObject));
        }
        if (source && (objectField(o, "generator", inner) || objectField(o, "provider", inner)))
            m.source = pooled(stringOf(inner, "displayName"));
        break;
    }
    case Message::Kind::Twitter:
        if (text) {
            if (MessageShape::retweeted(o, inner))
                m.text = retweetText(tweetAuthor(inner), tweetText(inner));
            else
                m.text = tweetText(o);
            if (MessageShape::quoted(o, inner))
                m.text = withQuote(m.text, tweetAuthor(inner), tweetText(inner));
        }
        if (source && stringField(o, "source", s))
            m.source = pooled(stripTags(s));
        break;
    case Message::Kind::StockTwitsActivity:
        if (text)
            m.text = activityObjectText(o, m.author);
        break;
    default:
        if (text)
            fillGeneric(o, m);
        break;
    }
}

bool MessageNormalizer::Private::storedTexts(const Located &shape, bool asciiCaseRules,
                                             StoredTexts &out)
{
    if (!textIsStored(shape))
        return false;
    out.text = storedText(shape);
    out.author = author(shape);
    out.authorName = authorName(shape);
    // The text and the name are read with their entities decoded (textOf); the author is not.
    for (const std::string_view decoded : {out.text, out.authorName}) {
        if (decoded.find('&') != std::string_view::npos)
            return false;
    }
    if (asciiCaseRules) {
        for (const std::string_view text : {out.text, out.author, out.authorName}) {
            if (MessageText::foldsToAscii(text))
                return false;
        }
    }
    return true;
}

void MessageNormalizer::Private::fillSystem(dom::object body, Message &m)
{
    m.text = stringOf(body, "message");
    if (m.text.isEmpty()) {
        // An info message without "message": show its fields instead of nothing.
        for (auto [key, value] : body) {
            if (!m.text.isEmpty())
                m.text += QStringLiteral(", ");
            m.text += toQString(key) + QStringLiteral(": ");
            appendScalar(m.text, value);
        }
    }
}

void MessageNormalizer::Private::fillGeneric(dom::object o, Message &m)
{
    // Unrecognised JSON: plain text, no symbols or sentiment read from arbitrary keys.
    for (std::string_view key : {"text", "body", "message", "content", "title"}) {
        m.text = stringOf(o, key);
        if (!m.text.isEmpty())
            break;
    }
    if (m.text.isEmpty()) {
        // No text field: summarise the top-level keys so the row still says something.
        int shown = 0;
        for (auto [key, value] : o) {
            if (shown++ == 8) {
                m.text += QStringLiteral(" …");
                break;
            }
            if (!m.text.isEmpty())
                m.text += QStringLiteral(" · ");
            m.text += toQString(key) + QStringLiteral(": ");
            appendScalar(m.text, value);
        }
    }
}

MessageNormalizer::MessageNormalizer()
    : d(std::make_unique<Private>())
{}

MessageNormalizer::~MessageNormalizer() = default;

void MessageNormalizer::setSharesRepeats(bool share)
{
    d->sharesRepeats = share;
}

Message MessageNormalizer::normalize(QByteArrayView line)
{
    Message m;
    normalizeInto(line, m);
    return m;
}

Message MessageNormalizer::normalize(const QByteArray &line)
{
    Message m;
    normalizeInto(line, m);
    return m;
}

namespace {

// The terminator is not part of the message; a CRLF file leaves a '\r' behind.
qsizetype contentLength(QByteArrayView line)
{
    qsizetype n = line.size();
    while (n > 0 && (line[n - 1] == '\r' || line[n - 1] == '\n'))
        --n;
    return n;
}

// The JSON of a line: a byte-order mark at the start of a file is not part of it.
std::string_view jsonOf(QByteArrayView line)
{
    return ByteOrderMark::removed(std::string_view(line.data(), size_t(line.size())));
}

} // namespace

void MessageNormalizer::normalizeInto(QByteArrayView line, Message &m, Parts parts)
{
    normalizeWith(line, nullptr, m, parts);
}

void MessageNormalizer::normalizeParsedInto(QByteArrayView line, const ParsedLine &parsed,
                                            Message &m, Parts parts)
{
    normalizeWith(line, &parsed, m, parts);
}

void MessageNormalizer::normalizeWith(QByteArrayView line, const ParsedLine *parsed, Message &m,
                                      Parts parts)
{
    line.truncate(contentLength(line));
    if (parsed) {
        d->fillLine(line, MessageShape::classify(parsed->root), m, parts);
        return;
    }
    m = Message();
    if (parts & Part::Raw)
        m.raw = line.toByteArray();
    parseInto(line, m, parts);
    if (m.kind == Message::Kind::Malformed && m.raw.isEmpty())
        m.raw = line.toByteArray(); // the text of a line that is not JSON
}

bool MessageNormalizer::normalizeTextsInto(QByteArrayView line, const ParsedLine *parsed,
                                           bool asciiCaseRules, StoredTexts &texts, Message &m,
                                           Parts parts)
{
    line.truncate(contentLength(line));
    dom::object object;
    if (parsed) {
        object = parsed->root;
    } else {
        dom::element root;
        if (d->parse(jsonOf(line), root) || root.get_object().get(object)) {
            // Not an object, or bytes to repair first: the usual way (rare, so parsed again).
            normalizeWith(line, nullptr, m, parts);
            return false;
        }
    }
    const Located shape = MessageShape::classify(object);
    if (Private::storedTexts(shape, asciiCaseRules, texts))
        return true;
    d->fillLine(line, shape, m, parts);
    return false;
}

void MessageNormalizer::normalizeInto(const QByteArray &line, Message &m)
{
    const qsizetype length = contentLength(line);
    m = Message();
    // Sharing saves a copy per message; a raw-data array (capacity 0) does not own its bytes,
    // and one with much spare capacity would keep that memory alive for as long as the message.
    if (length == line.size() && line.capacity() > 0 && line.capacity() <= length + length / 8 + 64)
        m.raw = line;
    else
        m.raw = QByteArray(line.constData(), length); // a deep copy, even of raw data
    parseInto(QByteArrayView(line).first(length), m, allParts());
}

void MessageNormalizer::parseInto(QByteArrayView line, Message &m, Parts parts)
{
    const std::string_view json = jsonOf(line);
    dom::element root;
    simdjson::error_code error = d->parse(json, root);
    QByteArray repaired;
    if (error == simdjson::UTF8_ERROR) {
        // One bad byte should not hide the whole message: repair it as U+FFFD and retry.
        repaired = QString::fromUtf8(json.data(), qsizetype(json.size())).toUtf8();
        error = d->parse(std::string_view(repaired.constData(), size_t(repaired.size())), root);
    }
    dom::object object;
    if (error || root.get_object().get(object)) {
        m.kind = Message::Kind::Malformed;
        return;
    }
    d->fill(MessageShape::classify(object), m, parts);
}
