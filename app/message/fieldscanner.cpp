#include "message/fieldscanner.h"

#include "message/messagetimeparser.h"

#include <QString>

#include <simdjson.h>

#include <charconv>
#include <cstring>
#include <string>

using namespace simdjson;

namespace {

bool stringAt(dom::object object, std::string_view key, std::string_view &out)
{
    return object.at_key(key).get_string().get(out) == SUCCESS;
}

bool objectAt(dom::object object, std::string_view key, dom::object &out)
{
    return object.at_key(key).get_object().get(out) == SUCCESS;
}

bool arrayAt(dom::object object, std::string_view key, dom::array &out)
{
    return object.at_key(key).get_array().get(out) == SUCCESS;
}

bool has(dom::object object, std::string_view key)
{
    return object.at_key(key).error() == SUCCESS;
}

qint64 secondsOf(std::string_view text)
{
    qint64 msecs = 0;
    if (!MessageTimeParser::parseIso8601(text, msecs) &&
        !MessageTimeParser::parseTwitter(text, msecs))
        return ScannedFields::noTime;
    return msecs >= 0 ? msecs / 1000 : (msecs - 999) / 1000;
}

} // namespace

struct FieldScanner::Private
{
    dom::parser parser;
    ScannedFields fields;
    std::string copy; // padded copy for scan() and for UTF-8 repair
    std::string repaired;
    char idBuffer[32];

    void reset()
    {
        fields.shape = ScannedFields::Shape::Malformed;
        fields.time = ScannedFields::noTime;
        fields.id = {};
        fields.author = {};
        fields.symbolCount = 0;
        fields.sentiment = Message::Sentiment::None;
        fields.repairedUtf8 = false;
        fields.tooDeep = false;
    }

    void addSymbol(std::string_view symbol)
    {
        if (!symbol.empty() && symbol.front() == '$')
            symbol.remove_prefix(1);
        if (symbol.empty() || fields.symbolCount >= ScannedFields::maxSymbols)
            return;
        for (int i = 0; i < fields.symbolCount; ++i) {
            if (fields.symbols[size_t(i)] == symbol)
                return;
        }
        fields.symbols[size_t(fields.symbolCount++)] = symbol;
    }

    // [{symbol|text: "TSLA"}] or ["TSLA"], as the normaliser reads them.
    void symbolsFrom(dom::array array)
    {
        for (dom::element item : array) {
            dom::object entry;
            std::string_view symbol;
            if (item.get_object().get(entry) == SUCCESS) {
                if (stringAt(entry, "symbol", symbol) || stringAt(entry, "text", symbol))
                    addSymbol(symbol);
            } else if (item.get_string().get(symbol) == SUCCESS) {
                addSymbol(symbol);
            }
        }
    }

    void sentimentFrom(dom::object entities)
    {
        dom::object sentiment;
        std::string_view basic;
        if (fields.sentiment != Message::Sentiment::None ||
            !objectAt(entities, "sentiment", sentiment) || !stringAt(sentiment, "basic", basic))
            return;
        if (basic.size() == 7 && (basic[0] == 'B' || basic[0] == 'b')) {
            if (basic.substr(1) == "ullish")
                fields.sentiment = Message::Sentiment::Bullish;
            else if (basic.substr(1) == "earish")
                fields.sentiment = Message::Sentiment::Bearish;
        }
    }

    void readId(dom::object object)
    {
        std::string_view text;
        if (stringAt(object, "id_str", text) || stringAt(object, "id", text)) {
            fields.id = text;
            return;
        }
        dom::element id;
        if (object.at_key("id").get(id) != SUCCESS)
            return;
        int64_t number;
        uint64_t unsignedNumber;
        std::to_chars_result result{};
        if (id.get_int64().get(number) == SUCCESS)
            result = std::to_chars(idBuffer, idBuffer + sizeof idBuffer, number);
        else if (id.get_uint64().get(unsignedNumber) == SUCCESS)
            result = std::to_chars(idBuffer, idBuffer + sizeof idBuffer, unsignedNumber);
        else
            return;
        fields.id = std::string_view(idBuffer, size_t(result.ptr - idBuffer));
    }

    void classify(dom::object root, int unwrapDepth)
    {
        const bool hasId = has(root, "id");
        dom::object body;
        if (!hasId && !has(root, "id_str") && !has(root, "body") &&
            (objectAt(root, "error", body) || objectAt(root, "info", body))) {
            fields.shape = ScannedFields::Shape::System;
            return;
        }
        dom::object data;
        if (unwrapDepth < 2 && !hasId && has(root, "action") && objectAt(root, "data", data)) {
            classify(data, unwrapDepth + 1);
            return;
        }
        fields.shape = ScannedFields::Shape::Activity;
        readId(root);

        std::string_view text;
        for (std::string_view key : {"created_at", "postedTime", "timestamp", "time", "date"}) {
            if (stringAt(root, key, text)) {
                fields.time = secondsOf(text);
                break;
            }
        }

        dom::object user;
        if (objectAt(root, "user", user) &&
            (stringAt(user, "username", text) || stringAt(user, "screen_name", text)))
            fields.author = text;
        else if (objectAt(root, "actor", user) && stringAt(user, "preferredUsername", text))
            fields.author = text;

        dom::array array;
        for (auto [key, value] : root) {
            dom::object entities;
            if ((key == "entities" ||
                 (key.size() > 9 && key.substr(key.size() - 9) == "_entities")) &&
                value.get_object().get(entities) == SUCCESS) {
                if (arrayAt(entities, "symbols", array))
                    symbolsFrom(array);
                sentimentFrom(entities);
            }
        }
        if (arrayAt(root, "symbols", array))
            symbolsFrom(array);
    }

    void parse(const char *data, size_t size)
    {
        dom::element root;
        error_code error = parser.parse(data, size, false).get(root);
        if (error == UTF8_ERROR) {
            // Invalid bytes become U+FFFD, as the table shows them, and the line is read again.
            repaired = QString::fromUtf8(data, qsizetype(size)).toStdString();
            const size_t length = repaired.size();
            repaired.append(size_t(padding), ' ');
            fields.repairedUtf8 = true;
            error = parser.parse(repaired.data(), length, false).get(root);
        }
        if (error == DEPTH_ERROR)
            fields.tooDeep = true;
        dom::object object;
        if (error != SUCCESS || root.get_object().get(object) != SUCCESS)
            return;
        classify(object, 0);
    }
};

FieldScanner::FieldScanner()
    : d(std::make_unique<Private>())
{}

FieldScanner::~FieldScanner() = default;

const ScannedFields &FieldScanner::scan(QByteArrayView line)
{
    d->copy.assign(line.data(), size_t(line.size()));
    d->copy.append(size_t(padding), ' ');
    return scanPadded(d->copy.data(), line.size());
}

const ScannedFields &FieldScanner::scanPadded(const char *data, qsizetype size)
{
    d->reset();
    if (size >= 3 && std::memcmp(data, "\xef\xbb\xbf", 3) == 0) {
        data += 3; // a byte-order mark, e.g. where two files were concatenated
        size -= 3;
    }
    if (size <= 0 || size > maxLineBytes)
        return d->fields;
    d->parse(data, size_t(size));
    return d->fields;
}
