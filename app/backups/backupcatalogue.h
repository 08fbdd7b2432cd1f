#pragma once

#include "backups/backupkey.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

/// What is known about each (day, file type) outside the queue: which final files are in the
/// download folder (by their validated names) and which days the service said it has no file for.
/// The calendar paints from this and the queue.
class BackupCatalogue : public QObject
{
    Q_OBJECT

public:
    /// \a statePath keeps the "not available" answers across runs; empty keeps them in memory.
    explicit BackupCatalogue(const QString &statePath = QString(), QObject *parent = nullptr);

    /// <AppDataLocation>/backup-catalogue.json
    static QString defaultStatePath();

    QString folder() const { return m_folder; }
    /// Looks at \a folder (and rescans it).
    void setFolder(const QString &folder);
    /// Reads the folder again (files may have been added or deleted outside Hydrant).
    void rescan();

    bool isOnDisk(const BackupKey &key) const { return m_onDisk.contains(key); }
    /// Size of the final file, -1 when it is not on disk.
    qint64 fileSize(const BackupKey &key) const { return m_onDisk.value(key, -1); }
    /// The final file's path in the current folder (whether or not it exists).
    QString filePath(const BackupKey &key) const;
    bool isNotAvailable(const BackupKey &key) const { return m_notAvailable.contains(key); }
    int onDiskCount() const { return int(m_onDisk.size()); }

    /// Records a finished download of \a key (\a size bytes) in \a folder.
    void recordDownloaded(const BackupKey &key, const QString &folder, qint64 size);
    /// Records that the service has no file for \a key.
    void recordNotAvailable(const BackupKey &key);
    /// Forgets an earlier "not available" answer (the user asked again).
    void forgetNotAvailable(const BackupKey &key);
    /// Deletes the final file of \a key; returns false with \a error in words when it cannot.
    bool deleteFile(const BackupKey &key, QString *error = nullptr);

signals:
    void changed();

private:
    void saveState() const;

    QString m_statePath;
    QString m_folder;
    QHash<BackupKey, qint64> m_onDisk;
    QSet<BackupKey> m_notAvailable;
};
