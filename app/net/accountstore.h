#pragma once

#include "net/backupprofile.h"
#include "net/secretstore.h"
#include "net/serviceendpoint.h"
#include "net/streamprofile.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

/// The saved accounts, shared by the Accounts dialog, the main window and `hydrant-cli account`:
/// named stream and backup profiles in QSettings (never a password), passwords in the
/// SecretStore, and the profile chosen for each service. Turns a profile plus its password into
/// the StreamEndpoint / BackupEndpoint the rest of Hydrant connects with.
class AccountStore : public QObject
{
    Q_OBJECT

public:
    enum class Service { Stream, Backups };
    Q_ENUM(Service)

    explicit AccountStore(QObject *parent = nullptr);

    QStringList streamProfileNames() const;
    std::optional<StreamProfile> streamProfile(const QString &name) const;
    void saveStreamProfile(const StreamProfile &profile);

    QStringList backupProfileNames() const;
    std::optional<BackupProfile> backupProfile(const QString &name) const;
    void saveBackupProfile(const BackupProfile &profile);

    /// Removes the profile and its password; false when there was no such profile.
    bool removeProfile(Service service, const QString &name);
    bool hasProfile(Service service, const QString &name) const;

    /// The profile the application uses for the service (the first one when none was chosen).
    QString currentProfile(Service service) const;
    void setCurrentProfile(Service service, const QString &name);

    SecretStore *secrets() { return &m_secrets; }
    /// The secret store key of a profile's password.
    static QString secretKey(Service service, const QString &name);
    void storePassword(Service service, const QString &name, const QString &password,
                       SecretStore::WriteCallback done);
    void readPassword(Service service, const QString &name, SecretStore::ReadCallback done);

    /// Builds the endpoint of a saved profile with its password from the secret store.
    /// \a done gets an invalid endpoint and a sentence when the profile or password is missing.
    void streamEndpoint(const QString &name,
                        std::function<void(const StreamEndpoint &, const QString &problem)> done);
    void backupEndpoint(const QString &name,
                        std::function<void(const BackupEndpoint &, const QString &problem)> done);

    static QString serviceLabel(Service service);

signals:
    /// Profiles were added, changed or removed.
    void profilesChanged();

private:
    static QString group(Service service, const QString &name);
    QStringList names(Service service) const;

    SecretStore m_secrets;
};
