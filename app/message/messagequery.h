#pragma once

#include "message/message.h"
#include "message/messagenormalizer.h"
#include "message/rawlineprefilter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

struct ParsedLine; // message/parsedline.h

/// The one query language of Hydrant: the live filter, the file search, the statistics chart
/// click-throughs, export selection and `hydrant-cli inspect --grep` / `export --query` all parse
/// with it and match with it, so the same query finds the same messages everywhere.
///
///   word  "a phrase"      the text, author or display name contains it (decoded text)
///   $TSLA  symbol:TSLA    the message carries the symbol
///   @user  user:name      the author is this user
///   sentiment:bullish|bearish|none   id:123   kind:stocktwits|gnip|tweet|activity|json|…
///   before:2024-03-11  after:2024-03-11T14:30   times in UTC (before is exclusive)
///   text:word             the text alone contains it
///   /regex/               the text matches (Perl syntax)
///   AND (or a space)  OR  NOT (or a leading '-')  ( … )
/// Words are compared without case unless the query is parsed case-sensitive. Text is compared
/// with what the user sees: JSON escapes and HTML entities decoded. An invalid query matches
/// nothing and says why, with the character where the problem is.
class MessageQuery
{
    Q_DECLARE_TR_FUNCTIONS(MessageQuery)

public:
    /// How the text is read: the query language, one literal phrase, or one regular expression.
    enum class Syntax { Query, Phrase, Regex };

    /// Per-thread state for matching raw lines: a normaliser and scratch buffers.
    class LineMatcher
    {
    public:
        LineMatcher();
        ~LineMatcher();
        LineMatcher(const LineMatcher &) = delete;
        LineMatcher &operator=(const LineMatcher &) = delete;

    private:
        friend class MessageQuery;
        std::unique_ptr<MessageNormalizer> normalizer;
        Message message;
    };

    MessageQuery() = default;
    static MessageQuery parse(const QString &text, Syntax syntax = Syntax::Query,
                              bool caseSensitive = false);

    bool isEmpty() const { return m_root < 0 && m_error.isEmpty(); }
    bool isValid() const { return m_error.isEmpty(); }
    /// A sentence for the user when the query is not valid (it names the character).
    QString errorString() const { return m_error; }
    /// Where the problem is, as an index into text(); -1 when valid.
    int errorPosition() const { return m_errorPosition; }
    QString text() const { return m_text; }
    bool caseSensitive() const { return m_caseSensitive; }
    /// A short description for a results pane.
    QString describe() const;
    /// The language in a few lines of HTML, for the tooltips of the boxes where users type it.
    static QString syntaxHelp();

    /// True when \a message matches (an empty query matches everything, an invalid one nothing).
    bool matches(const Message &message) const;
    /// The same for a raw line (without terminator). Lines that cannot match are rejected on
    /// their raw bytes where that gives the same answer; the others are normalised and matched.
    bool matchesLine(QByteArrayView line, LineMatcher &matcher) const;
    /// The same for a line the index pass parsed already (\a parsed null when it did not);
    /// with \a bytesChecked the caller found already that rejectsLine() is false.
    bool matchesParsedLine(QByteArrayView line, const ParsedLine *parsed, LineMatcher &matcher,
                           bool bytesChecked = false) const;
    /// True when \a line cannot match, seen from its raw bytes alone (the first step of
    /// matchesLine(), which may run apart from the rest).
    bool rejectsLine(QByteArrayView line) const;

    /// Where \a text (a message's text, author or name as shown) holds what the query's words,
    /// phrases and regular expressions look for, outside any NOT: the spans to highlight,
    /// ascending and not overlapping, as (start, length). Compared by the matcher's own rules.
    std::vector<std::pair<qsizetype, qsizetype>> highlights(const QString &text) const;

    /// The byte strings (ASCII, lower-case) a raw line must contain to match; empty when none
    /// can be required. Exposed for tests and the benchmark.
    const std::vector<QByteArray> &requiredBytes() const { return m_prefilter.required(); }

private:
    struct Node
    {
        enum Type { And, Or, Not, Text, TextOnly, Regex, Symbol, User, Sentiment, Id, Kind,
                    Before, After } type = Text;
        int left = -1;  ///< And/Or/Not
        int right = -1; ///< And/Or
        QString value;
        QRegularExpression regex;
        Message::Sentiment sentiment = Message::Sentiment::None;
        Message::Kind kind = Message::Kind::Malformed;
        qint64 msecs = 0;
        QByteArray stored; ///< Text/TextOnly: value as UTF-8, in lower case when case is folded
    };
    class Parser;

    /// AND, OR and NOT over the other nodes, which \a leaf decides.
    template<typename Leaf> bool evaluate(int node, const Leaf &leaf) const;
    bool nodeMatches(int node, const Message &message) const;
    bool leafMatches(const Node &node, const Message &message) const;
    /// A word node on a message's stored texts (when m_comparesStoredTexts).
    bool wordMatches(const Node &node, const MessageNormalizer::StoredTexts &texts) const;
    static MessageNormalizer::Parts partsRead(const Node &node);
    bool textContains(const QString &haystack, const QString &needle) const;
    void collectHighlights(int node, const QString &text,
                           std::vector<std::pair<qsizetype, qsizetype>> &out) const;
    void collectRequired(int node, std::vector<QByteArray> &out) const;

    std::vector<Node> m_nodes;
    int m_root = -1;
    QString m_text;
    QString m_error;
    int m_errorPosition = -1;
    bool m_caseSensitive = false;
    /// Only words, compared on a message's stored texts where the normaliser has them
    /// (MessageNormalizer::normalizeTextsInto()): case-sensitive, or ASCII words.
    bool m_comparesStoredTexts = false;
    RawLinePrefilter m_prefilter;
    MessageNormalizer::Parts m_parts; ///< what matching reads of a normalised line
};

/// The words `kind:` accepts, one per Message::Kind ("stocktwits", "gnip", "tweet", …).
QString messageKindKey(Message::Kind kind);
