// The realtime stream flow with every debug category switched on: the password and its Base64
// Authorization value appear in no output, log, settings file, recording or command line; plain
// http:// to a host that is not loopback is refused before any connection is made; and a
// redirect never carries the credentials to another origin.

#include "credentialtestsupport.h"

#include "feed/recorder.h"
#include "net/accountstore.h"
#include "net/connectiontester.h"
#include "net/connectratelimiter.h"
#include "net/firehoseclient.h"
#include "sim/simulator.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QTemporaryDir>

using State = FirehoseClient::State;
using TestSupport::waitUntil;

namespace {

const QString user = QStringLiteral("stream-hygiene@example.com");
const QString password = QStringLiteral("Stream-Hygiene-9f2c41");
const QString wrongPassword = QStringLiteral("Wrong-Stream-Secret-55d0e7");

SimulatorOptions simulatorOptions()
{
    SimulatorOptions options;
    options.user = user;
    options.password = password;
    options.messagesPerSecond = 500;
    options.heartbeatIntervalMs = 20;
    options.connectLimit = 1000;
    return options;
}

StreamEndpoint endpointFor(const QUrl &url, const QString &secret = password)
{
    return StreamEndpoint{QStringLiteral("hygiene"), url, {user, secret}};
}

QStringList debugEnvironment()
{
    return {QStringLiteral("QT_LOGGING_RULES=*.debug=true"),
            QStringLiteral("QT_FORCE_STDERR_LOGGING=1")};
}

/// Every leak of either secret in \a data, named.
QStringList leaks(const QByteArray &data)
{
    QStringList found = SecretForms(user, password).foundIn(data);
    for (const QString &form : SecretForms(user, wrongPassword).foundIn(data))
        found.append(QStringLiteral("wrong ") + form);
    return found;
}

QStringList leaksInFolders(const QStringList &folders, int *files = nullptr)
{
    QStringList found = scanFolders(folders, SecretForms(user, password), files);
    found += scanFolders(folders, SecretForms(user, wrongPassword));
    return found;
}

} // namespace

TEST(CredentialStream, ClientTesterRecorderAndAccountsLeakNothingWithAllDebugLogging)
{
    Simulator sim(simulatorOptions());
    ASSERT_TRUE(sim.start());
    QTemporaryDir recordings;
    ASSERT_TRUE(recordings.isValid());

    OutputCapture capture;
    qint64 recorded = 0;
    State afterWrongPassword = State::Disconnected;
    ConnectionTester::Outcome tested = ConnectionTester::Outcome::NetworkError;
    ConnectionTester::Outcome testedWrong = ConnectionTester::Outcome::NetworkError;
    bool stored = false;
    {
        FirehoseClient client;
        client.setConnectRateLimiter(std::make_shared<ConnectRateLimiter>());
        Recorder recorder(recordings.path(), QStringLiteral("hygiene"));
        QObject::connect(&client, &FirehoseClient::messagesReceived, &recorder,
                         [&](const MessageBatch &batch) { recorder.append(batch); });
        client.setEndpoint(endpointFor(sim.streamUrl()));
        client.start();
        waitUntil([&] { return client.statistics().messages >= 100; }, 10000);
        client.stop();
        recorder.flush();
        recorded = qint64(recorder.messagesWritten());

        client.setEndpoint(endpointFor(sim.streamUrl(), wrongPassword));
        client.start();
        waitUntil([&] { return client.state() == State::AuthFailed; }, 5000);
        afterWrongPassword = client.state();

        ConnectionTester tester;
        tested = tester.testStreamBlocking(endpointFor(sim.streamUrl())).outcome;
        testedWrong =
            tester.testStreamBlocking(endpointFor(sim.streamUrl(), wrongPassword)).outcome;

        AccountStore store;
        StreamProfile profile;
        profile.name = QStringLiteral("hygiene");
        profile.urlTemplate = sim.streamUrl().toString();
        profile.user = user;
        store.saveStreamProfile(profile);
        store.storePassword(AccountStore::Service::Stream, profile.name, password,
                            [&](SecretStore::Result, const QString &) { stored = true; });
        waitUntil([&] { return stored; }, 20000);
    }
    const QByteArray output = capture.finish();

    // The flows really ran, with debug output captured.
    EXPECT_GE(recorded, 100);
    EXPECT_EQ(afterWrongPassword, State::AuthFailed);
    EXPECT_EQ(tested, ConnectionTester::Outcome::Connected);
    EXPECT_EQ(testedWrong, ConnectionTester::Outcome::BadCredentials);
    EXPECT_TRUE(stored);
    EXPECT_TRUE(output.contains("hydrant.net.stream: ")) << "no debug output was captured";

    EXPECT_EQ(leaks(output), QStringList()) << "in the log and console output";
    int files = 0;
    EXPECT_EQ(leaksInFolders(xdgFolders() << recordings.path(), &files), QStringList());
    EXPECT_GE(files, 2) << "the settings file and the recording should have been scanned";
}

TEST(CredentialStream, CommandLineStreamKeepsThePasswordOutOfOutputFilesAndArguments)
{
    Simulator sim(simulatorOptions());
    ASSERT_TRUE(sim.start());
    QTemporaryDir recordings;
    ASSERT_TRUE(recordings.isValid());
    const QString url = sim.streamUrl().toString();
    const QStringList stream{QStringLiteral("stream"), QStringLiteral("--url"), url,
                             QStringLiteral("--user"), user};

    // From the environment, recording, with a JSON summary.
    WatchedRun run =
        runCli(stream + QStringList{QStringLiteral("--max-messages"), QStringLiteral("60"),
                                    QStringLiteral("--record"), recordings.path(),
                                    QStringLiteral("--json")},
               {}, debugEnvironment() << QStringLiteral("HYDRANT_PASSWORD=") + password);
    ASSERT_TRUE(run.finished);
    EXPECT_EQ(run.exitCode, 0) << run.standardError.toStdString();
    EXPECT_TRUE(run.output().contains("hydrant.net.stream")) << "debug logging was not on";
    EXPECT_EQ(leaks(run.output()), QStringList());
    ASSERT_FALSE(run.commandLines.isEmpty());
    for (const QByteArray &line : run.commandLines)
        EXPECT_EQ(leaks(line), QStringList()) << line.toStdString();

    // From standard input, printing every message.
    run =
        runCli(stream + QStringList{QStringLiteral("--max-messages"), QStringLiteral("20"),
                                    QStringLiteral("--password-stdin"), QStringLiteral("--print")},
               password.toUtf8() + '\n', debugEnvironment());
    ASSERT_TRUE(run.finished);
    EXPECT_EQ(run.exitCode, 0) << run.standardError.toStdString();
    EXPECT_EQ(leaks(run.output()), QStringList());
    for (const QByteArray &line : run.commandLines)
        EXPECT_EQ(leaks(line), QStringList()) << line.toStdString();

    // A wrong password: exit code 2, and the wrong password is not echoed either.
    run = runCli(stream, {},
                 debugEnvironment() << QStringLiteral("HYDRANT_PASSWORD=") + wrongPassword);
    ASSERT_TRUE(run.finished);
    EXPECT_EQ(run.exitCode, 2) << run.standardError.toStdString();
    EXPECT_EQ(leaks(run.output()), QStringList());

    int files = 0;
    EXPECT_EQ(leaksInFolders(xdgFolders() << recordings.path(), &files), QStringList());
    EXPECT_GE(files, 1);
}

TEST(CredentialStream, ThereIsNoCommandLineOptionThatTakesAPassword)
{
    Simulator sim(simulatorOptions());
    ASSERT_TRUE(sim.start());
    for (const QString &option :
         {QStringLiteral("--password"), QStringLiteral("--pass"), QStringLiteral("-p")}) {
        const WatchedRun run =
            runCli({QStringLiteral("stream"), QStringLiteral("--url"), sim.streamUrl().toString(),
                    QStringLiteral("--user"), user, option, password,
                    QStringLiteral("--max-messages"), QStringLiteral("5")});
        ASSERT_TRUE(run.finished);
        EXPECT_EQ(run.exitCode, 1) << option.toStdString() << " was accepted";
        EXPECT_EQ(leaks(run.output()), QStringList()) << "the refused value was echoed";
    }
    EXPECT_TRUE(sim.streamConnections().isEmpty()) << "a password from argv was used";
}

TEST(CredentialStream, PlainHttpToAHostThatIsNotLoopbackIsRefusedBeforeConnecting)
{
    const QHostAddress external = nonLoopbackAddress();
    if (external.isNull())
        GTEST_SKIP() << "this machine has no non-loopback IPv4 address to listen on";
    // A listener that would record the request, Authorization header included, if one came.
    RecordingHttpServer trap(cannedResponse(200, "OK"));
    ASSERT_TRUE(trap.listenOn(external));
    const QUrl url(trap.url(
        QStringLiteral("/accounts/demo/publishers/stocktwits/streams/firehose/prod.json")));

    FirehoseClient client;
    client.setConnectRateLimiter(std::make_shared<ConnectRateLimiter>());
    client.setEndpoint(endpointFor(url));
    client.start();
    EXPECT_TRUE(waitUntil([&] { return client.state() == State::Failed; }, 5000))
        << FirehoseClient::stateName(client.state()).toStdString();
    EXPECT_TRUE(client.status().reason.contains(QLatin1String("http")))
        << client.status().reason.toStdString();
    client.stop();

    ConnectionTester tester;
    EXPECT_EQ(tester.testStreamBlocking(endpointFor(url)).outcome,
              ConnectionTester::Outcome::Refused);

    const WatchedRun run = runCli({QStringLiteral("stream"), QStringLiteral("--url"),
                                   url.toString(), QStringLiteral("--user"), user},
                                  {}, {QStringLiteral("HYDRANT_PASSWORD=") + password});
    ASSERT_TRUE(run.finished);
    EXPECT_NE(run.exitCode, 0);

    // Give a connection that was (wrongly) started the chance to arrive before looking.
    QCoreApplication::processEvents();
    EXPECT_EQ(trap.connections(), 0);
    EXPECT_TRUE(trap.requests().isEmpty());
}

TEST(CredentialStream, ARedirectNeverCarriesTheCredentialsToAnotherOrigin)
{
    RecordingHttpServer otherOrigin(cannedResponse(200, "OK", {}, "{}\r\n"));
    ASSERT_TRUE(otherOrigin.listenOn(QHostAddress::LocalHost));
    RecordingHttpServer redirector(cannedResponse(
        302, "Found",
        "Location: " + otherOrigin.url(QStringLiteral("/stream.json")).toUtf8() + "\r\n"));
    ASSERT_TRUE(redirector.listenOn(QHostAddress::LocalHost));
    const QUrl url(redirector.url(QStringLiteral("/stream.json")));

    FirehoseClient client;
    client.setConnectRateLimiter(std::make_shared<ConnectRateLimiter>());
    client.setEndpoint(endpointFor(url));
    client.start();
    // Once the 302 has been handled, a redirect Qt followed would already have been requested.
    EXPECT_TRUE(waitUntil(
        [&] { return !redirector.requests().isEmpty() && client.state() != State::Connecting; },
        5000));
    client.stop();

    ConnectionTester tester;
    tester.testStreamBlocking(endpointFor(url));

    ASSERT_FALSE(redirector.requests().isEmpty());
    EXPECT_TRUE(redirector.requests().first().toLower().contains("authorization: basic "))
        << "the credentials should go to the stream's own origin";
    for (const QByteArray &request : otherOrigin.requests())
        EXPECT_FALSE(request.toLower().contains("authorization")) << request.toStdString();
    EXPECT_EQ(leaks(otherOrigin.requests().join()), QStringList());
}
