#pragma once

#include <QAbstractItemView>
#include <QString>

class MessageColumnSizer;
class QSplitter;
class MessageQuery;
class QTableView;
class QWidget;

/// How the Files page's tables of lines look (a file's, a dataset's, their search results):
/// line numbers in the vertical header, the live feed's item delegate, whole rows selected,
/// fixed row heights (millions of rows are never measured) and the message columns laid out
/// by a MessageColumnSizer that remembers their widths.
namespace LineTable {

/// Where the main table's column widths are remembered (one setting for every tab).
inline QString mainColumnsKey()
{
    return QStringLiteral("files/columnWidths");
}
/// Where the results table's column widths are remembered.
inline QString resultColumnsKey()
{
    return QStringLiteral("files/resultColumnWidths");
}

/// Where the height of the search results pane is remembered (one setting for every tab).
inline QString resultsHeightKey()
{
    return QStringLiteral("files/resultsPaneHeight");
}

/// The table of lines above the search results, with a handle between them that resizes the
/// results pane: its height is remembered between runs (resultsHeightKey()); a taller window
/// gives its extra height to the table.
QSplitter *withResults(QWidget *table, QWidget *results, QWidget *parent);

/// Sets up \a table (its model set) as a table of lines; returns the sizer of its columns,
/// owned by the table.
MessageColumnSizer *setUp(QTableView *table, QAbstractItemView::SelectionMode selection,
                          const QString &columnsKey);

/// Marks in \a table (set up by setUp()) what \a query looks for; an empty query marks nothing.
void highlight(QTableView *table, const MessageQuery &query);

} // namespace LineTable
