#pragma once

#include <QObject>
#include <QString>

#include <functional>

/// Passwords in the OS secret store through QtKeychain (Secret Service or KWallet on Linux,
/// Keychain on macOS, Credential Manager on Windows) — never in a file. When no secret store can
/// be reached (a headless Linux without a Secret Service), a password is kept in this process's
/// memory only, for this run, and explanation() says so in words the user can act on.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Result {
        Ok,       ///< done in the OS secret store
        InMemory, ///< no secret store: kept (or found) in memory for this run only
        NotFound, ///< no password saved under that key
        Failed,   ///< the secret store refused (locked, access denied...): see the message
    };
    using ReadCallback =
        std::function<void(Result result, const QString &password, const QString &message)>;
    using WriteCallback = std::function<void(Result result, const QString &message)>;

    explicit SecretStore(QObject *parent = nullptr);

    /// The service name the passwords are filed under in the secret store.
    static QString serviceName();

    void readPassword(const QString &key, ReadCallback done);
    void writePassword(const QString &key, const QString &password, WriteCallback done);
    void deletePassword(const QString &key, WriteCallback done);

    /// Blocking forms for the command line: run a local event loop until the store answers.
    Result readPasswordBlocking(const QString &key, QString *password, QString *message = nullptr);
    Result writePasswordBlocking(const QString &key, const QString &password,
                                 QString *message = nullptr);
    Result deletePasswordBlocking(const QString &key, QString *message = nullptr);

    /// False once the OS secret store was found missing in this process.
    static bool isAvailable();
    /// Why passwords are only kept in memory (empty while the store works).
    static QString explanation();
    /// Drops the in-memory passwords (tests).
    static void clearMemory();

    /// What a secret store's error means for the user.
    enum class Failure {
        NoStore, ///< nothing to talk to: no Secret Service or KWallet in the session
        Refused, ///< a store runs but did not give access (a dismissed prompt, a locked keyring)
        Other,   ///< anything else: shown as the store said it
    };
    /// Classifies a QtKeychain error code; \a storeRunning says whether a Secret Service (or
    /// KWallet) is on the session bus, which tells an unspecific error from a missing store.
    static Failure classify(int keychainError, bool storeRunning);
    /// The sentence shown for \a failure (NoStore or Refused), with the store's own \a detail.
    static QString failureSentence(Failure failure, const QString &detail);

private:
    static QObject *jobOwner();
};
