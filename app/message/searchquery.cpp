#include "message/searchquery.h"

#include "message/messagenormalizer.h"

#include <QCoreApplication>

#include <cstring>

namespace {

// ASCII lower-casing: fast, and safe on UTF-8 (bytes >= 0x80 are left alone).
void foldInto(QByteArrayView in, QByteArray &out)
{
    out.resize(in.size());
    const char *src = in.data();
    char *dst = out.data();
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = src[i];
        dst[i] = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    }
}

bool contains(QByteArrayView haystack, const QByteArray &needle)
{
    return memmem(haystack.data(), size_t(haystack.size()), needle.constData(),
                  size_t(needle.size())) != nullptr;
}

// Splits on whitespace, keeping "quoted phrases" (with their quotes) as one token.
QStringList tokens(const QString &text)
{
    QStringList result;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c.isSpace() && !quoted) {
            if (!current.isEmpty())
                result.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

// The raw JSON holds the value as written only when JSON would not escape any of it.
QByteArray prefilterFor(const QString &folded)
{
    for (const QChar c : folded) {
        if (c.unicode() < 0x20 || c.unicode() >= 0x7f || c == QLatin1Char('"') ||
            c == QLatin1Char('\\') || c == QLatin1Char('/'))
            return {};
    }
    return folded.toLatin1();
}

bool isFieldToken(const QString &token)
{
    QString t = token;
    if (t.startsWith(QLatin1Char('-')))
        t.remove(0, 1);
    if (t.size() > 1 && (t.startsWith(QLatin1Char('$')) || t.startsWith(QLatin1Char('@'))))
        return true;
    static const char *const keys[] = {"symbol:", "user:", "sentiment:", "id:", "text:"};
    for (const char *key : keys) {
        if (t.startsWith(QLatin1String(key), Qt::CaseInsensitive) &&
            t.size() > int(std::strlen(key)))
            return true;
    }
    return false;
}

} // namespace

SearchQuery::Matcher::Matcher()
    : normalizer(std::make_unique<MessageNormalizer>())
{}

SearchQuery::Matcher::~Matcher() = default;

SearchQuery SearchQuery::parse(const QString &text, Mode mode, bool caseSensitive)
{
    SearchQuery query;
    query.m_text = text;
    query.m_caseSensitive = caseSensitive;
    if (text.trimmed().isEmpty())
        return query;

    if (mode == Mode::Regex) {
        query.m_kind = Kind::Regex;
        query.m_regex =
            QRegularExpression(text, caseSensitive ? QRegularExpression::NoPatternOption
                                                   : QRegularExpression::CaseInsensitiveOption);
        if (!query.m_regex.isValid())
            query.m_error = tr("The regular expression is not valid: %1 (at character %2).")
                                .arg(query.m_regex.errorString())
                                .arg(query.m_regex.patternErrorOffset());
        else
            query.m_regex.optimize();
        return query;
    }

    if (mode == Mode::Auto) {
        const QStringList parts = tokens(text);
        bool fields = false;
        bool allFields = true;
        for (const QString &token : parts) {
            if (token == QLatin1String("AND"))
                continue;
            if (isFieldToken(token))
                fields = true;
            else
                allFields = false;
        }
        if (fields && allFields) {
            query.m_kind = Kind::Fields;
            parseFields(text, query.m_terms, &query.m_error);
            return query;
        }
    }

    // A literal: line terminators cannot occur inside a line.
    query.m_kind = Kind::Literal;
    const QByteArray bytes = text.toUtf8();
    if (bytes.contains('\n') || bytes.contains('\r')) {
        query.m_error = tr("A search text cannot contain a line break.");
        return query;
    }
    if (caseSensitive)
        query.m_needle = bytes;
    else
        foldInto(bytes, query.m_needle);
    return query;
}

bool SearchQuery::parseFields(const QString &text, std::vector<Term> &terms, QString *error)
{
    for (QString token : tokens(text)) {
        if (token == QLatin1String("AND"))
            continue;
        Term term;
        if (token.startsWith(QLatin1Char('-')) && token.size() > 1) {
            term.negated = true;
            token.remove(0, 1);
        }
        const int colon = token.indexOf(QLatin1Char(':'));
        const QString key = colon > 0 ? token.left(colon).toLower() : QString();
        QString value = colon > 0 ? token.mid(colon + 1) : token;
        if (token.startsWith(QLatin1Char('$'))) {
            term.type = Term::Symbol;
            value = token.mid(1);
        } else if (token.startsWith(QLatin1Char('@'))) {
            term.type = Term::User;
            value = token.mid(1);
        } else if (key == QLatin1String("symbol")) {
            term.type = Term::Symbol;
            if (value.startsWith(QLatin1Char('$')))
                value.remove(0, 1);
        } else if (key == QLatin1String("user")) {
            term.type = Term::User;
            if (value.startsWith(QLatin1Char('@')))
                value.remove(0, 1);
        } else if (key == QLatin1String("sentiment")) {
            term.type = Term::Sentiment;
        } else if (key == QLatin1String("id")) {
            term.type = Term::Id;
        } else if (key == QLatin1String("text")) {
            term.type = Term::Text;
        } else {
            term.type = Term::Text;
            value = token;
        }
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) &&
            value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        value = value.toCaseFolded();
        if (value.isEmpty()) {
            *error = tr("The term \"%1\" has no value.").arg(token);
            return false;
        }
        term.value = value;
        if (term.type == Term::Sentiment) {
            if (value == QLatin1String("bullish"))
                term.sentiment = Message::Sentiment::Bullish;
            else if (value == QLatin1String("bearish"))
                term.sentiment = Message::Sentiment::Bearish;
            else if (value == QLatin1String("none"))
                term.sentiment = Message::Sentiment::None;
            else {
                *error = tr("Sentiment can be bullish, bearish or none, not \"%1\".").arg(value);
                return false;
            }
        }
        // A positive term whose value must appear in the raw line lets most lines be skipped
        // without parsing them.
        if (!term.negated &&
            !(term.type == Term::Sentiment && term.sentiment == Message::Sentiment::None))
            term.prefilter = prefilterFor(value);
        terms.push_back(term);
    }
    if (terms.empty())
        *error = tr("The query has no terms.");
    return error->isEmpty();
}

QString SearchQuery::describe() const
{
    switch (m_kind) {
    case Kind::Empty:
        return {};
    case Kind::Literal:
        return tr("lines containing “%1”").arg(m_text);
    case Kind::Regex:
        return tr("lines matching /%1/").arg(m_text);
    case Kind::Fields:
        break;
    }
    return tr("messages where %1").arg(m_text.simplified());
}

bool SearchQuery::literalMatches(QByteArrayView line, Matcher &matcher) const
{
    if (m_caseSensitive)
        return contains(line, m_needle);
    foldInto(line, matcher.folded);
    return contains(matcher.folded, m_needle);
}

bool SearchQuery::termMatches(const Term &term, const Message &message)
{
    switch (term.type) {
    case Term::Symbol:
        for (const QString &symbol : message.symbols) {
            if (symbol.compare(term.value, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    case Term::User:
        return message.author.compare(term.value, Qt::CaseInsensitive) == 0;
    case Term::Sentiment:
        return message.sentiment == term.sentiment;
    case Term::Id:
        return message.id.compare(term.value, Qt::CaseInsensitive) == 0 ||
               message.id.endsWith(QLatin1Char(':') + term.value, Qt::CaseInsensitive);
    case Term::Text:
        return message.text.contains(term.value, Qt::CaseInsensitive) ||
               message.author.contains(term.value, Qt::CaseInsensitive) ||
               message.authorName.contains(term.value, Qt::CaseInsensitive);
    }
    return false;
}

bool SearchQuery::matchesMessage(const Message &message, Matcher &matcher) const
{
    switch (m_kind) {
    case Kind::Empty:
        return false;
    case Kind::Literal:
        return literalMatches(message.raw, matcher);
    case Kind::Regex:
        return m_regex.match(QString::fromUtf8(message.raw)).hasMatch();
    case Kind::Fields:
        break;
    }
    if (!message.isActivity())
        return false;
    for (const Term &term : m_terms) {
        if (termMatches(term, message) == term.negated)
            return false;
    }
    return true;
}

bool SearchQuery::matches(QByteArrayView line, Matcher &matcher) const
{
    switch (m_kind) {
    case Kind::Empty:
        return false;
    case Kind::Literal:
        return literalMatches(line, matcher);
    case Kind::Regex:
        matcher.text = QString::fromUtf8(line);
        return m_regex.match(matcher.text).hasMatch();
    case Kind::Fields:
        break;
    }
    bool folded = false;
    for (const Term &term : m_terms) {
        if (term.prefilter.isEmpty())
            continue;
        if (!folded) {
            foldInto(line, matcher.folded);
            folded = true;
        }
        if (!contains(matcher.folded, term.prefilter))
            return false;
    }
    const Message message = matcher.normalizer->normalize(line);
    return matchesMessage(message, matcher);
}
