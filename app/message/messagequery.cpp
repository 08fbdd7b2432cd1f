#include "message/messagequery.h"

#include "message/messagenormalizer.h"
#include "message/messagetext.h"
#include "message/messagetimeparser.h"

#include <QTimeZone>

#include <algorithm>

namespace {

/// The lower-case bytes a raw line must contain when the decoded value is to appear in what the
/// user sees; empty when the raw JSON could write it differently. JSON escapes '"', '\\', '/'
/// and control characters, providers write '&', '<', '>', '"' and '\'' as HTML entities, and
/// the texts Hydrant composes (summaries of unrecognised JSON, "key: value, …") glue pieces with
/// ':' and ','. Printable ASCII without those characters is written as is.
QByteArray requiredFor(const QString &value)
{
    if (value.isEmpty())
        return {};
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u >= 0x7f)
            return {};
        switch (u) {
        case '"': case '\\': case '/': case '&': case '<': case '>': case '\'': case ':': case ',':
            return {};
        default:
            break;
        }
    }
    return value.toLatin1().toLower();
}

} // namespace

/// The parts of a message nodeMatches() reads for \a node (the kind is always there).
MessageNormalizer::Parts MessageQuery::partsRead(const Node &node)
{
    using Part = MessageNormalizer::Part;
    switch (node.type) {
    case Node::Text:
        return Part::Text | Part::Author | Part::AuthorName;
    case Node::TextOnly:
    case Node::Regex:
        return Part::Text;
    case Node::Symbol:
        return Part::Symbols;
    case Node::User:
        return Part::Author;
    case Node::Sentiment:
        return Part::Sentiment;
    case Node::Id:
        return Part::Id;
    case Node::Before:
    case Node::After:
        return Part::Time;
    case Node::And:
    case Node::Or:
    case Node::Not:
    case Node::Kind:
        break;
    }
    return {};
}

QString messageKindKey(Message::Kind kind)
{
    switch (kind) {
    case Message::Kind::StockTwits:
        return QStringLiteral("stocktwits");
    case Message::Kind::ActivityStreams:
        return QStringLiteral("gnip");
    case Message::Kind::Twitter:
        return QStringLiteral("tweet");
    case Message::Kind::StockTwitsActivity:
        return QStringLiteral("activity");
    case Message::Kind::Generic:
        return QStringLiteral("json");
    case Message::Kind::SystemInfo:
        return QStringLiteral("info");
    case Message::Kind::SystemError:
        return QStringLiteral("error");
    case Message::Kind::Malformed:
        return QStringLiteral("malformed");
    }
    return {};
}

// ---- parsing --------------------------------------------------------------------------------

class MessageQuery::Parser
{
public:
    Parser(MessageQuery &query)
        : q(query)
        , text(query.m_text)
    {}

    void run()
    {
        next();
        if (token.type == Token::End)
            return; // an empty query
        const int root = parseOr();
        if (failed())
            return;
        if (token.type != Token::End) {
            if (token.type == Token::RParen)
                fail(token.position, QCoreApplication::translate("MessageQuery", "There is a ')' at character %1 without a '(' before it.").arg(token.position + 1));
            else
                fail(token.position, QCoreApplication::translate("MessageQuery", "Unexpected text at character %1.").arg(token.position + 1));
            return;
        }
        q.m_root = root;
    }

private:
    struct Token
    {
        enum Type { End, LParen, RParen, And, Or, Not, Word, Phrase, Regex } type = End;
        QString value;
        int position = 0; ///< index into the text
    };

    MessageQuery &q;
    const QString &text;
    int at = 0;
    Token token;

    bool failed() const { return !q.m_error.isEmpty(); }

    /// \a message names the character as the user counts (from 1): position + 1.
    void fail(int position, const QString &message)
    {
        if (failed())
            return;
        q.m_errorPosition = position;
        q.m_error = message;
    }

    int add(Node node)
    {
        q.m_nodes.push_back(std::move(node));
        return int(q.m_nodes.size()) - 1;
    }

    int addBinary(Node::Type type, int left, int right)
    {
        Node node;
        node.type = type;
        node.left = left;
        node.right = right;
        return add(std::move(node));
    }

    /// Reads up to the closing \a delimiter (a backslash escapes it); false when there is none.
    bool readDelimited(QChar delimiter, QString &out)
    {
        const int n = int(text.size());
        while (at < n && text.at(at) != delimiter) {
            if (text.at(at) == QLatin1Char('\\') && at + 1 < n && text.at(at + 1) == delimiter) {
                if (delimiter == QLatin1Char('/'))
                    out += QLatin1Char('\\'); // the regex keeps its escape
                ++at;
            }
            out += text.at(at++);
        }
        if (at >= n)
            return false;
        ++at; // the closing delimiter
        return true;
    }

    static bool endsWord(QChar c)
    {
        return c.isSpace() || c == QLatin1Char('(') || c == QLatin1Char(')');
    }

    void next()
    {
        token = Token();
        const int n = int(text.size());
        while (at < n && text.at(at).isSpace())
            ++at;
        token.position = at;
        if (at >= n)
            return;
        const QChar c = text.at(at);
        if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            token.type = c == QLatin1Char('(') ? Token::LParen : Token::RParen;
            ++at;
            return;
        }
        if (c == QLatin1Char('-') && at + 1 < n && !endsWord(text.at(at + 1))) {
            token.type = Token::Not;
            ++at;
            return;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('/')) {
            ++at;
            token.type = c == QLatin1Char('"') ? Token::Phrase : Token::Regex;
            if (!readDelimited(c, token.value)) {
                if (c == QLatin1Char('"'))
                    fail(token.position, QCoreApplication::translate("MessageQuery", "The phrase at character %1 has no closing quote (\").").arg(token.position + 1));
                else
                    fail(token.position, QCoreApplication::translate("MessageQuery", "The regular expression at character %1 has no closing slash (/).").arg(token.position + 1));
                token.type = Token::End;
            }
            return;
        }
        token.type = Token::Word;
        while (at < n && !endsWord(text.at(at))) {
            // key:"a quoted value" stays one word.
            if (text.at(at) == QLatin1Char(':') && at + 1 < n && text.at(at + 1) == QLatin1Char('"')) {
                token.value += text.at(at);
                at += 2;
                if (!readDelimited(QLatin1Char('"'), token.value)) {
                    fail(token.position, QCoreApplication::translate("MessageQuery", "The value at character %1 has no closing quote (\").").arg(token.position + 1));
                    token.type = Token::End;
                }
                return;
            }
            token.value += text.at(at++);
        }
        if (token.value == QLatin1String("AND"))
            token.type = Token::And;
        else if (token.value == QLatin1String("OR"))
            token.type = Token::Or;
        else if (token.value == QLatin1String("NOT"))
            token.type = Token::Not;
    }

    bool startsTerm() const
    {
        return token.type == Token::LParen || token.type == Token::Not ||
               token.type == Token::Word || token.type == Token::Phrase ||
               token.type == Token::Regex;
    }

    int parseOr()
    {
        int left = parseAnd();
        while (!failed() && token.type == Token::Or) {
            const int position = token.position;
            next();
            if (!startsTerm()) {
                fail(position, QCoreApplication::translate("MessageQuery", "OR at character %1 needs a term after it.").arg(position + 1));
                return -1;
            }
            left = addBinary(Node::Or, left, parseAnd());
        }
        return left;
    }

    int parseAnd()
    {
        int left = parseUnary();
        while (!failed() && token.type != Token::End && token.type != Token::RParen &&
               token.type != Token::Or) {
            if (token.type == Token::And) {
                const int position = token.position;
                next();
                if (!startsTerm()) {
                    fail(position, QCoreApplication::translate("MessageQuery", "AND at character %1 needs a term after it.").arg(position + 1));
                    return -1;
                }
            }
            left = addBinary(Node::And, left, parseUnary());
        }
        return left;
    }

    int parseUnary()
    {
        if (token.type == Token::Not) {
            const int position = token.position;
            next();
            if (!startsTerm()) {
                fail(position, QCoreApplication::translate("MessageQuery", "NOT at character %1 needs a term after it.").arg(position + 1));
                return -1;
            }
            return addBinary(Node::Not, parseUnary(), -1);
        }
        return parsePrimary();
    }

    int parsePrimary()
    {
        if (failed())
            return -1;
        const Token t = token;
        switch (t.type) {
        case Token::LParen: {
            next();
            if (token.type == Token::RParen) {
                fail(t.position, QCoreApplication::translate("MessageQuery", "The parentheses at character %1 are empty.").arg(t.position + 1));
                return -1;
            }
            const int inner = parseOr();
            if (failed())
                return -1;
            if (token.type != Token::RParen) {
                fail(t.position, QCoreApplication::translate("MessageQuery", "The parenthesis at character %1 is not closed.").arg(t.position + 1));
                return -1;
            }
            next();
            return inner;
        }
        case Token::RParen:
            fail(t.position, QCoreApplication::translate("MessageQuery", "There is a ')' at character %1 without a '(' before it.").arg(t.position + 1));
            return -1;
        case Token::And:
        case Token::Or:
            fail(t.position, QCoreApplication::translate("MessageQuery", "%1 at character %2 needs a term before it.").arg(t.value, QString::number(t.position + 1)));
            return -1;
        case Token::Phrase: {
            next();
            Node node;
            node.type = Node::Text;
            node.value = t.value;
            if (node.value.isEmpty()) {
                fail(t.position, QCoreApplication::translate("MessageQuery", "The phrase at character %1 is empty.").arg(t.position + 1));
                return -1;
            }
            return add(std::move(node));
        }
        case Token::Regex: {
            next();
            return regexNode(t.value, t.position + 1);
        }
        case Token::Word:
            next();
            return wordNode(t.value, t.position);
        case Token::Not:
        case Token::End:
            break;
        }
        fail(t.position, QCoreApplication::translate("MessageQuery", "A term is missing at character %1.").arg(t.position + 1));
        return -1;
    }

public:
    int regexNode(const QString &pattern, int position)
    {
        Node node;
        node.type = Node::Regex;
        node.value = pattern;
        QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
        if (!q.m_caseSensitive)
            options |= QRegularExpression::CaseInsensitiveOption;
        node.regex = QRegularExpression(pattern, options);
        if (pattern.isEmpty()) {
            fail(position - 1, QCoreApplication::translate("MessageQuery", "The regular expression at character %1 is empty.").arg(position - 1 + 1));
            return -1;
        }
        if (!node.regex.isValid()) {
            const int where = position + int(std::max<qsizetype>(node.regex.patternErrorOffset(), 0));
            fail(where, QCoreApplication::translate("MessageQuery", "The regular expression is not valid at character %1: %2")
                            .arg(QString::number(where + 1), node.regex.errorString()));
            return -1;
        }
        node.regex.optimize();
        return add(std::move(node));
    }

private:
    static bool parseTime(const QString &value, qint64 &msecs)
    {
        const QByteArray utf8 = value.toUtf8();
        if (MessageTimeParser::parseIso8601(std::string_view(utf8.constData(), size_t(utf8.size())), msecs))
            return true;
        QDateTime time = QDateTime::fromString(value, Qt::ISODate);
        if (!time.isValid()) {
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (!date.isValid())
                return false;
            time = QDateTime(date, QTime(0, 0));
        }
        if (time.timeSpec() == Qt::LocalTime) // times without a zone are UTC, like the files
            time = QDateTime(time.date(), time.time(), QTimeZone::utc());
        msecs = time.toMSecsSinceEpoch();
        return true;
    }

    int wordNode(const QString &word, int position)
    {
        Node node;
        if (word.size() > 1 && word.startsWith(QLatin1Char('$'))) {
            node.type = Node::Symbol;
            node.value = word.mid(1);
            return add(std::move(node));
        }
        if (word.size() > 1 && word.startsWith(QLatin1Char('@'))) {
            node.type = Node::User;
            node.value = word.mid(1);
            return add(std::move(node));
        }
        const int colon = int(word.indexOf(QLatin1Char(':')));
        const QString key = colon > 0 ? word.left(colon).toLower() : QString();
        static const QStringList keys = {
            QStringLiteral("symbol"), QStringLiteral("user"),   QStringLiteral("sentiment"),
            QStringLiteral("id"),     QStringLiteral("kind"),   QStringLiteral("before"),
            QStringLiteral("after"),  QStringLiteral("text")};
        if (!keys.contains(key)) {
            node.type = Node::Text; // a plain word, even with a colon ("https://…")
            node.value = word;
            return add(std::move(node));
        }
        QString value = word.mid(colon + 1);
        if (value.isEmpty()) {
            fail(position, QCoreApplication::translate("MessageQuery", "“%1” at character %2 needs a value.").arg(key + QLatin1Char(':'), QString::number(position + 1)));
            return -1;
        }
        const int valueAt = position + colon + 1;
        if (key == QLatin1String("symbol")) {
            node.type = Node::Symbol;
            node.value = value.startsWith(QLatin1Char('$')) ? value.mid(1) : value;
        } else if (key == QLatin1String("user")) {
            node.type = Node::User;
            node.value = value.startsWith(QLatin1Char('@')) ? value.mid(1) : value;
        } else if (key == QLatin1String("id")) {
            node.type = Node::Id;
            node.value = value;
        } else if (key == QLatin1String("text")) {
            node.type = Node::TextOnly;
            node.value = value;
        } else if (key == QLatin1String("sentiment")) {
            node.type = Node::Sentiment;
            const QString lower = value.toLower();
            if (lower == QLatin1String("bullish"))
                node.sentiment = Message::Sentiment::Bullish;
            else if (lower == QLatin1String("bearish"))
                node.sentiment = Message::Sentiment::Bearish;
            else if (lower == QLatin1String("none"))
                node.sentiment = Message::Sentiment::None;
            else {
                fail(valueAt, QCoreApplication::translate("MessageQuery", "Unknown sentiment “%1” at character %2: use bullish, bearish or none.")
                                  .arg(value, QString::number(valueAt + 1)));
                return -1;
            }
            node.value = lower;
        } else if (key == QLatin1String("kind")) {
            node.type = Node::Kind;
            const QString lower = value.toLower();
            bool found = false;
            QStringList known;
            for (int k = 0; k <= int(Message::Kind::Malformed); ++k) {
                const QString name = messageKindKey(Message::Kind(k));
                known.append(name);
                if (name == lower) {
                    node.kind = Message::Kind(k);
                    found = true;
                }
            }
            if (!found) {
                fail(valueAt, QCoreApplication::translate("MessageQuery", "Unknown kind “%1” at character %2: use one of %3.")
                                  .arg(value, QString::number(valueAt + 1), known.join(QStringLiteral(", "))));
                return -1;
            }
        } else { // before, after
            node.type = key == QLatin1String("before") ? Node::Before : Node::After;
            if (!parseTime(value, node.msecs)) {
                fail(valueAt, QCoreApplication::translate("MessageQuery", "“%1” at character %2 is not a time: write it like 2024-03-11 or 2024-03-11T14:30:00Z (UTC).")
                                  .arg(value, QString::number(valueAt + 1)));
                return -1;
            }
        }
        return add(std::move(node));
    }
};

MessageQuery MessageQuery::parse(const QString &text, Syntax syntax, bool caseSensitive)
{
    MessageQuery query;
    query.m_text = text;
    query.m_caseSensitive = caseSensitive;
    if (text.trimmed().isEmpty())
        return query;
    Parser parser(query);
    switch (syntax) {
    case Syntax::Query:
        parser.run();
        break;
    case Syntax::Phrase: {
        Node node;
        node.type = Node::Text;
        node.value = text;
        query.m_nodes.push_back(node);
        query.m_root = 0;
        break;
    }
    case Syntax::Regex:
        query.m_root = parser.regexNode(text, 0);
        break;
    }
    if (!query.isValid()) {
        query.m_nodes.clear();
        query.m_root = -1;
        return query;
    }
    std::vector<QByteArray> required;
    if (query.m_root >= 0)
        query.collectRequired(query.m_root, required);
    query.m_prefilter = RawLinePrefilter(std::move(required), !caseSensitive);
    query.m_comparesStoredTexts = query.m_root >= 0;
    for (Node &node : query.m_nodes) {
        query.m_parts |= partsRead(node);
        const bool word = node.type == Node::Text || node.type == Node::TextOnly;
        if (word) {
            node.stored = caseSensitive ? node.value.toUtf8() : node.value.toLower().toUtf8();
            // Without case, only ASCII words follow ASCII case rules; a lone surrogate has no
            // UTF-8 to compare.
            if ((!caseSensitive && std::any_of(node.stored.begin(), node.stored.end(),
                                               [](char c) { return uchar(c) >= 0x80; })) ||
                !node.value.isValidUtf16())
                query.m_comparesStoredTexts = false;
        } else if (node.type != Node::And && node.type != Node::Or && node.type != Node::Not) {
            query.m_comparesStoredTexts = false;
        }
    }
    return query;
}

QString MessageQuery::describe() const
{
    if (isEmpty())
        return {};
    return tr("messages matching “%1”").arg(m_text.simplified());
}

QString MessageQuery::syntaxHelp()
{
    return tr("<p>Terms next to each other must all match; text is compared without case, as "
              "shown (escapes and entities decoded).</p><ul>"
              "<li><b>word</b> or <b>\"a phrase\"</b> — in the text, author or name</li>"
              "<li><b>$TSLA</b> or <b>symbol:TSLA</b> — messages about the symbol</li>"
              "<li><b>@user</b> or <b>user:name</b> — messages by this user</li>"
              "<li><b>sentiment:bullish</b>, <b>bearish</b> or <b>none</b>; <b>id:123</b>; "
              "<b>kind:stocktwits</b>, <b>gnip</b>, <b>tweet</b>, <b>activity</b>, <b>json</b></li>"
              "<li><b>after:2024-03-11</b>, <b>before:2024-03-11T14:30</b> — times in UTC</li>"
              "<li><b>/regular expression/</b> — on the text</li>"
              "<li><b>OR</b>, <b>NOT</b> (or <b>-term</b>), <b>AND</b> and <b>( )</b></li></ul>");
}

// ---- matching -------------------------------------------------------------------------------

bool MessageQuery::textContains(const QString &haystack, const QString &needle) const
{
    return m_caseSensitive ? haystack.contains(needle, Qt::CaseSensitive)
                           : MessageText::containsIgnoringCase(haystack, needle);
}

void MessageQuery::collectHighlights(int index, const QString &text,
                                     std::vector<std::pair<qsizetype, qsizetype>> &out) const
{
    const Node &node = m_nodes[size_t(index)];
    switch (node.type) {
    case Node::And:
    case Node::Or:
        collectHighlights(node.left, text, out);
        collectHighlights(node.right, text, out);
        break;
    case Node::Text:
    case Node::TextOnly: {
        // The same comparison as textContains(), at every place it succeeds.
        const Qt::CaseSensitivity cs = m_caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
        for (qsizetype at = text.indexOf(node.value, 0, cs); at >= 0 && !node.value.isEmpty();
             at = text.indexOf(node.value, at + node.value.size(), cs))
            out.emplace_back(at, node.value.size());
        break;
    }
    case Node::Regex:
        for (auto it = node.regex.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength() > 0)
                out.emplace_back(match.capturedStart(), match.capturedLength());
        }
        break;
    default: // NOT (what it names is absent), fields that are not text
        break;
    }
}

std::vector<std::pair<qsizetype, qsizetype>> MessageQuery::highlights(const QString &text) const
{
    std::vector<std::pair<qsizetype, qsizetype>> spans;
    if (!isValid() || m_root < 0 || text.isEmpty())
        return spans;
    collectHighlights(m_root, text, spans);
    std::sort(spans.begin(), spans.end());
    // Overlapping or touching spans ("squeeze" and "short squeeze") become one.
    std::vector<std::pair<qsizetype, qsizetype>> merged;
    for (const auto &[start, length] : spans) {
        if (!merged.empty() && start <= merged.back().first + merged.back().second) {
            const qsizetype end = std::max(merged.back().first + merged.back().second, start + length);
            merged.back().second = end - merged.back().first;
        } else {
            merged.emplace_back(start, length);
        }
    }
    return merged;
}

namespace {

/// Where a word is looked for: the text; a plain word (not text:) also the author and the
/// display name.
template<typename Text, typename Contains>
bool wordIn(bool textOnly, const Text &text, const Text &author, const Text &authorName,
            const Contains &contains)
{
    return contains(text) || (!textOnly && (contains(author) || contains(authorName)));
}

} // namespace

template<typename Leaf> bool MessageQuery::evaluate(int index, const Leaf &leaf) const
{
    const Node &node = m_nodes[size_t(index)];
    switch (node.type) {
    case Node::And:
        return evaluate(node.left, leaf) && evaluate(node.right, leaf);
    case Node::Or:
        return evaluate(node.left, leaf) || evaluate(node.right, leaf);
    case Node::Not:
        return !evaluate(node.left, leaf);
    default:
        return leaf(node);
    }
}

bool MessageQuery::wordMatches(const Node &node, const MessageNormalizer::StoredTexts &texts) const
{
    const std::string_view word(node.stored.constData(), size_t(node.stored.size()));
    return wordIn(node.type == Node::TextOnly, texts.text, texts.author, texts.authorName,
                  [&](std::string_view haystack) {
                      return m_caseSensitive
                                 ? haystack.find(word) != std::string_view::npos
                                 : MessageText::containsIgnoringAsciiCase(haystack, word);
                  });
}

bool MessageQuery::nodeMatches(int index, const Message &m) const
{
    return evaluate(index, [&](const Node &node) { return leafMatches(node, m); });
}

bool MessageQuery::leafMatches(const Node &node, const Message &m) const
{
    switch (node.type) {
    case Node::And:
    case Node::Or:
    case Node::Not:
        break; // evaluate() combines the others
    case Node::Text:
    case Node::TextOnly:
        if (m.kind == Message::Kind::Malformed)
            return textContains(QString::fromUtf8(m.raw), node.value);
        return wordIn(node.type == Node::TextOnly, m.text, m.author, m.authorName,
                      [&](const QString &haystack) { return textContains(haystack, node.value); });
    case Node::Regex:
        return node.regex
            .match(m.kind == Message::Kind::Malformed ? QString::fromUtf8(m.raw) : m.text)
            .hasMatch();
    case Node::Symbol:
        for (const QString &symbol : m.symbols) {
            if (symbol.compare(node.value, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    case Node::User:
        return !m.author.isEmpty() && m.author.compare(node.value, Qt::CaseInsensitive) == 0;
    case Node::Sentiment:
        return m.isActivity() && m.sentiment == node.sentiment;
    case Node::Id:
        return !m.id.isEmpty() &&
               (m.id.compare(node.value, Qt::CaseInsensitive) == 0 ||
                m.id.endsWith(QLatin1Char(':') + node.value, Qt::CaseInsensitive));
    case Node::Kind:
        return m.kind == node.kind;
    case Node::Before:
        return m.time.isValid() && m.time.toMSecsSinceEpoch() < node.msecs;
    case Node::After:
        return m.time.isValid() && m.time.toMSecsSinceEpoch() >= node.msecs;
    }
    return false;
}

bool MessageQuery::matches(const Message &message) const
{
    if (!isValid())
        return false;
    return m_root < 0 || nodeMatches(m_root, message);
}

void MessageQuery::collectRequired(int index, std::vector<QByteArray> &out) const
{
    const Node &node = m_nodes[size_t(index)];
    QByteArray bytes;
    switch (node.type) {
    case Node::And:
        collectRequired(node.left, out);
        collectRequired(node.right, out);
        return;
    case Node::Text:
    case Node::TextOnly:
    case Node::Symbol:
    case Node::User:
    case Node::Id:
        bytes = requiredFor(node.value);
        break;
    case Node::Sentiment:
        if (node.sentiment != Message::Sentiment::None)
            bytes = node.value.toLatin1();
        break;
    default:
        return; // OR, NOT, regex, kind and times require nothing of the raw bytes
    }
    if (!bytes.isEmpty())
        out.push_back(bytes);
}

bool MessageQuery::matchesLine(QByteArrayView line, LineMatcher &matcher) const
{
    return matchesParsedLine(line, nullptr, matcher);
}

bool MessageQuery::rejectsLine(QByteArrayView line) const
{
    return !isValid() || (m_root >= 0 && m_prefilter.rejects(line));
}

bool MessageQuery::matchesParsedLine(QByteArrayView line, const ParsedLine *parsed,
                                     LineMatcher &matcher, bool bytesChecked) const
{
    if (!isValid())
        return false;
    if (m_root < 0)
        return true;
    if (!bytesChecked && m_prefilter.rejects(line))
        return false;
    if (m_comparesStoredTexts) {
        MessageNormalizer::StoredTexts texts;
        if (matcher.normalizer->normalizeTextsInto(line, parsed, !m_caseSensitive, texts,
                                                   matcher.message, m_parts))
            return evaluate(m_root, [&](const Node &node) { return wordMatches(node, texts); });
        return matches(matcher.message);
    }
    if (parsed)
        matcher.normalizer->normalizeParsedInto(line, *parsed, matcher.message, m_parts);
    else
        matcher.normalizer->normalizeInto(line, matcher.message, m_parts);
    return matches(matcher.message);
}

MessageQuery::LineMatcher::LineMatcher()
    : normalizer(std::make_unique<MessageNormalizer>())
{}

MessageQuery::LineMatcher::~LineMatcher() = default;
