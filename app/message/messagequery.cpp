#include "message/messagequery.h"

#include <QCoreApplication>

namespace {

/// Splits on whitespace, keeping "quoted phrases" and /regular expressions with spaces/ whole.
QStringList tokenize(const QString &query)
{
    QStringList tokens;
    QString current;
    int i = 0;
    const int n = int(query.size());
    while (i < n) {
        const QChar c = query.at(i);
        if (c.isSpace()) {
            if (!current.isEmpty())
                tokens.append(std::exchange(current, QString()));
            ++i;
            continue;
        }
        const bool atTokenStart = current.isEmpty() || current == QLatin1String("-");
        if (atTokenStart && (c == QLatin1Char('"') || c == QLatin1Char('/'))) {
            // Read up to the matching delimiter (a backslash escapes it inside a regex).
            const QChar delimiter = c;
            current += c;
            ++i;
            while (i < n && query.at(i) != delimiter) {
                if (delimiter == QLatin1Char('/') && query.at(i) == QLatin1Char('\\') &&
                    i + 1 < n) {
                    current += query.at(i);
                    ++i;
                }
                current += query.at(i);
                ++i;
            }
            if (i < n) {
                current += query.at(i);
                ++i;
            }
            tokens.append(std::exchange(current, QString()));
            continue;
        }
        current += c;
        ++i;
    }
    if (!current.isEmpty())
        tokens.append(current);
    return tokens;
}

/// True when \a text contains "$SYMBOL" not followed by another ticker character.
bool hasCashtag(const QString &text, const QString &foldedSymbol)
{
    const QString needle = QLatin1Char('$') + foldedSymbol;
    qsizetype from = 0;
    while ((from = text.indexOf(needle, from, Qt::CaseInsensitive)) >= 0) {
        const qsizetype end = from + needle.size();
        if (end >= text.size() ||
            !(text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('.')))
            return true;
        from = end;
    }
    return false;
}

} // namespace

FeedQuery FeedQuery::parse(const QString &query)
{
    FeedQuery q;
    q.m_text = query;
    for (QString token : tokenize(query)) {
        Term term;
        if (token.size() > 1 && token.startsWith(QLatin1Char('-'))) {
            term.negated = true;
            token.remove(0, 1);
        }
        if (token.size() >= 2 && token.startsWith(QLatin1Char('/')) &&
            token.endsWith(QLatin1Char('/'))) {
            term.type = Term::Regex;
            term.value = token.mid(1, token.size() - 2);
            term.regex =
                QRegularExpression(term.value, QRegularExpression::CaseInsensitiveOption |
                                                   QRegularExpression::UseUnicodePropertiesOption);
            if (!term.regex.isValid()) {
                q.m_error =
                    QCoreApplication::translate("FeedQuery", "Invalid regular expression /%1/: %2")
                        .arg(term.value, term.regex.errorString());
                continue;
            }
            term.regex.optimize();
        } else if (token.size() >= 2 && token.startsWith(QLatin1Char('"')) &&
                   token.endsWith(QLatin1Char('"'))) {
            term.value = token.mid(1, token.size() - 2).toCaseFolded();
            if (term.value.isEmpty())
                continue;
        } else if (token.size() > 1 && token.startsWith(QLatin1Char('$'))) {
            term.type = Term::Symbol;
            term.value = token.mid(1).toCaseFolded();
        } else if (token.size() > 1 && token.startsWith(QLatin1Char('@'))) {
            term.type = Term::Author;
            term.value = token.mid(1).toCaseFolded();
        } else if (token.startsWith(QLatin1String("sentiment:"), Qt::CaseInsensitive)) {
            term.type = Term::Sentiment;
            const QString value = token.mid(10).toLower();
            if (value == QLatin1String("bullish"))
                term.sentiment = Message::Sentiment::Bullish;
            else if (value == QLatin1String("bearish"))
                term.sentiment = Message::Sentiment::Bearish;
            else if (value == QLatin1String("none"))
                term.sentiment = Message::Sentiment::None;
            else {
                q.m_error =
                    QCoreApplication::translate(
                        "FeedQuery", "Unknown sentiment '%1': use bullish, bearish or none.")
                        .arg(value);
                continue;
            }
        } else {
            if (token.startsWith(QLatin1Char('"'))) // an unterminated phrase: search what was typed
                token.remove(0, 1);
            term.value = token.toCaseFolded();
            if (term.value.isEmpty())
                continue;
        }
        q.m_terms.push_back(std::move(term));
    }
    return q;
}

bool FeedQuery::termMatches(const Term &term, const Message &m)
{
    switch (term.type) {
    case Term::Text:
        return m.text.contains(term.value, Qt::CaseInsensitive) ||
               m.author.contains(term.value, Qt::CaseInsensitive) ||
               m.authorName.contains(term.value, Qt::CaseInsensitive) ||
               (m.kind == Message::Kind::Malformed &&
                QString::fromUtf8(m.raw).contains(term.value, Qt::CaseInsensitive));
    case Term::Symbol:
        for (const QString &symbol : m.symbols) {
            if (symbol.compare(term.value, Qt::CaseInsensitive) == 0)
                return true;
        }
        return hasCashtag(m.text, term.value);
    case Term::Author:
        return m.author.compare(term.value, Qt::CaseInsensitive) == 0;
    case Term::Sentiment:
        return m.sentiment == term.sentiment;
    case Term::Regex:
        return term.regex.match(m.text).hasMatch();
    }
    return false;
}

bool FeedQuery::matches(const Message &message) const
{
    for (const Term &term : m_terms) {
        if (termMatches(term, message) == term.negated)
            return false;
    }
    return true;
}
