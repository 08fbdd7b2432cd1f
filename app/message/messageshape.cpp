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

quint32 rootKeysOf(dom::object o)
{
    quint32 found = 0;
    for (const dom::key_value_pair pair : o) {
        const std::string_view k = pair.key;
        switch (k.size()) {
        case 2:
            found |= k == "id" ? Id : 0;
            break;
        case 4:
            found |= k == "body"   ? Body
                     : k == "user" ? User
                     : k == "data" ? Data
                     : k == "info" ? Info
                     : k == "type" ? Type
                     : k == "verb" ? Verb
                     : k == "text" ? Text
                                   : 0;
            break;
        case 5:
            found |= k == "error" ? Error : k == "actor" ? Actor : 0;
            break;
        case 6:
            found |= k == "id_str" ? IdStr : k == "action" ? Action : 0;
            break;
        case 7:
            found |= k == "symbols" ? Symbols : 0;
            break;
        case 8:
            found |= k == "includes" ? Includes : 0;
            break;
        case 9:
            found |= k == "author_id" ? AuthorId : 0;
            break;
        case 10:
            found |= k == "created_at"   ? CreatedAt
                     : k == "postedTime" ? PostedTime
                     : k == "note_tweet" ? NoteTweet
                                         : 0;
            break;
        case 11:
            found |= k == "object_type" ? ObjectType : 0;
            break;
        case 14:
            found |= k == "public_metrics" ? PublicMetrics : 0;
            break;
        case 22:
            found |= k == "edit_history_tweet_ids" ? EditHistoryTweetIds : 0;
            break;
        default:
            break;
        }
    }
    return found;
}

/// A StockTwits activity object names its type: {"type": "Friendship" | "Block" | "LikeMessage"}.
bool isStockTwitsActivity(dom::object o, quint32 keys)
{
    std::string_view type;
    if (!((keys & Type) && stringField(o, "type", type)) &&
        !((keys & ObjectType) && stringField(o, "object_type", type)))
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

Located classifyAt(dom::object root, int unwrapDepth)
{
    Located m;
    m.object = root;
    const quint32 keys = rootKeysOf(root);
    const bool hasId = keys & Id;

    // In-stream system messages: {"error":{...}} / {"info":{...}} without activity fields.
    if (!(keys & (Id | IdStr | Body))) {
        dom::object body;
        if ((keys & Error) && objectField(root, "error", body)) {
            m.kind = Message::Kind::SystemError;
            m.object = body;
            return m;
        }
        if ((keys & Info) && objectField(root, "info", body)) {
            m.kind = Message::Kind::SystemInfo;
            m.object = body;
            return m;
        }
    }

    dom::object data;
    if (unwrapDepth < 2 && !hasId && (keys & Data) && objectField(root, "data", data)) {
        // {"action":"create","data":{...}}: the activity is the payload.
        if (keys & Action)
            return classifyAt(data, unwrapDepth + 1);
        // Twitter v2 stream line: {"data":{tweet},"includes":{"users":[...]},...}.
        if (has(data, "id") && has(data, "text")) {
            m.kind = Message::Kind::Twitter;
            m.object = data;
            m.hasIncludes = (keys & Includes) && objectField(root, "includes", m.includes);
            return m;
        }
    }

    dom::object user;
    std::string_view s;
    if ((keys & IdStr) ||
        ((keys & User) && objectField(root, "user", user) && stringField(user, "screen_name", s))) {
        m.kind = Message::Kind::Twitter;
        return m;
    }
    if (isStockTwitsActivity(root, keys)) {
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
        return field(m.object, "id_str", out) || field(m.object, "id", out);
    case Message::Kind::Generic:
        return field(m.object, "id", out) || field(m.object, "id_str", out);
    case Message::Kind::StockTwits:
    case Message::Kind::ActivityStreams:
    case Message::Kind::StockTwitsActivity:
        return field(m.object, "id", out);
    default:
        return false;
    }
}

std::string_view timeText(const Located &m)
{
    switch (m.kind) {
    case Message::Kind::ActivityStreams:
        return firstString(m.object, {"postedTime"});
    case Message::Kind::StockTwits:
    case Message::Kind::Twitter:
    case Message::Kind::StockTwitsActivity:
        return firstString(m.object, {"created_at"});
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
        return objectField(m.object, "user", user) ? firstString(user, {"username"}) : std::string_view();
    case Message::Kind::StockTwitsActivity:
        if (objectField(m.object, "user", user) || objectField(m.object, "actor", user))
            return firstString(user, {"username", "preferredUsername"});
        return {};
    case Message::Kind::ActivityStreams:
        return objectField(m.object, "actor", user) ? firstString(user, {"preferredUsername"})
                                                   : std::string_view();
    case Message::Kind::Twitter:
        if (objectField(m.object, "user", user))
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
        if (objectField(m.object, "user", user) || objectField(m.object, "actor", user))
            return firstString(user, {"name", "displayName"});
        return {};
    case Message::Kind::ActivityStreams:
        return objectField(m.object, "actor", user) ? firstString(user, {"displayName"})
                                                   : std::string_view();
    case Message::Kind::Twitter:
        if (objectField(m.object, "user", user) || v2Author(m, user))
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
        return objectField(m.object, "entities", entities) ? sentimentIn(entities)
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
