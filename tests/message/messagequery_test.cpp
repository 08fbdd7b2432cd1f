// The one query language: its grammar, what each term matches, and the sentences an invalid
// query gets (naming the character where the problem is).

#include "message/messagenormalizer.h"
#include "message/messagequery.h"
#include "message/messagetext.h"

#include <gtest/gtest.h>

namespace {

Message message(const char *json)
{
    MessageNormalizer normalizer;
    return normalizer.normalize(QByteArray(json));
}

const Message tsla = message(
    R"({"id":1,"body":"Let&#39;s buy $TSLA, Zo\u00eb says","created_at":"2024-03-11T14:30:05Z","user":{"username":"alice","name":"Alice A"},"symbols":[{"symbol":"TSLA"}],"entities":{"sentiment":{"basic":"Bullish"}}})");
const Message aapl = message(
    R"({"id":2,"body":"selling $AAPL","created_at":"2024-03-12T09:00:00Z","user":{"username":"bob"},"symbols":[{"symbol":"AAPL"}],"entities":{"sentiment":{"basic":"Bearish"}}})");
const Message gnip = message(
    R"({"id":"tag:search.twitter.com,2005:77","verb":"post","postedTime":"2024-03-11T10:00:00.000Z","actor":{"preferredUsername":"carol"},"body":"no symbols here"})");

bool matches(const char *query, const Message &m)
{
    const MessageQuery q = MessageQuery::parse(QString::fromUtf8(query));
    EXPECT_TRUE(q.isValid()) << query << ": " << q.errorString().toStdString();
    return q.matches(m);
}

QString errorOf(const char *query)
{
    const MessageQuery q = MessageQuery::parse(QString::fromUtf8(query));
    EXPECT_FALSE(q.isValid()) << query;
    EXPECT_FALSE(q.matches(tsla)) << "an invalid query matches nothing";
    return q.errorString();
}

} // namespace

TEST(MessageQueryGrammar, WordsAndPhrasesMatchTheDecodedTextCaseInsensitively)
{
    EXPECT_TRUE(matches("let's", tsla));
    EXPECT_TRUE(matches("\"LET'S BUY\"", tsla));
    EXPECT_TRUE(matches("zoë", tsla));
    EXPECT_TRUE(matches("\"alice a\"", tsla)) << "the display name is searched too";
    EXPECT_FALSE(matches("&#39;", tsla)) << "the entity is not what the user sees";
    EXPECT_TRUE(matches("text:buy", tsla));
    EXPECT_FALSE(matches("text:alice", tsla)) << "text: looks at the text alone";
    EXPECT_FALSE(MessageQuery::parse(QStringLiteral("let's"), MessageQuery::Syntax::Phrase, true)
                     .matches(tsla));
}

// Words are found without case as Qt compares without case (simple case folding), including the
// two characters outside ASCII that fold to an ASCII letter, on the faster path as on Qt's.
TEST(MessageQueryGrammar, WordsWithoutCaseAreFoundAsQtFindsThem)
{
    const QStringList haystacks{
        QStringLiteral("Short SQUEEZE today"), QStringLiteral("a \u017Fqueeze (long s)"),
        QStringLiteral("5 \u212Ag of gold"), QStringLiteral("squeez"), QStringLiteral("sque\u00DFze"),
        QStringLiteral("\U0001F680 rocket $TSLA"), QStringLiteral("ss ß SS"), QString(),
        QString(QChar(0xD83D)) + QStringLiteral("s (a lone surrogate)"),
        QStringLiteral("İstanbul ı i I"), QStringLiteral("SsSsqueeze"),
        QStringLiteral("[brackets] {braces} @user 42%")};
    const QStringList needles{
        QStringLiteral("squeeze"), QStringLiteral("SQUEEZE"), QStringLiteral("kg"),
        QStringLiteral("K"), QStringLiteral("s"), QStringLiteral("$tsla"), QStringLiteral("ss"),
        QStringLiteral("i"), QStringLiteral("[BRACKETS]"), QStringLiteral("{"),
        QStringLiteral("@USER"), QStringLiteral("42%"), QStringLiteral(""),
        QStringLiteral("ß"), QStringLiteral("\U0001F680"), QStringLiteral("squeeze today")};
    for (const QString &haystack : haystacks) {
        for (const QString &needle : needles)
            EXPECT_EQ(MessageText::containsIgnoringCase(haystack, needle),
                      haystack.contains(needle, Qt::CaseInsensitive))
                << haystack.toStdString() << " / " << needle.toStdString();
    }
    EXPECT_TRUE(MessageText::containsIgnoringCase(QStringLiteral("a \u017Fqueeze"),
                                                  QStringLiteral("SQUEEZE")));
}

// A search for words decides a StockTwits line on its stored UTF-8 texts when they are exactly
// the message's (MessageNormalizer::normalizeTextsInto()): every answer must be the message's.
TEST(MessageQueryGrammar, WordsOnStoredTextsAnswerAsOnTheMessage)
{
    const QStringList haystacks{QStringLiteral("Short SQUEEZE today"),
                                QStringLiteral("squeez"),
                                QStringLiteral("sque\u00DFze"),
                                QStringLiteral("\U0001F680 rocket $TSLA"),
                                QStringLiteral("ss \u00DF SS"),
                                QString(),
                                QStringLiteral("\u0130stanbul \u0131 i I"),
                                QStringLiteral("SsSsqueeze"),
                                QStringLiteral("[brackets] {braces} @user 42%")};
    for (const QString &haystack : haystacks) {
        const QByteArray utf8 = haystack.toUtf8();
        ASSERT_FALSE(MessageText::foldsToAscii({utf8.constData(), size_t(utf8.size())}));
        for (const char *needle : {"squeeze", "kg", "s", "$tsla", "ss", "i", "[brackets]", "{",
                                   "@user", "42%", "", "squeeze today"})
            EXPECT_EQ(MessageText::containsIgnoringAsciiCase(
                          {utf8.constData(), size_t(utf8.size())}, needle),
                      MessageText::containsIgnoringCase(haystack, QString::fromLatin1(needle)))
                << haystack.toStdString() << " / " << needle;
    }
    EXPECT_TRUE(MessageText::foldsToAscii("5 \u212Ag"));
    EXPECT_TRUE(MessageText::foldsToAscii("a \u017Fqueeze"));

    const char *bodies[] = {"Short SQUEEZE on $GME",
                            "squeeze &amp; hold",
                            "a \\u017Fqueeze",
                            "5 \\u212Ag of gold",
                            "Zo\\u00eb \\ud83d\\ude80 squeeze",
                            "nothing here",
                            "S&amp;P squeeze",
                            "nul\\u0000squeeze",
                            ""};
    const char *names[] = {"Squeeze Bot", "A &amp; B", "\\u212Aelvin", "plain"};
    const char *authors[] = {"squeezer", "bob", "\\u017Fam"};
    QList<QByteArray> lines;
    for (const char *body : bodies) {
        for (const char *name : names) {
            for (const char *author : authors)
                lines.append(QByteArray(R"({"id":1,"body":")") + body +
                             R"(","created_at":"2024-03-11T14:30:05Z","user":{"username":")" +
                             author + R"(","name":")" + name + R"("},"symbols":[]})");
        }
    }
    lines.append(R"({"id":2,"created_at":"2024-03-11T14:30:05Z","user":{"username":"squeeze"}})");
    lines.append(R"({"id":3,"body":"squeeze","user":{"username":"x"},"body":"other"})");
    lines.append("\xEF\xBB\xBF"
                 R"({"id":4,"body":"squeeze","user":{"username":"x"}})");
    lines.append(R"({"id":5,"body":"squeeze","user":{"username":"x"})");       // malformed
    lines.append(R"({"id":6,"body":"squeeze \xff","user":{"username":"x"}})"); // to repair

    MessageNormalizer normalizer;
    MessageQuery::LineMatcher matcher;
    for (const bool caseSensitive : {false, true}) {
        for (const char *text :
             {"squeeze", "SQUEEZE", "kg", "s", "bot", "text:bot", "-squeeze", "squeeze OR kelvin",
              "\"squeeze &\"", "\"& hold\"", "amp", "\"a & b\"", "\u00f6l", "\u00dfze",
              "\U0001F680", "squeeze bob", "nul"}) {
            const MessageQuery query = MessageQuery::parse(
                QString::fromUtf8(text), MessageQuery::Syntax::Query, caseSensitive);
            ASSERT_TRUE(query.isValid()) << text;
            for (const QByteArray &line : lines)
                EXPECT_EQ(query.matchesLine(line, matcher),
                          query.matches(normalizer.normalize(line)))
                    << text << (caseSensitive ? " (case)" : "") << " on " << line.toStdString();
        }
    }
}

TEST(MessageQueryGrammar, FieldTerms)
{
    EXPECT_TRUE(matches("$tsla", tsla));
    EXPECT_TRUE(matches("symbol:TSLA", tsla));
    EXPECT_TRUE(matches("symbol:$TSLA", tsla));
    EXPECT_FALSE(matches("$TSL", tsla));
    EXPECT_TRUE(matches("@ALICE", tsla));
    EXPECT_TRUE(matches("user:alice", tsla));
    EXPECT_FALSE(matches("@ali", tsla));
    EXPECT_TRUE(matches("sentiment:bullish", tsla));
    EXPECT_TRUE(matches("sentiment:BEARISH", aapl));
    EXPECT_TRUE(matches("sentiment:none", gnip));
    EXPECT_TRUE(matches("id:1", tsla));
    EXPECT_TRUE(matches("id:77", gnip)) << "the end of a Gnip tag id";
    EXPECT_TRUE(matches("kind:stocktwits", tsla));
    EXPECT_TRUE(matches("kind:gnip", gnip));
    EXPECT_TRUE(matches("after:2024-03-12", aapl));
    EXPECT_FALSE(matches("after:2024-03-12", tsla));
    EXPECT_TRUE(matches("before:2024-03-11T14:30:06Z", tsla));
    EXPECT_FALSE(matches("before:2024-03-11T14:30:05Z", tsla)) << "before is exclusive";
    EXPECT_TRUE(matches("after:2024-03-11T10:00 before:2024-03-11T11:00", gnip));
    EXPECT_TRUE(matches("/b.y \\$TS/", tsla));
    EXPECT_TRUE(matches("user:\"alice\"", tsla));
}

TEST(MessageQueryGrammar, AndOrNotAndParentheses)
{
    EXPECT_TRUE(matches("$TSLA OR $AAPL", tsla));
    EXPECT_TRUE(matches("$TSLA OR $AAPL", aapl));
    EXPECT_FALSE(matches("$TSLA OR $AAPL", gnip));
    EXPECT_TRUE(matches("$TSLA AND @alice", tsla));
    EXPECT_FALSE(matches("$TSLA @bob", tsla)) << "a space is AND";
    EXPECT_TRUE(matches("NOT $TSLA", aapl));
    EXPECT_FALSE(matches("-$TSLA", tsla));
    EXPECT_TRUE(matches("(@alice OR @bob) sentiment:bearish", aapl));
    EXPECT_FALSE(matches("(@alice OR @bob) sentiment:bearish", tsla));
    // AND binds tighter than OR.
    EXPECT_TRUE(matches("@carol OR @alice $TSLA", gnip));
    EXPECT_FALSE(matches("@carol OR @alice $AAPL", tsla));
    EXPECT_TRUE(matches("NOT (@alice OR @bob)", gnip));
    EXPECT_TRUE(matches("and or not", message(R"({"id":9,"body":"and or not","user":{"username":"x"}})")))
        << "only capitals are operators";
    EXPECT_TRUE(MessageQuery::parse(QStringLiteral("   ")).isEmpty());
    EXPECT_TRUE(MessageQuery::parse(QStringLiteral("   ")).matches(gnip));
}

TEST(MessageQueryGrammar, ErrorsNameTheCharacter)
{
    EXPECT_EQ(errorOf("($TSLA OR $AAPL"), QStringLiteral("The parenthesis at character 1 is not closed."));
    EXPECT_EQ(errorOf("$TSLA)"), QStringLiteral("There is a ')' at character 6 without a '(' before it."));
    EXPECT_EQ(errorOf("$TSLA OR"), QStringLiteral("OR at character 7 needs a term after it."));
    EXPECT_EQ(errorOf("OR $TSLA"), QStringLiteral("OR at character 1 needs a term before it."));
    EXPECT_EQ(errorOf("$TSLA AND NOT"), QStringLiteral("NOT at character 11 needs a term after it."));
    EXPECT_EQ(errorOf("$TSLA AND"), QStringLiteral("AND at character 7 needs a term after it."));
    EXPECT_EQ(errorOf("()"), QStringLiteral("The parentheses at character 1 are empty."));
    EXPECT_EQ(errorOf("say \"buy"), QStringLiteral("The phrase at character 5 has no closing quote (\")."));
    EXPECT_EQ(errorOf("/abc"), QStringLiteral("The regular expression at character 1 has no closing slash (/)."));
    EXPECT_TRUE(errorOf("x /a(b/").startsWith(QStringLiteral("The regular expression is not valid at character")));
    EXPECT_EQ(errorOf("sentiment:happy"),
              QStringLiteral("Unknown sentiment “happy” at character 11: use bullish, bearish or none."));
    EXPECT_TRUE(errorOf("kind:blog").startsWith(QStringLiteral("Unknown kind “blog” at character 6: use one of stocktwits, gnip, tweet")));
    EXPECT_EQ(errorOf("after:yesterday"),
              QStringLiteral("“yesterday” at character 7 is not a time: write it like 2024-03-11 or "
                             "2024-03-11T14:30:00Z (UTC)."));
    EXPECT_EQ(errorOf("$TSLA symbol:"), QStringLiteral("“symbol:” at character 7 needs a value."));
    const MessageQuery q = MessageQuery::parse(QStringLiteral("$TSLA symbol:"));
    EXPECT_EQ(q.errorPosition(), 6);
}

TEST(MessageQueryGrammar, RequiredBytesOnlyWhereTheRawJsonWritesThemAsIs)
{
    using Bytes = std::vector<QByteArray>;
    EXPECT_EQ(MessageQuery::parse(QStringLiteral("TSLA moon")).requiredBytes(), (Bytes{"tsla", "moon"}));
    EXPECT_EQ(MessageQuery::parse(QStringLiteral("$TSLA sentiment:bullish")).requiredBytes(),
              (Bytes{"tsla", "bullish"}));
    EXPECT_TRUE(MessageQuery::parse(QStringLiteral("doesn't")).requiredBytes().empty());
    EXPECT_TRUE(MessageQuery::parse(QStringLiteral("Zoë")).requiredBytes().empty());
    EXPECT_TRUE(MessageQuery::parse(QStringLiteral("AT&T")).requiredBytes().empty());
    EXPECT_TRUE(MessageQuery::parse(QStringLiteral("$TSLA OR $AAPL")).requiredBytes().empty());
    EXPECT_TRUE(MessageQuery::parse(QStringLiteral("NOT moon")).requiredBytes().empty());
}

TEST(MessageQueryGrammar, RawLinesMatchAsTheirMessages)
{
    MessageQuery::LineMatcher matcher;
    const QByteArray kelvin = R"({"id":5,"body":"\u212Aiss the ring","user":{"username":"k"}})";
    // The Kelvin sign folds to 'k': the raw bytes lack "kiss", the decoded text has it.
    const MessageQuery kiss = MessageQuery::parse(QStringLiteral("kiss"));
    EXPECT_TRUE(kiss.matchesLine(kelvin, matcher));
    const QByteArray retweet =
        R"({"id_str":"8","text":"cut","user":{"screen_name":"x"},"retweeted_status":{"text":"whole story","user":{"screen_name":"orig"}}})";
    EXPECT_TRUE(MessageQuery::parse(QStringLiteral("\"RT @orig\"")).matchesLine(retweet, matcher));
    const QByteArray follow =
        R"({"id":9,"type":"Friendship","user":{"username":"alice"},"target_user":{"username":"bob"}})";
    EXPECT_TRUE(MessageQuery::parse(QStringLiteral("follows")).matchesLine(follow, matcher));
    EXPECT_FALSE(MessageQuery::parse(QStringLiteral("tsla")).matchesLine(follow, matcher));
}

TEST(MessageQueryGrammar, HighlightsAreWhereTheWordsPhrasesAndRegexesMatchOutsideNot)
{
    using Spans = std::vector<std::pair<qsizetype, qsizetype>>;
    const QString text = QStringLiteral("Short squeeze on $TSLA, SQUEEZE again; no moon");
    // Every place, without case; a phrase as a whole.
    EXPECT_EQ(MessageQuery::parse(QStringLiteral("squeeze")).highlights(text),
              (Spans{{6, 7}, {24, 7}}));
    EXPECT_EQ(MessageQuery::parse(QStringLiteral("\"short squeeze\"")).highlights(text),
              (Spans{{0, 13}}));
    // Overlapping terms become one span; what NOT names and field terms are not text.
    EXPECT_EQ(MessageQuery::parse(QStringLiteral("short squeeze OR hort")).highlights(text),
              (Spans{{0, 5}, {6, 7}, {24, 7}}));
    EXPECT_EQ(MessageQuery::parse(QStringLiteral("\"short squeeze\" squeeze")).highlights(text),
              (Spans{{0, 13}, {24, 7}}));
    EXPECT_EQ(MessageQuery::parse(QStringLiteral("squeeze NOT moon $TSLA sentiment:bullish"))
                  .highlights(text),
              (Spans{{6, 7}, {24, 7}}));
    EXPECT_EQ(MessageQuery::parse(QStringLiteral("/sq\\w+e\\b/")).highlights(text),
              (Spans{{6, 7}, {24, 7}})); // regexes ignore case too
    EXPECT_EQ(MessageQuery::parse(QStringLiteral("/on \\$\\w+/")).highlights(text),
              (Spans{{14, 8}}));
    // Case-sensitive search highlights only the exact case.
    EXPECT_EQ(MessageQuery::parse(QStringLiteral("SQUEEZE"), MessageQuery::Syntax::Query, true)
                  .highlights(text),
              (Spans{{24, 7}}));
    EXPECT_TRUE(MessageQuery::parse(QStringLiteral("$TSLA")).highlights(text).empty());
    EXPECT_TRUE(MessageQuery::parse(QStringLiteral("(unclosed")).highlights(text).empty());
}
