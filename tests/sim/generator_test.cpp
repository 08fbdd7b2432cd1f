// The synthetic content: deterministic, realistic StockTwits-like messages in every shape the
// normaliser must recognise (DESIGN §1.3), with the variety a real stream has.

#include "sim/messagegenerator.h"

#include <gtest/gtest.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace {

constexpr qint64 someTime = 1710425045000; // 2024-03-14T14:04:05Z

QJsonObject parse(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << line.constData();
    return document.object();
}

QJsonObject stockTwits(const MessageGenerator &generator, quint64 key)
{
    return parse(generator.message(key, 1000 + qint64(key), someTime, MessageShape::StockTwits));
}

} // namespace

TEST(MessageGenerator, TheSameSeedGivesTheSameMessagesAndAnotherSeedOthers)
{
    const MessageGenerator first(7), second(7), other(8);
    for (quint64 key = 0; key < 50; ++key) {
        EXPECT_EQ(first.message(key, 1, someTime, MessageShape::Mixed),
                  second.message(key, 1, someTime, MessageShape::Mixed));
    }
    int different = 0;
    for (quint64 key = 0; key < 50; ++key) {
        different += first.message(key, 1, someTime, MessageShape::StockTwits) !=
                             other.message(key, 1, someTime, MessageShape::StockTwits)
                         ? 1
                         : 0;
    }
    EXPECT_GT(different, 45);
}

TEST(MessageGenerator, EveryShapeIsValidJsonOnOneLine)
{
    const MessageGenerator generator(1);
    for (const MessageShape shape :
         {MessageShape::StockTwits, MessageShape::Wrapped, MessageShape::ActivityStreams,
          MessageShape::TwitterNative, MessageShape::Mixed, MessageShape::StockTwitsActivity}) {
        for (quint64 key = 0; key < 300; ++key) {
            const QByteArray line = generator.message(key, 1, someTime, shape);
            ASSERT_FALSE(line.contains('\n'));
            ASSERT_FALSE(line.contains('\r'));
            ASSERT_FALSE(parse(line).isEmpty());
        }
    }
}

TEST(MessageGenerator, StockTwitsMessagesHaveTheDocumentedFields)
{
    const MessageGenerator generator(1);
    const QJsonObject message = stockTwits(generator, 3);
    EXPECT_EQ(message.value(QLatin1String("id")).toInteger(), 1003);
    EXPECT_FALSE(message.value(QLatin1String("body")).toString().isEmpty());
    EXPECT_EQ(message.value(QLatin1String("created_at")).toString(),
              QLatin1String("2024-03-14T14:04:05Z"));
    const QJsonObject user = message.value(QLatin1String("user")).toObject();
    for (const char *field : {"id", "username", "name", "followers"})
        EXPECT_TRUE(user.contains(QLatin1String(field))) << field;
    const QJsonArray symbols = message.value(QLatin1String("symbols")).toArray();
    ASSERT_FALSE(symbols.isEmpty());
    EXPECT_FALSE(symbols.first().toObject().value(QLatin1String("symbol")).toString().isEmpty());
    EXPECT_FALSE(symbols.first().toObject().value(QLatin1String("title")).toString().isEmpty());
    EXPECT_TRUE(
        message.value(QLatin1String("entities")).toObject().contains(QLatin1String("sentiment")));
    EXPECT_TRUE(message.value(QLatin1String("likes")).toObject().contains(QLatin1String("total")));
    EXPECT_FALSE(message.value(QLatin1String("source"))
                     .toObject()
                     .value(QLatin1String("title"))
                     .toString()
                     .isEmpty());
}

TEST(MessageGenerator, TheBodyMentionsItsSymbolsAsCashtags)
{
    const MessageGenerator generator(1);
    for (quint64 key = 0; key < 200; ++key) {
        const QJsonObject message = stockTwits(generator, key);
        const QString body = message.value(QLatin1String("body")).toString();
        for (const QJsonValue symbol : message.value(QLatin1String("symbols")).toArray())
            EXPECT_TRUE(body.contains(QLatin1Char('$') +
                                      symbol.toObject().value(QLatin1String("symbol")).toString()))
                << qPrintable(body);
    }
}

TEST(MessageGenerator, SentimentIsAMixOfBullishBearishAndNone)
{
    const MessageGenerator generator(1);
    QHash<QString, int> counts;
    for (quint64 key = 0; key < 2000; ++key) {
        const QJsonValue sentiment = stockTwits(generator, key)
                                         .value(QLatin1String("entities"))
                                         .toObject()
                                         .value(QLatin1String("sentiment"));
        counts[sentiment.isNull()
                   ? QStringLiteral("none")
                   : sentiment.toObject().value(QLatin1String("basic")).toString()]++;
    }
    EXPECT_EQ(counts.size(), 3);
    for (const char *kind : {"Bullish", "Bearish", "none"})
        EXPECT_GT(counts.value(QLatin1String(kind)), 200) << kind;
}

TEST(MessageGenerator, AboutFiveHundredTickersWithAFewVeryPopularOnes)
{
    const MessageGenerator generator(1);
    EXPECT_GE(generator.tickers().size(), 480);
    EXPECT_LE(generator.tickers().size(), 520);
    QHash<QString, int> counts;
    for (quint64 key = 0; key < 20000; ++key) {
        const QJsonArray symbols =
            stockTwits(generator, key).value(QLatin1String("symbols")).toArray();
        counts[symbols.first().toObject().value(QLatin1String("symbol")).toString()]++;
    }
    QList<int> sorted = counts.values();
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    EXPECT_GT(counts.size(), 300) << "the long tail shows up";
    EXPECT_GT(sorted.first(), 20 * sorted[sorted.size() / 2]) << "popularity is skewed";
    EXPECT_GT(sorted.first(), 1000);
}

TEST(MessageGenerator, TextIncludesNonAsciiLettersEmojiAndTwoLineBodies)
{
    const MessageGenerator generator(1);
    bool accented = false, emoji = false, cjk = false, twoLines = false;
    for (quint64 key = 0; key < 3000; ++key) {
        const QString body = stockTwits(generator, key).value(QLatin1String("body")).toString();
        for (const QChar c : body) {
            accented |= c.unicode() >= 0xC0 && c.unicode() < 0x250;
            emoji |= c.isHighSurrogate();
            cjk |= c.unicode() >= 0x3040 && c.unicode() < 0xA000;
        }
        twoLines |= body.contains(QLatin1Char('\n'));
    }
    EXPECT_TRUE(accented);
    EXPECT_TRUE(emoji);
    EXPECT_TRUE(cjk);
    EXPECT_TRUE(twoLines);
}

TEST(MessageGenerator, WrappedMessagesAreCreateActionsAroundAMessage)
{
    const MessageGenerator generator(1);
    const QJsonObject wrapped = parse(generator.message(5, 77, someTime, MessageShape::Wrapped));
    EXPECT_EQ(wrapped.value(QLatin1String("action")).toString(), QLatin1String("create"));
    EXPECT_EQ(wrapped.value(QLatin1String("data")).toObject(),
              parse(generator.message(5, 77, someTime, MessageShape::StockTwits)));
}

TEST(MessageGenerator, ActivityStreamsMessagesHaveTheGnipFields)
{
    const MessageGenerator generator(1);
    const QJsonObject activity =
        parse(generator.message(9, 4242, someTime, MessageShape::ActivityStreams));
    EXPECT_TRUE(activity.value(QLatin1String("id")).toString().startsWith(QLatin1String("tag:")));
    EXPECT_TRUE(activity.value(QLatin1String("id")).toString().endsWith(QLatin1String("4242")));
    EXPECT_EQ(activity.value(QLatin1String("verb")).toString(), QLatin1String("post"));
    EXPECT_EQ(activity.value(QLatin1String("postedTime")).toString(),
              QLatin1String("2024-03-14T14:04:05.000Z"));
    EXPECT_FALSE(activity.value(QLatin1String("actor"))
                     .toObject()
                     .value(QLatin1String("preferredUsername"))
                     .toString()
                     .isEmpty());
    EXPECT_FALSE(activity.value(QLatin1String("body")).toString().isEmpty());
    EXPECT_TRUE(activity.value(QLatin1String("object")).isObject());
    EXPECT_TRUE(activity.value(QLatin1String("twitter_entities")).isObject());
    EXPECT_TRUE(activity.value(QLatin1String("gnip")).isObject());
}

TEST(MessageGenerator, TwitterMessagesHaveTwitterFieldsAndSymbolIndicesIntoTheText)
{
    const MessageGenerator generator(1);
    for (quint64 key = 0; key < 300; ++key) {
        const QJsonObject tweet =
            parse(generator.message(key, 1234567, someTime, MessageShape::TwitterNative));
        EXPECT_EQ(tweet.value(QLatin1String("id_str")).toString(), QLatin1String("1234567"));
        EXPECT_EQ(tweet.value(QLatin1String("created_at")).toString(),
                  QLatin1String("Thu Mar 14 14:04:05 +0000 2024"));
        EXPECT_FALSE(tweet.value(QLatin1String("user"))
                         .toObject()
                         .value(QLatin1String("screen_name"))
                         .toString()
                         .isEmpty());
        const QList<uint> text = tweet.value(QLatin1String("text")).toString().toUcs4();
        for (const QJsonValue value : tweet.value(QLatin1String("entities"))
                                          .toObject()
                                          .value(QLatin1String("symbols"))
                                          .toArray()) {
            const QJsonObject symbol = value.toObject();
            const QJsonArray indices = symbol.value(QLatin1String("indices")).toArray();
            const qsizetype begin = indices.at(0).toInt(), end = indices.at(1).toInt();
            const QString cashtag = QString::fromUcs4(
                reinterpret_cast<const char32_t *>(text.constData() + begin), end - begin);
            EXPECT_EQ(cashtag, QLatin1Char('$') + symbol.value(QLatin1String("text")).toString());
        }
    }
}

TEST(MessageGenerator, MixedShapeRotatesThroughAllShapes)
{
    EXPECT_EQ(MessageGenerator::resolve(MessageShape::Mixed, 0), MessageShape::StockTwits);
    EXPECT_EQ(MessageGenerator::resolve(MessageShape::Mixed, 1), MessageShape::Wrapped);
    EXPECT_EQ(MessageGenerator::resolve(MessageShape::Mixed, 2), MessageShape::ActivityStreams);
    EXPECT_EQ(MessageGenerator::resolve(MessageShape::Mixed, 3), MessageShape::TwitterNative);
    EXPECT_EQ(MessageGenerator::resolve(MessageShape::ActivityStreams, 0),
              MessageShape::ActivityStreams);
}

TEST(MessageGenerator, MessagesArePaddedToTheTargetSize)
{
    const MessageGenerator natural(1), padded(1, 2048);
    for (quint64 key = 0; key < 200; ++key) {
        const QByteArray line = padded.message(key, 1, someTime, MessageShape::Mixed);
        EXPECT_GE(line.size(), 2044);
        EXPECT_LE(line.size(), 2048);
        EXPECT_FALSE(parse(line).isEmpty());
        EXPECT_LT(natural.message(key, 1, someTime, MessageShape::StockTwits).size(), 1600);
    }
}
