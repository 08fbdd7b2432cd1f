#pragma once

#include "net/serviceendpoint.h"

#include <QString>
#include <QStringList>
#include <QUrl>

/// A saved backup-service account: the base URL, the file types the account may fetch (the
/// user's list; the dashboard decides what exists) and the user name. The password lives in the
/// OS secret store.
struct BackupProfile
{
    QString name;
    QString baseUrl = QStringLiteral("https://firestream.stocktwits.com");
    QStringList fileTypes = BackupEndpoint::documentedFileTypes();
    QString user;
    /// The symbol backups' metrics the dashboard lists (none by default).
    QStringList symbolMetrics;

    QUrl url() const { return QUrl(baseUrl.trimmed(), QUrl::StrictMode); }
    /// Where and how to download for this account, with \a password (which is never stored here).
    BackupEndpoint endpoint(const QString &password = {}) const
    {
        return {name, url(), fileTypes, {user, password}, symbolMetrics};
    }
    /// Empty when \a type may be a file type (the one rule, used by the account and by every
    /// request and file name): a lower-case letter followed by up to 63 lower-case letters,
    /// digits, "_" or "-", not beginning with "symbols_" (the symbol backups' names); otherwise
    /// a sentence saying why it is refused.
    static QString fileTypeError(const QString &type);
    static bool isValidFileType(const QString &type) { return fileTypeError(type).isEmpty(); }
    /// Empty when \a metric may name a symbol backup (a path part: a letter or digit followed
    /// by up to 63 letters, digits, "_" or "-"); otherwise a sentence saying why it is refused.
    static QString metricError(const QString &metric);
    /// The names of a comma-separated list as a user types it ("activity, message"): trimmed,
    /// empty ones dropped.
    static QStringList listFromText(const QString &text);
    /// Empty when the profile can be used; otherwise a sentence for the user.
    QString validationError() const;
};
