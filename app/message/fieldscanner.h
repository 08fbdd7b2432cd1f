#pragma once

#include "message/message.h"

#include <QByteArrayView>

#include <vector>
#include <limits>
#include <memory>
#include <string_view>

struct ParsedLine; // message/parsedline.h

/// The few fields the indexing pass and its statistics need, read from one line with simdjson
/// without building a Message (no QString per line). It asks the same shape rules as
/// MessageNormalizer (MessageShape, DESIGN §1.3), so both give the same time, symbols and
/// sentiment for every line (and id and author, which FieldScanner reads when asked). The views
/// stay valid until the next scan.
struct ScannedFields
{
    enum class Shape : quint8 {
        Malformed, ///< not a JSON object (or too deep, or invalid)
        Activity,  ///< a JSON object that is not a system message
        System,    ///< {"error":{...}} or {"info":{...}}
    };
    static constexpr qint64 noTime = std::numeric_limits<qint64>::min();

    Shape shape = Shape::Malformed;
    Message::Kind kind = Message::Kind::Malformed;
    qint64 time = noTime;                  ///< seconds since the epoch, noTime when absent
    std::vector<std::string_view> symbols; ///< without '$', in order, no repeats, no cap
    Message::Sentiment sentiment = Message::Sentiment::None;
    bool repairedUtf8 = false; ///< invalid UTF-8 was replaced before parsing
    bool tooDeep = false;      ///< nesting beyond the parser's depth limit
};

/// Scans lines with a reusable simdjson parser; one instance per thread.
class FieldScanner
{
public:
    /// Lines longer than this are not parsed (the caller classifies them by their first byte).
    static constexpr qsizetype maxLineBytes = 1 << 20;
    /// Bytes the caller must leave readable after a line passed to scanPadded().
    static constexpr qsizetype padding = 64;

    FieldScanner();
    ~FieldScanner();
    FieldScanner(const FieldScanner &) = delete;
    FieldScanner &operator=(const FieldScanner &) = delete;

    /// Scans a line; it is copied into an internal padded buffer first.
    const ScannedFields &scan(QByteArrayView line);
    /// Scans a line that has at least padding readable bytes after it (no copy).
    const ScannedFields &scanPadded(const char *data, qsizetype size);
    /// The JSON object the last scan parsed, valid until the next scan; null when the line was
    /// not one (malformed, too long, not parsed).
    const ParsedLine *parsed() const;
    /// The id and the author of the last line scanned, as the normaliser gives them; empty when
    /// it has none. Read only when asked: the statistics need neither, and every line of a pass
    /// would pay for them.
    std::string_view id();
    std::string_view author();

private:
    struct Private;
    std::unique_ptr<Private> d;
};
