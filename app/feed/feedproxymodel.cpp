#include "feed/feedproxymodel.h"

#include "feed/feedmodel.h"

#include <QTimer>

#include <algorithm>
#include <unordered_map>

FeedProxyModel::FeedProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
    , m_scanTimer(new QTimer(this))
{
    m_scanTimer->setSingleShot(true);
    m_scanTimer->setInterval(0);
    connect(m_scanTimer, &QTimer::timeout, this, &FeedProxyModel::scanSlice);
}

FeedProxyModel::~FeedProxyModel() = default;

void FeedProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *feed = qobject_cast<FeedModel *>(sourceModel);
    Q_ASSERT_X(feed || !sourceModel, "FeedProxyModel", "the source must be a FeedModel");
    beginResetModel();
    stopScan();
    for (const auto &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    m_feed = feed;
    QAbstractProxyModel::setSourceModel(feed);
    if (m_feed) {
        m_sourceConnections = {
            connect(m_feed, &QAbstractItemModel::rowsInserted, this,
                    &FeedProxyModel::onSourceRowsInserted),
            connect(m_feed, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    &FeedProxyModel::onSourceRowsAboutToBeRemoved),
            connect(m_feed, &QAbstractItemModel::modelAboutToBeReset, this,
                    [this] {
                        beginResetModel();
                        stopScan();
                        m_rows.clear();
                    }),
            connect(m_feed, &QAbstractItemModel::modelReset, this,
                    [this] {
                        m_liveFrom = m_feed->nextSerial();
                        m_scanNext = m_liveFrom;
                        endResetModel();
                    }),
        };
    }
    resetRows();
    endResetModel();
    if (m_feed && !m_query.isEmpty() && m_feed->rowCount() > 0)
        startScan();
}

void FeedProxyModel::setQuery(const MessageQuery &query)
{
    beginResetModel();
    stopScan();
    m_query = query;
    resetRows();
    endResetModel();
    if (m_feed && !m_query.isEmpty() && m_scanNext > m_feed->firstSerial())
        startScan();
}

// Fills the rows for an empty query at once; otherwise empties them for the scan to refill.
void FeedProxyModel::resetRows()
{
    m_rows.clear();
    if (!m_feed) {
        m_liveFrom = m_scanNext = 0;
        return;
    }
    m_liveFrom = m_feed->nextSerial();
    m_scanNext = m_liveFrom;
    if (m_query.isEmpty()) {
        for (quint64 s = m_feed->firstSerial(); s < m_liveFrom; ++s)
            m_rows.push_back(makeEntry(s));
        m_scanNext = m_feed->firstSerial();
        if (!isArrivalOrder())
            std::stable_sort(m_rows.begin(), m_rows.end(),
                             [this](const Entry &a, const Entry &b) { return lessThan(a, b); });
    }
}

void FeedProxyModel::startScan()
{
    if (!m_scanning) {
        m_scanning = true;
        emit filteringChanged(true);
    }
    m_scanTimer->start();
}

void FeedProxyModel::stopScan()
{
    m_scanTimer->stop();
    if (m_scanning) {
        m_scanning = false;
        emit filteringChanged(false);
    }
}

void FeedProxyModel::scanSlice()
{
    if (!m_feed)
        return stopScan();
    QElapsedTimer clock;
    clock.start();
    std::vector<quint64> found;
    const quint64 oldest = m_feed->firstSerial();
    int sinceCheck = 0;
    while (m_scanNext > oldest) {
        const quint64 serial = --m_scanNext;
        if (m_query.matches(*m_feed->messageForSerial(serial)))
            found.push_back(serial);
        if (++sinceCheck == 256) {
            sinceCheck = 0;
            if (clock.elapsed() >= m_sliceBudgetMs)
                break;
        }
    }
    insertOlder(std::move(found));
    if (m_scanNext > m_feed->firstSerial())
        m_scanTimer->start();
    else
        stopScan();
}

bool FeedProxyModel::lessThan(const Entry &a, const Entry &b) const
{
    if (isArrivalOrder())
        return a.serial < b.serial;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (a.number != b.number)
        return ascending ? a.number < b.number : a.number > b.number;
    if (a.text != b.text)
        return ascending ? a.text < b.text : a.text > b.text;
    return a.serial < b.serial; // equal keys keep arrival order
}

FeedProxyModel::Entry FeedProxyModel::makeEntry(quint64 serial) const
{
    Entry e;
    e.serial = serial;
    if (!isArrivalOrder()) {
        const QVariant key = FeedModel::sortKey(*m_feed->messageForSerial(serial), m_sortColumn);
        if (key.typeId() == QMetaType::QString)
            e.text = key.toString();
        else
            e.number = key.toLongLong();
    }
    return e;
}

size_t FeedProxyModel::storageIndex(int row) const
{
    return reversed() ? m_rows.size() - 1 - size_t(row) : size_t(row);
}

int FeedProxyModel::displayRow(size_t index) const
{
    return reversed() ? int(m_rows.size() - 1 - index) : int(index);
}

// Older matches found by the scan: all of them are older than every row already shown.
void FeedProxyModel::insertOlder(std::vector<quint64> serials)
{
    if (serials.empty())
        return;
    const int count = int(serials.size());
    const int n = int(m_rows.size());
    if (isArrivalOrder()) {
        const int first = reversed() ? n : 0;
        beginInsertRows({}, first, first + count - 1);
        for (quint64 s : serials) // descending: each goes in front of the previous one
            m_rows.push_front(makeEntry(s));
        endInsertRows();
        return;
    }
    std::sort(serials.begin(), serials.end());
    beginInsertRows({}, n, n + count - 1);
    for (quint64 s : serials)
        m_rows.push_back(makeEntry(s));
    endInsertRows();
    mergeSorted(size_t(n));
}

// Matches among newly arrived rows: all of them are newer than every row shown.
void FeedProxyModel::insertNewer(const std::vector<quint64> &serials)
{
    if (serials.empty())
        return;
    const int count = int(serials.size());
    const int n = int(m_rows.size());
    const int first = reversed() ? 0 : n;
    beginInsertRows({}, first, first + count - 1);
    for (quint64 s : serials)
        m_rows.push_back(makeEntry(s));
    endInsertRows();
    if (!isArrivalOrder())
        mergeSorted(size_t(n));
}

// The rows after oldCount were appended at the end; move them to their sorted places.
void FeedProxyModel::mergeSorted(size_t oldCount)
{
    auto cmp = [this](const Entry &a, const Entry &b) { return lessThan(a, b); };
    std::sort(m_rows.begin() + qsizetype(oldCount), m_rows.end(), cmp);
    if (oldCount == 0 || !cmp(m_rows[oldCount], m_rows[oldCount - 1]))
        return; // already in order
    reorder([&] {
        std::inplace_merge(m_rows.begin(), m_rows.begin() + qsizetype(oldCount), m_rows.end(), cmp);
    });
}

// Runs \a change (a permutation of m_rows) inside a layout change, keeping persistent indexes
// (selection, current row) on their messages.
void FeedProxyModel::reorder(const std::function<void()> &change)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<quint64> persistentSerials;
    persistentSerials.reserve(size_t(persistent.size()));
    for (const QModelIndex &index : persistent)
        persistentSerials.push_back(serialAt(index.row()));

    change();

    std::unordered_map<quint64, int> newRows;
    for (quint64 s : persistentSerials)
        newRows.emplace(s, -1);
    if (!newRows.empty()) {
        for (size_t i = 0; i < m_rows.size(); ++i) {
            const auto it = newRows.find(m_rows[i].serial);
            if (it != newRows.end())
                it->second = displayRow(i);
        }
    }
    QModelIndexList to;
    to.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const int row = newRows[persistentSerials[size_t(i)]];
        to.append(row < 0 ? QModelIndex() : index(row, persistent[i].column()));
    }
    changePersistentIndexList(persistent, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void FeedProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column >= FeedModel::ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    reorder([&] {
        m_sortColumn = column;
        m_sortOrder = order;
        if (isArrivalOrder()) {
            for (Entry &e : m_rows) {
                e.text.clear();
                e.number = 0;
            }
            std::sort(m_rows.begin(), m_rows.end(),
                      [](const Entry &a, const Entry &b) { return a.serial < b.serial; });
        } else {
            for (Entry &e : m_rows)
                e = makeEntry(e.serial);
            std::sort(m_rows.begin(), m_rows.end(),
                      [this](const Entry &a, const Entry &b) { return lessThan(a, b); });
        }
    });
}

void FeedProxyModel::onSourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    std::vector<quint64> matches;
    const quint64 from = std::max(m_feed->serialAt(first), m_liveFrom);
    const quint64 to = m_feed->serialAt(last);
    if (from > to)
        return;
    matches.reserve(size_t(to - from + 1));
    const bool all = m_query.isEmpty();
    for (quint64 s = from; s <= to; ++s) {
        if (all || m_query.matches(*m_feed->messageForSerial(s)))
            matches.push_back(s);
    }
    insertNewer(matches);
    if (!matches.empty())
        emit liveRowsInserted(int(matches.size()));
}

void FeedProxyModel::onSourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    // The ring only ever evicts from the top: everything below this serial is leaving.
    Q_ASSERT(first == 0);
    const quint64 keepFrom = m_feed->serialAt(last) + 1;
    Q_UNUSED(first);
    m_scanNext = std::max(m_scanNext, keepFrom);

    if (isArrivalOrder()) {
        const auto end = std::lower_bound(m_rows.begin(), m_rows.end(), keepFrom,
                                          [](const Entry &e, quint64 s) { return e.serial < s; });
        const int count = int(end - m_rows.begin());
        if (count == 0)
            return;
        const int n = int(m_rows.size());
        const int firstRow = reversed() ? n - count : 0;
        beginRemoveRows({}, firstRow, firstRow + count - 1);
        m_rows.erase(m_rows.begin(), end);
        endRemoveRows();
        return;
    }

    // Sorted: the leaving rows are scattered; gather them at the end, then remove them at once.
    const auto leaving = std::count_if(m_rows.begin(), m_rows.end(),
                                       [keepFrom](const Entry &e) { return e.serial < keepFrom; });
    if (leaving == 0)
        return;
    reorder([&] {
        std::stable_partition(m_rows.begin(), m_rows.end(),
                              [keepFrom](const Entry &e) { return e.serial >= keepFrom; });
    });
    const int n = int(m_rows.size());
    beginRemoveRows({}, n - int(leaving), n - 1);
    m_rows.erase(m_rows.end() - leaving, m_rows.end());
    endRemoveRows();
}

quint64 FeedProxyModel::serialAt(int row) const
{
    return m_rows[storageIndex(row)].serial;
}

int FeedProxyModel::rowForSerial(quint64 serial) const
{
    if (isArrivalOrder()) {
        const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), serial,
                                         [](const Entry &e, quint64 s) { return e.serial < s; });
        if (it == m_rows.end() || it->serial != serial)
            return -1;
        return displayRow(size_t(it - m_rows.begin()));
    }
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].serial == serial)
            return displayRow(i);
    }
    return -1;
}

const Message *FeedProxyModel::messageAt(int row) const
{
    if (!m_feed || row < 0 || row >= rowCount())
        return nullptr;
    return m_feed->messageForSerial(serialAt(row));
}

QModelIndex FeedProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex FeedProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex FeedProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int FeedProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeedProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_feed ? 0 : m_feed->columnCount();
}

bool FeedProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

QModelIndex FeedProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_feed || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const int sourceRow = m_feed->rowForSerial(serialAt(proxyIndex.row()));
    return sourceRow < 0 ? QModelIndex() : m_feed->index(sourceRow, proxyIndex.column());
}

QModelIndex FeedProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_feed || !sourceIndex.isValid() || sourceIndex.model() != m_feed)
        return {};
    const int row = rowForSerial(m_feed->serialAt(sourceIndex.row()));
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}
