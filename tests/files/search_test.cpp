#include "message/messagenormalizer.h"
#include "files/fileindex.h"
#include "files/filesearch.h"
#include "filetestutil.h"
#include "sampledata.h"

#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <functional>

namespace {

// A few lines of other shapes among the StockTwits ones.
QByteArray mixedData()
{
    QByteArray data = SampleData::stockTwitsLines(6000);
    data += "{\"id_str\":\"777\",\"created_at\":\"Wed Sep 23 17:35:05 +0000 "
            "2009\",\"text\":\"$TSLA to the moon\","
            "\"user\":{\"screen_name\":\"Tweeter\"},\"entities\":{\"symbols\":[{\"text\":\"TSLA\"}]"
            "}}\n";
    data += "not json but mentions TSLA\n";
    data += "{\"error\":{\"message\":\"Forced Disconnect: TSLA\"}}\n";
    data += "{\"action\":\"create\",\"data\":{\"id\":42,\"body\":\"wrapped "
            "$AAPL\",\"user\":{\"username\":\"Wrapped\"},"
            "\"symbols\":[{\"symbol\":\"AAPL\"}],\"entities\":{\"sentiment\":{\"basic\":"
            "\"Bullish\"}}}}\n";
    return data;
}

std::vector<qint64> reference(const std::vector<QByteArray> &lines,
                              const std::function<bool(const QByteArray &, const Message &)> &match)
{
    MessageNormalizer normalizer;
    std::vector<qint64> result;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (match(lines[i], normalizer.normalize(lines[i])))
            result.push_back(qint64(i));
    }
    return result;
}

std::vector<qint64> search(FileDocument &document, const SearchQuery &query, int threads = 3)
{
    FileSearch search(&document);
    search.setThreadCount(threads);
    search.start(query);
    EXPECT_TRUE(search.waitForFinished(30000));
    EXPECT_EQ(search.matchCount(), qint64(search.results().size()));
    return search.results();
}

class SearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        data = mixedData();
        lines = SampleData::lines(data);
        // Several members and small access-point spacing: many segments for the workers.
        const QString path = SampleData::write(dir, QStringLiteral("search.jsonl.gz"),
                                               SampleData::gzipMembers(data, {100000, 1500001}));
        document = openAndIndex(path, 64 * 1024);
        ASSERT_EQ(document->lineCount(), qint64(lines.size()));
    }

    QTemporaryDir dir;
    QByteArray data;
    std::vector<QByteArray> lines;
    std::unique_ptr<FileDocument> document;
};

} // namespace

TEST_F(SearchTest, LiteralEqualsReferenceScan)
{
    const auto caseSensitive = reference(
        lines, [](const QByteArray &line, const Message &) { return line.contains("TSLA"); });
    ASSERT_GT(caseSensitive.size(), 100u);
    EXPECT_EQ(search(*document,
                     SearchQuery::parse(QStringLiteral("TSLA"), SearchQuery::Mode::Text, true)),
              caseSensitive);

    const auto folded = reference(lines, [](const QByteArray &line, const Message &) {
        return line.toLower().contains("squeeze fed");
    });
    EXPECT_EQ(search(*document, SearchQuery::parse(QStringLiteral("Squeeze FED"),
                                                   SearchQuery::Mode::Text, false)),
              folded);

    EXPECT_TRUE(
        search(*document, SearchQuery::parse(QStringLiteral("no such words anywhere"))).empty());
}

TEST_F(SearchTest, RegexEqualsReferenceScan)
{
    const QRegularExpression regex(QStringLiteral("\"followers\":4\\d\\d\\b"));
    const auto expected = reference(lines, [&](const QByteArray &line, const Message &) {
        return regex.match(QString::fromUtf8(line)).hasMatch();
    });
    ASSERT_FALSE(expected.empty());
    EXPECT_EQ(
        search(*document, SearchQuery::parse(regex.pattern(), SearchQuery::Mode::Regex, true)),
        expected);

    const SearchQuery bad =
        SearchQuery::parse(QStringLiteral("(unclosed"), SearchQuery::Mode::Regex);
    EXPECT_FALSE(bad.isValid());
    EXPECT_FALSE(bad.errorString().isEmpty());
}

TEST_F(SearchTest, FieldQueriesEqualReferenceScan)
{
    const auto hasSymbol = [](const Message &m, const char *symbol) {
        return m.symbols.contains(QLatin1String(symbol), Qt::CaseInsensitive);
    };
    auto expected = reference(lines, [&](const QByteArray &, const Message &m) {
        return m.isActivity() && hasSymbol(m, "TSLA");
    });
    ASSERT_GT(expected.size(), 100u);
    const SearchQuery symbol = SearchQuery::parse(QStringLiteral("symbol:TSLA"));
    EXPECT_EQ(symbol.kind(), SearchQuery::Kind::Fields);
    EXPECT_EQ(search(*document, symbol), expected);
    EXPECT_EQ(search(*document, SearchQuery::parse(QStringLiteral("$tsla"))), expected);
    // The system message and the malformed line mention TSLA but are not messages with it.
    EXPECT_FALSE(std::count(expected.begin(), expected.end(), qint64(lines.size()) - 3));

    expected = reference(lines, [&](const QByteArray &, const Message &m) {
        return m.isActivity() && hasSymbol(m, "AAPL") && m.sentiment == Message::Sentiment::Bullish;
    });
    ASSERT_FALSE(expected.empty());
    EXPECT_EQ(
        search(*document, SearchQuery::parse(QStringLiteral("symbol:AAPL AND sentiment:bullish"))),
        expected);

    expected = reference(lines, [&](const QByteArray &, const Message &m) {
        return m.isActivity() &&
               m.author.compare(QLatin1String("user7"), Qt::CaseInsensitive) == 0 &&
               m.sentiment != Message::Sentiment::Bearish;
    });
    EXPECT_EQ(
        search(*document, SearchQuery::parse(QStringLiteral("user:USER7 -sentiment:bearish"))),
        expected);

    EXPECT_EQ(search(*document, SearchQuery::parse(QStringLiteral("id:100000123"))),
              std::vector<qint64>{123});
    EXPECT_EQ(search(*document, SearchQuery::parse(QStringLiteral("id:777"))),
              std::vector<qint64>{qint64(lines.size()) - 4});
    EXPECT_EQ(search(*document, SearchQuery::parse(QStringLiteral("@wrapped"))),
              std::vector<qint64>{qint64(lines.size()) - 1});

    EXPECT_FALSE(SearchQuery::parse(QStringLiteral("sentiment:happy")).isValid());
}

TEST_F(SearchTest, AutoModeTellsFieldsFromLiterals)
{
    EXPECT_EQ(SearchQuery::parse(QStringLiteral("TSLA")).kind(), SearchQuery::Kind::Literal);
    EXPECT_EQ(SearchQuery::parse(QStringLiteral("https://stocktwits.com")).kind(),
              SearchQuery::Kind::Literal);
    EXPECT_EQ(SearchQuery::parse(QStringLiteral("symbol:TSLA AND user:bob")).kind(),
              SearchQuery::Kind::Fields);
    EXPECT_EQ(SearchQuery::parse(QStringLiteral("symbol:TSLA moon")).kind(),
              SearchQuery::Kind::Literal);
    EXPECT_EQ(SearchQuery::parse(QStringLiteral("symbol:TSLA"), SearchQuery::Mode::Text).kind(),
              SearchQuery::Kind::Literal);
    EXPECT_TRUE(SearchQuery::parse(QStringLiteral("   ")).isEmpty());
}

TEST_F(SearchTest, SingleThreadGivesTheSameResults)
{
    const SearchQuery query =
        SearchQuery::parse(QStringLiteral("Bearish"), SearchQuery::Mode::Text, true);
    EXPECT_EQ(search(*document, query, 1), search(*document, query, 4));
}

TEST(Search, RunsWhileTheFileIsStillIndexed)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(40000);
    const std::vector<QByteArray> lines = SampleData::lines(data);
    const QString path =
        SampleData::write(dir, QStringLiteral("growing.gz"), SampleData::gzip(data, 1));
    FileDocument document;
    document.setCacheEnabled(false);
    ASSERT_TRUE(document.open(path));
    FileSearch search(&document);
    QSignalSpy added(&search, &FileSearch::resultsAdded);
    search.start(SearchQuery::parse(QStringLiteral("\"Bearish\""), SearchQuery::Mode::Text, true));
    ASSERT_TRUE(search.waitForFinished(30000));
    document.waitForFinished();
    std::vector<qint64> expected;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].contains("\"Bearish\""))
            expected.push_back(qint64(i));
    }
    EXPECT_EQ(search.results(), expected);
}

TEST(Search, CancelStopsPromptly)
{
    QTemporaryDir dir;
    const QString path = SampleData::write(dir, QStringLiteral("cancel.gz"),
                                           SampleData::gzip(SampleData::stockTwitsLines(40000), 1));
    auto document = openAndIndex(path);
    FileSearch search(document.get());
    QSignalSpy finished(&search, &FileSearch::finished);
    search.start(SearchQuery::parse(QStringLiteral("/x+y/"), SearchQuery::Mode::Regex));
    search.cancel();
    ASSERT_TRUE(search.waitForFinished(2000));
    ASSERT_EQ(finished.count(), 1);
    EXPECT_TRUE(finished.first().first().toBool());
    EXPECT_FALSE(search.isRunning());
}
