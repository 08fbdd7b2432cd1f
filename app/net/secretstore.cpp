#include "secretstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QMutex>
#include <QPointer>

#ifdef HYDRANT_SECRETSTORE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#endif

namespace {

struct Fallback
{
    QMutex mutex;
    QHash<QString, QString> passwords;
    bool unavailable = false;
    QString reason;
};

Fallback &fallback()
{
    static Fallback instance;
    return instance;
}

/// Whether a Secret Service or KWallet runs (or can be started) on the session bus.
bool storeRunning()
{
#ifdef HYDRANT_SECRETSTORE_DBUS
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QStringList names{QStringLiteral("org.freedesktop.secrets"),
                            QStringLiteral("org.kde.kwalletd5"), QStringLiteral("org.kde.kwalletd6")};
    const QStringList activatable = bus.interface()->activatableServiceNames().value();
    for (const QString &name : names) {
        if (bus.interface()->isServiceRegistered(name).value() || activatable.contains(name))
            return true;
    }
    return false;
#else
    return true; // macOS and Windows always have their keychain
#endif
}

SecretStore::Failure classifyError(QKeychain::Error error)
{
    if (error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented)
        return SecretStore::Failure::NoStore;
    if (error != QKeychain::OtherError && error != QKeychain::AccessDenied &&
        error != QKeychain::AccessDeniedByUser)
        return SecretStore::Failure::Other;
    return SecretStore::classify(error, storeRunning());
}

void markUnavailable(const QString &detail)
{
    Fallback &f = fallback();
    QMutexLocker locker(&f.mutex);
    f.unavailable = true;
    f.reason = detail;
}

QString unavailableSentence(const QString &detail)
{
    return SecretStore::failureSentence(SecretStore::Failure::NoStore, detail);
}

} // namespace

SecretStore::Failure SecretStore::classify(int keychainError, bool running)
{
    switch (keychainError) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Failure::NoStore;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Failure::Refused;
    case QKeychain::OtherError:
        // QtKeychain reports a dismissed GNOME Keyring prompt and a missing bus alike.
        return running ? Failure::Refused : Failure::NoStore;
    default:
        return Failure::Other;
    }
}

QString SecretStore::failureSentence(Failure failure, const QString &detail)
{
    if (failure == Failure::Refused)
        return QCoreApplication::translate(
                   "SecretStore",
                   "The secret store did not give access (%1), so the password is kept in memory "
                   "for this run only. If you dismissed its prompt or the keyring is locked, "
                   "unlock it and save the password again.")
            .arg(detail);
    return QCoreApplication::translate(
               "SecretStore",
               "No secret store is available (%1), so the password is kept in memory for this run "
               "only and must be entered again next time. To save it, run a Secret Service such as "
               "GNOME Keyring or KWallet in your session.")
        .arg(detail);
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

QString SecretStore::serviceName()
{
    return QStringLiteral("Hydrant");
}

/// The keychain's jobs belong to the application, not to this store: a job deleted while its
/// libsecret call is in flight crashes when the call completes, and a store (with the page or
/// dialog that made it) may well go away first. A finished job deletes itself; the connection to
/// this store ends with the store, so no answer reaches an object that is gone.
QObject *SecretStore::jobOwner()
{
    return QCoreApplication::instance();
}

void SecretStore::readPassword(const QString &key, ReadCallback done)
{
    {
        Fallback &f = fallback();
        QMutexLocker locker(&f.mutex);
        if (f.passwords.contains(key)) {
            const QString password = f.passwords.value(key);
            locker.unlock();
            done(Result::InMemory, password, {});
            return;
        }
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), jobOwner());
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) {
                auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
                switch (read->error()) {
                case QKeychain::NoError:
                    done(Result::Ok, read->textData(), {});
                    return;
                case QKeychain::EntryNotFound:
                    done(Result::NotFound, {}, {});
                    return;
                default:
                    if (const Failure failure = classifyError(read->error()); failure != Failure::Other) {
                        if (failure == Failure::NoStore)
                            markUnavailable(read->errorString());
                        // A write queued before this read may have put the password in memory.
                        Fallback &f = fallback();
                        QMutexLocker locker(&f.mutex);
                        const auto found = f.passwords.constFind(read->key());
                        const bool inMemory = found != f.passwords.constEnd();
                        const QString password = inMemory ? *found : QString();
                        locker.unlock();
                        done(inMemory ? Result::InMemory : Result::NotFound, password,
                             failureSentence(failure, read->errorString()));
                    } else {
                        done(Result::Failed, {}, read->errorString());
                    }
                }
            });
    job->start();
}

void SecretStore::writePassword(const QString &key, const QString &password, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), jobOwner());
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this,
            [key, password, done = std::move(done)](QKeychain::Job *finished) {
                if (finished->error() == QKeychain::NoError) {
                    Fallback &f = fallback();
                    QMutexLocker locker(&f.mutex);
                    f.passwords.remove(key);
                    locker.unlock();
                    done(Result::Ok, {});
                } else if (const Failure failure = classifyError(finished->error());
                           failure != Failure::Other) {
                    if (failure == Failure::NoStore)
                        markUnavailable(finished->errorString());
                    Fallback &f = fallback();
                    QMutexLocker locker(&f.mutex);
                    f.passwords.insert(key, password);
                    locker.unlock();
                    done(Result::InMemory, failureSentence(failure, finished->errorString()));
                } else {
                    done(Result::Failed, finished->errorString());
                }
            });
    job->start();
}

void SecretStore::deletePassword(const QString &key, WriteCallback done)
{
    {
        Fallback &f = fallback();
        QMutexLocker locker(&f.mutex);
        f.passwords.remove(key);
    }
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), jobOwner());
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) {
                switch (finished->error()) {
                case QKeychain::NoError:
                    done(Result::Ok, {});
                    return;
                case QKeychain::EntryNotFound:
                    done(Result::NotFound, {});
                    return;
                default:
                    if (classifyError(finished->error()) == Failure::NoStore) {
                        markUnavailable(finished->errorString());
                        done(Result::InMemory, {});
                    } else {
                        done(Result::Failed, finished->errorString());
                    }
                }
            });
    job->start();
}

SecretStore::Result SecretStore::readPasswordBlocking(const QString &key, QString *password,
                                                      QString *message)
{
    QEventLoop loop;
    Result outcome = Result::Failed;
    bool finished = false;
    readPassword(key, [&](Result result, const QString &value, const QString &text) {
        outcome = result;
        if (password)
            *password = value;
        if (message)
            *message = text;
        finished = true;
        loop.quit();
    });
    if (!finished) // the answer may come at once, before the loop runs
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return outcome;
}

SecretStore::Result SecretStore::writePasswordBlocking(const QString &key, const QString &password,
                                                       QString *message)
{
    QEventLoop loop;
    Result outcome = Result::Failed;
    bool finished = false;
    writePassword(key, password, [&](Result result, const QString &text) {
        outcome = result;
        if (message)
            *message = text;
        finished = true;
        loop.quit();
    });
    if (!finished) // the answer may come at once, before the loop runs
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return outcome;
}

SecretStore::Result SecretStore::deletePasswordBlocking(const QString &key, QString *message)
{
    QEventLoop loop;
    Result outcome = Result::Failed;
    bool finished = false;
    deletePassword(key, [&](Result result, const QString &text) {
        outcome = result;
        if (message)
            *message = text;
        finished = true;
        loop.quit();
    });
    if (!finished) // the answer may come at once, before the loop runs
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return outcome;
}

bool SecretStore::isAvailable()
{
    Fallback &f = fallback();
    QMutexLocker locker(&f.mutex);
    return !f.unavailable;
}

QString SecretStore::explanation()
{
    Fallback &f = fallback();
    QMutexLocker locker(&f.mutex);
    return f.unavailable ? unavailableSentence(f.reason) : QString();
}

void SecretStore::clearMemory()
{
    Fallback &f = fallback();
    QMutexLocker locker(&f.mutex);
    f.passwords.clear();
}
