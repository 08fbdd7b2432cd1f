#pragma once

#include "message/message.h"

#include <simdjson.h>

#include <array>
#include <string_view>

/// The shape rules of DESIGN §1.3 in one place: which kind a parsed JSON object is, and where
/// each field of that kind lives. MessageNormalizer (which builds a Message) and FieldScanner
/// (which reads the few fields the indexing pass needs without building one) both ask these
/// functions, so the table, search, statistics and export can never disagree about a line.
/// Internal to the core: it exposes simdjson types.
namespace MessageShape {

namespace dom = simdjson::dom;

/// Nesting beyond this is not a message any provider sends; it protects the parser's stack and
/// memory against hostile input such as JSON nested 100 000 levels deep. Deeper lines are
/// malformed for the normaliser and the scanner alike.
constexpr size_t maxJsonDepth = 256;

/// The keys of a message object that the accessors below ask for on every line. Classifying
/// walks the object's keys once and keeps these values, so that reading a line's id, time,
/// author, symbols and sentiment walks no key list again (the index pass reads them on every
/// line).
enum class RootKey : quint8 {
    Id,
    IdStr,
    Data,
    User,
    Actor,
    Type,
    ObjectType,
    CreatedAt,
    PostedTime,
    Symbols,
    Entities,
    Count
};

/// A classified object: the kind and the object that holds the fields (a wrapped activity's
/// "data", a Twitter v2 stream line's "data"), plus the v2 "includes" when present.
struct Located
{
    Message::Kind kind = Message::Kind::Malformed;
    dom::object object;   ///< where the fields are
    dom::object includes; ///< Twitter v2 expansions (users), when hasIncludes
    bool hasIncludes = false;
    /// When keysWalked: the value of each RootKey of object (the first, as a lookup finds it),
    /// present where its bit in keysFound is set.
    bool keysWalked = false;
    quint16 keysFound = 0;
    std::array<dom::element, size_t(RootKey::Count)> keyValues;
};

/// Classifies a JSON object (never fails: anything unrecognised is Kind::Generic).
Located classify(dom::object root);

/// The id element (string or number); false when absent.
bool id(const Located &m, dom::element &out);
/// The time as written (ISO 8601 or Twitter's form); empty when absent.
std::string_view timeText(const Located &m);
/// The user name (StockTwits username, Twitter screen_name or v2 username, Gnip
/// preferredUsername, an activity object's actor); empty when unknown.
std::string_view author(const Located &m);
/// The display name when known.
std::string_view authorName(const Located &m);
/// Calls \a add for every ticker the message carries, in order, with any leading '$' removed;
/// repeats may be passed (callers drop them). Generic JSON has none.
template<typename Add>
void forEachSymbol(const Located &m, Add &&add);
/// entities.sentiment.basic, "Bullish"/"Bearish" in any case; None for anything else.
Message::Sentiment sentiment(const Located &m);
/// Likes (StockTwits likes.total, Twitter favorite_count, v2 public_metrics.like_count, Gnip
/// favoritesCount); -1 when unknown.
qint32 likes(const Located &m);

// ---- small accessors that never throw, shared by the implementations -------------------------

inline bool field(dom::object object, std::string_view key, dom::element &out)
{
    return !object.at_key(key).get(out);
}

inline bool objectField(dom::object object, std::string_view key, dom::object &out)
{
    dom::element e;
    return field(object, key, e) && !e.get_object().get(out);
}

inline bool arrayField(dom::object object, std::string_view key, dom::array &out)
{
    dom::element e;
    return field(object, key, e) && !e.get_array().get(out);
}

inline bool stringField(dom::object object, std::string_view key, std::string_view &out)
{
    dom::element e;
    return field(object, key, e) && !e.get_string().get(out);
}

inline bool has(dom::object object, std::string_view key)
{
    dom::element e;
    return field(object, key, e);
}

/// The value of \a key in m.object: the one classifying kept, else looked up.
bool field(const Located &m, RootKey key, dom::element &out);

inline bool objectField(const Located &m, RootKey key, dom::object &out)
{
    dom::element e;
    return field(m, key, e) && !e.get_object().get(out);
}

inline bool arrayField(const Located &m, RootKey key, dom::array &out)
{
    dom::element e;
    return field(m, key, e) && !e.get_array().get(out);
}

inline bool stringField(const Located &m, RootKey key, std::string_view &out)
{
    dom::element e;
    return field(m, key, e) && !e.get_string().get(out);
}

/// The tickers of an array of {symbol|text|tag: "TSLA"} objects or plain strings.
template<typename Add>
void symbolsOfArray(dom::array array, Add &add)
{
    for (dom::element item : array) {
        std::string_view s;
        if (item.get_string().get(s)) {
            dom::object o;
            if (item.get_object().get(o))
                continue;
            if (!stringField(o, "symbol", s) && !stringField(o, "text", s) &&
                !stringField(o, "tag", s))
                continue;
        }
        if (!s.empty() && s.front() == '$')
            s.remove_prefix(1);
        if (!s.empty())
            add(s);
    }
}

/// The tweet a Twitter retweet or quote carries, for its full text and symbols.
bool retweeted(dom::object tweet, dom::object &out);
bool quoted(dom::object tweet, dom::object &out);

template<typename Add>
void twitterSymbols(dom::object tweet, Add &add)
{
    dom::object extended, entities;
    dom::array array;
    if (objectField(tweet, "extended_tweet", extended) &&
        objectField(extended, "entities", entities) && arrayField(entities, "symbols", array))
        symbolsOfArray(array, add);
    if (objectField(tweet, "entities", entities)) {
        if (arrayField(entities, "symbols", array))
            symbolsOfArray(array, add);
        if (arrayField(entities, "cashtags", array)) // Twitter v2
            symbolsOfArray(array, add);
    }
}

template<typename Add>
void activitySymbols(dom::object o, Add &add)
{
    // twitter_entities or the publisher's own "<publisher>_entities"; a long post keeps its full
    // entities in long_object, a retweet in its object.
    dom::array array;
    for (auto [key, value] : o) {
        dom::object entities;
        if (key == "entities" || (key.size() > 9 && key.substr(key.size() - 9) == "_entities")) {
            if (!value.get_object().get(entities) && arrayField(entities, "symbols", array))
                symbolsOfArray(array, add);
        }
    }
    dom::object longObject, entities;
    if (objectField(o, "long_object", longObject) &&
        objectField(longObject, "twitter_entities", entities) &&
        arrayField(entities, "symbols", array))
        symbolsOfArray(array, add);
    if (arrayField(o, "symbols", array))
        symbolsOfArray(array, add);
}

template<typename Add>
void forEachSymbol(const Located &m, Add &&add)
{
    dom::array array;
    dom::object inner;
    switch (m.kind) {
    case Message::Kind::StockTwits:
        if (arrayField(m, RootKey::Symbols, array))
            symbolsOfArray(array, add);
        break;
    case Message::Kind::ActivityStreams:
        activitySymbols(m.object, add);
        if (objectField(m.object, "object", inner) && has(inner, "verb"))
            activitySymbols(inner, add);
        break;
    case Message::Kind::Twitter:
        twitterSymbols(m.object, add);
        if (retweeted(m.object, inner))
            twitterSymbols(inner, add);
        break;
    default:
        break;
    }
}

} // namespace MessageShape
