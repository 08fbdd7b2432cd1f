#pragma once

#include "message/message.h"

#include <QRegularExpression>
#include <QString>

#include <vector>

/// A parsed feed filter: whitespace-separated terms that must all match (AND).
///   word / "a phrase"   the text, author or display name contains it (case-insensitive)
///   $TSLA               the message carries the symbol (or the text has the cashtag)
///   @user               the author is exactly this user (case-insensitive)
///   sentiment:bullish|bearish|none
///   /regex/             the text matches (case-insensitive, Perl syntax)
///   -term               negates any of the above
class FeedQuery
{
public:
    FeedQuery() = default;
    /// Parses \a query; check isValid() (a bad regular expression or sentiment makes it invalid).
    static FeedQuery parse(const QString &query);

    bool isEmpty() const { return m_terms.empty(); }
    bool isValid() const { return m_error.isEmpty(); }
    /// A sentence for the user when the query is not valid.
    QString errorString() const { return m_error; }
    QString text() const { return m_text; }

    bool matches(const Message &message) const;

private:
    struct Term
    {
        enum Type { Text, Symbol, Author, Sentiment, Regex } type = Text;
        bool negated = false;
        QString value; ///< case-folded for Text/Symbol/Author
        Message::Sentiment sentiment = Message::Sentiment::None;
        QRegularExpression regex;
    };
    static bool termMatches(const Term &term, const Message &message);

    std::vector<Term> m_terms;
    QString m_text;
    QString m_error;
};
