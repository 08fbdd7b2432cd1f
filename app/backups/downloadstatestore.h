#pragma once

#include "backups/downloaditem.h"
#include <QCoreApplication>

#include <QList>
#include <QString>

/// Saves and restores the download queue as JSON in the application data folder, so a restart
/// (or a crash) resumes every transfer. Written with QSaveFile: a crash while saving leaves the
/// previous state intact. Items are re-validated on load; a tampered entry is dropped.
class DownloadStateStore
{
    Q_DECLARE_TR_FUNCTIONS(DownloadStateStore)

public:
    /// The default file: <AppDataLocation>/downloads.json.
    static QString defaultPath();

    explicit DownloadStateStore(const QString &path = defaultPath());

    QString path() const { return m_path; }

    /// The saved items; items that were running come back Queued (their NAME.part is resumed).
    /// Empty when there is no file; \a error is set when the file exists but cannot be used.
    QList<DownloadItem> load(QString *error = nullptr) const;
    /// Returns false (with \a error in words) when the state cannot be written.
    bool save(const QList<DownloadItem> &items, QString *error = nullptr) const;

private:
    QString m_path;
};
