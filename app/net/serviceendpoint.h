#pragma once

#include "net/relaysettings.h"
#include "net/streamservicekind.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

/// Who connects: a user name and a password held in memory only. The password comes from the
/// OS secret store, a prompt, standard input or the demo session, and is never written anywhere.
struct ServiceCredentials
{
    QString user;
    QString password;

    bool isComplete() const { return !user.isEmpty() && !password.isEmpty(); }
};

/// Everything the live page and the stream client need to connect to one realtime stream.
struct StreamEndpoint
{
    QString profileName;
    QUrl url; ///< the whole stream URL, query parameters (client=, backfillMinutes=, partition=) included
    ServiceCredentials credentials;
    StreamServiceKind service = StreamServiceKind::Gnip; ///< framing and resume rule of the stream
    /// A team relay (NatsRelay): its servers, stream and NATS credentials; \a url is its first
    /// server.
    RelaySettings relay{};
    /// A team relay: where reading begins, as JetStreamReader::Start::parse() reads it ("new",
    /// "all", "5m", an ISO 8601 time). Chosen at each Connect; empty: from now on.
    QString relayStart{};

    bool isRelay() const { return service == StreamServiceKind::NatsRelay; }
    /// Connecting needs a password that is not known yet (a team relay needs one only with a
    /// NATS user).
    bool needsPassword() const
    {
        return isRelay() ? !credentials.user.isEmpty() && credentials.password.isEmpty()
                         : !credentials.isComplete();
    }
    bool isValid() const { return url.isValid() && !needsPassword(); }
    /// An account to show and use: its password may still have to be asked for.
    bool hasAccount() const { return url.isValid() && !url.isEmpty(); }
};

/// Everything the backups page and the download engine need for one backup service.
struct BackupEndpoint
{
    QString profileName;
    QUrl baseUrl; ///< e.g. https://firestream.stocktwits.com — /backups/{type}/{yyyy}/{mm}/{dd} is appended
    QStringList fileTypes = documentedFileTypes();
    ServiceCredentials credentials;
    /// The symbol backups' metrics (/symbols/backups/{metric}/...), as the customer's dashboard
    /// names them: the account's list, none by default.
    QStringList symbolMetrics;

    /// The backup file types the provider documents (DESIGN §1.2): `activity` and `message`
    /// (singular). The defaults of every account, the command line and the simulator.
    static QStringList documentedFileTypes()
    {
        return {QStringLiteral("activity"), QStringLiteral("message")};
    }

    bool isValid() const { return baseUrl.isValid() && credentials.isComplete(); }
    /// An account to show and use: its password may still have to be asked for.
    bool hasAccount() const { return baseUrl.isValid() && !baseUrl.isEmpty(); }
};

Q_DECLARE_METATYPE(StreamEndpoint)
Q_DECLARE_METATYPE(BackupEndpoint)
