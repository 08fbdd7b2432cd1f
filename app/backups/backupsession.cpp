#include "backups/backupsession.h"

#include "backups/backupcatalogue.h"
#include "backups/downloadqueue.h"
#include "backups/downloadqueuemodel.h"
#include "backups/downloadstatestore.h"
#include "core/appsettings.h"
#include "net/endpointpolicy.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace {

QString simulatorStatePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("downloads-simulator.json"));
}

} // namespace

BackupSession::BackupSession(const QString &catalogueStatePath, QueueKept kept, QObject *parent)
    : QObject(parent)
    , m_kept(kept)
{
    m_queue = new DownloadQueue(this);
    m_catalogue = new BackupCatalogue(catalogueStatePath, this);
    m_queue->setCatalogue(m_catalogue);
    m_model = new DownloadQueueModel(m_queue, this);
    applySettings();
}

void BackupSession::applySettings()
{
    m_queue->setConcurrency(AppSettings::downloadConcurrency());
    m_queue->setBandwidthLimit(qint64(AppSettings::downloadLimitKiBps()) * 1024);
    m_queue->setStallTimeout(AppSettings::stallTimeoutSeconds() * 1000);
    applyDefaultFolder();
}

BackupSession::~BackupSession()
{
    m_queue->saveState();
}

bool BackupSession::isSimulator() const
{
    return EndpointPolicy::isLoopbackHost(m_endpoint.baseUrl.host());
}

void BackupSession::setEndpoint(const BackupEndpoint &endpoint)
{
    m_endpoint = endpoint;
    if (hasAccount())
        switchQueueState();
    m_queue->setEndpoint(endpoint);
}

void BackupSession::providePassword(const QString &password)
{
    m_endpoint.credentials.password = password;
    m_queue->provideCredentials(m_endpoint.credentials);
}

void BackupSession::applyDefaultFolder()
{
    if (m_folderOverridden)
        return;
    const QString base = AppSettings::downloadFolder();
    useFolder(isSimulator() ? QDir(base).filePath(QStringLiteral("Simulator")) : base);
}

void BackupSession::setDownloadFolder(const QString &folder)
{
    m_folderOverridden = true;
    useFolder(folder);
}

void BackupSession::useFolder(const QString &folder)
{
    const QString clean = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (clean == m_folder)
        return;
    m_folder = clean;
    m_queue->setFolder(m_folder);
    m_catalogue->setFolder(m_folder);
    emit downloadFolderChanged(m_folder);
}

void BackupSession::switchQueueState()
{
    const QString kind = isSimulator() ? QStringLiteral("simulator") : QStringLiteral("service");
    if (kind == m_stateKind)
        return;
    if (!m_stateKind.isEmpty())
        m_queue->saveState();
    m_stateKind = kind;
    applyDefaultFolder();
    if (m_kept == QueueKept::ForThisRunOnly)
        return; // a command's queue never mixes with the application's saved one
    m_queue->setStatePath(isSimulator() ? simulatorStatePath() : DownloadStateStore::defaultPath());
    QString error;
    if (!m_queue->restoreState(&error) && !error.isEmpty())
        emit stateProblem(error);
}
