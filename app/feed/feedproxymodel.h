#pragma once

#include "message/messagequery.h"

#include <QAbstractProxyModel>
#include <QElapsedTimer>

#include <deque>
#include <vector>

class FeedModel;
class QTimer;

/// Filters and sorts a FeedModel without freezing the window. A new query re-filters the ring
/// newest-first in time-boxed slices (a few milliseconds each, from the event loop), so the
/// newest matches show at once and the rest fill in; rows that arrive later are filtered as
/// they come. Rows are tracked by serial number, so eviction at the top costs nothing. Sorting
/// by Time keeps arrival order (cheap at any rate); other columns keep a sorted order that new
/// batches are merged into.
class FeedProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit FeedProxyModel(QObject *parent = nullptr);
    ~FeedProxyModel() override;

    /// Only a FeedModel is accepted.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    FeedModel *feedModel() const { return m_feed; }

    /// Applies \a query (an invalid query is ignored by the caller's choice: it is applied as is).
    void setQuery(const MessageQuery &query);
    const MessageQuery &query() const { return m_query; }
    /// True while an older part of the ring is still being filtered.
    bool isFiltering() const { return m_scanning; }
    /// Time spent per slice of a re-filter before returning to the event loop.
    void setSliceBudgetMs(int milliseconds) { m_sliceBudgetMs = std::max(1, milliseconds); }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /// Arrival order (the Time column): new rows land at one end, so a view can follow them.
    bool isArrivalOrder() const { return m_sortColumn < 0 || m_sortColumn == 0; }

    quint64 serialAt(int row) const;
    /// The row showing the message with \a serial, or -1.
    int rowForSerial(quint64 serial) const;
    /// The message in \a row (nullptr for an invalid row).
    const Message *messageAt(int row) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

signals:
    /// A re-filter started (true) or finished (false).
    void filteringChanged(bool filtering);
    /// Newly arrived messages that match were inserted (not re-filtered older ones).
    void liveRowsInserted(int count);

private:
    struct Entry
    {
        quint64 serial = 0;
        qint64 number = 0; ///< sort key of numeric columns
        QString text;      ///< sort key of text columns (case-folded)
    };

    bool lessThan(const Entry &a, const Entry &b) const;
    Entry makeEntry(quint64 serial) const;
    size_t storageIndex(int row) const;
    int displayRow(size_t storageIndex) const;
    bool reversed() const { return isArrivalOrder() && m_sortOrder == Qt::DescendingOrder; }

    void resetRows();
    void startScan();
    void scanSlice();
    void stopScan();
    void insertOlder(std::vector<quint64> descendingSerials);
    void insertNewer(const std::vector<quint64> &ascendingSerials);
    void mergeSorted(size_t oldCount);
    void reorder(const std::function<void()> &change);

    void onSourceRowsInserted(const QModelIndex &parent, int first, int last);
    void onSourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);

    FeedModel *m_feed = nullptr;
    MessageQuery m_query;
    std::deque<Entry> m_rows; ///< serial-ascending in arrival order, else in sorted order
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    quint64 m_liveFrom = 0; ///< serials from here on are filtered as they arrive
    quint64 m_scanNext = 0; ///< the re-filter continues below this serial
    bool m_scanning = false;
    int m_sliceBudgetMs = 8;
    QTimer *m_scanTimer;
    QList<QMetaObject::Connection> m_sourceConnections;
};
