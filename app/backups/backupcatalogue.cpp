#include "backupcatalogue.h"

#include "backups/backupnaming.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

BackupCatalogue::BackupCatalogue(const QString &statePath, QObject *parent)
    : QObject(parent)
    , m_statePath(statePath)
{
    if (m_statePath.isEmpty())
        return;
    QFile file(m_statePath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll())
                                 .object()
                                 .value(QStringLiteral("notAvailable"))
                                 .toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const BackupKey key{
            object.value(QStringLiteral("type")).toString(),
            QDate::fromString(object.value(QStringLiteral("date")).toString(), Qt::ISODate),
            object.value(QStringLiteral("family")).toString() == QLatin1String("symbols")
                ? BackupKey::Family::Symbols
                : BackupKey::Family::Daily};
        if (BackupNaming::keyError(key, {}).isEmpty())
            m_notAvailable.insert(key);
    }
}

QString BackupCatalogue::defaultStatePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backup-catalogue.json"));
}

void BackupCatalogue::setFolder(const QString &folder)
{
    m_folder = folder;
    rescan();
}

void BackupCatalogue::rescan()
{
    m_onDisk.clear();
    if (!m_folder.isEmpty()) {
        const QDir dir(m_folder);
        const QFileInfoList files =
            dir.entryInfoList({QStringLiteral("stocktwits_*.gz")}, QDir::Files | QDir::Readable);
        for (const QFileInfo &info : files) {
            const BackupKey key = BackupNaming::keyFromFileName(info.fileName());
            if (key.date.isValid())
                m_onDisk.insert(key, info.size());
        }
    }
    emit changed();
}

QString BackupCatalogue::filePath(const BackupKey &key) const
{
    return QDir(m_folder).filePath(BackupNaming::fileName(key));
}

void BackupCatalogue::recordDownloaded(const BackupKey &key, const QString &folder, qint64 size)
{
    if (QDir::cleanPath(folder) != QDir::cleanPath(m_folder))
        return;
    m_onDisk.insert(key, size);
    if (m_notAvailable.remove(key))
        saveState();
    emit changed();
}

void BackupCatalogue::recordNotAvailable(const BackupKey &key)
{
    if (m_notAvailable.contains(key))
        return;
    m_notAvailable.insert(key);
    saveState();
    emit changed();
}

void BackupCatalogue::forgetNotAvailable(const BackupKey &key)
{
    if (m_notAvailable.remove(key)) {
        saveState();
        emit changed();
    }
}

bool BackupCatalogue::deleteFile(const BackupKey &key, QString *error)
{
    QFile file(filePath(key));
    if (file.exists() && !file.remove()) {
        if (error)
            *error = QCoreApplication::translate("BackupCatalogue", "%1 cannot be deleted: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    m_onDisk.remove(key);
    emit changed();
    return true;
}

void BackupCatalogue::saveState() const
{
    if (m_statePath.isEmpty())
        return;
    QJsonArray array;
    for (const BackupKey &key : m_notAvailable) {
        QJsonObject object;
        object.insert(QStringLiteral("type"), key.fileType);
        object.insert(QStringLiteral("date"), key.date.toString(Qt::ISODate));
        if (key.isSymbols())
            object.insert(QStringLiteral("family"), QStringLiteral("symbols"));
        array.append(object);
    }
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("notAvailable"), array);
    QDir().mkpath(QFileInfo(m_statePath).absolutePath());
    QSaveFile file(m_statePath);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
        file.commit();
    }
}
