#pragma once

#include "message/message.h"

#include <QByteArrayView>

#include <memory>
#include <string_view>

struct ParsedLine; // message/parsedline.h

/// Turns one raw line (without its terminator) into a Message for every shape of DESIGN §1.3,
/// using simdjson. Never throws: a line that is not a JSON object becomes Kind::Malformed.
/// An instance reuses its parser buffers, so keep one per thread; it is not thread-safe.
class MessageNormalizer
{
public:
    MessageNormalizer();
    ~MessageNormalizer();
    MessageNormalizer(const MessageNormalizer &) = delete;
    MessageNormalizer &operator=(const MessageNormalizer &) = delete;

    Message normalize(QByteArrayView line);
    /// Same, sharing \a line as Message::raw instead of copying it (the stream client's path).
    Message normalize(const QByteArray &line);
    Message normalize(const char *line) { return normalize(QByteArrayView(line)); }

    /// For a reader that keeps its messages (a stream feeding the Live ring): authors, display
    /// names and symbol lists that come again are then shared by the messages that carry them,
    /// as tickers and client names always are, at the cost of a lookup per message.
    void setSharesRepeats(bool share);
    /// The parts of a Message a reader may ask for; its kind is always filled, and so is the
    /// raw line of a Malformed one (its text).
    enum class Part : quint16 {
        Raw = 1 << 0, Id = 1 << 1, Time = 1 << 2, Author = 1 << 3, AuthorName = 1 << 4,
        Text = 1 << 5, Symbols = 1 << 6, Sentiment = 1 << 7, Likes = 1 << 8, Source = 1 << 9,
    };
    Q_DECLARE_FLAGS(Parts, Part)
    static constexpr Parts allParts() { return Parts(0x3ff); }

    /// Same as normalize(), filling \a message; the hot path of bulk readers. The file search
    /// asks only for the \a parts its query reads; the others are left empty.
    void normalizeInto(QByteArrayView line, Message &message, Parts parts = allParts());
    void normalizeInto(const QByteArray &line, Message &message);
    /// The same for a line already parsed as \a parsed (the index pass's parse of it).
    void normalizeParsedInto(QByteArrayView line, const ParsedLine &parsed,
                             Message &message, Parts parts = allParts());

    /// What a search for words compares: a message's text, author and display name, as the
    /// UTF-8 they are stored as.
    struct StoredTexts
    {
        std::string_view text;
        std::string_view author;
        std::string_view authorName;
    };
    /// For a search that compares words only. When the line's text, author and display name
    /// are each a stored string exactly as normalizeInto() would give them (a StockTwits message
    /// with no HTML entity in its text or name), fills \a texts (valid until the next call) and
    /// returns true: the words can be compared without building the Message. With
    /// \a asciiCaseRules, only when they also hold no character outside ASCII whose case folding
    /// is an ASCII letter (MessageText::foldsToAscii()). Otherwise fills \a message with
    /// \a parts as normalizeInto() does and returns false. Either way the line is parsed once
    /// (not at all with \a parsed, the index pass's parse of it).
    bool normalizeTextsInto(QByteArrayView line, const ParsedLine *parsed, bool asciiCaseRules,
                            StoredTexts &texts, Message &message, Parts parts);

private:
    /// Either overload above: with the caller's parse of the line, or parsing it here.
    void normalizeWith(QByteArrayView line, const ParsedLine *parsed, Message &message,
                       Parts parts);
    void parseInto(QByteArrayView line, Message &message, Parts parts);

    struct Private;
    std::unique_ptr<Private> d;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(MessageNormalizer::Parts)
