#include "appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace {

int boundedInt(const QString &key, int fallback, int minimum, int maximum)
{
    bool ok = false;
    const int value = QSettings().value(key, fallback).toInt(&ok);
    return ok ? std::clamp(value, minimum, maximum) : fallback;
}

QString folderOr(const QString &key, QStandardPaths::StandardLocation base, const QString &leaf)
{
    const QString stored = QSettings().value(key).toString();
    if (!stored.isEmpty())
        return stored;
    QString root = QStandardPaths::writableLocation(base);
    if (root.isEmpty())
        root = QDir::homePath();
    return QDir(root).filePath(leaf);
}

} // namespace

int AppSettings::feedRingSize()
{
    return boundedInt(QStringLiteral("live/ringSize"), defaultFeedRingSize, 1'000, 2'000'000);
}

void AppSettings::setFeedRingSize(int rows)
{
    QSettings().setValue(QStringLiteral("live/ringSize"), rows);
}

int AppSettings::downloadConcurrency()
{
    return boundedInt(QStringLiteral("backups/concurrency"), defaultDownloadConcurrency, 1, 16);
}

void AppSettings::setDownloadConcurrency(int jobs)
{
    QSettings().setValue(QStringLiteral("backups/concurrency"), jobs);
}

int AppSettings::downloadLimitKiBps()
{
    return boundedInt(QStringLiteral("backups/limitKiBps"), 0, 0, 10'000'000);
}

void AppSettings::setDownloadLimitKiBps(int kibibytesPerSecond)
{
    QSettings().setValue(QStringLiteral("backups/limitKiBps"), kibibytesPerSecond);
}

int AppSettings::stallTimeoutSeconds()
{
    return boundedInt(QStringLiteral("live/stallTimeout"), defaultStallTimeoutSeconds, 1, 600);
}

void AppSettings::setStallTimeoutSeconds(int seconds)
{
    QSettings().setValue(QStringLiteral("live/stallTimeout"), seconds);
}

int AppSettings::maxLineBytes()
{
    return boundedInt(QStringLiteral("live/maxLineBytes"), defaultMaxLineBytes, minimumMaxLineBytes,
                      maximumMaxLineBytes);
}

void AppSettings::setMaxLineBytes(int bytes)
{
    QSettings().setValue(QStringLiteral("live/maxLineBytes"), bytes);
}

QString AppSettings::downloadFolder()
{
    return folderOr(QStringLiteral("backups/folder"), QStandardPaths::DownloadLocation,
                    QStringLiteral("Hydrant"));
}

void AppSettings::setDownloadFolder(const QString &folder)
{
    QSettings().setValue(QStringLiteral("backups/folder"), folder);
}

QString AppSettings::recordingFolder()
{
    return folderOr(QStringLiteral("live/recordingFolder"), QStandardPaths::DocumentsLocation,
                    QStringLiteral("Hydrant recordings"));
}

void AppSettings::setRecordingFolder(const QString &folder)
{
    QSettings().setValue(QStringLiteral("live/recordingFolder"), folder);
}

QString AppSettings::language()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &localeName)
{
    QSettings().setValue(QStringLiteral("ui/language"), localeName);
}

bool AppSettings::timesInUtc()
{
    return QSettings().value(QStringLiteral("ui/timeZone")).toString() == QLatin1String("utc");
}

void AppSettings::setTimesInUtc(bool utc)
{
    QSettings().setValue(QStringLiteral("ui/timeZone"),
                         utc ? QStringLiteral("utc") : QStringLiteral("local"));
}

QString AppSettings::lastOpenFolder()
{
    const QString stored = QSettings().value(QStringLiteral("files/lastOpenFolder")).toString();
    return stored.isEmpty() ? downloadFolder() : stored;
}

void AppSettings::setLastOpenFolder(const QString &folder)
{
    QSettings().setValue(QStringLiteral("files/lastOpenFolder"), folder);
}

QStringList AppSettings::recentFiles()
{
    return QSettings().value(QStringLiteral("files/recent")).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings().setValue(QStringLiteral("files/recent"), files);
}

void AppSettings::clearRecentFiles()
{
    QSettings().remove(QStringLiteral("files/recent"));
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(QStringLiteral("window/geometry")).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(QStringLiteral("window/state")).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), geometry);
    settings.setValue(QStringLiteral("window/state"), state);
}

int AppSettings::currentPage()
{
    return boundedInt(QStringLiteral("window/page"), 0, 0, 2);
}

void AppSettings::setCurrentPage(int index)
{
    QSettings().setValue(QStringLiteral("window/page"), index);
}

bool AppSettings::reopenFilesAtStart()
{
    return QSettings().value(QStringLiteral("files/reopenAtStart"), true).toBool();
}

void AppSettings::setReopenFilesAtStart(bool reopen)
{
    QSettings().setValue(QStringLiteral("files/reopenAtStart"), reopen);
}

QList<AppSettings::OpenTab> AppSettings::openTabs()
{
    QList<OpenTab> tabs;
    const QVariantList saved = QSettings().value(QStringLiteral("files/openTabs")).toList();
    for (const QVariant &entry : saved) {
        const QVariantMap map = entry.toMap();
        OpenTab tab{map.value(QStringLiteral("paths")).toStringList(),
                    std::max<qint64>(0, map.value(QStringLiteral("row")).toLongLong())};
        if (!tab.paths.isEmpty())
            tabs.append(tab);
    }
    return tabs;
}

int AppSettings::currentOpenTab()
{
    return QSettings().value(QStringLiteral("files/currentOpenTab"), 0).toInt();
}

void AppSettings::setOpenTabs(const QList<OpenTab> &tabs, int current)
{
    QVariantList saved;
    for (const OpenTab &tab : tabs)
        saved.append(QVariantMap{{QStringLiteral("paths"), tab.paths},
                                 {QStringLiteral("row"), tab.row}});
    QSettings settings;
    settings.setValue(QStringLiteral("files/openTabs"), saved);
    settings.setValue(QStringLiteral("files/currentOpenTab"), current);
}

QByteArray AppSettings::uiState(const QString &key)
{
    return QSettings().value(QStringLiteral("uiState/") + key).toByteArray();
}

void AppSettings::setUiState(const QString &key, const QByteArray &state)
{
    QSettings().setValue(QStringLiteral("uiState/") + key, state);
}
