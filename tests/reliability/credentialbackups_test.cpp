// The backups flow with every debug category switched on: the password and its Authorization
// value appear in no output, log, state file, downloaded file or command line; the storage host
// that serves the download links never receives the Authorization header; and plain http:// to
// a host that is not loopback is refused, for the service's base URL and for the download link
// of its 302 alike.

#include "credentialtestsupport.h"

#include "backups/backupcatalogue.h"
#include "backups/backupnaming.h"
#include "backups/backupresolver.h"
#include "backups/downloadqueue.h"
#include "net/connectiontester.h"
#include "sim/simulator.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using TestSupport::waitUntil;

namespace {

const QString user = QStringLiteral("backups-hygiene@example.com");
const QString password = QStringLiteral("Backups-Hygiene-3b7e10");
const QString wrongPassword = QStringLiteral("Wrong-Backups-Secret-c4a982");
const QDate firstDay(2024, 1, 2);
const QDate lastDay(2024, 1, 3);

SimulatorOptions simulatorOptions()
{
    SimulatorOptions options;
    options.user = user;
    options.password = password;
    options.fileSize = 48 * 1024;
    options.distinctFileBytes = 48 * 1024;
    options.multiMemberFiles = true;
    options.hasBackup = [](const QString &, QDate) { return true; };
    return options;
}

BackupEndpoint endpointFor(const QUrl &base, const QString &secret = password)
{
    BackupEndpoint endpoint;
    endpoint.profileName = QStringLiteral("hygiene");
    endpoint.baseUrl = base;
    endpoint.credentials = {user, secret};
    return endpoint;
}

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

bool allFinished(const DownloadQueue &queue)
{
    for (const DownloadItem &item : queue.items()) {
        if (!item.isFinished())
            return false;
    }
    return queue.count() > 0;
}

/// The storage host got requests, none with credentials; the service got them on every request.
void expectCredentialsOnlyAtTheService(const Simulator &sim)
{
    int storage = 0;
    int service = 0;
    for (const SimRequest &request : sim.requests()) {
        if (request.service == SimFault::Storage) {
            ++storage;
            EXPECT_FALSE(request.hadAuthorization)
                << "the storage host received Authorization on " << request.target.toStdString();
        } else if (request.service == SimFault::Backups) {
            ++service;
            EXPECT_TRUE(request.hadAuthorization) << request.target.toStdString();
        }
    }
    EXPECT_GT(storage, 0);
    EXPECT_GT(service, 0);
}

BackupResolver::Result resolveOnce(const QUrl &base, const BackupKey &key)
{
    QNetworkAccessManager network;
    BackupResolver resolver(&network);
    BackupResolver::Result result;
    bool done = false;
    QObject::connect(&resolver, &BackupResolver::finished, [&](const BackupResolver::Result &r) {
        result = r;
        done = true;
    });
    resolver.resolve(base, {user, password}, key);
    waitUntil([&] { return done; }, 10000);
    return result;
}

ConnectionTester::Result testBackups(const BackupEndpoint &endpoint)
{
    ConnectionTester tester;
    ConnectionTester::Result result;
    bool done = false;
    QObject::connect(&tester, &ConnectionTester::finished, [&](const ConnectionTester::Result &r) {
        result = r;
        done = true;
    });
    tester.testBackups(endpoint);
    waitUntil([&] { return done; }, 10000);
    return result;
}

} // namespace

TEST(CredentialBackups, DownloadQueueLeaksNothingAndTheStorageHostNeverSeesTheCredentials)
{
    Simulator sim(simulatorOptions());
    ASSERT_TRUE(sim.start());
    QTemporaryDir downloads;
    ASSERT_TRUE(downloads.isValid());
    const QString stateFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    ASSERT_TRUE(QDir().mkpath(stateFolder));

    OutputCapture capture;
    int asked = 0;
    int done = 0;
    ConnectionTester::Outcome tested = ConnectionTester::Outcome::NetworkError;
    ConnectionTester::Outcome testedWrong = ConnectionTester::Outcome::NetworkError;
    {
        BackupCatalogue catalogue(QDir(stateFolder).filePath(QStringLiteral("catalogue.json")));
        catalogue.setFolder(downloads.path());
        DownloadQueue queue;
        queue.setCatalogue(&catalogue);
        queue.setStatePath(QDir(stateFolder).filePath(QStringLiteral("downloads.json")));
        queue.setFolder(downloads.path());
        // The wrong password first: the queue stops and asks, then carries on with the right one.
        queue.setEndpoint(endpointFor(sim.backupsBaseUrl(), wrongPassword));
        QObject::connect(
            &queue, &DownloadQueue::credentialsRequired, &queue,
            [&] {
                ++asked;
                queue.provideCredentials({user, password});
            },
            Qt::QueuedConnection);
        queue.enqueue(DownloadQueue::keysFor(
            {QStringLiteral("activity"), QStringLiteral("message")}, firstDay, lastDay));
        waitUntil([&] { return allFinished(queue); }, 20000);
        done = queue.totals().done;
        queue.saveState();

        tested = testBackups(endpointFor(sim.backupsBaseUrl())).outcome;
        testedWrong = testBackups(endpointFor(sim.backupsBaseUrl(), wrongPassword)).outcome;
    }
    const QByteArray output = capture.finish();

    EXPECT_EQ(asked, 1);
    EXPECT_EQ(done, 4);
    EXPECT_EQ(tested, ConnectionTester::Outcome::Connected);
    EXPECT_EQ(testedWrong, ConnectionTester::Outcome::BadCredentials);
    expectCredentialsOnlyAtTheService(sim);

    EXPECT_EQ(leaks(output), QStringList()) << "in the log and console output";
    int files = 0;
    EXPECT_EQ(leaksInFolders(xdgFolders() << downloads.path(), &files), QStringList());
    EXPECT_GE(files, 5) << "four downloads and the queue's state should have been scanned";
}

TEST(CredentialBackups, CommandLineDownloadKeepsThePasswordOutOfOutputFilesAndArguments)
{
    Simulator sim(simulatorOptions());
    ASSERT_TRUE(sim.start());
    QTemporaryDir downloads;
    ASSERT_TRUE(downloads.isValid());
    const QStringList download{QStringLiteral("download"),
                               QStringLiteral("--base-url"),
                               sim.backupsBaseUrl().toString(),
                               QStringLiteral("--user"),
                               user,
                               QStringLiteral("--type"),
                               QStringLiteral("activity,message"),
                               QStringLiteral("--from"),
                               firstDay.toString(Qt::ISODate),
                               QStringLiteral("--to"),
                               lastDay.toString(Qt::ISODate),
                               QStringLiteral("--out")};
    const QStringList debug{QStringLiteral("QT_LOGGING_RULES=*.debug=true"),
                            QStringLiteral("QT_FORCE_STDERR_LOGGING=1")};

    WatchedRun run = runCli(download + QStringList{downloads.path(), QStringLiteral("--json")}, {},
                            debug + QStringList{QStringLiteral("HYDRANT_PASSWORD=") + password});
    ASSERT_TRUE(run.finished);
    EXPECT_EQ(run.exitCode, 0) << run.standardError.toStdString();
    EXPECT_EQ(QDir(downloads.path()).entryList({QStringLiteral("*.gz")}, QDir::Files).size(), 4);
    EXPECT_EQ(leaks(run.output()), QStringList());
    ASSERT_FALSE(run.commandLines.isEmpty());
    for (const QByteArray &line : run.commandLines)
        EXPECT_EQ(leaks(line), QStringList()) << line.toStdString();

    // From standard input, into a second folder.
    QTemporaryDir second;
    run = runCli(download + QStringList{second.path(), QStringLiteral("--password-stdin")},
                 password.toUtf8() + '\n', debug);
    ASSERT_TRUE(run.finished);
    EXPECT_EQ(run.exitCode, 0) << run.standardError.toStdString();
    EXPECT_EQ(leaks(run.output()), QStringList());

    // A wrong password: exit code 2, nothing echoed.
    QTemporaryDir third;
    run = runCli(download + QStringList{third.path()}, {},
                 debug + QStringList{QStringLiteral("HYDRANT_PASSWORD=") + wrongPassword});
    ASSERT_TRUE(run.finished);
    EXPECT_EQ(run.exitCode, 2) << run.standardError.toStdString();
    EXPECT_EQ(leaks(run.output()), QStringList());

    expectCredentialsOnlyAtTheService(sim);
    int files = 0;
    EXPECT_EQ(
        leaksInFolders(xdgFolders() << downloads.path() << second.path() << third.path(), &files),
        QStringList());
    EXPECT_GE(files, 8);
}

TEST(CredentialBackups, PlainHttpToAHostThatIsNotLoopbackIsRefusedForTheServiceAndItsLinks)
{
    const BackupKey key{QStringLiteral("activity"), firstDay};

    // A download link to a plain-http host, by name: refused by the rule alone, before any
    // name lookup, so this part needs no network.
    RecordingHttpServer namedRedirect(cannedResponse(
        302, "Found", "Location: http://storage.example.com/bucket/stocktwits_activity.gz\r\n"));
    ASSERT_TRUE(namedRedirect.listenOn(QHostAddress::LocalHost));
    BackupResolver::Result result = resolveOnce(QUrl(namedRedirect.url()), key);
    EXPECT_EQ(result.outcome, BackupResolver::Outcome::Refused) << result.message.toStdString();
    EXPECT_TRUE(result.location.isEmpty());
    EXPECT_EQ(namedRedirect.requests().size(), 1);

    const QHostAddress external = nonLoopbackAddress();
    if (external.isNull())
        GTEST_SKIP() << "this machine has no non-loopback IPv4 address to listen on";
    // A listener on a real interface that would record any request that reached it.
    RecordingHttpServer trap(cannedResponse(200, "OK", {}, "not a gzip file"));
    ASSERT_TRUE(trap.listenOn(external));

    // The service's base URL.
    result = resolveOnce(QUrl(trap.url()), key);
    EXPECT_EQ(result.outcome, BackupResolver::Outcome::Refused) << result.message.toStdString();
    EXPECT_EQ(testBackups(endpointFor(QUrl(trap.url()))).outcome,
              ConnectionTester::Outcome::Refused);

    // The 302's Location.
    RecordingHttpServer redirector(cannedResponse(
        302, "Found",
        "Location: " + trap.url(QStringLiteral("/bucket/stocktwits_activity.gz")).toUtf8() +
            "\r\n"));
    ASSERT_TRUE(redirector.listenOn(QHostAddress::LocalHost));
    result = resolveOnce(QUrl(redirector.url()), key);
    EXPECT_EQ(result.outcome, BackupResolver::Outcome::Refused) << result.message.toStdString();

    QTemporaryDir downloads;
    {
        DownloadQueue queue;
        queue.setFolder(downloads.path());
        queue.setEndpoint(endpointFor(QUrl(redirector.url())));
        queue.enqueue({key});
        EXPECT_TRUE(waitUntil([&] { return allFinished(queue); }, 10000));
        ASSERT_TRUE(queue.find(key));
        EXPECT_EQ(queue.find(key)->state, DownloadItem::State::Failed)
            << queue.find(key)->message.toStdString();
    }

    // The command line: the base URL is refused before anything is sent.
    const WatchedRun run =
        runCli({QStringLiteral("download"), QStringLiteral("--base-url"), trap.url(),
                QStringLiteral("--user"), user, QStringLiteral("--from"),
                firstDay.toString(Qt::ISODate), QStringLiteral("--out"), downloads.path()},
               {}, {QStringLiteral("HYDRANT_PASSWORD=") + password});
    ASSERT_TRUE(run.finished);
    EXPECT_NE(run.exitCode, 0);

    QCoreApplication::processEvents();
    EXPECT_EQ(trap.connections(), 0);
    EXPECT_TRUE(trap.requests().isEmpty());
    EXPECT_TRUE(QDir(downloads.path()).entryList(QDir::Files).isEmpty());
}
