#include "linetable.h"

#include "common/messagecolumns.h"
#include "core/appsettings.h"
#include "feed/feedmodel.h"
#include "linenumberheader.h"
#include "live/feeditemdelegate.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>

#include <vector>

MessageColumnSizer *LineTable::setUp(QTableView *table, QAbstractItemView::SelectionMode selection,
                                     const QString &columnsKey)
{
    table->setVerticalHeader(new LineNumberHeader(table));
    table->setItemDelegate(new FeedItemDelegate(table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(selection);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    const int rowHeight = table->fontMetrics().height() + 8;
    table->verticalHeader()->setDefaultSectionSize(rowHeight);
    table->verticalHeader()->setMinimumSectionSize(rowHeight);
    // Time, Author, Symbols, Sentiment, (Text takes the rest), Likes, Source.
    const std::vector<int> defaultWidths = {140, 115, 105, 80, 0, 45, 105};
    // In a narrow window the others give way down to a readable floor (the time whole).
    const int timeFloor =
        table->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00")) + 14;
    const std::vector<int> floors = {timeFloor, 48, 48, 60, 0, 36, 40};
    return new MessageColumnSizer(table, FeedModel::TextColumn, defaultWidths, floors, columnsKey);
}

QSplitter *LineTable::withResults(QWidget *table, QWidget *results, QWidget *parent)
{
    auto *splitter = new QSplitter(Qt::Vertical, parent);
    splitter->setObjectName(QStringLiteral("resultsSplitter"));
    splitter->addWidget(table);
    splitter->addWidget(results);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    bool ok = false;
    const int remembered = AppSettings::uiState(resultsHeightKey()).toInt(&ok);
    splitter->setSizes({520, ok && remembered > 0 ? remembered : 150});
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter, [splitter] {
        AppSettings::setUiState(resultsHeightKey(), QByteArray::number(splitter->sizes().value(1)));
    });
    return splitter;
}

void LineTable::highlight(QTableView *table, const MessageQuery &query)
{
    if (auto *delegate = qobject_cast<FeedItemDelegate *>(table->itemDelegate()))
        delegate->setHighlight(query);
}
