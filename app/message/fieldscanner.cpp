#include "message/fieldscanner.h"

#include "core/byteordermark.h"
#include "message/messageshape.h"
#include "message/messagetimeparser.h"
#include "message/parsedline.h"

#include <QString>

#include <simdjson.h>

#include <charconv>
#include <cstring>
#include <string>

using namespace simdjson;

namespace {

using namespace MessageShape;

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
    ParsedLine parsed;
    Located shape;
    bool hasParsed = false;
    std::string copy; // padded copy for scan() and for UTF-8 repair
    std::string repaired;
    char idBuffer[32];

    void reset()
    {
        fields.shape = ScannedFields::Shape::Malformed;
        fields.kind = Message::Kind::Malformed;
        fields.time = ScannedFields::noTime;
        fields.symbols.clear();
        fields.sentiment = Message::Sentiment::None;
        fields.repairedUtf8 = false;
        fields.tooDeep = false;
        hasParsed = false;
    }

    void addSymbol(std::string_view symbol)
    {
        for (std::string_view known : fields.symbols) {
            if (known == symbol)
                return;
        }
        fields.symbols.push_back(symbol);
    }

    std::string_view readId()
    {
        dom::element id;
        if (!hasParsed || fields.shape != ScannedFields::Shape::Activity ||
            !MessageShape::id(shape, id))
            return {};
        std::string_view text;
        if (id.get_string().get(text) == SUCCESS)
            return text;
        int64_t number;
        uint64_t unsignedNumber;
        std::to_chars_result result{};
        if (id.get_int64().get(number) == SUCCESS)
            result = std::to_chars(idBuffer, idBuffer + sizeof idBuffer, number);
        else if (id.get_uint64().get(unsignedNumber) == SUCCESS)
            result = std::to_chars(idBuffer, idBuffer + sizeof idBuffer, unsignedNumber);
        else if (double real; id.get_double().get(real) == SUCCESS) {
            // Written as the normaliser writes it (rare: ids are integers or strings).
            const QByteArray text = QByteArray::number(real, 'g', 17);
            const size_t n = std::min(sizeof idBuffer, size_t(text.size()));
            std::memcpy(idBuffer, text.constData(), n);
            return std::string_view(idBuffer, n);
        } else
            return {};
        return std::string_view(idBuffer, size_t(result.ptr - idBuffer));
    }

    void classify(dom::object root)
    {
        shape = MessageShape::classify(root);
        fields.kind = shape.kind;
        const std::string_view time = timeText(shape);
        if (!time.empty())
            fields.time = secondsOf(time);
        if (shape.kind == Message::Kind::SystemInfo || shape.kind == Message::Kind::SystemError) {
            fields.shape = ScannedFields::Shape::System;
            return;
        }
        fields.shape = ScannedFields::Shape::Activity;
        forEachSymbol(shape, [this](std::string_view symbol) { addSymbol(symbol); });
        fields.sentiment = sentiment(shape);
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
        parsed.root = object;
        hasParsed = true;
        classify(object);
    }
};

FieldScanner::FieldScanner()
    : d(std::make_unique<Private>())
{
    // The normaliser's depth limit, so that both call the same lines malformed; the parser
    // grows to the longest line it sees and keeps this limit.
    if (d->parser.allocate(64 * 1024, MessageShape::maxJsonDepth) != SUCCESS)
        qWarning("FieldScanner: cannot allocate the JSON parser");
}

FieldScanner::~FieldScanner() = default;

const ParsedLine *FieldScanner::parsed() const
{
    return d->hasParsed ? &d->parsed : nullptr;
}

std::string_view FieldScanner::id()
{
    return d->readId();
}

std::string_view FieldScanner::author()
{
    const bool activity = d->hasParsed && d->fields.shape == ScannedFields::Shape::Activity;
    return activity ? MessageShape::author(d->shape) : std::string_view();
}

const ScannedFields &FieldScanner::scan(QByteArrayView line)
{
    d->copy.assign(line.data(), size_t(line.size()));
    d->copy.append(size_t(padding), ' ');
    return scanPadded(d->copy.data(), line.size());
}

const ScannedFields &FieldScanner::scanPadded(const char *data, qsizetype size)
{
    d->reset();
    if (ByteOrderMark::startsWith(std::string_view(data, size_t(size)))) {
        data += ByteOrderMark::utf8.size();
        size -= qsizetype(ByteOrderMark::utf8.size());
    }
    if (size <= 0 || size > maxLineBytes)
        return d->fields;
    d->parse(data, size_t(size));
    return d->fields;
}
