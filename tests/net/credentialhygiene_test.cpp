// With every debug category switched on, neither the password nor its Base64 Authorization form
// may appear in anything Hydrant or Qt logs while connecting, failing, testing and saving.

#include "net/accountstore.h"
#include "net/connectiontester.h"
#include "net/connectratelimiter.h"
#include "net/firehoseclient.h"
#include "streamtestsupport.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QLoggingCategory>
#include <QMutex>

using TestSupport::waitUntil;
using State = FirehoseClient::State;

namespace {

QMutex capturedMutex;
QByteArray captured;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker locker(&capturedMutex);
    captured +=
        QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
}

} // namespace

TEST(CredentialHygiene, NoPasswordInAnyLogOutputWithAllDebugLoggingOn)
{
    SimulatorOptions options = fastSimulatorOptions();
    options.password = QStringLiteral("Hygiene-Pa55word-42");
    Simulator sim(options);
    ASSERT_TRUE(sim.start());
    const ServiceCredentials credentials = sim.credentials();
    const QByteArray password = credentials.password.toUtf8();
    const QByteArray basic =
        (credentials.user + QLatin1Char(':') + credentials.password).toUtf8().toBase64();

    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    qDebug() << "capture works";

    {
        // A good connection, data flowing.
        FirehoseClient client;
        client.setConnectRateLimiter(std::make_shared<ConnectRateLimiter>());
        client.setEndpoint(StreamEndpoint{QStringLiteral("hygiene"), sim.streamUrl(), credentials});
        client.start();
        EXPECT_TRUE(waitUntil([&] { return client.statistics().messages > 20; }, 5000));
        client.stop();

        // A refused one (the wrong password is logged nowhere either).
        StreamEndpoint wrong{
            QString(), sim.streamUrl(), {credentials.user, QStringLiteral("Wrong-Pa55word-43")}};
        client.setEndpoint(wrong);
        client.start();
        EXPECT_TRUE(waitUntil([&] { return client.state() == State::AuthFailed; }, 5000));

        ConnectionTester tester;
        EXPECT_EQ(tester.testStreamBlocking(StreamEndpoint{QString(), sim.streamUrl(), credentials})
                      .outcome,
                  ConnectionTester::Outcome::Connected);

        AccountStore store;
        StreamProfile profile;
        profile.name = QStringLiteral("hygiene");
        profile.urlTemplate = sim.streamUrl().toString();
        profile.user = credentials.user;
        store.saveStreamProfile(profile);
        bool stored = false;
        store.storePassword(AccountStore::Service::Stream, profile.name, credentials.password,
                            [&](SecretStore::Result, const QString &) { stored = true; });
        EXPECT_TRUE(waitUntil([&] { return stored; }, 20000));
    }

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QMutexLocker locker(&capturedMutex);
    // Debug output was on and captured, including the stream client's own request log.
    EXPECT_TRUE(captured.contains("hydrant.net.stream: request GET"));
    EXPECT_TRUE(captured.toLower().contains("authorization: <redacted>"));
    EXPECT_FALSE(captured.contains(password)) << "password in log output";
    EXPECT_FALSE(captured.contains(basic)) << "Authorization value in log output";
    EXPECT_FALSE(captured.contains("Wrong-Pa55word-43"));
}

TEST(CredentialHygiene, NoPasswordInTheCommandLineToolsOutput)
{
    SimulatorOptions options = fastSimulatorOptions();
    options.password = QStringLiteral("Cli-Hygiene-Pa55-7");
    Simulator sim(options);
    ASSERT_TRUE(sim.start());
    const ServiceCredentials credentials = sim.credentials();
    const QByteArray basic =
        (credentials.user + QLatin1Char(':') + credentials.password).toUtf8().toBase64();
    const QStringList environment{QStringLiteral("QT_LOGGING_RULES=*.debug=true"),
                                  QStringLiteral("HYDRANT_PASSWORD=") + credentials.password};
    for (const QString &password : {credentials.password, QStringLiteral("Cli-Wrong-Pa55-8")}) {
        QStringList env = environment;
        env[1] = QStringLiteral("HYDRANT_PASSWORD=") + password;
        const auto result = TestSupport::runProcess(
            TestSupport::cliPath(),
            {QStringLiteral("stream"), QStringLiteral("--url"), sim.streamUrl().toString(),
             QStringLiteral("--user"), credentials.user, QStringLiteral("--max-messages"),
             QStringLiteral("20"), QStringLiteral("--json")},
            {}, env);
        ASSERT_TRUE(result.finished);
        const QByteArray output = result.standardOutput + result.standardError;
        EXPECT_FALSE(output.contains(password.toUtf8()));
        EXPECT_FALSE(output.contains(basic));
        EXPECT_FALSE(
            output.contains((credentials.user + QLatin1Char(':') + password).toUtf8().toBase64()));
    }
}
