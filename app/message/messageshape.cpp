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

/// A StockTwits activity object names its type: {"type": "Friendship" | "Block" | "LikeMessage"}.
bool isStockTwitsActivity(dom::object o)
{
    std::string_view type;
    if (!stringField(o, "type", type) && !stringField(o, "object_type", type))
        return false;
    return equalsNoCase(type, "friendship") || equalsNoCase(type, "block") ||
           equalsNoCase(type, "likemessage");
}

/// A Twitter v2 tweet: id and text, plus one of the fields only v2 writes.
bool isTwitterV2(dom::object o)
{
    if (!has(o, "id") || !has(o, "text") || has(o, "user"))
        return false;
    return has(o, "author_id") || has(o, "public_metrics") || has(o, "edit_history_tweet_ids") ||
           has(o, "note_tweet");
}

Located classifyAt(dom::object root, int unwrapDepth)
{
    Located m;
    m.object = root;
    const bool hasId = has(root, "id");

    // In-stream system messages: {"error":{...}} / {"info":{...}} without activity fields.
    if (!hasId && !has(root, "id_str") && !has(root, "body")) {
        dom::object body;
        if (objectField(root, "error", body)) {
            m.kind = Message::Kind::SystemError;
            m.object = body;
            return m;
        }
        if (objectField(root, "info", body)) {
            m.kind = Message::Kind::SystemInfo;
            m.object = body;
            return m;
        }
    }

    dom::object data;
    if (unwrapDepth < 2 && !hasId && objectField(root, "data", data)) {
        // {"action":"create","data":{...}}: the activity is the payload.
        if (has(root, "action"))
            return classifyAt(data, unwrapDepth + 1);
        // Twitter v2 stream line: {"data":{tweet},"includes":{"users":[...]},...}.
        if (has(data, "id") && has(data, "text")) {
            m.kind = Message::Kind::Twitter;
            m.object = data;
            m.hasIncludes = objectField(root, "includes", m.includes);
            return m;
        }
    }

    dom::object user;
    std::string_view s;
    if (has(root, "id_str") || (objectField(root, "user", user) && stringField(user, "screen_name", s))) {
        m.kind = Message::Kind::Twitter;
        return m;
    }
    if (isStockTwitsActivity(root)) {
        m.kind = Message::Kind::StockTwitsActivity;
        return m;
    }
    if (has(root, "verb") || has(root, "actor") || has(root, "postedTime")) {
        m.kind = Message::Kind::ActivityStreams;
        return m;
    }
    if (has(root, "body") && (has(root, "user") || has(root, "symbols") || has(root, "created_at"))) {
        m.kind = Message::Kind::StockTwits;
        return m;
    }
    if (isTwitterV2(root)) {
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
