#include "message/messageshape.h"

#include <limits>

namespace MessageShape {

namespace {

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
        if (c != b[i])
            return false;
    }
    return true;
}

/// The root keys the classification asks about, found in one pass over an object's fields: a
/// line of twenty keys was otherwise walked once per question (ten or more walks per line).
constexpr quint32 Id = 1u << 0;
constexpr quint32 IdStr = 1u << 1;
constexpr quint32 Body = 1u << 2;
constexpr quint32 Error = 1u << 3;
constexpr quint32 Info = 1u << 4;
constexpr quint32 Data = 1u << 5;
constexpr quint32 Action = 1u << 6;
constexpr quint32 User = 1u << 7;
constexpr quint32 Type = 1u << 8;
constexpr quint32 ObjectType = 1u << 9;
constexpr quint32 Verb = 1u << 10;
constexpr quint32 Actor = 1u << 11;
constexpr quint32 PostedTime = 1u << 12;
constexpr quint32 Symbols = 1u << 13;
constexpr quint32 CreatedAt = 1u << 14;
constexpr quint32 Text = 1u << 15;
constexpr quint32 AuthorId = 1u << 16;
constexpr quint32 PublicMetrics = 1u << 17;
constexpr quint32 EditHistoryTweetIds = 1u << 18;
constexpr quint32 NoteTweet = 1u << 19;
constexpr quint32 Includes = 1u << 20;
constexpr quint32 Entities = 1u << 21;

/// The name of each key whose value classifying keeps.
constexpr std::string_view rootKeyNames[] = {"id",         "id_str",  "data",        "user",
                                             "actor",      "type",    "object_type", "created_at",
                                             "postedTime", "symbols", "entities"};
static_assert(std::size(rootKeyNames) == size_t(RootKey::Count));

constexpr std::string_view nameOf(RootKey key)
{
    return rootKeyNames[size_t(key)];
}

/// A key's bit, and its RootKey when its value is kept (RootKey::Count when not).
struct KnownKey
{
    quint32 bit = 0;
    RootKey kept = RootKey::Count;
};

KnownKey knownKey(std::string_view k)
{
    switch (k.size()) {
    case 2:
        return k == nameOf(RootKey::Id) ? KnownKey{Id, RootKey::Id} : KnownKey{};
    case 4:
        return k == "body"                  ? KnownKey{Body}
               : k == nameOf(RootKey::User) ? KnownKey{User, RootKey::User}
               : k == nameOf(RootKey::Data) ? KnownKey{Data, RootKey::Data}
               : k == "info"                ? KnownKey{Info}
               : k == nameOf(RootKey::Type) ? KnownKey{Type, RootKey::Type}
               : k == "verb"                ? KnownKey{Verb}
               : k == "text"                ? KnownKey{Text}
                                            : KnownKey{};
    case 5:
        return k == "error"                  ? KnownKey{Error}
               : k == nameOf(RootKey::Actor) ? KnownKey{Actor, RootKey::Actor}
                                             : KnownKey{};
    case 6:
        return k == nameOf(RootKey::IdStr) ? KnownKey{IdStr, RootKey::IdStr}
               : k == "action"             ? KnownKey{Action}
                                           : KnownKey{};
    case 7:
        return k == nameOf(RootKey::Symbols) ? KnownKey{Symbols, RootKey::Symbols} : KnownKey{};
    case 8:
        return k == "includes"                  ? KnownKey{Includes}
               : k == nameOf(RootKey::Entities) ? KnownKey{Entities, RootKey::Entities}
                                                : KnownKey{};
    case 9:
        return k == "author_id" ? KnownKey{AuthorId} : KnownKey{};
    case 10:
        return k == nameOf(RootKey::CreatedAt)    ? KnownKey{CreatedAt, RootKey::CreatedAt}
               : k == nameOf(RootKey::PostedTime) ? KnownKey{PostedTime, RootKey::PostedTime}
               : k == "note_tweet"                ? KnownKey{NoteTweet}
                                                  : KnownKey{};
    case 11:
        return k == nameOf(RootKey::ObjectType) ? KnownKey{ObjectType, RootKey::ObjectType}
                                                : KnownKey{};
    case 14:
        return k == "public_metrics" ? KnownKey{PublicMetrics} : KnownKey{};
    case 22:
        return k == "edit_history_tweet_ids" ? KnownKey{EditHistoryTweetIds} : KnownKey{};
    default:
        return {};
    }
}

/// Walks \a o's keys once: which known keys it has, and the values of those \a m keeps (the
/// first of each, as a lookup would find it). \a m describes \a o from here on.
quint32 walkKeys(dom::object o, Located &m)
{
    quint32 found = 0;
    m.object = o;
    m.keysFound = 0;
    for (const dom::key_value_pair pair : o) {
        const KnownKey key = knownKey(pair.key);
        found |= key.bit;
        const auto kept = quint16(1u << int(key.kept));
        if (key.kept != RootKey::Count && !(m.keysFound & kept)) {
            m.keysFound |= kept;
            m.keyValues[size_t(key.kept)] = pair.value;
        }
    }
    m.keysWalked = true;
    return found;
}

/// A StockTwits activity object names its type: {"type": "Friendship" | "Block" | "LikeMessage"}.
bool isStockTwitsActivity(const Located &m)
{
    std::string_view type;
    if (!stringField(m, RootKey::Type, type) && !stringField(m, RootKey::ObjectType, type))
        return false;
    return equalsNoCase(type, "friendship") || equalsNoCase(type, "block") ||
           equalsNoCase(type, "likemessage");
}

/// A Twitter v2 tweet: id and text, plus one of the fields only v2 writes.
bool isTwitterV2(quint32 keys)
{
    return (keys & Id) && (keys & Text) && !(keys & User) &&
           (keys & (AuthorId | PublicMetrics | EditHistoryTweetIds | NoteTweet));
}

/// \a m now describes \a object, whose keys were not walked.
void moveTo(Located &m, dom::object object)
{
    m.object = object;
    m.keysWalked = false;
}

Located classifyAt(dom::object root, int unwrapDepth)
{
    Located m;
    const quint32 keys = walkKeys(root, m);
    const bool hasId = keys & Id;

    // In-stream system messages: {"error":{...}} / {"info":{...}} without activity fields.
    if (!(keys & (Id | IdStr | Body))) {
        dom::object body;
        if ((keys & Error) && objectField(root, "error", body)) {
            m.kind = Message::Kind::SystemError;
            moveTo(m, body);
            return m;
        }
        if ((keys & Info) && objectField(root, "info", body)) {
            m.kind = Message::Kind::SystemInfo;
            moveTo(m, body);
            return m;
        }
    }

    dom::object data;
    if (unwrapDepth < 2 && !hasId && objectField(m, RootKey::Data, data)) {
        // {"action":"create","data":{...}}: the activity is the payload.
        if (keys & Action)
            return classifyAt(data, unwrapDepth + 1);
        // Twitter v2 stream line: {"data":{tweet},"includes":{"users":[...]},...}.
        if (has(data, "id") && has(data, "text")) {
            m.kind = Message::Kind::Twitter;
            m.hasIncludes = (keys & Includes) && objectField(root, "includes", m.includes);
            moveTo(m, data);
            return m;
        }
    }

    dom::object user;
    std::string_view s;
    if ((keys & IdStr) ||
        (objectField(m, RootKey::User, user) && stringField(user, "screen_name", s))) {
        m.kind = Message::Kind::Twitter;
        return m;
    }
    if (isStockTwitsActivity(m)) {
        m.kind = Message::Kind::StockTwitsActivity;
        return m;
    }
    if (keys & (Verb | Actor | PostedTime)) {
        m.kind = Message::Kind::ActivityStreams;
        return m;
    }
    if ((keys & Body) && (keys & (User | Symbols | CreatedAt))) {
        m.kind = Message::Kind::StockTwits;
        return m;
    }
    if (isTwitterV2(keys)) {
        m.kind = Message::Kind::Twitter;
        return m;
    }
    m.kind = Message::Kind::Generic;
    return m;
}

/// The v2 user object whose id is the tweet's author_id.
bool v2Author(const Located &m, dom::object &out)
{
    std::string_view authorId;
    dom::array users;
    if (!m.hasIncludes || !stringField(m.object, "author_id", authorId) ||
        !arrayField(m.includes, "users", users))
        return false;
    for (dom::element item : users) {
        dom::object user;
        std::string_view id;
        if (!item.get_object().get(user) && stringField(user, "id", id) && id == authorId) {
            out = user;
            return true;
        }
    }
    return false;
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

Message::Sentiment sentimentIn(dom::object entities)
{
    dom::object sentiment;
    std::string_view basic;
    if (!objectField(entities, "sentiment", sentiment) || !stringField(sentiment, "basic", basic))
        return Message::Sentiment::None;
    if (equalsNoCase(basic, "bullish"))
        return Message::Sentiment::Bullish;
    if (equalsNoCase(basic, "bearish"))
        return Message::Sentiment::Bearish;
    return Message::Sentiment::None;
}

std::string_view firstString(dom::object o, std::initializer_list<std::string_view> keys)
{
    std::string_view s;
    for (std::string_view key : keys) {
        if (stringField(o, key, s))
            return s;
    }
    return {};
}

} // namespace

Located classify(dom::object root)
{
    return classifyAt(root, 0);
}

bool field(const Located &m, RootKey key, dom::element &out)
{
    if (m.keysWalked) {
        if (!(m.keysFound & (1u << int(key))))
            return false;
        out = m.keyValues[size_t(key)];
        return true;
    }
    return field(m.object, nameOf(key), out);
}

bool retweeted(dom::object tweet, dom::object &out)
{
    return objectField(tweet, "retweeted_status", out);
}

bool quoted(dom::object tweet, dom::object &out)
{
    return objectField(tweet, "quoted_status", out);
}

bool id(const Located &m, dom::element &out)
{
    switch (m.kind) {
    case Message::Kind::Twitter:
        return field(m, RootKey::IdStr, out) || field(m, RootKey::Id, out);
    case Message::Kind::Generic:
        return field(m, RootKey::Id, out) || field(m, RootKey::IdStr, out);
    case Message::Kind::StockTwits:
    case Message::Kind::ActivityStreams:
    case Message::Kind::StockTwitsActivity:
        return field(m, RootKey::Id, out);
    default:
        return false;
    }
}

std::string_view timeText(const Located &m)
{
    std::string_view s;
    switch (m.kind) {
    case Message::Kind::ActivityStreams:
        return stringField(m, RootKey::PostedTime, s) ? s : std::string_view();
    case Message::Kind::StockTwits:
    case Message::Kind::Twitter:
    case Message::Kind::StockTwitsActivity:
        return stringField(m, RootKey::CreatedAt, s) ? s : std::string_view();
    case Message::Kind::Generic:
        return firstString(m.object, {"created_at", "postedTime", "timestamp", "time", "date"});
    case Message::Kind::SystemInfo:
    case Message::Kind::SystemError:
        return firstString(m.object, {"sent"});
    default:
        return {};
    }
}

std::string_view author(const Located &m)
{
    dom::object user;
    switch (m.kind) {
    case Message::Kind::StockTwits:
        return objectField(m, RootKey::User, user) ? firstString(user, {"username"})
                                                   : std::string_view();
    case Message::Kind::StockTwitsActivity:
        if (objectField(m, RootKey::User, user) || objectField(m, RootKey::Actor, user))
            return firstString(user, {"username", "preferredUsername"});
        return {};
    case Message::Kind::ActivityStreams:
        return objectField(m, RootKey::Actor, user) ? firstString(user, {"preferredUsername"})
                                                    : std::string_view();
    case Message::Kind::Twitter:
        if (objectField(m, RootKey::User, user))
            return firstString(user, {"screen_name"});
        return v2Author(m, user) ? firstString(user, {"username"}) : std::string_view();
    case Message::Kind::Generic:
        return firstString(m.object, {"username", "user", "author", "screen_name", "name"});
    default:
        return {};
    }
}

std::string_view authorName(const Located &m)
{
    dom::object user;
    switch (m.kind) {
    case Message::Kind::StockTwits:
    case Message::Kind::StockTwitsActivity:
        if (objectField(m, RootKey::User, user) || objectField(m, RootKey::Actor, user))
            return firstString(user, {"name", "displayName"});
        return {};
    case Message::Kind::ActivityStreams:
        return objectField(m, RootKey::Actor, user) ? firstString(user, {"displayName"})
                                                    : std::string_view();
    case Message::Kind::Twitter:
        if (objectField(m, RootKey::User, user) || v2Author(m, user))
            return firstString(user, {"name"});
        return {};
    default:
        return {};
    }
}

Message::Sentiment sentiment(const Located &m)
{
    dom::object entities;
    switch (m.kind) {
    case Message::Kind::StockTwits:
        return objectField(m, RootKey::Entities, entities) ? sentimentIn(entities)
                                                           : Message::Sentiment::None;
    case Message::Kind::ActivityStreams:
        for (auto [key, value] : m.object) {
            if (key == "entities" || (key.size() > 9 && key.substr(key.size() - 9) == "_entities")) {
                if (value.get_object().get(entities))
                    continue;
                const Message::Sentiment s = sentimentIn(entities);
                if (s != Message::Sentiment::None)
                    return s;
            }
        }
        return Message::Sentiment::None;
    default:
        return Message::Sentiment::None;
    }
}

qint32 likes(const Located &m)
{
    dom::object o;
    dom::element e;
    switch (m.kind) {
    case Message::Kind::StockTwits:
        return objectField(m.object, "likes", o) && field(o, "total", e) ? integerOf(e) : -1;
    case Message::Kind::ActivityStreams:
        if (field(m.object, "favoritesCount", e) || field(m.object, "likesCount", e))
            return integerOf(e);
        return -1;
    case Message::Kind::Twitter:
        if (field(m.object, "favorite_count", e))
            return integerOf(e);
        if (objectField(m.object, "public_metrics", o) && field(o, "like_count", e))
            return integerOf(e);
        return -1;
    default:
        return -1;
    }
}

} // namespace MessageShape
