// `hydrant-cli account` under the real Secret Service (CI runs this executable inside
// dbus-run-session with an unlocked gnome-keyring; without one the test is skipped): adding,
// listing, testing, using and removing accounts with every debug category switched on keeps the
// password out of every output, settings file and command line, yet the password is stored
// (a connection test and a stream by profile succeed without it being given again).

#include "credentialtestsupport.h"

#include "sim/simulator.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QTemporaryDir>

namespace {

const QString user = QStringLiteral("account-hygiene@example.com");
const QString password = QStringLiteral("Account-Hygiene-6d1f08");

const QStringList debug{QStringLiteral("QT_LOGGING_RULES=*.debug=true"),
                        QStringLiteral("QT_FORCE_STDERR_LOGGING=1")};

class CredentialAccount : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SimulatorOptions options;
        options.user = user;
        options.password = password;
        options.messagesPerSecond = 500;
        options.heartbeatIntervalMs = 20;
        options.connectLimit = 1000;
        options.fileSize = 32 * 1024;
        options.distinctFileBytes = 32 * 1024;
        options.hasBackup = [](const QString &, QDate) { return true; };
        sim = std::make_unique<Simulator>(options);
        ASSERT_TRUE(sim->start());
    }

    /// Runs hydrant-cli with debug logging and checks its output and command lines.
    WatchedRun cli(const QStringList &arguments, const QByteArray &input = {})
    {
        WatchedRun run = runCli(arguments, input, debug);
        EXPECT_TRUE(run.finished) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(secret.foundIn(run.output()), QStringList())
            << arguments.join(QLatin1Char(' ')).toStdString() << "\n"
            << run.output().toStdString();
        for (const QByteArray &line : run.commandLines)
            EXPECT_EQ(secret.foundIn(line), QStringList()) << line.toStdString();
        return run;
    }

    std::unique_ptr<Simulator> sim;
    SecretForms secret{user, password};
};

} // namespace

TEST_F(CredentialAccount, AddListTestUseAndRemoveLeakNothing)
{
    WatchedRun run =
        cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("hygiene-stream"),
             QStringLiteral("--url"), sim->streamUrl().toString(), QStringLiteral("--user"), user,
             QStringLiteral("--password-stdin")},
            password.toUtf8() + '\n');
    if (run.exitCode != 0 && run.standardError.contains("not its password"))
        GTEST_SKIP() << "no Secret Service here (run under dbus-run-session -- bash "
                        "tests/with-keyring.sh): "
                     << run.standardError.toStdString();
    ASSERT_EQ(run.exitCode, 0) << run.standardError.toStdString();

    run = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("hygiene-backups"),
               QStringLiteral("--service"), QStringLiteral("backups"), QStringLiteral("--url"),
               sim->backupsBaseUrl().toString(), QStringLiteral("--user"), user,
               QStringLiteral("--password-stdin")},
              password.toUtf8() + '\n');
    ASSERT_EQ(run.exitCode, 0) << run.standardError.toStdString();

    run = cli({QStringLiteral("account"), QStringLiteral("list")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.standardOutput.contains(user.toUtf8())) << run.standardOutput.toStdString();
    run = cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.standardOutput.contains("hygiene-backups"));

    // The stored password works without being given again: it is in the secret store.
    run =
        cli({QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("hygiene-stream")});
    EXPECT_EQ(run.exitCode, 0) << run.output().toStdString();
    run =
        cli({QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("hygiene-backups")});
    EXPECT_EQ(run.exitCode, 0) << run.output().toStdString();
    run = cli({QStringLiteral("stream"), QStringLiteral("--profile"),
               QStringLiteral("hygiene-stream"), QStringLiteral("--max-messages"),
               QStringLiteral("20")});
    EXPECT_EQ(run.exitCode, 0) << run.output().toStdString();
    QTemporaryDir downloads;
    run = cli({QStringLiteral("download"), QStringLiteral("--profile"),
               QStringLiteral("hygiene-backups"), QStringLiteral("--from"),
               QStringLiteral("2024-01-02"), QStringLiteral("--out"), downloads.path()});
    EXPECT_EQ(run.exitCode, 0) << run.output().toStdString();

    // The settings hold the accounts (so the scan below looks at the right files), not the
    // password.
    int files = 0;
    EXPECT_EQ(scanFolders(xdgFolders() << downloads.path(), secret, &files), QStringList());
    // The same scan, looking for the user name instead, must find the saved accounts.
    EXPECT_FALSE(scanFolders(xdgFolders(), SecretForms(QString(), user)).isEmpty())
        << "the saved accounts were not found in the settings folders";

    run = cli(
        {QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("hygiene-stream")});
    EXPECT_EQ(run.exitCode, 0);
    run = cli(
        {QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("hygiene-backups")});
    EXPECT_EQ(run.exitCode, 0);
    run =
        cli({QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("hygiene-stream")});
    EXPECT_NE(run.exitCode, 0) << "the account should be gone";
    EXPECT_EQ(scanFolders(xdgFolders(), secret), QStringList());
}

TEST_F(CredentialAccount, AnAccountWithPlainHttpToARealHostIsRefused)
{
    for (const QString &service : {QStringLiteral("stream"), QStringLiteral("backups")}) {
        const WatchedRun run = cli(
            {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("plain-") + service,
             QStringLiteral("--service"), service, QStringLiteral("--url"),
             QStringLiteral("http://firestream.stocktwits.com/accounts/a/publishers/"
                            "stocktwits/streams/firehose/prod.json"),
             QStringLiteral("--user"), user, QStringLiteral("--password-stdin")},
            password.toUtf8() + '\n');
        EXPECT_EQ(run.exitCode, 1) << run.output().toStdString();
        EXPECT_TRUE(run.standardError.contains("http")) << run.standardError.toStdString();
    }
    const WatchedRun list = cli({QStringLiteral("account"), QStringLiteral("list")});
    EXPECT_FALSE(list.output().contains("plain-")) << "a refused account was saved";
}
