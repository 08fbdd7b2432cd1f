// TLS errors cannot be ignored: with the simulator speaking HTTPS under a certificate authority
// nobody trusts, every flow (stream client, connection tests, backup resolver and downloads, and
// the command line's stream, download and account test) fails with a TLS error, whatever
// environment variable, option, setting or unrelated CA is tried — and no HTTP request ever
// reaches the server, so the credentials are never sent. Trusting the right CA, the one
// supported way, makes the same flows succeed (which proves the failures are about trust).

#include "credentialtestsupport.h"

#include "backups/backupresolver.h"
#include "backups/downloadqueue.h"
#include "net/connectiontester.h"
#include "net/connectratelimiter.h"
#include "net/firehoseclient.h"
#include "net/tlstrust.h"
#include "sim/simcertificates.h"
#include "sim/simulator.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <optional>

using State = FirehoseClient::State;
using TestSupport::waitUntil;

namespace {

const QString user = QStringLiteral("tls-hygiene@example.com");
const QString password = QStringLiteral("Tls-Hygiene-0a8b2d");
const QDate day(2024, 1, 2);

/// The most obvious ways someone might try to switch verification off.
const QStringList ignoreSwitches{
    QStringLiteral("HYDRANT_INSECURE=1"),
    QStringLiteral("HYDRANT_IGNORE_SSL_ERRORS=1"),
    QStringLiteral("HYDRANT_IGNORE_TLS_ERRORS=1"),
    QStringLiteral("HYDRANT_TLS_VERIFY=0"),
    QStringLiteral("HYDRANT_SSL_VERIFY=0"),
    QStringLiteral("HYDRANT_NO_VERIFY=1"),
    QStringLiteral("QT_SSL_IGNORE_ERRORS=1"),
    QStringLiteral("QT_NETWORK_IGNORE_SSL_ERRORS=1"),
    QStringLiteral("SSL_NO_VERIFY=1"),
    QStringLiteral("CURL_INSECURE=1"),
    QStringLiteral("GIT_SSL_NO_VERIFY=1"),
    QStringLiteral("NODE_TLS_REJECT_UNAUTHORIZED=0"),
    QStringLiteral("PYTHONHTTPSVERIFY=0"),
};

class CredentialTls : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        folders = new QTemporaryDir;
        for (const char *name : {"trusted", "unrelated"})
            QDir(folders->path()).mkpath(QLatin1String(name));
        QString error;
        trusted = SimCertificates::create(QDir(folders->path()).filePath(QStringLiteral("trusted")),
                                          &error);
        unrelated = SimCertificates::create(
            QDir(folders->path()).filePath(QStringLiteral("unrelated")), &error);
        certificateError = error;
    }
    static void TearDownTestSuite()
    {
        delete folders;
        folders = nullptr;
    }

    void SetUp() override
    {
        ASSERT_TRUE(trusted && unrelated) << certificateError.toStdString();
        TlsTrust::clearExtraCaCertificates();
        SimulatorOptions options;
        options.tls = trusted->serverConfiguration();
        options.user = user;
        options.password = password;
        options.messagesPerSecond = 500;
        options.heartbeatIntervalMs = 20;
        options.connectLimit = 1000;
        options.fileSize = 32 * 1024;
        options.distinctFileBytes = 32 * 1024;
        options.hasBackup = [](const QString &, QDate) { return true; };
        sim = std::make_unique<Simulator>(options);
        QString error;
        ASSERT_TRUE(sim->start(&error)) << error.toStdString();
        ASSERT_EQ(sim->streamUrl().scheme(), QStringLiteral("https"));
    }
    void TearDown() override { TlsTrust::clearExtraCaCertificates(); }

    StreamEndpoint streamEndpoint() const
    {
        return StreamEndpoint{QStringLiteral("tls"), sim->streamUrl(), {user, password}};
    }
    BackupEndpoint backupEndpoint() const
    {
        BackupEndpoint endpoint;
        endpoint.profileName = QStringLiteral("tls");
        endpoint.baseUrl = sim->backupsBaseUrl();
        endpoint.credentials = {user, password};
        return endpoint;
    }

    State connectStream()
    {
        FirehoseClient client;
        client.setConnectRateLimiter(std::make_shared<ConnectRateLimiter>());
        client.setEndpoint(streamEndpoint());
        client.start();
        waitUntil(
            [&] { return client.state() == State::Connected || client.state() == State::Failed; },
            10000);
        const State state = client.state();
        lastReason = client.status().reason;
        client.stop();
        return state;
    }

    ConnectionTester::Outcome testBackups()
    {
        ConnectionTester tester;
        std::optional<ConnectionTester::Outcome> outcome;
        QObject::connect(&tester, &ConnectionTester::finished,
                         [&](const ConnectionTester::Result &r) { outcome = r.outcome; });
        tester.testBackups(backupEndpoint());
        waitUntil([&] { return outcome.has_value(); }, 10000);
        return outcome.value_or(ConnectionTester::Outcome::NetworkError);
    }

    BackupResolver::Outcome resolve()
    {
        QNetworkAccessManager network;
        BackupResolver resolver(&network);
        std::optional<BackupResolver::Outcome> outcome;
        QObject::connect(&resolver, &BackupResolver::finished,
                         [&](const BackupResolver::Result &r) { outcome = r.outcome; });
        resolver.resolve(sim->backupsBaseUrl(), {user, password},
                         {QStringLiteral("activity"), day});
        waitUntil([&] { return outcome.has_value(); }, 10000);
        return outcome.value_or(BackupResolver::Outcome::Unexpected);
    }

    DownloadItem::State download(const QString &folder)
    {
        DownloadQueue queue;
        queue.setFolder(folder);
        queue.setEndpoint(backupEndpoint());
        const BackupKey key{QStringLiteral("activity"), day};
        queue.enqueue({key});
        waitUntil([&] { return queue.find(key) && queue.find(key)->isFinished(); }, 10000);
        return queue.stateOf(key).value_or(DownloadItem::State::Queued);
    }

    /// Exit codes of `stream`, `download` and `account test` (stream and backups) with \a
    /// environment and any extra \a options for stream and download.
    QList<int> commandLineExitCodes(const QStringList &environment, const QStringList &options = {})
    {
        const QStringList env =
            environment + QStringList{QStringLiteral("HYDRANT_PASSWORD=") + password};
        QTemporaryDir out;
        QList<int> codes;
        lastErrors.clear();
        const auto run = [&](const QStringList &arguments) {
            const WatchedRun result = runCli(arguments, {}, env);
            codes.append(result.exitCode);
            lastErrors += arguments.first() + QStringLiteral(": ") +
                          QString::fromUtf8(result.standardError) + QLatin1Char('\n');
        };
        run(QStringList{QStringLiteral("stream"), QStringLiteral("--url"),
                        sim->streamUrl().toString(), QStringLiteral("--user"), user,
                        QStringLiteral("--max-messages"), QStringLiteral("5")} +
            options);
        run(QStringList{QStringLiteral("download"), QStringLiteral("--base-url"),
                        sim->backupsBaseUrl().toString(), QStringLiteral("--user"), user,
                        QStringLiteral("--from"), day.toString(Qt::ISODate),
                        QStringLiteral("--out"), out.path()} +
            options);
        for (const QString &account : {QStringLiteral("tls-stream"), QStringLiteral("tls-backups")})
            run({QStringLiteral("account"), QStringLiteral("test"), account});
        return codes;
    }

    /// Saves the two accounts `account test` uses (without a password: it comes from the
    /// environment).
    void addAccounts()
    {
        EXPECT_EQ(runCli({QStringLiteral("account"), QStringLiteral("add"),
                          QStringLiteral("tls-stream"), QStringLiteral("--url"),
                          sim->streamUrl().toString(), QStringLiteral("--user"), user})
                      .exitCode,
                  0);
        EXPECT_EQ(
            runCli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("tls-backups"),
                    QStringLiteral("--service"), QStringLiteral("backups"), QStringLiteral("--url"),
                    sim->backupsBaseUrl().toString(), QStringLiteral("--user"), user})
                .exitCode,
            0);
    }

    static inline QTemporaryDir *folders = nullptr;
    static inline std::optional<SimCertificates> trusted;
    static inline std::optional<SimCertificates> unrelated;
    static inline QString certificateError;
    std::unique_ptr<Simulator> sim;
    QString lastReason; ///< of the last connectStream()
    QString lastErrors; ///< what the runs of the last commandLineExitCodes() said on stderr
};

} // namespace

TEST_F(CredentialTls, EveryFlowFailsAgainstAnUntrustedCertificateEvenWithAnUnrelatedCa)
{
    QTemporaryDir downloads;
    for (const bool withUnrelatedCa : {false, true}) {
        SCOPED_TRACE(withUnrelatedCa ? "an unrelated CA trusted" : "no extra CA");
        if (withUnrelatedCa) {
            ASSERT_TRUE(TlsTrust::addCaFile(unrelated->caCertificateFile()));
        }
        EXPECT_EQ(connectStream(), State::Failed);
        ConnectionTester tester;
        EXPECT_EQ(tester.testStreamBlocking(streamEndpoint()).outcome,
                  ConnectionTester::Outcome::TlsError);
        EXPECT_EQ(testBackups(), ConnectionTester::Outcome::TlsError);
        EXPECT_EQ(resolve(), BackupResolver::Outcome::Refused);
        EXPECT_EQ(download(downloads.path()), DownloadItem::State::Failed);
    }
    EXPECT_TRUE(sim->requests().isEmpty()) << "an HTTP request got through an untrusted handshake";
    EXPECT_TRUE(QDir(downloads.path()).entryList(QDir::Files).isEmpty());
}

TEST_F(CredentialTls, TrustingTheRightCaIsTheWayToConnect)
{
    QTemporaryDir downloads;
    ASSERT_TRUE(TlsTrust::addCaFile(trusted->caCertificateFile()));
    EXPECT_EQ(connectStream(), State::Connected) << lastReason.toStdString();
    EXPECT_EQ(testBackups(), ConnectionTester::Outcome::Connected);
    EXPECT_EQ(download(downloads.path()), DownloadItem::State::Done);

    addAccounts();
    EXPECT_EQ(commandLineExitCodes(
                  {QStringLiteral("HYDRANT_EXTRA_CA_FILE=") + trusted->caCertificateFile()}),
              (QList<int>{0, 0, 0, 0}))
        << lastErrors.toStdString();
}

TEST_F(CredentialTls, NoEnvironmentOptionOrSettingMakesTheCommandLineAcceptIt)
{
    addAccounts();
    const QString unrelatedCa = unrelated->caCertificateFile();
    const QList<int> failed{3, 3, 3, 3};

    EXPECT_EQ(commandLineExitCodes({}), failed) << "nothing set";
    EXPECT_EQ(commandLineExitCodes({QStringLiteral("HYDRANT_EXTRA_CA_FILE=") + unrelatedCa}),
              failed)
        << "HYDRANT_EXTRA_CA_FILE with an unrelated CA";
    EXPECT_EQ(commandLineExitCodes(
                  {QStringLiteral("SSL_CERT_FILE=") + unrelatedCa,
                   QStringLiteral("SSL_CERT_DIR=") + QFileInfo(unrelatedCa).absolutePath()}),
              failed)
        << "OpenSSL's own variables with an unrelated CA";
    EXPECT_EQ(commandLineExitCodes(ignoreSwitches), failed) << "switches that sound like 'ignore'";

    // Settings a user might add to the configuration file by hand.
    const QStringList ignoreKeys{QStringLiteral("network/ignoreSslErrors"),
                                 QStringLiteral("network/ignoreTlsErrors"),
                                 QStringLiteral("tls/ignoreErrors"),
                                 QStringLiteral("ssl/ignoreErrors"), QStringLiteral("insecure")};
    const QStringList verifyKeys{QStringLiteral("tls/verifyPeer"), QStringLiteral("ssl/verifyPeer"),
                                 QStringLiteral("network/verifyCertificates")};
    {
        QSettings settings;
        for (const QString &key : ignoreKeys)
            settings.setValue(key, true);
        for (const QString &key : verifyKeys)
            settings.setValue(key, false);
    }
    EXPECT_EQ(commandLineExitCodes({}), failed) << "settings that sound like 'ignore'";
    {
        QSettings settings;
        for (const QString &key : ignoreKeys + verifyKeys)
            settings.remove(key);
    }

    // Options that sound like it are not options at all (usage error), and --ca-file with an
    // unrelated CA changes nothing.
    for (const QString &option :
         {QStringLiteral("--insecure"), QStringLiteral("-k"), QStringLiteral("--ignore-ssl-errors"),
          QStringLiteral("--no-verify")}) {
        const QList<int> codes = commandLineExitCodes({}, {option});
        EXPECT_EQ(codes.mid(0, 2), (QList<int>{1, 1})) << option.toStdString();
    }
    EXPECT_EQ(
        runCli({QStringLiteral("stream"), QStringLiteral("--url"), sim->streamUrl().toString(),
                QStringLiteral("--user"), user, QStringLiteral("--ca-file"), unrelatedCa},
               {}, {QStringLiteral("HYDRANT_PASSWORD=") + password})
            .exitCode,
        3);

    EXPECT_TRUE(sim->requests().isEmpty()) << "an HTTP request got through an untrusted handshake";
}
