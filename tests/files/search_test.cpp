#include "message/messagenormalizer.h"
#include "files/fileindex.h"
#include "files/filedocument.h"
#include "files/indexcache.h"
#include "files/filesearch.h"
#include "filetestutil.h"
#include "sampledata.h"

#include <gtest/gtest.h>

#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <functional>
#include <random>

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

std::vector<qint64> search(FileDocument &document, const MessageQuery &query, int threads = 3)
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

/// What the file search must return: the lines whose normalised message the query matches.
std::vector<qint64> expectedFor(const std::vector<QByteArray> &lines, const MessageQuery &query)
{
    return reference(lines, [&](const QByteArray &, const Message &m) { return query.matches(m); });
}

TEST_F(SearchTest, EveryQueryEqualsMatchingTheNormalisedMessages)
{
    // The raw-byte pre-filter never changes an answer: the search finds exactly the lines whose
    // message the query matches.
    for (const char *text : {"TSLA", "squeeze fed", "\"Squeeze FED\"", "$tsla", "symbol:TSLA",
                             "symbol:AAPL AND sentiment:bullish", "user:USER7 -sentiment:bearish",
                             "$TSLA OR $AAPL", "NOT sentiment:none", "(@user7 OR @user8) moon",
                             "/fed\\s+\\w+/", "kind:tweet", "after:2016-12-05T14:40:00Z",
                             "no such words anywhere"}) {
        SCOPED_TRACE(text);
        const MessageQuery query = MessageQuery::parse(QString::fromUtf8(text));
        ASSERT_TRUE(query.isValid()) << query.errorString().toStdString();
        EXPECT_EQ(search(*document, query), expectedFor(lines, query));
    }
    EXPECT_GT(expectedFor(lines, MessageQuery::parse(QStringLiteral("symbol:TSLA"))).size(), 100u);
    EXPECT_TRUE(search(*document, MessageQuery::parse(QStringLiteral("no such words anywhere"))).empty());
}

TEST_F(SearchTest, CaseSensitivePhraseAndRegexModes)
{
    const MessageQuery phrase =
        MessageQuery::parse(QStringLiteral("symbol:TSLA"), MessageQuery::Syntax::Phrase, true);
    EXPECT_TRUE(search(*document, phrase).empty()); // nobody writes "symbol:TSLA" in a text
    const MessageQuery word = MessageQuery::parse(QStringLiteral("TSLA"), MessageQuery::Syntax::Phrase, true);
    EXPECT_EQ(search(*document, word), expectedFor(lines, word));
    const MessageQuery lower = MessageQuery::parse(QStringLiteral("tsla"), MessageQuery::Syntax::Phrase, true);
    EXPECT_LT(search(*document, lower).size(), search(*document, word).size());
    const MessageQuery regex =
        MessageQuery::parse(QStringLiteral("\\$TSLA\\b"), MessageQuery::Syntax::Regex, true);
    ASSERT_TRUE(regex.isValid());
    EXPECT_EQ(search(*document, regex), expectedFor(lines, regex));

    const MessageQuery bad = MessageQuery::parse(QStringLiteral("(unclosed"), MessageQuery::Syntax::Regex);
    EXPECT_FALSE(bad.isValid());
    EXPECT_FALSE(bad.errorString().isEmpty());
    EXPECT_TRUE(search(*document, bad).empty());
}

TEST_F(SearchTest, FieldTermsFindTheRightLines)
{
    EXPECT_EQ(search(*document, MessageQuery::parse(QStringLiteral("id:100000123"))),
              std::vector<qint64>{123});
    EXPECT_EQ(search(*document, MessageQuery::parse(QStringLiteral("id:777"))),
              std::vector<qint64>{qint64(lines.size()) - 4});
    EXPECT_EQ(search(*document, MessageQuery::parse(QStringLiteral("@wrapped"))),
              std::vector<qint64>{qint64(lines.size()) - 1});
    // The system message and the malformed line mention TSLA but do not carry the symbol.
    const auto symbol = search(*document, MessageQuery::parse(QStringLiteral("$TSLA")));
    EXPECT_FALSE(std::count(symbol.begin(), symbol.end(), qint64(lines.size()) - 3));
    EXPECT_FALSE(std::count(symbol.begin(), symbol.end(), qint64(lines.size()) - 2));
    // Words find them: what the user sees of them is their text.
    const auto word = search(*document, MessageQuery::parse(QStringLiteral("TSLA")));
    EXPECT_TRUE(std::count(word.begin(), word.end(), qint64(lines.size()) - 3));
    EXPECT_TRUE(std::count(word.begin(), word.end(), qint64(lines.size()) - 2));
}

TEST(Search, FindsWhatTheUserSeesNotTheEscapedBytes)
{
    QTemporaryDir dir;
    QByteArray data = SampleData::stockTwitsLines(2000);
    const QByteArray escaped[] = {
        R"({"id":1,"body":"Zo\u00eb is long","created_at":"2024-03-11T14:30:05Z","user":{"username":"a"}})",
        R"({"id":2,"body":"she says \"buy\" now","created_at":"2024-03-11T14:30:05Z","user":{"username":"b"}})",
        R"({"id":3,"body":"\u6c7a\u7b97 beat","created_at":"2024-03-11T14:30:05Z","user":{"username":"c"}})",
        R"({"id":4,"body":"it doesn&#39;t matter","created_at":"2024-03-11T14:30:05Z","user":{"username":"d"}})",
        R"({"id":5,"body":"\u0054SLA spelled with an escape","created_at":"2024-03-11T14:30:05Z","user":{"username":"e"}})",
    };
    for (const QByteArray &line : escaped)
        data += line + '\n';
    const qint64 first = qint64(SampleData::lines(data).size()) - 5;
    const QString path = SampleData::write(dir, QStringLiteral("escaped.jsonl.gz"), SampleData::gzip(data, 1));
    auto document = openAndIndex(path);
    EXPECT_EQ(search(*document, MessageQuery::parse(QStringLiteral("Zoë"))), std::vector<qint64>{first});
    EXPECT_EQ(search(*document, MessageQuery::parse(QStringLiteral("\"says \\\"buy\\\"\""))),
              std::vector<qint64>{first + 1});
    EXPECT_EQ(search(*document, MessageQuery::parse(QStringLiteral("says \"buy\""), MessageQuery::Syntax::Phrase)),
              std::vector<qint64>{first + 1});
    EXPECT_EQ(search(*document, MessageQuery::parse(QStringLiteral("決算"))), std::vector<qint64>{first + 2});
    EXPECT_EQ(search(*document, MessageQuery::parse(QStringLiteral("\"doesn't\""))), std::vector<qint64>{first + 3});
    EXPECT_EQ(search(*document, MessageQuery::parse(QStringLiteral("/doesn't/"))), std::vector<qint64>{first + 3});
    // "tsla" is required on the raw bytes, yet the escaped line is found.
    const auto tsla = search(*document, MessageQuery::parse(QStringLiteral("\"TSLA spelled\"")));
    EXPECT_EQ(tsla, std::vector<qint64>{first + 4});
}

TEST_F(SearchTest, SingleThreadGivesTheSameResults)
{
    const MessageQuery query =
        MessageQuery::parse(QStringLiteral("Bearish"), MessageQuery::Syntax::Phrase, true);
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
    search.start(MessageQuery::parse(QStringLiteral("sentiment:bearish")));
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
    search.start(MessageQuery::parse(QStringLiteral("x+y"), MessageQuery::Syntax::Regex));
    search.cancel();
    ASSERT_TRUE(search.waitForFinished(2000));
    ASSERT_EQ(finished.count(), 1);
    EXPECT_TRUE(finished.first().first().toBool());
    EXPECT_FALSE(search.isRunning());
}

TEST_F(SearchTest, TheSummarySaysTheMatchesInAFewWords)
{
    FileSearch search(document.get());
    EXPECT_EQ(search.summary(), QString()) << "no query, nothing to say";
    search.start(MessageQuery::parse(QStringLiteral("no-such-word-anywhere")));
    ASSERT_TRUE(search.waitForFinished(30000));
    EXPECT_EQ(search.summary(), QStringLiteral("No matches"));
    search.start(MessageQuery::parse(QStringLiteral("sentiment:bullish")));
    ASSERT_TRUE(search.waitForFinished(30000));
    ASSERT_GT(search.matchCount(), 1000);
    // ("match(es)" here; the English catalogue says "matches", and "1 match")
    EXPECT_TRUE(search.summary().startsWith(QLocale().toString(search.matchCount()) +
                                            QStringLiteral(" match")))
        << search.summary().toStdString();
    search.start(MessageQuery::parse(QStringLiteral("($NVDA OR")));
    EXPECT_EQ(search.summary(), QStringLiteral("OR at character 8 needs a term after it."));
    EXPECT_TRUE(search.results().empty());
}

// A search started as a file opens reads the lines the index pass hands it; it must find what a
// search of the indexed file (read back from the file) finds, whatever the lines look like.
TEST(Search, StartedAsTheFileOpensItFindsWhatASearchOfTheIndexedFileFinds)
{
    QByteArray data = "\xef\xbb\xbf" + SampleData::stockTwitsLines(3000, 1480896000, 1, "\r\n");
    data += "\r\n\r\n  \n{\"id\":1,\"body\":\"" + QByteArray(3 << 19, 'x') + " tail\"}\r\n";
    data += "  {\"id\":2,\"body\":\"Zo\\u00eb says &quot;buy&quot;\"}  \n";
    data += SampleData::stockTwitsLines(20000, 1480900000, 1, "\n");
    data += "{\"id\":3,\"body\":\"the last word, unterminated\"}";
    QTemporaryDir dir;
    for (const bool gzip : {true, false}) {
        const QString path = SampleData::write(dir, gzip ? QStringLiteral("open.gz")
                                                         : QStringLiteral("open.jsonl"),
                                               gzip ? SampleData::gzip(data, 1) : data);
        const auto indexed = openAndIndex(path);
        for (const QString &text :
             {QStringLiteral("sentiment:bearish"), QStringLiteral("unterminated"),
              QStringLiteral("\"Zoë says\""), QStringLiteral("buy"),
              QStringLiteral("/x{1000}/"), QStringLiteral("$TSLA OR $AAPL")}) {
            SCOPED_TRACE((text + (gzip ? QStringLiteral(" (gzip)") : QString())).toStdString());
            const MessageQuery query = MessageQuery::parse(text);
            ASSERT_TRUE(query.isValid()) << query.errorString().toStdString();
            FileDocument opening;
            opening.setCacheEnabled(false);
            ASSERT_TRUE(opening.open(path));
            const std::vector<qint64> whileOpening = search(opening, query, 2);
            opening.waitForFinished();
            const std::vector<qint64> afterwards = search(*indexed, query, 2);
            EXPECT_FALSE(afterwards.empty());
            EXPECT_EQ(whileOpening, afterwards);
        }
    }
}

TEST(Search, CancelledWhileTheFileIsIndexedTheIndexingGoesOn)
{
    QTemporaryDir dir;
    const QString path = SampleData::write(dir, QStringLiteral("cancel-open.gz"),
                                           SampleData::gzip(SampleData::stockTwitsLines(60000), 1));
    FileDocument document;
    document.setCacheEnabled(false);
    ASSERT_TRUE(document.open(path));
    {
        FileSearch search(&document);
        search.setThreadCount(1);
        search.start(MessageQuery::parse(QStringLiteral("/(a|b|c)+x?y?z?$/"),
                                         MessageQuery::Syntax::Regex));
        search.cancel();
        ASSERT_TRUE(search.waitForFinished(2000));
    } // and the search is gone while the pass may still want to hand it lines
    document.waitForFinished();
    EXPECT_EQ(document.index()->state(), FileIndex::State::Complete);
    EXPECT_EQ(document.index()->lineCount(), 60000);
}

// A search started at any moment of the index pass (some lines already published, the rest
// handed over by the pass) finds exactly what a search of the indexed file finds.
TEST(Search, StartedAtAnyMomentOfTheIndexPassItFindsTheSameLines)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(30000);
    const QString path = SampleData::write(dir, QStringLiteral("any.gz"), SampleData::gzip(data, 1));
    const MessageQuery query = MessageQuery::parse(QStringLiteral("sentiment:bearish"));
    const std::vector<qint64> expected = search(*openAndIndex(path), query, 2);
    ASSERT_FALSE(expected.empty());
    std::mt19937 random(7);
    for (int attempt = 0; attempt < 20; ++attempt) {
        FileDocument document;
        document.setCacheEnabled(false);
        FileIndexer::Options options;
        options.accessPointSpacing = 256 * 1024;
        document.setIndexerOptions(options);
        ASSERT_TRUE(document.open(path));
        QThread::usleep(std::uniform_int_distribution<int>(0, 60000)(random));
        const std::vector<qint64> found = search(document, query, 2);
        document.waitForFinished();
        ASSERT_EQ(found, expected) << "attempt " << attempt << ", found " << found.size()
                                   << " of " << expected.size();
    }
}

namespace {

/// For each kind of query, a search started with the first open of each of \a paths, its pass
/// run with \a options, finds what a search of \a indexed (the same content) finds, and the
/// pass's statistics are those of \a indexed.
void expectFirstOpenSearchesFindWhatIndexedOnesFind(FileDocument &indexed, const QStringList &paths,
                                                    const FileIndexer::Options &options)
{
    for (const QString &text :
         {QStringLiteral("tsla"), QStringLiteral("sentiment:bearish"),
          QStringLiteral("/squeeze (calls|puts)/"), QStringLiteral("kind:malformed"),
          QStringLiteral("$AAPL -bullish")}) {
        const MessageQuery query = MessageQuery::parse(text);
        ASSERT_TRUE(query.isValid()) << qPrintable(text);
        const std::vector<qint64> expected = search(indexed, query, 2);
        ASSERT_FALSE(expected.empty()) << qPrintable(text);
        for (const QString &path : paths) {
            FileDocument document;
            document.setCacheEnabled(false);
            document.setIndexerOptions(options);
            ASSERT_TRUE(document.open(path));
            const std::vector<qint64> found = search(document, query, 2);
            ASSERT_TRUE(document.waitForFinished());
            EXPECT_EQ(found, expected) << qPrintable(text) << " in " << qPrintable(path);
            EXPECT_EQ(document.index()->statistics().messages(),
                      indexed.index()->statistics().messages());
            EXPECT_EQ(document.index()->statistics().malformed(),
                      indexed.index()->statistics().malformed());
        }
    }
}

} // namespace

TEST(Search, LinesJudgedOnTheInflatingThreadGiveTheSameResults)
{
    // On a file opened for the first time the pass's inflating thread, when it has time to
    // spare, parses some pieces itself and judges their lines for the search
    // (FileIndexer::CountAhead). Forced for every piece, each kind of query finds what a search
    // of the indexed file finds, and the statistics are the same.
    QTemporaryDir dir;
    QByteArray data = mixedData();
    data += "\n  \r\n" + SampleData::stockTwitsLines(3000, 1480900000) + "\xef\xbb\xbfnot json\r\n";
    const QString path = SampleData::write(dir, QStringLiteral("ahead.gz"),
                                           SampleData::gzipMembers(data, {70001, 900003}));
    const auto indexed = openAndIndex(path, 64 * 1024, FileIndexer::CountAhead::Never);
    FileIndexer::Options options;
    options.accessPointSpacing = 64 * 1024;
    options.countAhead = FileIndexer::CountAhead::Always;
    expectFirstOpenSearchesFindWhatIndexedOnesFind(*indexed, {path}, options);
}

TEST(Search, LinesCountedByHelpersGiveTheSameResults)
{
    // A search started with the first open of a plain or gzip file judges, during the pass,
    // lines that counting helpers parsed for the statistics (ChunkPipe): it gets them unparsed
    // and parses what it needs.
    QTemporaryDir dir;
    QByteArray data = mixedData();
    data += "\n  \r\n" + SampleData::stockTwitsLines(6000, 1480900000) + "\xef\xbb\xbfnot json";
    const QString plain = SampleData::write(dir, QStringLiteral("helped.jsonl"), data);
    const QString gzipped = SampleData::write(dir, QStringLiteral("helped.jsonl.gz"),
                                              SampleData::gzipMembers(data, {70001, 900003}));
    const auto indexed = openAndIndex(plain);
    FileIndexer::Options options;
    options.countAhead = FileIndexer::CountAhead::Never;
    options.countingHelpers = 2;
    expectFirstOpenSearchesFindWhatIndexedOnesFind(*indexed, {plain, gzipped}, options);
}

TEST(Search, StartedWhileTheIndexIsReadFromTheCacheItFindsWhatAnIndexedSearchFinds)
{
    QTemporaryDir dir;
    const qint64 minimum = IndexCache::minimumContentBytes();
    IndexCache::setMinimumContentBytes(0);
    const QByteArray data = SampleData::stockTwitsLines(3000);
    const QString path = SampleData::write(dir, QStringLiteral("cached.gz"), SampleData::gzip(data));
    const MessageQuery query = MessageQuery::parse(QStringLiteral("$TSLA"));
    std::vector<qint64> indexed;
    {
        FileDocument document;
        ASSERT_TRUE(document.open(path));
        ASSERT_TRUE(document.waitForFinished());
        FileSearch search(&document);
        search.start(query);
        ASSERT_TRUE(search.waitForFinished(30000));
        indexed = search.results();
    }
    ASSERT_GT(indexed.size(), 10u);

    // Started right after open(), while the worker reads the cached index.
    FileDocument again;
    ASSERT_TRUE(again.open(path));
    FileSearch search(&again);
    QSignalSpy finished(&search, &FileSearch::finished);
    search.start(query);
    EXPECT_TRUE(search.isRunning());
    ASSERT_TRUE(search.waitForFinished(30000));
    // The document says where its index came from when it announces it finished, from the event
    // loop; on a slow machine the search may have started on an index already read.
    ASSERT_TRUE(again.waitForFinished());
    EXPECT_TRUE(again.loadedFromCache());
    EXPECT_EQ(search.results(), indexed);
    ASSERT_EQ(finished.count(), 1);
    EXPECT_FALSE(finished.front().front().toBool());

    // Cancelled while it waits for the index, it says so once, from the event loop.
    FileDocument third;
    ASSERT_TRUE(third.open(path));
    FileSearch cancelled(&third);
    QSignalSpy ended(&cancelled, &FileSearch::finished);
    cancelled.start(query);
    cancelled.cancel();
    EXPECT_EQ(ended.count(), 0);
    ASSERT_TRUE(ended.wait(5000));
    EXPECT_TRUE(ended.front().front().toBool());
    EXPECT_FALSE(cancelled.isRunning());
    EXPECT_TRUE(cancelled.results().empty());
    IndexCache::setMinimumContentBytes(minimum);
}
