#pragma once

#include "backups/backupkey.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class DownloadQueue;

/// The download queue as a table for views: date, type, state, progress, size, speed and time
/// left. The queue knows its items by key only; rows exist here, and only here: the model keeps
/// which key each row shows and turns what the queue says about a key into the row's signals.
/// It owns no item; the DownloadQueue is the single source of truth.
class DownloadQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        TypeColumn,
        StateColumn,
        ProgressColumn,
        SizeColumn,
        SpeedColumn,
        EtaColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        StateRole = Qt::UserRole + 1, ///< DownloadItem::State as int
        ProgressRole,                 ///< 0..1, or -1 when the size is unknown
        MessageRole,                  ///< why it failed / what it waits for
        FilePathRole,                 ///< the final file's path
        FileTypeRole,
        DateRole, ///< QDate
        SortRole, ///< a value that sorts naturally per column
    };

    explicit DownloadQueueModel(DownloadQueue *queue, QObject *parent = nullptr);

    DownloadQueue *queue() const { return m_queue; }

    /// The key shown in the row of \a index (an invalid index: an empty key).
    BackupKey key(const QModelIndex &index) const;
    /// The keys of \a indexes' rows, once each, top to bottom.
    QList<BackupKey> keys(const QModelIndexList &indexes) const;
    /// The row showing \a key, or -1.
    int row(const BackupKey &key) const { return m_rowOf.value(key, -1); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// How far the queue as a whole has come. Days that will not be downloaded (not available,
    /// failed, cancelled) do not count. Each file counts equally until every size is known, so
    /// files still resolving keep the bar short of full.
    struct Overall
    {
        double fraction = 0;      ///< 0..1
        qint64 bytesReceived = 0;
        qint64 bytesTotal = 0;    ///< of the files whose size is known
        bool sizesKnown = true;   ///< every counted file's size is known
        int files = 0;            ///< files counted
    };
    Overall overall() const;

    /// "1:05:00", "4 min", "12 s": remaining time in words.
    static QString formatEta(qint64 seconds);

private:
    void onItemsAdded(const QList<BackupKey> &keys);
    void onItemsLeaving(const QList<BackupKey> &keys);
    void onItemChanged(const BackupKey &key);
    void onOrderChanged();
    void reindex();

    DownloadQueue *m_queue;
    QList<BackupKey> m_keys;       ///< the key of each row, in the queue's download order
    QHash<BackupKey, int> m_rowOf; ///< the row of each key
};
