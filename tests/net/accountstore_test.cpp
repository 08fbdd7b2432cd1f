// Saved accounts: profiles in QSettings, passwords in the OS secret store only. The secret store
// tests need a Secret Service: CI runs them under `dbus-run-session -- bash tests/with-keyring.sh`;
// elsewhere they are skipped with a note.

#include "net/accountstore.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

using Service = AccountStore::Service;
using TestSupport::waitUntil;

namespace {

/// Every byte of every file under the private config, data and cache folders of this test run.
QByteArray everyWrittenFile()
{
    QByteArray all;
    for (const char *variable :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString root = qEnvironmentVariable(variable);
        if (root.isEmpty())
            continue;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
    }
    return all;
}

SecretStore::Result storeBlocking(AccountStore &store, Service service, const QString &name,
                                  const QString &password)
{
    std::optional<SecretStore::Result> outcome;
    store.storePassword(service, name, password,
                        [&](SecretStore::Result result, const QString &) { outcome = result; });
    waitUntil([&] { return outcome.has_value(); }, 20000);
    return outcome.value_or(SecretStore::Result::Failed);
}

} // namespace

TEST(StreamProfile, FillsPlaceholdersAndAppendsOptionalParameters)
{
    StreamProfile profile;
    profile.name = QStringLiteral("main");
    profile.accountName = QStringLiteral("Acme Corp");
    profile.dataSource = QStringLiteral("twitter");
    profile.streamLabel = QStringLiteral("prod");
    profile.client = 1;
    profile.partition = 2;
    profile.user = QStringLiteral("me@example.org");
    EXPECT_EQ(profile.resolvedUrl().toString(QUrl::FullyEncoded).toStdString(),
              QStringLiteral("https://stream.gnip.com:443/accounts/Acme%20Corp/publishers/twitter/"
                             "streams/firehose/prod.json?client=1&partition=2")
                  .toStdString());
    EXPECT_TRUE(profile.validationError().isEmpty()) << profile.validationError().toStdString();

    // A URL pasted whole keeps its own parameters.
    profile.urlTemplate = QStringLiteral("https://gnip-stream.twitter.com/stream/powertrack/"
                                         "accounts/acme/publishers/twitter/prod.json?partition=1");
    EXPECT_EQ(profile.resolvedUrl().query(), QStringLiteral("partition=1&client=1"));
}

TEST(StreamProfile, ExplainsWhatIsMissingOrRefused)
{
    StreamProfile profile;
    profile.name = QStringLiteral("x");
    profile.user = QStringLiteral("me@example.org");
    EXPECT_TRUE(profile.validationError().contains(QStringLiteral("{ACCOUNT_NAME}")));
    profile.accountName = QStringLiteral("acme");
    profile.urlTemplate = QStringLiteral("http://stream.example.org/x.json");
    EXPECT_TRUE(profile.validationError().contains(QStringLiteral("https")));
    profile.urlTemplate = QStringLiteral("http://127.0.0.1:8080/x.json"); // the simulator
    EXPECT_TRUE(profile.validationError().isEmpty());
}

TEST(BackupProfile, RejectsFileTypesThatCouldEscapeAPath)
{
    BackupProfile profile;
    profile.name = QStringLiteral("b");
    profile.user = QStringLiteral("me");
    EXPECT_TRUE(profile.validationError().isEmpty());
    profile.fileTypes = {QStringLiteral("activity"), QStringLiteral("../etc")};
    EXPECT_FALSE(profile.validationError().isEmpty());
}

TEST(AccountStore, ProfilesRoundTripThroughSettings)
{
    AccountStore store;
    StreamProfile stream;
    stream.name = QStringLiteral("a/b name");
    stream.urlTemplate = QStringLiteral("https://stream.example.org/{STREAM_LABEL}.json");
    stream.streamLabel = QStringLiteral("dev");
    stream.backfillMinutes = 5;
    stream.user = QStringLiteral("me@example.org");
    store.saveStreamProfile(stream);
    BackupProfile backups;
    backups.name = QStringLiteral("archive");
    backups.fileTypes = {QStringLiteral("message")};
    backups.user = QStringLiteral("me");
    store.saveBackupProfile(backups);

    AccountStore other; // another instance (the CLI, the dialog) sees the same
    EXPECT_EQ(other.streamProfileNames(), QStringList{stream.name});
    const auto loaded = other.streamProfile(stream.name);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->resolvedUrl().toString(),
              QStringLiteral("https://stream.example.org/dev.json?backfillMinutes=5"));
    EXPECT_EQ(other.backupProfile(QStringLiteral("archive"))->fileTypes,
              QStringList{QStringLiteral("message")});
    EXPECT_EQ(other.currentProfile(Service::Stream), stream.name);

    EXPECT_TRUE(other.removeProfile(Service::Stream, stream.name));
    EXPECT_FALSE(store.hasProfile(Service::Stream, stream.name));
    EXPECT_TRUE(store.hasProfile(Service::Backups, QStringLiteral("archive")));
}

TEST(AccountStore, PasswordGoesToTheSecretStoreAndNeverIntoAFile)
{
    AccountStore store;
    StreamProfile profile;
    profile.name = QStringLiteral("keyring");
    profile.urlTemplate = QStringLiteral("https://stream.example.org/prod.json");
    profile.user = QStringLiteral("me@example.org");
    store.saveStreamProfile(profile);

    const QString password =
        QStringLiteral("kr-Secret-%1-ü").arg(QCoreApplication::applicationPid());
    const SecretStore::Result stored =
        storeBlocking(store, Service::Stream, profile.name, password);
    if (stored == SecretStore::Result::InMemory)
        GTEST_SKIP()
            << "No Secret Service here; run under dbus-run-session -- bash tests/with-keyring.sh. "
            << SecretStore::explanation().toStdString();
    ASSERT_EQ(stored, SecretStore::Result::Ok);

    // Read back by a fresh store with nothing in memory: it came from the keyring.
    SecretStore::clearMemory();
    AccountStore fresh;
    StreamEndpoint endpoint;
    QString problem = QStringLiteral("unset");
    fresh.streamEndpoint(profile.name, [&](const StreamEndpoint &e, const QString &p) {
        endpoint = e;
        problem = p;
    });
    ASSERT_TRUE(waitUntil([&] { return problem != QLatin1String("unset"); }, 20000));
    EXPECT_TRUE(problem.isEmpty()) << problem.toStdString();
    EXPECT_EQ(endpoint.credentials.password, password);
    EXPECT_EQ(endpoint.credentials.user, profile.user);
    EXPECT_TRUE(endpoint.isValid());

    QSettings().sync();
    const QByteArray files = everyWrittenFile();
    EXPECT_TRUE(files.contains("stream.example.org")); // the profile is there…
    EXPECT_FALSE(files.contains(password.toUtf8()));   // …its password is not
    EXPECT_FALSE(files.contains(password.toUtf8().toBase64()));

    // Removing the account removes the password from the secret store too.
    EXPECT_TRUE(fresh.removeProfile(Service::Stream, profile.name));
    QString readBack = QStringLiteral("unset");
    SecretStore::Result result = SecretStore::Result::Ok;
    // QtKeychain runs its jobs in order, so this read comes after the delete.
    fresh.readPassword(Service::Stream, profile.name,
                       [&](SecretStore::Result r, const QString &p, const QString &) {
                           result = r;
                           readBack = p;
                       });
    ASSERT_TRUE(waitUntil([&] { return readBack != QLatin1String("unset"); }, 20000));
    EXPECT_EQ(result, SecretStore::Result::NotFound);
}
