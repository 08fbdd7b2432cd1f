// The feed model keeps a bounded ring of messages and stays a correct Qt model while batches
// arrive and old rows leave.

#include "feed/feedmodel.h"
#include "feedtestdata.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace FeedTestData;

TEST(FeedModel, AppendsBatchesWithOneInsertEach)
{
    FeedModel model(100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendBatch(batch(0, 30));
    model.appendBatch(batch(30, 20));
    ASSERT_EQ(inserted.count(), 2);
    EXPECT_EQ(inserted.at(1).at(1).toInt(), 30);
    EXPECT_EQ(inserted.at(1).at(2).toInt(), 49);
    EXPECT_EQ(model.rowCount(), 50);
    EXPECT_EQ(model.messageAt(0).id, QStringLiteral("0"));
    EXPECT_EQ(model.messageAt(49).id, QStringLiteral("49"));
}

TEST(FeedModel, EvictsOldestRowsWhenFull)
{
    FeedModel model(100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.appendBatch(batch(0, 80));
    model.appendBatch(batch(80, 50));
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(removed.at(0).at(1).toInt(), 0);
    EXPECT_EQ(removed.at(0).at(2).toInt(), 29);
    EXPECT_EQ(model.rowCount(), 100);
    EXPECT_EQ(model.messageAt(0).id, QStringLiteral("30"));
    EXPECT_EQ(model.messageAt(99).id, QStringLiteral("129"));
    EXPECT_EQ(model.evictedCount(), 30u);
    EXPECT_EQ(model.firstSerial(), 30u);
    EXPECT_EQ(model.rowForSerial(29), -1);
    EXPECT_EQ(model.rowForSerial(30), 0);
    EXPECT_EQ(model.messageForSerial(129)->id, QStringLiteral("129"));
}

TEST(FeedModel, BatchLargerThanRingKeepsNewest)
{
    FeedModel model(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendBatch(batch(0, 5));
    model.appendBatch(batch(5, 25));
    EXPECT_EQ(model.rowCount(), 10);
    EXPECT_EQ(model.messageAt(0).id, QStringLiteral("20"));
    EXPECT_EQ(model.messageAt(9).id, QStringLiteral("29"));
    EXPECT_EQ(model.nextSerial(), 30u) << "serials count every message, kept or not";
    EXPECT_EQ(model.serialAt(0), 20u);
}

TEST(FeedModel, StaysConsistentUnderFastInsertAndEviction)
{
    FeedModel model(1000);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    int id = 0;
    for (int round = 0; round < 300; ++round) {
        const int size = 1 + (round * 37) % 400;
        model.appendBatch(batch(id, size));
        id += size;
        ASSERT_LE(model.rowCount(), 1000);
        ASSERT_EQ(model.messageAt(model.rowCount() - 1).id, QString::number(id - 1));
        ASSERT_EQ(model.serialAt(0) + quint64(model.rowCount()), model.nextSerial());
    }
    EXPECT_EQ(model.rowCount(), 1000);
    EXPECT_EQ(model.evictedCount(), quint64(id - 1000));
}

TEST(FeedModel, ShrinkingTheRingEvicts)
{
    FeedModel model(100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendBatch(batch(0, 100));
    model.setCapacity(40);
    EXPECT_EQ(model.rowCount(), 40);
    EXPECT_EQ(model.messageAt(0).id, QStringLiteral("60"));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    model.appendBatch(batch(100, 3));
    EXPECT_EQ(model.serialAt(0), 100u);
}

TEST(FeedModel, ColumnsAndRoles)
{
    FeedModel model(10);
    MessageBatch b;
    b.push_back(message(1, QStringLiteral("joe"), QStringLiteral("line one\nline two $AAPL"),
                        {QStringLiteral("AAPL"), QStringLiteral("MSFT")},
                        Message::Sentiment::Bearish, 1234));
    b.back().source = QStringLiteral("Web");
    b.back().authorName = QStringLiteral("Joe Trader");
    model.appendBatch(b);
    EXPECT_EQ(model.columnCount(), 7);
    EXPECT_EQ(model.headerData(FeedModel::SentimentColumn, Qt::Horizontal).toString(),
              QStringLiteral("Sentiment"));
    auto text = [&](int column) { return model.index(0, column).data().toString(); };
    EXPECT_FALSE(text(FeedModel::TimeColumn).isEmpty());
    EXPECT_EQ(text(FeedModel::AuthorColumn), QStringLiteral("joe"));
    EXPECT_EQ(text(FeedModel::SymbolsColumn), QStringLiteral("$AAPL $MSFT"));
    EXPECT_EQ(text(FeedModel::SentimentColumn), QStringLiteral("Bearish"));
    EXPECT_EQ(text(FeedModel::TextColumn), QStringLiteral("line one line two $AAPL"));
    EXPECT_EQ(text(FeedModel::LikesColumn), QLocale().toString(1234));
    EXPECT_EQ(text(FeedModel::SourceColumn), QStringLiteral("Web"));
    EXPECT_EQ(model.index(0, FeedModel::AuthorColumn).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Joe Trader"));
    EXPECT_TRUE(model.index(0, FeedModel::TimeColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("UTC")));
    EXPECT_EQ(model.index(0, 0).data(FeedModel::RawJsonRole).toByteArray(), b.front().raw);
    EXPECT_EQ(model.index(0, 0).data(FeedModel::MessageRole).value<Message>().id,
              QStringLiteral("1"));
    EXPECT_EQ(model.index(0, FeedModel::LikesColumn).data(FeedModel::SortRole).toInt(), 1234);
    EXPECT_EQ(model.index(0, 0).data(FeedModel::SerialRole).toULongLong(), 0u);
}

TEST(FeedModel, KeepsWhatItEvictsForItsOwnerOnlyWhenAsked)
{
    FeedModel model(100);
    model.appendBatch(batch(0, 80));
    model.appendBatch(batch(80, 50));
    EXPECT_TRUE(model.takeEvicted().empty()) << "destroyed at once by default";

    model.setKeepEvicted(true);
    model.appendBatch(batch(130, 25));
    model.appendBatch(batch(155, 5));
    const MessageBatch evicted = model.takeEvicted();
    ASSERT_EQ(evicted.size(), 30u);
    for (size_t i = 0; i < evicted.size(); ++i)
        EXPECT_EQ(evicted[i].id, QString::number(30 + i)) << "oldest first";
    EXPECT_TRUE(model.takeEvicted().empty());
    EXPECT_EQ(model.messageAt(0).id, QStringLiteral("60"));
}
