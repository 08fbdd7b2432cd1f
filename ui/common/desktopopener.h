#pragma once

#include <QString>
#include <QUrl>

#include <functional>

/// The one way Hydrant hands a file or a folder to the desktop: opening it in the application
/// the desktop chooses (QDesktopServices), and showing a file selected in the file manager
/// (org.freedesktop.FileManager1 over D-Bus, else its folder opened as above). Each answers
/// whether it worked, so the caller can say when nothing did. Tests replace both ways so that
/// nothing is launched.
class DesktopOpener
{
public:
    DesktopOpener() = delete;

    using UrlOpener = std::function<bool(const QUrl &url)>;
    using FileManager = std::function<bool(const QString &path)>;

    /// Opens \a url (a local file or folder) as the desktop does; false when nothing opened it.
    static bool openUrl(const QUrl &url);
    /// Opens the folder \a path is in (\a path itself when it is a folder).
    static bool openFolderOf(const QString &path);
    /// Shows \a path selected in the file manager; when no file manager answers on D-Bus, opens
    /// its folder instead. False when neither worked.
    static bool showInFileManager(const QString &path);

    /// Replaces QDesktopServices::openUrl (an empty function restores it).
    static void setUrlOpener(UrlOpener opener);
    /// Replaces the D-Bus file manager call (an empty function restores it).
    static void setFileManager(FileManager fileManager);
};
