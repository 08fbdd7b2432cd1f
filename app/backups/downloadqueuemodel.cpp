#include "downloadqueuemodel.h"

#include "backups/backupcatalogue.h"
#include "backups/downloadqueue.h"

#include <QDir>
#include <QLocale>

#include <algorithm>

DownloadQueueModel::DownloadQueueModel(DownloadQueue *queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
{
    for (const DownloadItem &item : queue->items())
        m_keys.append(item.key);
    reindex();
    connect(queue, &DownloadQueue::itemsAdded, this, &DownloadQueueModel::onItemsAdded);
    // The rows go while their items can still be read.
    connect(queue, &DownloadQueue::itemsAboutToBeRemoved, this,
            &DownloadQueueModel::onItemsLeaving);
    connect(queue, &DownloadQueue::itemChanged, this, &DownloadQueueModel::onItemChanged);
    connect(queue, &DownloadQueue::orderChanged, this, &DownloadQueueModel::onOrderChanged);
}

void DownloadQueueModel::reindex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_keys.size());
    for (int row = 0; row < int(m_keys.size()); ++row)
        m_rowOf.insert(m_keys[row], row);
}

void DownloadQueueModel::onItemsAdded(const QList<BackupKey> &keys)
{
    if (keys.isEmpty())
        return;
    const int first = int(m_keys.size());
    beginInsertRows({}, first, first + int(keys.size()) - 1);
    for (const BackupKey &key : keys) {
        m_rowOf.insert(key, int(m_keys.size()));
        m_keys.append(key);
    }
    endInsertRows();
}

void DownloadQueueModel::onItemsLeaving(const QList<BackupKey> &keys)
{
    QList<int> rows;
    for (const BackupKey &key : keys) {
        if (const int found = row(key); found >= 0)
            rows.append(found);
    }
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Contiguous blocks from the bottom up, so each signal names rows that are still there.
    qsizetype i = 0;
    while (i < rows.size()) {
        const int last = rows[i];
        int first = last;
        while (i + 1 < rows.size() && rows[i + 1] == first - 1)
            first = rows[++i];
        ++i;
        beginRemoveRows({}, first, last);
        m_keys.remove(first, last - first + 1);
        reindex();
        endRemoveRows();
    }
}

void DownloadQueueModel::onOrderChanged()
{
    // The same keys in a new order: a layout change, so selections follow their downloads.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<BackupKey> keysBefore;
    keysBefore.reserve(before.size());
    for (const QModelIndex &index : before)
        keysBefore.append(key(index));
    m_keys.clear();
    for (const DownloadItem &item : m_queue->items())
        m_keys.append(item.key);
    reindex();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(row(keysBefore[i]), before[i].column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void DownloadQueueModel::onItemChanged(const BackupKey &key)
{
    if (const int changed = row(key); changed >= 0)
        emit dataChanged(index(changed, 0), index(changed, ColumnCount - 1));
}

BackupKey DownloadQueueModel::key(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_keys.at(index.row());
}

QList<BackupKey> DownloadQueueModel::keys(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<BackupKey> keys;
    for (const int row : std::as_const(rows))
        keys.append(m_keys.at(row));
    return keys;
}

int DownloadQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int DownloadQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

DownloadQueueModel::Overall DownloadQueueModel::overall() const
{
    Overall overall;
    double fractions = 0;
    for (const DownloadItem &item : m_queue->items()) {
        using S = DownloadItem::State;
        if (item.state == S::NotAvailable || item.state == S::Cancelled || item.state == S::Failed)
            continue;
        ++overall.files;
        overall.bytesReceived += item.bytesReceived;
        if (item.state == S::Done) {
            fractions += 1;
            overall.bytesTotal += std::max(item.bytesTotal, item.bytesReceived);
        } else if (item.bytesTotal > 0) {
            fractions += std::clamp(double(item.bytesReceived) / double(item.bytesTotal), 0.0, 1.0);
            overall.bytesTotal += item.bytesTotal;
        } else {
            overall.sizesKnown = false;
        }
    }
    if (overall.files > 0) {
        overall.fraction = overall.sizesKnown && overall.bytesTotal > 0
                               ? std::min(1.0, double(overall.bytesReceived) / double(overall.bytesTotal))
                               : fractions / overall.files;
    }
    return overall;
}

QString DownloadQueueModel::formatEta(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("%n s", "seconds left", int(seconds));
    if (seconds < 3600)
        return tr("%n min", "minutes left", int((seconds + 59) / 60));
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QVariant DownloadQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DownloadItem *found = m_queue->find(m_keys.at(index.row()));
    if (!found)
        return {};
    const DownloadItem &item = *found;
    const QLocale locale;
    using S = DownloadItem::State;
    const double progress =
        item.state == S::Done ? 1.0
        : item.bytesTotal > 0
            ? std::clamp(double(item.bytesReceived) / double(item.bytesTotal), 0.0, 1.0)
            : -1.0;
    const bool moving = item.state == S::Downloading && item.bytesPerSecond > 0;
    const qint64 eta =
        moving && item.bytesTotal > 0
            ? qint64(double(item.bytesTotal - item.bytesReceived) / item.bytesPerSecond)
            : -1;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return locale.toString(item.key.date, QLocale::ShortFormat);
        case TypeColumn:
            return item.key.fileType;
        case StateColumn:
            // Why it failed, or what a retry waits for, in the row itself (not only the tooltip).
            if (!item.message.isEmpty() &&
                (item.state == S::Failed || (item.state == S::Queued && item.retryAtMs > 0)))
                return tr("%1: %2").arg(DownloadItem::stateName(item.state), item.message);
            return DownloadItem::stateName(item.state);
        case ProgressColumn:
            return progress < 0 ? QString()
                                : locale.toString(progress * 100.0, 'f', 1) + QLatin1Char('%');
        case SizeColumn:
            if (item.bytesTotal > 0 && item.state != S::Done)
                return tr("%1 of %2")
                    .arg(locale.formattedDataSize(item.bytesReceived),
                         locale.formattedDataSize(item.bytesTotal));
            if (item.bytesReceived > 0)
                return locale.formattedDataSize(item.bytesReceived);
            return {};
        case SpeedColumn:
            return moving ? tr("%1/s").arg(locale.formattedDataSize(qint64(item.bytesPerSecond)))
                          : QString();
        case EtaColumn:
            return formatEta(eta);
        }
        return {};
    case Qt::ToolTipRole:
        if (!item.message.isEmpty())
            return item.message;
        return QDir::toNativeSeparators(m_queue->filePath(item.key));
    case Qt::TextAlignmentRole:
        if (index.column() >= SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case StateRole:
        return int(item.state);
    case ProgressRole:
        return progress;
    case MessageRole:
        return item.message;
    case FilePathRole:
        return m_queue->filePath(item.key);
    case FileTypeRole:
        return item.key.fileType;
    case DateRole:
        return item.key.date;
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return item.key.date;
        case TypeColumn:
            return item.key.fileType;
        case StateColumn:
            return int(item.state);
        case ProgressColumn:
            return progress;
        case SizeColumn:
            return std::max(item.bytesTotal, item.bytesReceived);
        case SpeedColumn:
            return item.bytesPerSecond;
        case EtaColumn:
            return eta;
        }
        return {};
    }
    return {};
}

QVariant DownloadQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TypeColumn:
        return tr("Type");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case SizeColumn:
        return tr("Size");
    case SpeedColumn:
        return tr("Speed");
    case EtaColumn:
        return tr("Time left");
    }
    return {};
}
