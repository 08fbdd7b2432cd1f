#pragma once

#include "net/relaysettings.h"
#include "net/serviceendpoint.h"
#include "net/streamservicekind.h"

#include <QString>
#include <QUrl>

#include <optional>

/// A saved realtime-stream account: the stream URL as the provider's dashboard shows it (edited
/// as a whole; {ACCOUNT_NAME}, {DATA_SOURCE} and {STREAM_LABEL} are filled from the fields of the
/// same name when present), the optional backfill and partition parameters, and the user name.
/// The password is not part of it: it lives in the OS secret store.
///
/// A team relay account (service NatsRelay) has NATS servers, a JetStream stream and a subject
/// prefix instead of a URL; its user name (and password) are the optional NATS credentials.
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
    // A team relay (NatsRelay) only:
    QString relayServers; ///< "nats://a:4222,tls://b:4222", as typed
    QString relayStream = RelaySettings().stream;
    QString relaySubject = RelaySettings().subjectPrefix;

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
    /// Empty when the profile can be used; otherwise a sentence for the user. A team relay's
    /// rules depend on its \a password too (sent only over TLS, or to this computer).
    QString validationError(const QString &password = {}) const;
    /// A team relay account's settings with \a password; nothing, with the sentence in
    /// \a problem, when they cannot be used (RelaySettings::parseServers() and problem()).
    std::optional<RelaySettings> relaySettings(const QString &password, QString *problem) const;
};
