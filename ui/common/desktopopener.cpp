#include "desktopopener.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QStringList>

#include <utility>

#ifdef HYDRANT_DESKTOP_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#endif

namespace {

DesktopOpener::UrlOpener &urlOpener()
{
    static DesktopOpener::UrlOpener opener;
    return opener;
}

DesktopOpener::FileManager &fileManager()
{
    static DesktopOpener::FileManager manager;
    return manager;
}

/// Asks the desktop's file manager to show \a path selected (the freedesktop.org interface
/// that Nautilus, Dolphin, Nemo, Thunar and others answer).
bool showItemOverDBus(const QString &path)
{
#ifdef HYDRANT_DESKTOP_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.FileManager1"), QStringLiteral("/org/freedesktop/FileManager1"),
        QStringLiteral("org.freedesktop.FileManager1"), QStringLiteral("ShowItems"));
    call << QStringList{QUrl::fromLocalFile(path).toString()} << QString();
    // A file manager that is installed but not running is started by the bus; one that does
    // not answer within a few seconds counts as none.
    const QDBusMessage reply = bus.call(call, QDBus::Block, 3000);
    return reply.type() == QDBusMessage::ReplyMessage;
#else
    Q_UNUSED(path)
    return false;
#endif
}

} // namespace

bool DesktopOpener::openUrl(const QUrl &url)
{
    if (const UrlOpener &opener = urlOpener())
        return opener(url);
    return QDesktopServices::openUrl(url);
}

bool DesktopOpener::openFolderOf(const QString &path)
{
    const QFileInfo info(path);
    return openUrl(QUrl::fromLocalFile(info.isDir() ? info.absoluteFilePath() : info.absolutePath()));
}

bool DesktopOpener::showInFileManager(const QString &path)
{
    // A file that is not there (yet) cannot be selected: its folder is what can be shown.
    if (QFileInfo::exists(path)) {
        const FileManager &manager = fileManager();
        if (manager ? manager(path) : showItemOverDBus(path))
            return true;
    }
    return openFolderOf(path);
}

void DesktopOpener::setUrlOpener(UrlOpener opener)
{
    urlOpener() = std::move(opener);
}

void DesktopOpener::setFileManager(FileManager manager)
{
    fileManager() = std::move(manager);
}
