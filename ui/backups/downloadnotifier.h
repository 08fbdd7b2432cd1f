#pragma once

#include "backups/backupkey.h"

#include <QObject>
#include <QString>

#include <functional>

class DownloadQueue;
class QSystemTrayIcon;
class QTimer;

/// Tells the user, with a system-tray message, when the download queue has finished its work
/// (only where the desktop has a tray): how many files arrived, how many failed or were not
/// available. Hydrant may be minimised or on another page meanwhile.
class DownloadNotifier : public QObject
{
    Q_OBJECT

public:
    /// \a trayAvailable says whether the desktop shows tray icons (injectable for tests).
    explicit DownloadNotifier(DownloadQueue *queue,
                              std::function<bool()> trayAvailable = defaultTrayAvailable,
                              QObject *parent = nullptr);

    /// What the message says for these counts of files finished since the last message.
    static QString summary(int done, int failed, int notAvailable);
    static bool defaultTrayAvailable();

    /// The tray icon that carried the last message (null until one was shown).
    QSystemTrayIcon *trayIcon() const { return m_tray; }

signals:
    /// A message was shown in the tray.
    void notified(const QString &title, const QString &text);

private:
    void onFinished(const BackupKey &key);
    void onSettled();

    DownloadQueue *m_queue;
    std::function<bool()> m_trayAvailable;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_hideTimer;
    int m_done = 0;
    int m_failed = 0;
    int m_notAvailable = 0;
};
