#pragma once

#include "net/serviceendpoint.h"

#include <QObject>
#include <QString>

class BackupCatalogue;
class DownloadQueue;
class DownloadQueueModel;

/// One backups account, as the Backups page shows it: the download queue, its table model, the
/// catalogue of files on disk and the persisted queue state, with the rules that go with them.
/// A loopback service is the simulator (demo mode, tests): its files go to a "Simulator" folder
/// of their own and its queue is saved apart, so demo data never mixes with real archives.
/// The account's password may be unknown: the queue asks for it (credentialsRequired) before
/// its first request.
class BackupSession : public QObject
{
    Q_OBJECT

public:
    /// Whether the queue is kept between runs (the application) or lives for one run (a command).
    enum class QueueKept { BetweenRuns, ForThisRunOnly };

    /// \a catalogueStatePath: where the catalogue remembers what it found (empty: nowhere).
    explicit BackupSession(const QString &catalogueStatePath,
                           QueueKept kept = QueueKept::BetweenRuns, QObject *parent = nullptr);
    ~BackupSession() override; ///< saves the queue

    /// The service to download from. The queue state of the kind of service (real or simulator)
    /// is loaded when it changes.
    void setEndpoint(const BackupEndpoint &endpoint);
    BackupEndpoint endpoint() const { return m_endpoint; }
    /// There is an account to show (its password may still be asked for).
    bool hasAccount() const { return m_endpoint.hasAccount(); }
    /// The password, from a prompt: the queue carries on.
    void providePassword(const QString &password);
    bool isSimulator() const;

    /// Where files go: the settings' download folder (a "Simulator" folder inside it for the
    /// simulator) unless setDownloadFolder() chose one.
    QString downloadFolder() const { return m_folder; }
    void setDownloadFolder(const QString &folder);
    bool isDownloadFolderOverridden() const { return m_folderOverridden; }
    /// The user's preferences (download folder unless overridden, parallel downloads, stall
    /// timeout), read here so nothing below the session reads settings. The constructor applies
    /// them once; call again after they changed.
    void applySettings();

    DownloadQueue *queue() const { return m_queue; }
    DownloadQueueModel *model() const { return m_model; }
    BackupCatalogue *catalogue() const { return m_catalogue; }

signals:
    void downloadFolderChanged(const QString &folder);
    /// The saved queue could not be read (a sentence).
    void stateProblem(const QString &message);

private:
    void applyDefaultFolder();
    void switchQueueState();
    void useFolder(const QString &folder);

    BackupEndpoint m_endpoint;
    QString m_folder;
    QString m_stateKind;             ///< which saved queue is loaded: real service or simulator
    bool m_folderOverridden = false; ///< set through setDownloadFolder(): settings no longer apply
    QueueKept m_kept = QueueKept::BetweenRuns;
    DownloadQueue *m_queue = nullptr;
    DownloadQueueModel *m_model = nullptr;
    BackupCatalogue *m_catalogue = nullptr;
};
