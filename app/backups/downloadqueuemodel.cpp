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
    connect(queue, &DownloadQueue::itemsAboutToBeInserted, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(queue, &DownloadQueue::itemsInserted, this, [this] { endInsertRows(); });
    connect(queue, &DownloadQueue::itemsAboutToBeRemoved, this,
            [this](int first, int last) { beginRemoveRows({}, first, last); });
    connect(queue, &DownloadQueue::itemsRemoved, this, [this] { endRemoveRows(); });
    connect(queue, &DownloadQueue::itemChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

int DownloadQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_queue->count();
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
    const DownloadItem &item = m_queue->item(index.row());
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
        return QDir::toNativeSeparators(m_queue->filePath(index.row()));
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
        return m_queue->filePath(index.row());
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
