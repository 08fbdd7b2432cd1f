// Every message shape of DESIGN §1.3 gives the same answer on all five surfaces: the table
// (document model), the detail pane (the row's Message), search, statistics and export; and
// the live filter and the file search return the same messages for the same query.

#include "feed/feedmodel.h"
#include "feed/feedproxymodel.h"
#include "files/filedocumentmodel.h"
#include "files/fileexporter.h"
#include "files/fileindex.h"
#include "files/filesearch.h"
#include "files/filestatistics.h"
#include "filetestutil.h"
#include "message/messagenormalizer.h"
#include "sampledata.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

#include <map>

namespace {

QByteArray fixtures()
{
    QByteArray all;
    for (const char *name : {"stocktwits.jsonl", "gnip.jsonl", "twitter.jsonl", "activity.jsonl"}) {
        QFile file(TestSupport::sourcePath(QStringLiteral("tests/message/data/") + QLatin1String(name)));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
        all += file.readAll();
    }
    return all;
}

std::vector<qint64> search(FileDocument &document, const MessageQuery &query)
{
    FileSearch search(&document);
    search.start(query);
    EXPECT_TRUE(search.waitForFinished(30000));
    return search.results();
}

class MessageSurfaces : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QByteArray data = fixtures();
        lines = SampleData::lines(data);
        ASSERT_EQ(lines.size(), 13u);
        path = SampleData::write(dir, QStringLiteral("shapes.jsonl.gz"), SampleData::gzip(data));
        document = openAndIndex(path);
        ASSERT_EQ(document->lineCount(), qint64(lines.size()));
        MessageNormalizer normalizer;
        for (const QByteArray &line : lines)
            messages.push_back(normalizer.normalize(line));
    }

    QTemporaryDir dir;
    QString path;
    std::vector<QByteArray> lines;
    std::vector<Message> messages;
    std::unique_ptr<FileDocument> document;
};

} // namespace

TEST_F(MessageSurfaces, TableAndDetailShowTheNormalisedMessage)
{
    FileDocumentModel model(document.get());
    ASSERT_EQ(model.rowCount(), int(lines.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const Message &expected = messages[size_t(row)];
        SCOPED_TRACE(expected.raw.toStdString());
        const Message shown = model.index(row, 0).data(FileDocumentModel::MessageRole).value<Message>();
        EXPECT_EQ(shown.text, expected.text);
        EXPECT_EQ(shown.author, expected.author);
        EXPECT_EQ(shown.symbols, expected.symbols);
        EXPECT_EQ(shown.kind, expected.kind);
        if (model.layout() == FileDocumentModel::Layout::Messages) {
            EXPECT_EQ(model.index(row, FeedModel::TextColumn).data().toString(),
                      FeedModel::displayText(expected, FeedModel::TextColumn));
        }
        EXPECT_FALSE(FeedModel::displayText(expected, FeedModel::TextColumn).isEmpty())
            << "no shape is a blank row";
    }
}

TEST_F(MessageSurfaces, SearchStatisticsAndExportAgreeOnSymbolsAndSentiment)
{
    std::map<QString, qint64> symbolCounts;
    qint64 bullish = 0, bearish = 0;
    for (const Message &m : messages) {
        for (const QString &symbol : m.symbols)
            ++symbolCounts[symbol];
        bullish += m.sentiment == Message::Sentiment::Bullish;
        bearish += m.sentiment == Message::Sentiment::Bearish;
    }
    ASSERT_EQ(symbolCounts.size(), 11u);

    // Statistics: every symbol, no cap per line, the same sentiment rules.
    const FileStatistics stats = document->index()->statistics();
    std::map<QString, qint64> counted;
    for (const auto &[symbol, n] : stats.topSymbols(1000))
        counted[symbol] = n;
    EXPECT_EQ(counted, symbolCounts);
    EXPECT_EQ(stats.bullish(), bullish);
    EXPECT_EQ(stats.bearish(), bearish);
    EXPECT_EQ(bearish, 1) << "BEARISH counts";

    // Search: a chart click-through on a symbol finds as many lines as its bar says.
    for (const auto &[symbol, n] : symbolCounts) {
        EXPECT_EQ(qint64(search(*document, MessageQuery::parse(QLatin1Char('$') + symbol)).size()), n)
            << symbol.toStdString();
    }
    EXPECT_EQ(qint64(search(*document, MessageQuery::parse(QStringLiteral("sentiment:bullish"))).size()),
              bullish);

    // Export: the CSV of a selection holds the decoded text of exactly those messages.
    const std::vector<qint64> selected = search(*document, MessageQuery::parse(QStringLiteral("$AMZN OR kind:activity OR zoë")));
    ASSERT_EQ(selected.size(), 6u);
    FileExporter exporter(document.get());
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    ExportRequest request = ExportRequest::to(csv);
    request.columns = {ExportRequest::Column::Id, ExportRequest::Column::Symbols,
                       ExportRequest::Column::Text, ExportRequest::Column::Kind};
    exporter.start(selected, request);
    ASSERT_TRUE(exporter.waitForFinished(10000));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(written.startsWith(QStringLiteral("id,symbols,text,kind\r\n")));
    EXPECT_TRUE(written.contains(QStringLiteral(
        "1767000000000000020,AMZN SHOP,\"Long v2 post about $AMZN & $SHOP: both report next week, I'm long.\",tweet\r\n")));
    EXPECT_TRUE(written.contains(QStringLiteral("9000001,,@alice follows @bob,activity\r\n")));
    EXPECT_TRUE(written.contains(QStringLiteral("\"Zoë says \"\"buy\"\" on $AMD\"")));
    EXPECT_EQ(written.count(QStringLiteral("\r\n")), 7);
}

TEST_F(MessageSurfaces, LiveFilterAndFileSearchReturnTheSameMessages)
{
    FeedModel feed(100);
    MessageBatch batch(messages.begin(), messages.end());
    feed.appendBatch(batch);
    FeedProxyModel proxy;
    proxy.setSourceModel(&feed);
    for (const char *text : {"zoë", "\"says \\\"buy\\\"\"", "決算", "\"doesn't\"", "$AAPL", "symbol:goog",
                             "@alice OR @TwitterDev", "kind:activity NOT follows", "sentiment:bearish",
                             "/RT @\\w+:/", "after:2024-03-11T16:00 before:2024-03-11T18:00",
                             "sentiment:none -kind:activity", "nothing-matches-this"}) {
        SCOPED_TRACE(text);
        const MessageQuery query = MessageQuery::parse(QString::fromUtf8(text));
        ASSERT_TRUE(query.isValid()) << query.errorString().toStdString();
        proxy.setQuery(query);
        ASSERT_TRUE(TestSupport::waitUntil([&] { return !proxy.isFiltering(); }));
        std::vector<qint64> live;
        for (int row = 0; row < proxy.rowCount(); ++row)
            live.push_back(qint64(proxy.serialAt(row) - feed.firstSerial()));
        std::sort(live.begin(), live.end());
        EXPECT_EQ(live, search(*document, query));
    }
    proxy.setQuery(MessageQuery::parse(QStringLiteral("zoë")));
    ASSERT_TRUE(TestSupport::waitUntil([&] { return !proxy.isFiltering(); }));
    EXPECT_EQ(proxy.rowCount(), 2) << "Zoë in a body and in a display name";
}
