#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// The one place where Hydrant's preferences are read and written, each with its default
/// declared once. Backed by QSettings; never holds a password (those live in the OS secret store).
class AppSettings
{
public:
    AppSettings() = delete;

    static constexpr int defaultFeedRingSize = 100'000;
    static constexpr int defaultDownloadConcurrency = 3;
    static constexpr int defaultStallTimeoutSeconds = 30;
    static constexpr int maxRecentFiles = 10;
    /// Longest stream line accepted; longer lines are dropped and counted (DESIGN §6: every
    /// limit is explicit, counted and reported).
    static constexpr int defaultMaxLineBytes = 16 * 1024 * 1024;
    static constexpr int minimumMaxLineBytes = 1024;
    static constexpr int maximumMaxLineBytes = 1024 * 1024 * 1024;

    static int feedRingSize();
    static void setFeedRingSize(int rows);

    static int downloadConcurrency();
    static void setDownloadConcurrency(int jobs);

    /// The most all downloads together may take, in KiB/s; 0: no limit (the default).
    static int downloadLimitKiBps();
    static void setDownloadLimitKiBps(int kibibytesPerSecond);

    static int stallTimeoutSeconds();
    static void setStallTimeoutSeconds(int seconds);

    /// Longest line of a live stream, in bytes (between the minimum and maximum above).
    static int maxLineBytes();
    static void setMaxLineBytes(int bytes);

    /// Folder that backups are downloaded into (default: ~/Downloads/Hydrant).
    static QString downloadFolder();
    static void setDownloadFolder(const QString &folder);

    /// Folder that live recordings are written into (default: ~/Documents/Hydrant recordings).
    static QString recordingFolder();
    static void setRecordingFolder(const QString &folder);

    /// UI language override as a locale name ("de", "fr", ...); empty follows the system.
    static QString language();
    static void setLanguage(const QString &localeName);

    /// Times shown in UTC rather than the computer's local time (DisplayTimeZone; default off).
    static bool timesInUtc();
    static void setTimesInUtc(bool utc);

    /// The folder the Open dialog starts in: the last one a file was opened from, else the
    /// download folder.
    static QString lastOpenFolder();
    static void setLastOpenFolder(const QString &folder);

    static QStringList recentFiles();
    /// Moves the file to the top of the recent list, trimming it to maxRecentFiles.
    static void addRecentFile(const QString &path);
    static void clearRecentFiles();

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowGeometry(const QByteArray &geometry, const QByteArray &state);
    static int currentPage();
    static void setCurrentPage(int index);

    /// Whether the Files page reopens at start the tabs that were open when Hydrant last closed
    /// (default: yes).
    static bool reopenFilesAtStart();
    static void setReopenFilesAtStart(bool reopen);
    /// A Files page tab as it was left: its file (or a dataset's files) and the selected row.
    struct OpenTab
    {
        QStringList paths;
        qint64 row = 0;
        bool operator==(const OpenTab &other) const = default;
    };
    /// The tabs open when Hydrant last closed, in order, and which of them was shown.
    static QList<OpenTab> openTabs();
    static int currentOpenTab();
    static void setOpenTabs(const QList<OpenTab> &tabs, int current);

    /// Opaque UI state blobs (splitters, header layouts) keyed by a stable name.
    static QByteArray uiState(const QString &key);
    static void setUiState(const QString &key, const QByteArray &state);
};
