#include "feed/feedmodel.h"
#include "files/bookmarkstore.h"
#include "files/filedocumentmodel.h"
#include "filetestutil.h"
#include "sampledata.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

TEST(DocumentModel, GrowsInBatchesUnderTheModelTester)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(30000);
    const QString path =
        SampleData::write(dir, QStringLiteral("model.jsonl.gz"), SampleData::gzip(data, 1));
    FileDocument document;
    document.setCacheEnabled(false);
    FileDocumentModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    ASSERT_TRUE(document.open(path));
    ASSERT_TRUE(TestSupport::waitUntil(
        [&] { return document.status() == FileDocument::Status::Ready; }, 20000));
    EXPECT_EQ(model.rowCount(), 30000);
    EXPECT_GE(inserted.count(), 1);
    EXPECT_EQ(model.columnCount(), int(FeedModel::ColumnCount));
    EXPECT_EQ(model.layout(), FileDocumentModel::Layout::Messages);
    EXPECT_EQ(model.headerData(FeedModel::AuthorColumn, Qt::Horizontal).toString(),
              QStringLiteral("Author"));
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("1"));
}

TEST(DocumentModel, RowsShowTheNormalisedMessage)
{
    QTemporaryDir dir;
    const QByteArray data = SampleData::stockTwitsLines(5000);
    const std::vector<QByteArray> lines = SampleData::lines(data);
    auto document =
        openAndIndex(SampleData::write(dir, QStringLiteral("rows.gz"), SampleData::gzip(data)));
    FileDocumentModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (const int row : {0, 1, 63, 64, 2500, 4999, 1234}) {
        const Message message = model.message(row);
        EXPECT_EQ(message.raw, lines[size_t(row)]);
        EXPECT_EQ(message.kind, Message::Kind::StockTwits);
        EXPECT_EQ(model.data(model.index(row, FeedModel::AuthorColumn)).toString(), message.author);
        EXPECT_EQ(model.data(model.index(row, FeedModel::TextColumn)).toString(),
                  FeedModel::displayText(message, FeedModel::TextColumn));
        EXPECT_EQ(model.data(model.index(row, 0), FileDocumentModel::LineRole).toLongLong(), row);
        EXPECT_TRUE(model.data(model.index(row, FeedModel::TimeColumn))
                        .toString()
                        .startsWith(QStringLiteral("2016-12-")));
    }
    model.setBookmarked(7, true);
    EXPECT_TRUE(model.data(model.index(7, 0), FileDocumentModel::BookmarkRole).toBool());
    EXPECT_EQ(model.bookmarks(), QList<int>{7});
    model.setBookmarked(7, false);
    EXPECT_TRUE(model.bookmarks().isEmpty());
}

TEST(DocumentModel, GenericJsonGetsColumnsFromItsKeys)
{
    QTemporaryDir dir;
    QByteArray data;
    for (int i = 0; i < 50; ++i)
        data += "{\"sensor\":\"s" + QByteArray::number(i % 3) +
                "\",\"value\":" + QByteArray::number(i) + ",\"tags\":[1,2]}\n";
    data += "{\"sensor\":\"late\",\"extra\":true}\n";
    auto document = openAndIndex(SampleData::write(dir, QStringLiteral("generic.ndjson"), data));
    FileDocumentModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.layout(), FileDocumentModel::Layout::Generic);
    EXPECT_EQ(model.genericKeys(), QStringList({QStringLiteral("sensor"), QStringLiteral("value"),
                                                QStringLiteral("tags"), QStringLiteral("extra")}));
    EXPECT_EQ(model.columnCount(), 4);
    EXPECT_EQ(model.data(model.index(4, 0)).toString(), QStringLiteral("s1"));
    EXPECT_EQ(model.data(model.index(4, 1)).toString(), QStringLiteral("4"));
    EXPECT_EQ(model.data(model.index(4, 2)).toString(), QStringLiteral("[1,2]"));
    EXPECT_EQ(model.data(model.index(50, 3)).toString(), QStringLiteral("true"));
}

TEST(DocumentModel, BadLinesAreShownNotHidden)
{
    QTemporaryDir dir;
    const QByteArray longLine = "{\"id\":9,\"body\":\"" + QByteArray(3 << 20, 'y') + "\"}";
    const QByteArray data = "{\"id\":1,\"body\":\"caf\xe9\",\"user\":{\"username\":\"bob\"}}\n"
                            "plain words, not json\n" +
                            longLine + "\n";
    auto document = openAndIndex(SampleData::write(dir, QStringLiteral("bad.jsonl"), data));
    FileDocumentModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.data(model.index(0, FeedModel::TextColumn)).toString(),
              QStringLiteral("caf\uFFFD"));
    EXPECT_EQ(model.data(model.index(1, FeedModel::AuthorColumn)).toString(),
              QStringLiteral("(malformed)"));
    EXPECT_EQ(model.data(model.index(1, FeedModel::TextColumn)).toString(),
              QStringLiteral("plain words, not json"));
    EXPECT_TRUE(model.data(model.index(2, FeedModel::AuthorColumn))
                    .toString()
                    .contains(QStringLiteral("shown cut")));
    EXPECT_EQ(model.lineLength(2), longLine.size());
    EXPECT_EQ(model.message(2).raw.size(), FileDocumentModel::rowByteLimit);
}

// Bookmarks kept between runs come back whole, never half: while the file is still indexed,
// a bookmark past the rows so far holds all of them back.
TEST(DocumentModel, KeptBookmarksComeBackOnceEveryRowTheyNameExists)
{
    QTemporaryDir dir;
    const QString path = SampleData::write(dir, QStringLiteral("marks.jsonl.gz"),
                                           SampleData::gzip(SampleData::stockTwitsLines(30000), 1));
    BookmarkStore::save(path, {}, {5, 29000});

    FileDocument document;
    document.setCacheEnabled(false);
    FileDocumentModel model(&document);
    model.setBookmarksKept(true);
    int partialBatches = 0;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, [&] {
        if (model.rowCount() <= 29000) {
            ++partialBatches;
            EXPECT_TRUE(model.bookmarks().isEmpty()) << "after " << model.rowCount() << " rows";
        }
    });
    ASSERT_TRUE(document.open(path));
    ASSERT_TRUE(TestSupport::waitUntil(
        [&] { return document.status() == FileDocument::Status::Ready; }, 20000));
    EXPECT_EQ(model.bookmarks(), QList<int>({5, 29000})) << partialBatches << " partial batches";

    // Each change is saved at once; Remove All forgets them.
    model.setBookmarked(7, true);
    EXPECT_EQ(BookmarkStore::load(path), QList<int>({5, 7, 29000}));
    model.clearBookmarks();
    EXPECT_TRUE(model.bookmarks().isEmpty());
    EXPECT_TRUE(BookmarkStore::load(path).isEmpty());
}

TEST(DocumentModel, BookmarksAreOnlySavedWhenAskedTo)
{
    QTemporaryDir dir;
    const QString path =
        SampleData::write(dir, QStringLiteral("plain.jsonl"), SampleData::stockTwitsLines(50));
    BookmarkStore::save(path, {}, {3});
    auto document = openAndIndex(path);
    FileDocumentModel model(document.get());
    EXPECT_TRUE(model.bookmarks().isEmpty());
    model.setBookmarked(9, true);
    EXPECT_EQ(BookmarkStore::load(path), QList<int>({3}));
    model.setBookmarksKept(true);
    EXPECT_EQ(model.bookmarks(), QList<int>({3, 9})) << "the saved ones join the ones set";
}
