// The raw-byte pre-filter of the file search: which lines may be skipped without normalising
// them, and that the vector scans (16 and 32 bytes at a time) give the byte-by-byte answer
// wherever a string or marker sits in the line (block edges and the line's last bytes included).

#include "message/rawlineprefilter.h"

#include <gtest/gtest.h>

#include <random>

namespace {

using Scan = RawLinePrefilter::Scan;

/// The scans this processor can run (the byte-by-byte rules always).
std::vector<Scan> scans()
{
    std::vector<Scan> all;
    for (const Scan scan : {Scan::Bytewise, Scan::Sse2, Scan::Avx2, Scan::Avx512}) {
        if (RawLinePrefilter::isAvailable(scan))
            all.push_back(scan);
    }
    return all;
}

RawLinePrefilter wordFilter(const char *word, bool foldsCase = true)
{
    return RawLinePrefilter({QByteArray(word)}, foldsCase);
}

/// \a inner placed after \a offset filler bytes, with filler after it too.
QByteArray placed(const QByteArray &inner, int offset, int after = 7)
{
    return QByteArray(offset, 'x') + inner + QByteArray(after, 'y');
}

} // namespace

TEST(RawLinePrefilter, SkipsAStockTwitsLineWithoutTheWord)
{
    // "trade_status" is an ordinary field of every StockTwits user, not a retweet marker.
    const QByteArray line =
        R"({"action":"create","data":{"id":1,"body":"long $TSLA","user":{"username":"a","trade_status":null},"entities":{"sentiment":null}}})";
    EXPECT_TRUE(wordFilter("squeeze").rejects(line));
    EXPECT_FALSE(wordFilter("tsla").rejects(line));
}

TEST(RawLinePrefilter, FindsTheWordInAnyCaseAtEveryOffset)
{
    const RawLinePrefilter filter = wordFilter("squeeze");
    // Offsets and lengths around every vector step (16, 32 and 64 bytes, the last step
    // overlapping the one before it) and the bytes left to the byte-by-byte rules.
    for (int offset = 0; offset < 200; ++offset) {
        for (int after : {0, 1, 5, 20, 63, 64, 65}) {
            for (const QByteArray &word : {QByteArray("squeeze"), QByteArray("SQUEEZE"),
                                          QByteArray("SqUeEzE")}) {
                const QByteArray line = placed(word, offset, after);
                for (const Scan scan : scans())
                    EXPECT_FALSE(filter.rejects(line, scan)) << line.constData();
            }
            for (const QByteArray &nearMiss :
                 {QByteArray("squeezf"), QByteArray("sbueeze"), QByteArray("rqueeze")}) {
                const QByteArray line = placed(nearMiss, offset, after);
                for (const Scan scan : scans())
                    EXPECT_TRUE(filter.rejects(line, scan)) << line.constData();
            }
        }
    }
}

TEST(RawLinePrefilter, NeverSkipsALineThatCouldSpellTheWordAnotherWay)
{
    const RawLinePrefilter filter = wordFilter("kiss");
    const QByteArray markers[] = {
        R"(\u006biss)",          // a JSON escape can write any character
        "&#107;iss",             // so can a numeric entity
        R"("type":"Friendship")", // activity objects compose their text
        R"("object_type":"Block")",
        R"("retweeted_status":{)", // retweets and quotes compose "RT @user: …"
        R"("quoted_status":{)",
        R"("twitter_quoted_status":{)",
        R"("verb":"share")",       // a Gnip share shows the original's text
        "\xE2\x84\xAAiss",         // the Kelvin sign folds to 'k'
        "\xC5\xBF",                // the long s folds to 's'
    };
    for (const QByteArray &marker : markers) {
        for (int offset = 0; offset < 40; ++offset) {
            for (int after : {0, 3, 30}) {
                const QByteArray line = placed(marker, offset, after);
                for (const Scan scan : scans())
                    EXPECT_FALSE(filter.rejects(line, scan)) << line.constData();
            }
        }
    }
    // A case-sensitive query is not affected by case folding signs.
    EXPECT_TRUE(wordFilter("kiss", false).rejects(placed("\xE2\x84\xAA", 20)));
    // Near misses are no markers.
    for (const QByteArray &plain : {QByteArray(R"("typo":1)"), QByteArray(R"(\n&amp;)"),
                                    QByteArray(R"("status":1)"), QByteArray(R"("shared":1)")})
        EXPECT_TRUE(filter.rejects(placed(plain, 18))) << plain.constData();
}

TEST(RawLinePrefilter, EveryRequiredStringMustBePresent)
{
    const RawLinePrefilter filter({QByteArray("tsla"), QByteArray("moon")}, true);
    EXPECT_FALSE(filter.rejects(placed("TSLA to the moon", 30)));
    EXPECT_TRUE(filter.rejects(placed("TSLA to the sun", 30)));
    EXPECT_TRUE(filter.rejects(placed("to the moon", 30)));
    EXPECT_FALSE(filter.rejects(placed("TSLA to the sun \\u006doon", 30)));
    EXPECT_FALSE(RawLinePrefilter().rejects("anything")); // nothing required: nothing skipped
}

TEST(RawLinePrefilter, VectorScanAgreesWithTheBytewiseRules)
{
    // Random lines over an alphabet rich in the bytes the scan looks for.
    const QByteArray alphabet = "kisKIS\\u&#\"eSstypeaqo_rwdh \xE2\x84\xAA\xC5\xBFxyzQU";
    std::mt19937 random(20261205);
    const RawLinePrefilter filters[] = {
        wordFilter("kiss"),      wordFilter("s"),
        wordFilter("ss", false), RawLinePrefilter({"is", "ke"}, true),
        wordFilter("sque"),      wordFilter("squ", false)};
    // Up to 300 bytes: several steps of every width, the overlapping last one, the tail.
    for (int round = 0; round < 20000; ++round) {
        QByteArray line(int(random() % 300), Qt::Uninitialized);
        for (char &c : line)
            c = alphabet[int(random() % unsigned(alphabet.size()))];
        for (const RawLinePrefilter &filter : filters) {
            for (const Scan scan : scans())
                ASSERT_EQ(filter.rejects(line, scan), filter.rejects(line, Scan::Bytewise))
                    << line.toHex().constData();
        }
    }
}
