#include "message/messagenormalizer.h"

#include "message/messagetimeparser.h"

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <string_view>
#include <vector>

namespace dom = simdjson::dom;

namespace {

// Nesting beyond this is not a message any provider sends; it protects the parser's stack
// and memory against hostile input such as JSON nested 100 000 levels deep.
constexpr size_t maxJsonDepth = 256;

// ---- small accessors over the DOM that never throw ------------------------------------------

bool field(dom::object object, std::string_view key, dom::element &out)
{
    return !object.at_key(key).get(out);
}

bool objectField(dom::object object, std::string_view key, dom::object &out)
{
    dom::element e;
    return field(object, key, e) && !e.get_object().get(out);
}

bool arrayField(dom::object object, std::string_view key, dom::array &out)
{
    dom::element e;
    return field(object, key, e) && !e.get_array().get(out);
}

bool stringField(dom::object object, std::string_view key, std::string_view &out)
{
    dom::element e;
    return field(object, key, e) && !e.get_string().get(out);
}

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
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

qint32 integerOf(dom::element e)
{
    int64_t i = 0;
    if (!e.get_int64().get(i))
        return qint32(std::clamp<int64_t>(i, 0, std::numeric_limits<qint32>::max()));
    uint64_t u = 0;
    if (!e.get_uint64().get(u))
        return std::numeric_limits<qint32>::max();
    double d = 0;
    if (!e.get_double().get(d) && d >= 0)
        return d >= double(std::numeric_limits<qint32>::max()) ? std::numeric_limits<qint32>::max()
                                                               : qint32(d);
    return -1;
}

qint32 integerField(dom::object object, std::string_view key)
{
    dom::element e;
    return field(object, key, e) ? integerOf(e) : -1;
}

QDateTime timeField(dom::object object, std::string_view key)
{
    std::string_view s;
    if (!stringField(object, key, s))
        return {};
    return MessageTimeParser::parse(s);
}

/// Appends the tickers of an array of {symbol|text: "TSLA"} objects (or plain strings),
/// dropping a leading '$' and repeats.
void appendSymbols(dom::array array, QStringList &out)
{
    for (dom::element item : array) {
        std::string_view s;
        if (item.get_string().get(s)) {
            dom::object o;
            if (item.get_object().get(o))
                continue;
            if (!stringField(o, "symbol", s) && !stringField(o, "text", s))
                continue;
        }
        if (!s.empty() && s.front() == '$')
            s.remove_prefix(1);
        if (s.empty())
            continue;
        const QString symbol = toQString(s);
        if (!out.contains(symbol))
            out.append(symbol);
    }
}

Message::Sentiment sentimentOf(std::string_view basic)
{
    // Providers spell it "Bullish"/"Bearish"; compare without case to be lenient.
    auto equalsNoCase = [](std::string_view a, std::string_view b) {
        if (a.size() != b.size())
            return false;
        for (size_t i = 0; i < a.size(); ++i) {
            if ((a[i] | 0x20) != b[i])
                return false;
        }
        return true;
    };
    if (equalsNoCase(basic, "bullish"))
        return Message::Sentiment::Bullish;
    if (equalsNoCase(basic, "bearish"))
        return Message::Sentiment::Bearish;
    return Message::Sentiment::None;
}

/// entities.sentiment.basic (null and absent both mean "no sentiment").
Message::Sentiment sentimentIn(dom::object entities)
{
    dom::object sentiment;
    std::string_view basic;
    if (objectField(entities, "sentiment", sentiment) && stringField(sentiment, "basic", basic))
        return sentimentOf(basic);
    return Message::Sentiment::None;
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

    void classify(dom::object root, Message &m, int unwrapDepth);
    static void fillStockTwits(dom::object o, Message &m);
    static void fillActivity(dom::object o, Message &m);
    static void fillTwitter(dom::object o, Message &m);
    static void fillSystem(dom::object body, Message &m);
    static void fillGeneric(dom::object o, Message &m);
};

void MessageNormalizer::Private::classify(dom::object root, Message &m, int unwrapDepth)
{
    dom::element e;
    const bool hasId = field(root, "id", e);

    // In-stream system messages: {"error":{...}} / {"info":{...}} without activity fields.
    if (!hasId && !field(root, "id_str", e) && !field(root, "body", e)) {
        dom::object body;
        if (objectField(root, "error", body)) {
            m.kind = Message::Kind::SystemError;
            fillSystem(body, m);
            return;
        }
        if (objectField(root, "info", body)) {
            m.kind = Message::Kind::SystemInfo;
            fillSystem(body, m);
            return;
        }
    }

    // {"action":"create","data":{...}}: the activity is the payload.
    dom::object data;
    if (unwrapDepth < 2 && !hasId && field(root, "action", e) && objectField(root, "data", data)) {
        classify(data, m, unwrapDepth + 1);
        return;
    }

    dom::object user;
    const bool hasUser = objectField(root, "user", user);
    std::string_view s;
    if (field(root, "id_str", e) || (hasUser && stringField(user, "screen_name", s))) {
        m.kind = Message::Kind::Twitter;
        fillTwitter(root, m);
        return;
    }
    if (field(root, "verb", e) || field(root, "actor", e) || field(root, "postedTime", e)) {
        m.kind = Message::Kind::ActivityStreams;
        fillActivity(root, m);
        return;
    }
    if (field(root, "body", e) &&
        (hasUser || field(root, "symbols", e) || field(root, "created_at", e))) {
        m.kind = Message::Kind::StockTwits;
        fillStockTwits(root, m);
        return;
    }
    m.kind = Message::Kind::Generic;
    fillGeneric(root, m);
}

void MessageNormalizer::Private::fillStockTwits(dom::object o, Message &m)
{
    m.id = idField(o, "id");
    m.time = timeField(o, "created_at");
    m.text = stringOf(o, "body");
    dom::object user;
    if (objectField(o, "user", user)) {
        m.author = stringOf(user, "username");
        m.authorName = stringOf(user, "name");
    }
    dom::array symbols;
    if (arrayField(o, "symbols", symbols))
        appendSymbols(symbols, m.symbols);
    dom::object entities;
    if (objectField(o, "entities", entities))
        m.sentiment = sentimentIn(entities);
    dom::object likes;
    if (objectField(o, "likes", likes))
        m.likes = integerField(likes, "total");
    dom::object source;
    if (objectField(o, "source", source))
        m.source = stringOf(source, "title");
}

void MessageNormalizer::Private::fillActivity(dom::object o, Message &m)
{
    m.id = idField(o, "id");
    m.time = timeField(o, "postedTime");
    m.text = stringOf(o, "body");
    dom::object object;
    const bool hasObject = objectField(o, "object", object);
    if (m.text.isEmpty() && hasObject) {
        m.text = stringOf(object, "body");
        if (m.text.isEmpty())
            m.text = stringOf(object, "summary");
    }
    dom::object actor;
    if (objectField(o, "actor", actor)) {
        m.author = stringOf(actor, "preferredUsername");
        m.authorName = stringOf(actor, "displayName");
    }

    // Symbols live in twitter_entities or in the publisher's own "<publisher>_entities";
    // a long tweet keeps its full entities in long_object.
    dom::array symbols;
    for (auto [key, value] : o) {
        dom::object entities;
        if (key == "entities" || (key.size() > 9 && key.substr(key.size() - 9) == "_entities")) {
            if (value.get_object().get(entities))
                continue;
            if (arrayField(entities, "symbols", symbols))
                appendSymbols(symbols, m.symbols);
            if (m.sentiment == Message::Sentiment::None)
                m.sentiment = sentimentIn(entities);
        }
    }
    dom::object longObject, longEntities;
    if (objectField(o, "long_object", longObject) &&
        objectField(longObject, "twitter_entities", longEntities) &&
        arrayField(longEntities, "symbols", symbols))
        appendSymbols(symbols, m.symbols);
    if (arrayField(o, "symbols", symbols))
        appendSymbols(symbols, m.symbols);

    dom::element e;
    if (field(o, "favoritesCount", e))
        m.likes = integerOf(e);
    else if (field(o, "likesCount", e))
        m.likes = integerOf(e);
    dom::object generator;
    if (objectField(o, "generator", generator))
        m.source = stringOf(generator, "displayName");
    else if (objectField(o, "provider", generator))
        m.source = stringOf(generator, "displayName");
}

void MessageNormalizer::Private::fillTwitter(dom::object o, Message &m)
{
    m.id = idField(o, "id_str");
    if (m.id.isEmpty())
        m.id = idField(o, "id");
    m.time = timeField(o, "created_at");
    dom::object user;
    if (objectField(o, "user", user)) {
        m.author = stringOf(user, "screen_name");
        m.authorName = stringOf(user, "name");
    }

    // Longest text wins: extended_tweet.full_text, then full_text, then text.
    dom::object entitiesOwner = o;
    dom::object extended;
    std::string_view s;
    if (objectField(o, "extended_tweet", extended) && stringField(extended, "full_text", s)) {
        m.text = toQString(s);
        entitiesOwner = extended;
    } else if (stringField(o, "full_text", s) || stringField(o, "text", s)) {
        m.text = toQString(s);
    }
    dom::object entities;
    dom::array symbols;
    if ((objectField(entitiesOwner, "entities", entities) ||
         objectField(o, "entities", entities)) &&
        arrayField(entities, "symbols", symbols))
        appendSymbols(symbols, m.symbols);

    dom::element e;
    if (field(o, "favorite_count", e))
        m.likes = integerOf(e);
    if (stringField(o, "source", s))
        m.source = stripTags(s);
}

void MessageNormalizer::Private::fillSystem(dom::object body, Message &m)
{
    m.text = stringOf(body, "message");
    m.time = timeField(body, "sent");
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
    m.id = idField(o, "id");
    if (m.id.isEmpty())
        m.id = idField(o, "id_str");
    for (std::string_view key : {"created_at", "postedTime", "timestamp", "time", "date"}) {
        m.time = timeField(o, key);
        if (m.time.isValid())
            break;
    }
    for (std::string_view key : {"text", "body", "message", "content", "title"}) {
        m.text = stringOf(o, key);
        if (!m.text.isEmpty())
            break;
    }
    for (std::string_view key : {"username", "user", "author", "screen_name", "name"}) {
        m.author = stringOf(o, key);
        if (!m.author.isEmpty())
            break;
    }
    dom::array symbols;
    if (arrayField(o, "symbols", symbols))
        appendSymbols(symbols, m.symbols);
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

} // namespace

void MessageNormalizer::normalizeInto(QByteArrayView line, Message &m)
{
    line.truncate(contentLength(line));
    m = Message();
    m.raw = line.toByteArray();
    parseInto(line, m);
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
    parseInto(QByteArrayView(line).first(length), m);
}

void MessageNormalizer::parseInto(QByteArrayView line, Message &m)
{
    std::string_view json(line.data(), size_t(line.size()));
    if (json.size() >= 3 && std::memcmp(json.data(), "\xEF\xBB\xBF", 3) == 0)
        json.remove_prefix(3); // a BOM at the start of a file

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
    d->classify(object, m, 0);
}
