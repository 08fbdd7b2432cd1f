#pragma once

#include "net/serviceendpoint.h"
#include "net/streamservicekind.h"

#include <QString>
#include <QUrl>

/// A saved realtime-stream account: the stream URL as the provider's dashboard shows it (edited
/// as a whole; {ACCOUNT_NAME}, {DATA_SOURCE} and {STREAM_LABEL} are filled from the fields of the
/// same name when present), the optional backfill and partition parameters, and the user name.
/// The password is not part of it: it lives in the OS secret store.
struct StreamProfile
{
    QString name;
    QString urlTemplate = defaultUrlTemplate();
    QString accountName;
    QString dataSource = QStringLiteral("twitter");
    QString streamLabel = QStringLiteral("prod");
    int client = 0;          ///< client=N for Backfill streams; 0 = not sent
    int backfillMinutes = 0; ///< backfillMinutes=N (1–5) for newer products; 0 = not sent
    int partition = 0;       ///< partition=N for partitioned streams; 0 = not sent
    QString user;            ///< the e-mail address used to sign in
    StreamServiceKind service = StreamServiceKind::Gnip; ///< framing and resume rule

    static QString defaultUrlTemplate();
    /// The documented URL of a service's main stream (Gnip: the template with placeholders).
    static QString defaultUrlTemplate(StreamServiceKind service);
    /// True when \a url is empty or one of the services' documented URLs (not the user's own).
    static bool isDefaultUrlTemplate(const QString &url);

    /// The URL text with the placeholders filled in (those without a value stay as they are).
    QString filledTemplate() const;
    /// The URL to connect to: placeholders filled in, the optional parameters appended unless the
    /// template already has them.
    QUrl resolvedUrl() const;
    /// Where and how to connect for this account, with \a password (which is never stored here).
    StreamEndpoint endpoint(const QString &password = {}) const;
    /// Empty when the profile can be used; otherwise a sentence for the user.
    QString validationError() const;
};
