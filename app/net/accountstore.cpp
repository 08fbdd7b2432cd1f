#include "accountstore.h"

#include <QCoreApplication>
#include <QDebug>
#include <QSettings>
#include <QUrl>

namespace {

QString serviceKey(AccountStore::Service service)
{
    return service == AccountStore::Service::Stream ? QStringLiteral("stream")
                                                    : QStringLiteral("backups");
}

} // namespace

AccountStore::AccountStore(QObject *parent)
    : QObject(parent)
{}

QString AccountStore::group(Service service, const QString &name)
{
    // Percent-encoded so that a '/' in a profile name cannot open a settings sub-group.
    return QStringLiteral("accounts/%1/%2")
        .arg(serviceKey(service), QString::fromLatin1(QUrl::toPercentEncoding(name)));
}

QStringList AccountStore::names(Service service) const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("accounts/") + serviceKey(service));
    QStringList result;
    for (const QString &encoded : settings.childGroups())
        result.append(QUrl::fromPercentEncoding(encoded.toLatin1()));
    result.sort(Qt::CaseInsensitive);
    return result;
}

QStringList AccountStore::streamProfileNames() const
{
    return names(Service::Stream);
}

QStringList AccountStore::backupProfileNames() const
{
    return names(Service::Backups);
}

bool AccountStore::hasProfile(Service service, const QString &name) const
{
    return names(service).contains(name);
}

std::optional<StreamProfile> AccountStore::streamProfile(const QString &name) const
{
    if (!hasProfile(Service::Stream, name))
        return std::nullopt;
    QSettings settings;
    settings.beginGroup(group(Service::Stream, name));
    StreamProfile profile;
    profile.name = name;
    profile.urlTemplate = settings.value(QStringLiteral("url"), profile.urlTemplate).toString();
    profile.accountName = settings.value(QStringLiteral("accountName")).toString();
    profile.dataSource =
        settings.value(QStringLiteral("dataSource"), profile.dataSource).toString();
    profile.streamLabel =
        settings.value(QStringLiteral("streamLabel"), profile.streamLabel).toString();
    profile.client = settings.value(QStringLiteral("client"), 0).toInt();
    profile.backfillMinutes = settings.value(QStringLiteral("backfillMinutes"), 0).toInt();
    profile.partition = settings.value(QStringLiteral("partition"), 0).toInt();
    profile.user = settings.value(QStringLiteral("user")).toString();
    profile.service = StreamServiceKinds::fromKey(settings.value(QStringLiteral("service")).toString())
                          .value_or(StreamServiceKind::Gnip);
    profile.relayServers = settings.value(QStringLiteral("natsServers")).toString();
    profile.relayStream =
        settings.value(QStringLiteral("natsStream"), profile.relayStream).toString();
    profile.relaySubject =
        settings.value(QStringLiteral("natsSubject"), profile.relaySubject).toString();
    return profile;
}

void AccountStore::saveStreamProfile(const StreamProfile &profile)
{
    QSettings settings;
    settings.beginGroup(group(Service::Stream, profile.name));
    settings.setValue(QStringLiteral("url"), profile.urlTemplate);
    settings.setValue(QStringLiteral("accountName"), profile.accountName);
    settings.setValue(QStringLiteral("dataSource"), profile.dataSource);
    settings.setValue(QStringLiteral("streamLabel"), profile.streamLabel);
    settings.setValue(QStringLiteral("client"), profile.client);
    settings.setValue(QStringLiteral("backfillMinutes"), profile.backfillMinutes);
    settings.setValue(QStringLiteral("partition"), profile.partition);
    settings.setValue(QStringLiteral("user"), profile.user);
    settings.setValue(QStringLiteral("service"), StreamServiceKinds::key(profile.service));
    if (profile.service == StreamServiceKind::NatsRelay) {
        settings.setValue(QStringLiteral("natsServers"), profile.relayServers);
        settings.setValue(QStringLiteral("natsStream"), profile.relayStream);
        settings.setValue(QStringLiteral("natsSubject"), profile.relaySubject);
    } else {
        for (const char *key : {"natsServers", "natsStream", "natsSubject"})
            settings.remove(QLatin1String(key));
    }
    settings.endGroup();
    settings.sync();
    emit profilesChanged();
}

std::optional<BackupProfile> AccountStore::backupProfile(const QString &name) const
{
    if (!hasProfile(Service::Backups, name))
        return std::nullopt;
    QSettings settings;
    settings.beginGroup(group(Service::Backups, name));
    BackupProfile profile;
    profile.name = name;
    profile.baseUrl = settings.value(QStringLiteral("baseUrl"), profile.baseUrl).toString();
    profile.fileTypes =
        settings.value(QStringLiteral("fileTypes"), profile.fileTypes).toStringList();
    profile.user = settings.value(QStringLiteral("user")).toString();
    profile.symbolMetrics = settings.value(QStringLiteral("symbolMetrics")).toStringList();
    // Earlier versions asked for `messages`; the documented type is `message` (DESIGN §1.2).
    // Migrated once, in the saved settings, with a note.
    if (const qsizetype old = profile.fileTypes.indexOf(QStringLiteral("messages")); old >= 0) {
        if (profile.fileTypes.contains(QStringLiteral("message")))
            profile.fileTypes.removeAt(old);
        else
            profile.fileTypes[old] = QStringLiteral("message");
        settings.setValue(QStringLiteral("fileTypes"), profile.fileTypes);
        settings.sync();
        qInfo().noquote() << tr("Backup account “%1”: the file type “messages” was changed to "
                                "“message”, the name the backup service documents.")
                                 .arg(name);
    }
    return profile;
}

void AccountStore::saveBackupProfile(const BackupProfile &profile)
{
    QSettings settings;
    settings.beginGroup(group(Service::Backups, profile.name));
    settings.setValue(QStringLiteral("baseUrl"), profile.baseUrl);
    settings.setValue(QStringLiteral("fileTypes"), profile.fileTypes);
    settings.setValue(QStringLiteral("user"), profile.user);
    settings.setValue(QStringLiteral("symbolMetrics"), profile.symbolMetrics);
    settings.endGroup();
    settings.sync();
    emit profilesChanged();
}

bool AccountStore::removeProfile(Service service, const QString &name)
{
    if (!hasProfile(service, name))
        return false;
    {
        QSettings settings;
        settings.remove(group(service, name));
        if (settings.value(QStringLiteral("accounts/current/") + serviceKey(service)).toString() ==
            name)
            settings.remove(QStringLiteral("accounts/current/") + serviceKey(service));
        settings.sync();
    }
    m_secrets.deletePassword(secretKey(service, name), [](SecretStore::Result, const QString &) {});
    emit profilesChanged();
    return true;
}

QString AccountStore::currentProfile(Service service) const
{
    const QStringList all = names(service);
    const QString chosen =
        QSettings().value(QStringLiteral("accounts/current/") + serviceKey(service)).toString();
    if (all.contains(chosen))
        return chosen;
    return all.value(0);
}

void AccountStore::setCurrentProfile(Service service, const QString &name)
{
    QSettings settings;
    settings.setValue(QStringLiteral("accounts/current/") + serviceKey(service), name);
    settings.sync();
}

QString AccountStore::secretKey(Service service, const QString &name)
{
    return serviceKey(service) + QLatin1Char('/') + name;
}

void AccountStore::storePassword(Service service, const QString &name, const QString &password,
                                 SecretStore::WriteCallback done)
{
    m_secrets.writePassword(secretKey(service, name), password, std::move(done));
}

void AccountStore::readPassword(Service service, const QString &name,
                                SecretStore::ReadCallback done)
{
    m_secrets.readPassword(secretKey(service, name), std::move(done));
}

void AccountStore::streamEndpoint(const QString &name,
                                  std::function<void(const StreamEndpoint &, const QString &)> done)
{
    const auto profile = streamProfile(name);
    if (!profile) {
        done({}, tr("There is no stream account named “%1”.").arg(name));
        return;
    }
    StreamEndpoint endpoint = profile->endpoint();
    readPassword(
        Service::Stream, name,
        [endpoint, done = std::move(done)](SecretStore::Result result, const QString &password,
                                           const QString &message) mutable {
            endpoint.credentials.password = password;
            QString problem = message;
            if (password.isEmpty() && problem.isEmpty() && result != SecretStore::Result::Failed)
                problem = AccountStore::tr("No password is saved for this account.");
            // A team relay without a NATS user needs no password.
            done(endpoint, endpoint.needsPassword() ? problem : QString());
        });
}

void AccountStore::backupEndpoint(const QString &name,
                                  std::function<void(const BackupEndpoint &, const QString &)> done)
{
    const auto profile = backupProfile(name);
    if (!profile) {
        done({}, tr("There is no backup account named “%1”.").arg(name));
        return;
    }
    BackupEndpoint endpoint = profile->endpoint();
    readPassword(Service::Backups, name,
                 [endpoint, done = std::move(done)](SecretStore::Result, const QString &password,
                                                    const QString &message) mutable {
                     endpoint.credentials.password = password;
                     QString problem = message;
                     if (password.isEmpty() && problem.isEmpty())
                         problem = AccountStore::tr("No password is saved for this account.");
                     done(endpoint, password.isEmpty() ? problem : QString());
                 });
}

QString AccountStore::serviceLabel(Service service)
{
    return service == Service::Stream ? tr("Stream") : tr("Backups");
}
