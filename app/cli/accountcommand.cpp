#include "accountcommand.h"

#include "backups/backupnaming.h"
#include "net/accountstore.h"
#include "net/connectiontester.h"
#include "net/tlstrust.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>


namespace {

bool intOption(const QCommandLineParser &parser, const QString &option, int minimum, int maximum,
               int *value)
{
    const auto number =
        numberOption(parser, option, {double(minimum), double(maximum), true}, *value);
    if (!number)
        return false;
    *value = int(*number);
    return true;
}

} // namespace

QString AccountCommand::summary() const
{
    return QCoreApplication::translate("AccountCommand",
                                       "Manage accounts: add, list, remove, test.");
}

int AccountCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption service(
        QStringLiteral("service"),
        tr("stream (default) or backups; for a stream account also its protocol: gnip (the "
           "default), firestream or stocktwits-firehose."),
        tr("SERVICE"));
    const QCommandLineOption url(
        QStringLiteral("url"),
        tr("add: the stream URL (may contain {ACCOUNT_NAME}, {DATA_SOURCE}, "
           "{STREAM_LABEL}) or the backups base URL."),
        tr("URL"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  tr("add: the user name (an e-mail address)."), tr("USER"));
    const QCommandLineOption accountName(QStringLiteral("account-name"),
                                         tr("add: fills {ACCOUNT_NAME}."), tr("NAME"));
    const QCommandLineOption dataSource(QStringLiteral("data-source"),
                                        tr("add: fills {DATA_SOURCE}."), tr("SOURCE"));
    const QCommandLineOption streamLabel(QStringLiteral("stream-label"),
                                         tr("add: fills {STREAM_LABEL}."), tr("LABEL"));
    const QCommandLineOption client(QStringLiteral("client"),
                                    tr("add: client=N for Backfill streams."), tr("N"));
    const QCommandLineOption backfill(QStringLiteral("backfill-minutes"),
                                      tr("add: backfillMinutes=N (1–5)."), tr("N"));
    const QCommandLineOption partition(QStringLiteral("partition"), tr("add: partition=N."),
                                       tr("N"));
    const QCommandLineOption fileTypes(
        QStringLiteral("file-types"),
        tr("add: backup file types, comma-separated (default %1).")
            .arg(BackupEndpoint::documentedFileTypes().join(QLatin1Char(','))),
        tr("TYPES"));
    const QCommandLineOption symbolMetrics(
        QStringLiteral("symbol-metrics"),
        tr("add: the symbol backups' metrics your dashboard lists, comma-separated (default "
           "none; '' clears them)."),
        tr("METRICS"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        tr("add: read the password from the first line of standard input."));
    const QCommandLineOption makeCurrent(
        QStringLiteral("use"),
        tr("add: make it the account the application uses for the service."));
    const QCommandLineOption json(QStringLiteral("json"), tr("list: print JSON."));
    parser.addOptions({service, url, user, accountName, dataSource, streamLabel, client, backfill,
                       partition, fileTypes, symbolMetrics, passwordStdin, makeCurrent, json});
    parser.addPositionalArgument(QStringLiteral("action"), tr("add, list, remove or test."),
                                 QStringLiteral("add|list|remove|test"));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The account's name."),
                                 tr("[NAME]"));
    const QString description = tr(
        "hydrant-cli account: manage the stream and backup accounts the application uses.\n\n"
        "  add NAME --url URL --user USER [--password-stdin]   save or update an account\n"
        "  list [--json]                                       show the accounts (never "
        "passwords)\n"
        "  remove NAME                                         delete an account and its password\n"
        "  test NAME                                           make one real request with it\n\n"
        "Passwords are stored in the OS secret store. They are read from --password-stdin or the "
        "HYDRANT_PASSWORD environment variable; there is deliberately no --password option, as "
        "command lines are visible to other users.\n\n"
        "Exit codes: 0 success, 1 usage error, 2 authentication failed (test), 3 other failure.");
    if (!parse(parser, arguments, description))
        return UsageError;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString name = positional.value(1).trimmed();
    AccountStore store;

    QString serviceName = parser.value(service).toLower();
    // A stream protocol names a stream account of that protocol.
    std::optional<StreamServiceKind> streamKind = StreamServiceKinds::fromKey(serviceName);
    if (streamKind == StreamServiceKind::NatsRelay) {
        printErr(tr("A team relay account is added in the window (Settings → Accounts…); "
                    "scripts read a relay with 'hydrant-cli stream --service nats'."));
        return UsageError;
    }
    if (streamKind)
        serviceName = QStringLiteral("stream");
    if (!serviceName.isEmpty() && serviceName != QLatin1String("stream") &&
        serviceName != QLatin1String("backups")) {
        printErr(tr("--service must be stream, backups, gnip, firestream or stocktwits-firehose."));
        return UsageError;
    }

    if (action == QLatin1String("list")) {
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const QString &profileName : store.streamProfileNames()) {
                const auto p = store.streamProfile(profileName);
                list.append(
                    QJsonObject{{QStringLiteral("service"), QStringLiteral("stream")},
                                {QStringLiteral("protocol"), StreamServiceKinds::key(p->service)},
                                {QStringLiteral("name"), p->name},
                                {QStringLiteral("url"), p->resolvedUrl().toString()},
                                {QStringLiteral("user"), p->user},
                                {QStringLiteral("current"),
                                 store.currentProfile(AccountStore::Service::Stream) == p->name}});
            }
            for (const QString &profileName : store.backupProfileNames()) {
                const auto p = store.backupProfile(profileName);
                list.append(QJsonObject{
                    {QStringLiteral("service"), QStringLiteral("backups")},
                    {QStringLiteral("name"), p->name},
                    {QStringLiteral("url"), p->baseUrl},
                    {QStringLiteral("file_types"), QJsonArray::fromStringList(p->fileTypes)},
                    {QStringLiteral("symbol_metrics"),
                     QJsonArray::fromStringList(p->symbolMetrics)},
                    {QStringLiteral("user"), p->user},
                    {QStringLiteral("current"),
                     store.currentProfile(AccountStore::Service::Backups) == p->name}});
            }
            printOut(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
            return Success;
        }
        const QStringList streams = store.streamProfileNames();
        const QStringList backups = store.backupProfileNames();
        if (streams.isEmpty() && backups.isEmpty()) {
            printErr(tr("No accounts yet. Add one with 'hydrant-cli account add NAME --url URL "
                        "--user USER --password-stdin'."));
            return Success;
        }
        for (const QString &profileName : streams) {
            const auto p = store.streamProfile(profileName);
            const bool current = store.currentProfile(AccountStore::Service::Stream) == profileName;
            printOut(QStringLiteral("%1stream   %2  %3  %4")
                         .arg(current ? QStringLiteral("* ") : QStringLiteral("  "), p->name,
                              p->user, p->resolvedUrl().toString()));
        }
        for (const QString &profileName : backups) {
            const auto p = store.backupProfile(profileName);
            const bool current =
                store.currentProfile(AccountStore::Service::Backups) == profileName;
            printOut(QStringLiteral("%1backups  %2  %3  %4  [%5]")
                         .arg(current ? QStringLiteral("* ") : QStringLiteral("  "), p->name,
                              p->user, p->baseUrl,
                              BackupNaming::labelsOf(p->endpoint()).join(QLatin1Char(','))));
        }
        return Success;
    }

    if (name.isEmpty() || (action != QLatin1String("add") && action != QLatin1String("remove") &&
                           action != QLatin1String("test"))) {
        printErr(tr("Usage: hydrant-cli account add|remove|test NAME [options], or hydrant-cli "
                    "account list."));
        return UsageError;
    }

    // For remove and test, the service may be implied by where the name exists.
    AccountStore::Service which = serviceName == QLatin1String("backups")
                                      ? AccountStore::Service::Backups
                                      : AccountStore::Service::Stream;
    if (action != QLatin1String("add") && serviceName.isEmpty()) {
        const bool inStream = store.hasProfile(AccountStore::Service::Stream, name);
        const bool inBackups = store.hasProfile(AccountStore::Service::Backups, name);
        if (inStream && inBackups) {
            printErr(
                tr("Both a stream and a backups account are named '%1': add --service.").arg(name));
            return UsageError;
        }
        which = inBackups ? AccountStore::Service::Backups : AccountStore::Service::Stream;
    }

    if (action == QLatin1String("remove")) {
        if (!store.removeProfile(which, name)) {
            printErr(tr("There is no account named '%1'.").arg(name));
            return Failed;
        }
        // The secret store removal runs asynchronously: wait for it before the process ends.
        QString message;
        store.secrets()->deletePasswordBlocking(AccountStore::secretKey(which, name), &message);
        printErr(tr("Removed the account '%1' and its password.").arg(name));
        return Success;
    }

    if (action == QLatin1String("test")) {
        QString error;
        if (!TlsTrust::loadFromEnvironment(&error)) {
            printErr(error);
            return Failed;
        }
        if (!store.hasProfile(which, name)) {
            printErr(tr("There is no account named '%1'.").arg(name));
            return Failed;
        }
        ConnectionTester tester;
        ConnectionTester::Result result;
        QEventLoop loop;
        QObject::connect(&tester, &ConnectionTester::finished, &loop,
                         [&](const ConnectionTester::Result &r) {
                             result = r;
                             loop.quit();
                         });
        QString noPassword;
        const QString password = commandPassword(false, store, which, name, &noPassword);
        if (password.isEmpty())
            printErr(noPassword); // the test still runs: the service says what it makes of it
        if (which == AccountStore::Service::Stream)
            tester.testStream(store.streamProfile(name)->endpoint(password));
        else
            tester.testBackups(store.backupProfile(name)->endpoint(password));
        loop.exec();
        printOut(result.summary);
        if (result.outcome == ConnectionTester::Outcome::Connected)
            return Success;
        return result.outcome == ConnectionTester::Outcome::BadCredentials ? AuthenticationFailed
                                                                           : Failed;
    }

    // add (or update)
    QString problem;
    if (which == AccountStore::Service::Stream) {
        const bool isNew = !store.streamProfile(name);
        StreamProfile profile = store.streamProfile(name).value_or(StreamProfile{});
        profile.name = name;
        if (streamKind) {
            profile.service = *streamKind;
            if (isNew)
                profile.urlTemplate = StreamProfile::defaultUrlTemplate(*streamKind);
        }
        if (parser.isSet(url))
            profile.urlTemplate = parser.value(url);
        if (parser.isSet(user))
            profile.user = parser.value(user);
        if (parser.isSet(accountName))
            profile.accountName = parser.value(accountName);
        if (parser.isSet(dataSource))
            profile.dataSource = parser.value(dataSource);
        if (parser.isSet(streamLabel))
            profile.streamLabel = parser.value(streamLabel);
        if (!intOption(parser, client.names().first(), 0, 100, &profile.client) ||
            !intOption(parser, backfill.names().first(), 0, 5, &profile.backfillMinutes) ||
            !intOption(parser, partition.names().first(), 0, 10000, &profile.partition))
            return UsageError;
        problem = profile.validationError();
        if (problem.isEmpty())
            store.saveStreamProfile(profile);
    } else {
        BackupProfile profile = store.backupProfile(name).value_or(BackupProfile{});
        profile.name = name;
        if (parser.isSet(url))
            profile.baseUrl = parser.value(url);
        if (parser.isSet(user))
            profile.user = parser.value(user);
        if (parser.isSet(fileTypes))
            profile.fileTypes = BackupProfile::listFromText(parser.value(fileTypes));
        if (parser.isSet(symbolMetrics))
            profile.symbolMetrics = BackupProfile::listFromText(parser.value(symbolMetrics));
        problem = profile.validationError();
        if (problem.isEmpty())
            store.saveBackupProfile(profile);
    }
    if (!problem.isEmpty()) {
        printErr(problem);
        return UsageError;
    }
    if (parser.isSet(makeCurrent) || store.currentProfile(which) == name)
        store.setCurrentProfile(which, name);

    QString password;
    if (parser.isSet(passwordStdin))
        password = readPasswordFromStandardInput();
    else if (qEnvironmentVariableIsSet("HYDRANT_PASSWORD"))
        password = qEnvironmentVariable("HYDRANT_PASSWORD");
    if (password.isEmpty()) {
        printErr(tr("Saved the account '%1' without a password (give one with --password-stdin or "
                    "HYDRANT_PASSWORD).")
                     .arg(name));
        return Success;
    }
    QString message;
    const SecretStore::Result stored = store.secrets()->writePasswordBlocking(
        AccountStore::secretKey(which, name), password, &message);
    password.fill(QLatin1Char(' '));
    switch (stored) {
    case SecretStore::Result::Ok:
        printErr(tr("Saved the account '%1'; the password is in the OS secret store.").arg(name));
        return Success;
    case SecretStore::Result::InMemory:
        printErr(tr("Saved the account '%1', but not its password: %2").arg(name, message));
        return Failed;
    default:
        printErr(tr("Saved the account '%1', but the secret store refused the password: %2")
                     .arg(name, message));
        return Failed;
    }
}
