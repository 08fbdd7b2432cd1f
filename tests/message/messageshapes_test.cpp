// Every shape of DESIGN §1.3, from small fixtures written for the project, reads as a user
// expects: full decoded text, the right author, symbols, sentiment, likes and kind. The fast
// field scanner used by indexing and statistics gives the same answer as the normaliser.

#include "message/fieldscanner.h"
#include "message/messagenormalizer.h"
#include "message/messagetext.h"

#include "testsupport.h"

#include <gtest/gtest.h>

#include <QFile>

namespace {

QList<QByteArray> fixtureLines(const QString &name)
{
    QFile file(TestSupport::sourcePath(QStringLiteral("tests/message/data/") + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

Message line(const QString &file, int index)
{
    MessageNormalizer normalizer;
    return normalizer.normalize(fixtureLines(file).value(index));
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

} // namespace

TEST(MessageText, DecodesTheEntitiesProvidersWrite)
{
    EXPECT_EQ(MessageText::decodeEntities(QStringLiteral("Let&#39;s &amp; &gt; &lt; &quot;x&quot; &apos;")),
              QStringLiteral("Let's & > < \"x\" '"));
    EXPECT_EQ(MessageText::decodeEntities(QStringLiteral("&#x1F680; &#233;")), QStringLiteral("🚀 é"));
    // One pass: an escaped entity stays an entity; unknown or unterminated ones stay as written.
    EXPECT_EQ(MessageText::decodeEntities(QStringLiteral("&amp;lt; &nbsp &bogus; AT&T &#0; &#xD800;")),
              QStringLiteral("&lt; &nbsp &bogus; AT&T &#0; &#xD800;"));
}

TEST(MessageShapes, StockTwitsBodyIsDecoded)
{
    const Message m = line(QStringLiteral("stocktwits.jsonl"), 0);
    EXPECT_EQ(m.kind, Message::Kind::StockTwits);
    EXPECT_EQ(m.text, QStringLiteral("Let's go $TSLA & $AAPL > $MSFT, she says \"buy\""));
    EXPECT_EQ(m.authorName, QStringLiteral("Zoë & Co"));
    EXPECT_EQ(m.symbols, list({"TSLA", "AAPL", "MSFT"}));
    EXPECT_EQ(m.sentiment, Message::Sentiment::Bullish);
    EXPECT_EQ(m.likes, 12);
    // The raw JSON stays raw for the detail tree.
    EXPECT_TRUE(m.raw.contains("Let&#39;s"));
}

TEST(MessageShapes, EscapedTextAndEmojiAreDecodedAndSentimentIgnoresCase)
{
    const Message m = line(QStringLiteral("stocktwits.jsonl"), 1);
    EXPECT_EQ(m.kind, Message::Kind::StockTwits);
    EXPECT_EQ(m.text, QStringLiteral("決算 beat, $NVDA to the moon 🚀 doesn't matter"));
    EXPECT_EQ(m.sentiment, Message::Sentiment::Bearish);
    const Message quote = line(QStringLiteral("stocktwits.jsonl"), 2);
    EXPECT_EQ(quote.text, QStringLiteral("Zoë says \"buy\" on $AMD"));
    EXPECT_EQ(quote.sentiment, Message::Sentiment::None);
}

TEST(MessageShapes, GnipLongPostShowsItsWholeBody)
{
    const Message m = line(QStringLiteral("gnip.jsonl"), 0);
    EXPECT_EQ(m.kind, Message::Kind::ActivityStreams);
    EXPECT_TRUE(m.text.endsWith(QStringLiteral("the buyback continues. $GOOG next.")));
    EXPECT_EQ(m.symbols, list({"AAPL", "GOOG"}));
    EXPECT_EQ(m.author, QStringLiteral("longposter"));
    EXPECT_EQ(m.likes, 40);
}

TEST(MessageShapes, GnipRetweetShowsTheOriginalsFullText)
{
    const Message m = line(QStringLiteral("gnip.jsonl"), 1);
    EXPECT_EQ(m.author, QStringLiteral("retweeter"));
    EXPECT_TRUE(m.text.startsWith(QStringLiteral("RT @longposter: Earnings thread")));
    EXPECT_TRUE(m.text.endsWith(QStringLiteral("$GOOG next.")));
    EXPECT_EQ(m.symbols, list({"AAPL", "GOOG"}));
}

TEST(MessageShapes, GnipQuoteShowsBothTexts)
{
    const Message m = line(QStringLiteral("gnip.jsonl"), 2);
    EXPECT_EQ(m.text, QStringLiteral("This is why I sold $META & kept cash https://t.co/x\n\n"
                                     "QT @analyst: Ad revenue miss at $META"));
}

TEST(MessageShapes, TwitterRetweetShowsTheExtendedText)
{
    const Message m = line(QStringLiteral("twitter.jsonl"), 0);
    EXPECT_EQ(m.kind, Message::Kind::Twitter);
    EXPECT_EQ(m.author, QStringLiteral("rt_user"));
    EXPECT_EQ(m.text, QStringLiteral("RT @orig: $TSLA deliveries are out and they are higher than "
                                     "the consensus of every single analyst that covers the "
                                     "stock. $RIVN lower."));
    EXPECT_EQ(m.symbols, list({"TSLA", "RIVN"}));
    EXPECT_EQ(m.source, QStringLiteral("Twitter Web Client"));
}

TEST(MessageShapes, TwitterV2StreamLineResolvesItsAuthorThroughIncludes)
{
    const Message m = line(QStringLiteral("twitter.jsonl"), 1);
    EXPECT_EQ(m.kind, Message::Kind::Twitter);
    EXPECT_EQ(m.id, QStringLiteral("1767000000000000020"));
    EXPECT_EQ(m.time.toString(Qt::ISODate), QStringLiteral("2024-03-11T18:00:00Z"));
    EXPECT_EQ(m.author, QStringLiteral("TwitterDev"));
    EXPECT_EQ(m.authorName, QStringLiteral("Twitter Dev"));
    EXPECT_EQ(m.text, QStringLiteral("Long v2 post about $AMZN & $SHOP: both report next week, I'm long."));
    EXPECT_EQ(m.symbols, list({"AMZN", "SHOP"}));
    EXPECT_EQ(m.likes, 27);
}

TEST(MessageShapes, BareTwitterV2Tweet)
{
    const Message m = line(QStringLiteral("twitter.jsonl"), 2);
    EXPECT_EQ(m.kind, Message::Kind::Twitter);
    EXPECT_EQ(m.text, QStringLiteral("Bare v2 tweet on $NFLX"));
    EXPECT_EQ(m.symbols, list({"NFLX"}));
    EXPECT_EQ(m.likes, 4);
    EXPECT_TRUE(m.time.isValid());
}

TEST(MessageShapes, StockTwitsActivityObjectsAreTheirOwnKind)
{
    const Message follow = line(QStringLiteral("activity.jsonl"), 0);
    EXPECT_EQ(follow.kind, Message::Kind::StockTwitsActivity);
    EXPECT_EQ(follow.author, QStringLiteral("alice"));
    EXPECT_EQ(follow.text, QStringLiteral("@alice follows @bob"));
    EXPECT_EQ(line(QStringLiteral("activity.jsonl"), 1).text, QStringLiteral("@alice blocks @spammer"));
    const Message like = line(QStringLiteral("activity.jsonl"), 2);
    EXPECT_EQ(like.kind, Message::Kind::StockTwitsActivity);
    EXPECT_EQ(like.author, QStringLiteral("bob"));
    EXPECT_EQ(like.text, QStringLiteral("@bob likes message 512344001: Let's go $TSLA"));
    EXPECT_TRUE(like.time.isValid());
}

TEST(MessageShapes, UnrecognisedJsonHasNoSymbolsOrSentiment)
{
    const Message m = line(QStringLiteral("activity.jsonl"), 3);
    EXPECT_EQ(m.kind, Message::Kind::Generic);
    EXPECT_TRUE(m.symbols.isEmpty());
    EXPECT_EQ(m.sentiment, Message::Sentiment::None);
    EXPECT_TRUE(m.text.contains(QStringLiteral("sensor: t-17")));
}

TEST(MessageShapes, ScannerAgreesWithTheNormaliserOnEveryFixture)
{
    MessageNormalizer normalizer;
    FieldScanner scanner;
    for (const QString &file : {QStringLiteral("stocktwits.jsonl"), QStringLiteral("gnip.jsonl"),
                                QStringLiteral("twitter.jsonl"), QStringLiteral("activity.jsonl")}) {
        const QList<QByteArray> lines = fixtureLines(file);
        ASSERT_FALSE(lines.isEmpty()) << file.toStdString();
        for (const QByteArray &raw : lines) {
            const Message m = normalizer.normalize(raw);
            const ScannedFields &f = scanner.scan(raw);
            SCOPED_TRACE(raw.toStdString());
            EXPECT_EQ(f.kind, m.kind);
            const std::string_view id = scanner.id();
            const std::string_view author = scanner.author();
            EXPECT_EQ(QString::fromUtf8(id.data(), qsizetype(id.size())), m.id);
            EXPECT_EQ(QString::fromUtf8(author.data(), qsizetype(author.size())), m.author);
            QStringList symbols;
            for (std::string_view s : f.symbols)
                symbols.append(QString::fromUtf8(s.data(), qsizetype(s.size())));
            EXPECT_EQ(symbols, m.symbols);
            EXPECT_EQ(f.sentiment, m.sentiment);
            EXPECT_EQ(f.time, m.time.isValid() ? m.time.toSecsSinceEpoch() : ScannedFields::noTime);
        }
    }
}
