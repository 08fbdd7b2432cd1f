#pragma once

#include "net/serviceendpoint.h"

#include <QWidget>

class QMenu;

/// The Backups page: a calendar of daily archives and the download queue.
class BackupsPage : public QWidget
{
    Q_OBJECT

public:
    explicit BackupsPage(QWidget *parent = nullptr);

    /// Adds this page's actions to the Backups menu of the main window.
    void populateMenu(QMenu *menu);

    /// The backup service to download from (from the chosen account, or the demo session).
    void setBackupEndpoint(const BackupEndpoint &endpoint);
    BackupEndpoint backupEndpoint() const { return m_endpoint; }

signals:
    /// A downloaded archive should be opened in the Files page.
    void openFileRequested(const QString &path);

private:
    BackupEndpoint m_endpoint;
};
