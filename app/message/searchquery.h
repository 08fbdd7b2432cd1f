#pragma once

#include "message/message.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QByteArrayView>
#include <QRegularExpression>
#include <QString>

#include <memory>
#include <vector>

class MessageNormalizer;

/// What to look for in a file, parsed from the search box. Three kinds:
///   Literal  the raw line contains the text (memmem; ASCII case folded unless case-sensitive)
///   Regex    the line matches a regular expression (Perl syntax)
///   Fields   terms combined with AND (spaces or the word AND between them):
///            symbol:TSLA or $TSLA, user:name or @name, sentiment:bullish|bearish|none,
///            id:123, text:word, a bare word or "a phrase" (text, author or name contains it);
///            a leading '-' negates a term.
/// In Auto mode a query made only of field terms is a Fields query, anything else a literal.
class SearchQuery
{
    Q_DECLARE_TR_FUNCTIONS(SearchQuery)

public:
    enum class Mode { Auto, Text, Regex };
    enum class Kind { Empty, Literal, Regex, Fields };

    /// Per-thread state for matching: a normaliser and scratch buffers.
    class Matcher
    {
    public:
        Matcher();
        ~Matcher();

    private:
        friend class SearchQuery;
        std::unique_ptr<MessageNormalizer> normalizer;
        QByteArray folded;
        QString text;
    };

    SearchQuery() = default;
    static SearchQuery parse(const QString &text, Mode mode = Mode::Auto,
                             bool caseSensitive = false);

    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_kind == Kind::Empty; }
    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QString text() const { return m_text; }
    bool caseSensitive() const { return m_caseSensitive; }
    /// A short description for the results pane ("text contains “TSLA”", "symbol:TSLA AND ...").
    QString describe() const;

    /// True when the raw line (without terminator) matches.
    bool matches(QByteArrayView line, Matcher &matcher) const;
    /// True when an already normalised message matches (Fields and Regex on the raw line).
    bool matchesMessage(const Message &message, Matcher &matcher) const;

private:
    struct Term
    {
        enum Type { Symbol, User, Sentiment, Id, Text } type = Text;
        bool negated = false;
        QString value; ///< case-folded
        Message::Sentiment sentiment = Message::Sentiment::None;
        QByteArray prefilter; ///< lower-case bytes the raw line must contain, when safe to require
    };

    static bool parseFields(const QString &text, std::vector<Term> &terms, QString *error);
    static bool termMatches(const Term &term, const Message &message);
    bool literalMatches(QByteArrayView line, Matcher &matcher) const;

    Kind m_kind = Kind::Empty;
    QString m_text;
    QString m_error;
    bool m_caseSensitive = false;
    QByteArray m_needle; ///< literal bytes (lower-case when folding)
    QRegularExpression m_regex;
    std::vector<Term> m_terms;
};
