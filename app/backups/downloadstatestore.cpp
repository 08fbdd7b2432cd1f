#include "downloadstatestore.h"

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

namespace {

constexpr int formatVersion = 1;

} // namespace

QString DownloadStateStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("downloads.json"));
}

DownloadStateStore::DownloadStateStore(const QString &path)
    : m_path(path)
{}

QList<DownloadItem> DownloadStateStore::load(QString *error) const
{
    QList<DownloadItem> items;
    QFile file(m_path);
    if (!file.exists())
        return items;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The saved download queue cannot be read: %1").arg(file.errorString());
        return items;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = tr("The saved download queue is damaged (%1); starting with an empty queue.")
                         .arg(parseError.errorString());
        return items;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("version")).toInt() != formatVersion) {
        if (error)
            *error = tr("The saved download queue comes from another version; starting with an "
                        "empty queue.");
        return items;
    }
    const QJsonArray array = root.value(QStringLiteral("items")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        DownloadItem item;
        item.key.fileType = object.value(QStringLiteral("type")).toString();
        item.key.date =
            QDate::fromString(object.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (object.value(QStringLiteral("family")).toString() == QLatin1String("symbols"))
            item.key.family = BackupKey::Family::Symbols;
        item.folder = object.value(QStringLiteral("folder")).toString();
        // The file can be edited by hand: everything that becomes a path is checked again.
        if (!BackupNaming::keyError(item.key, {}).isEmpty() || item.folder.isEmpty() ||
            QFileInfo(item.folder).isRelative())
            continue;
        item.state = DownloadItem::stateFromId(object.value(QStringLiteral("state")).toString());
        if (item.isActive())
            item.state = DownloadItem::State::Queued;
        item.message = object.value(QStringLiteral("message")).toString();
        item.bytesReceived = qint64(object.value(QStringLiteral("received")).toDouble());
        item.bytesTotal = qint64(object.value(QStringLiteral("total")).toDouble(-1));
        item.attempts = object.value(QStringLiteral("attempts")).toInt();
        items.append(item);
    }
    return items;
}

bool DownloadStateStore::save(const QList<DownloadItem> &items, QString *error) const
{
    QJsonArray array;
    for (const DownloadItem &item : items) {
        QJsonObject object;
        object.insert(QStringLiteral("type"), item.key.fileType);
        object.insert(QStringLiteral("date"), item.key.date.toString(Qt::ISODate));
        if (item.key.isSymbols())
            object.insert(QStringLiteral("family"), QStringLiteral("symbols"));
        object.insert(QStringLiteral("folder"), item.folder);
        object.insert(QStringLiteral("state"), DownloadItem::stateId(item.state));
        if (!item.message.isEmpty())
            object.insert(QStringLiteral("message"), item.message);
        object.insert(QStringLiteral("received"), double(item.bytesReceived));
        object.insert(QStringLiteral("total"), double(item.bytesTotal));
        if (item.attempts > 0)
            object.insert(QStringLiteral("attempts"), item.attempts);
        array.append(object);
    }
    QJsonObject root;
    root.insert(QStringLiteral("version"), formatVersion);
    root.insert(QStringLiteral("items"), array);

    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = tr("The download queue cannot be saved to %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    return true;
}
