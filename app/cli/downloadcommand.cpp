#include "downloadcommand.h"

#include "backups/backupnaming.h"
#include "backups/backupsession.h"
#include "backups/downloadqueue.h"
#include "core/appsettings.h"
#include "net/accountstore.h"
#include "net/endpointpolicy.h"
#include "net/tlstrust.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

#include <cstdio>

QString DownloadCommand::summary() const
{
    return tr("Download daily backup archives for a range of dates.");
}

int DownloadCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption baseUrlOption(
        QStringLiteral("base-url"),
        tr("Base URL of the backup service, e.g. https://firestream.stocktwits.com."), tr("url"));
    const QCommandLineOption userOption(QStringLiteral("user"), tr("User name."), tr("user"));
    const QCommandLineOption profileOption(
        savedAccountOptionNames(),
        tr("Use a saved backup account (see 'hydrant-cli account'); its password comes from the "
           "OS secret store."),
        tr("name"));
    const QCommandLineOption typeOption(
        QStringLiteral("type"), tr("File types, comma-separated (default: activity,message)."),
        tr("types"), BackupEndpoint::documentedFileTypes().join(QLatin1Char(',')));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("First day (YYYY-MM-DD)."),
                                        tr("date"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), tr("Last day (YYYY-MM-DD; default: the first day)."), tr("date"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Folder to save the files in."),
                                       tr("folder"));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"),
                                        tr("Files downloaded at the same time (default %1).")
                                            .arg(AppSettings::downloadConcurrency()),
                                        tr("n"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print the summary as one JSON object on stdout."));
    const QCommandLineOption passwordStdinOption(QStringLiteral("password-stdin"),
                                                 tr("Read the password from standard input."));
    const QCommandLineOption symbolsOption(
        QStringLiteral("symbols-metric"),
        tr("Symbol backups (/symbols/backups/NAME/...) of these metrics, comma-separated or "
           "repeated; the names are the ones on your dashboard. Without --type, only these are "
           "downloaded."),
        tr("name"));
    parser.addOptions({baseUrlOption, userOption, profileOption, typeOption, fromOption, toOption,
                       outOption, jobsOption, jsonOption, passwordStdinOption, symbolsOption});
    const QString description = tr(
        "hydrant-cli download: download the daily backup archives of a date range.\n\n"
        "Each (type, day) is saved as stocktwits_TYPE_YYYY_MM_DD.gz in --out, written to a .part "
        "file first, verified (every gzip member's CRC32 and length) and only then renamed. An "
        "interrupted run resumes where it stopped when started again; days already on disk are "
        "skipped.\n\nThe password is read from the HYDRANT_PASSWORD environment variable or "
        "--password-stdin (never from the command line), or from the secret store with "
        "--profile.\n\nExit codes: 0 every day done, skipped or not available; 1 usage error; "
        "2 authentication failed; 3 some days failed, or a file type was found on none of the "
        "days (a wrong type name).");
    if (!parse(parser, arguments, description))
        return UsageError;

    auto usage = [](const QString &message) {
        printErr(message);
        return int(UsageError);
    };

    // --- everything is validated before the first request -----------------------------------
    QStringList metrics;
    for (const QString &value : parser.values(symbolsOption)) {
        for (const QString &metric : BackupProfile::listFromText(value)) {
            if (const QString error = BackupNaming::metricError(metric); !error.isEmpty())
                return usage(error);
            metrics.append(metric);
        }
    }
    if (parser.isSet(symbolsOption) && metrics.isEmpty())
        return usage(tr("--symbols-metric needs at least one metric name."));
    // With only symbol backups asked for, no daily type is added by default.
    const QStringList types = !metrics.isEmpty() && !parser.isSet(typeOption)
                                  ? QStringList()
                                  : BackupProfile::listFromText(parser.value(typeOption));
    if (types.isEmpty() && metrics.isEmpty())
        return usage(tr("--type needs at least one file type."));
    for (const QString &type : types) {
        if (const QString error = BackupNaming::fileTypeError(type); !error.isEmpty())
            return usage(error);
    }
    if (!parser.isSet(fromOption))
        return usage(tr("--from is required (YYYY-MM-DD)."));
    const QDate from = BackupNaming::parseIsoDate(parser.value(fromOption));
    if (!from.isValid())
        return usage(
            tr("--from: “%1” is not a date of the form YYYY-MM-DD.").arg(parser.value(fromOption)));
    const QDate to =
        parser.isSet(toOption) ? BackupNaming::parseIsoDate(parser.value(toOption)) : from;
    if (!to.isValid())
        return usage(
            tr("--to: “%1” is not a date of the form YYYY-MM-DD.").arg(parser.value(toOption)));
    if (to < from)
        return usage(tr("--to is before --from."));
    for (const QDate &day : {from, to}) {
        if (const QString error = BackupNaming::dateError(day); !error.isEmpty())
            return usage(error);
    }
    if (!parser.isSet(outOption))
        return usage(tr("--out is required: the folder to save the files in."));
    const auto jobsValue = numberOption(parser, jobsOption.names().first(), {1, 16, true},
                                        AppSettings::downloadConcurrency());
    if (!jobsValue)
        return UsageError;
    const int jobs = int(*jobsValue);

    BackupEndpoint endpoint;
    AccountStore accounts;
    if (parser.isSet(profileOption)) {
        const auto profile = accounts.backupProfile(parser.value(profileOption));
        if (!profile)
            return usage(tr("There is no backup account named “%1” (see 'hydrant-cli account "
                            "list').")
                             .arg(parser.value(profileOption)));
        endpoint = profile->endpoint();
        if (parser.isSet(baseUrlOption))
            endpoint.baseUrl = QUrl(parser.value(baseUrlOption));
        if (parser.isSet(userOption))
            endpoint.credentials.user = parser.value(userOption);
    } else {
        if (!parser.isSet(baseUrlOption) || !parser.isSet(userOption))
            return usage(tr("Give --base-url and --user, or --profile."));
        endpoint.baseUrl = QUrl(parser.value(baseUrlOption));
        endpoint.credentials.user = parser.value(userOption);
    }
    if (const QString refusal = EndpointPolicy::refusalReason(endpoint.baseUrl); !refusal.isEmpty())
        return usage(refusal);
    QString noPassword;
    endpoint.credentials.password =
        commandPassword(parser.isSet(passwordStdinOption), accounts,
                        AccountStore::Service::Backups, endpoint.profileName, &noPassword);
    if (endpoint.credentials.password.isEmpty())
        return usage(noPassword);
    endpoint.fileTypes = types;

    QString tlsError;
    if (!TlsTrust::loadFromEnvironment(&tlsError))
        return usage(tlsError);

    const QString out = QDir(parser.value(outOption)).absolutePath();
    if (!QDir().mkpath(out)) {
        printErr(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(out)));
        return Failed;
    }

    // The Backups page's session, with this run's folder and parallelism, and a queue of its own.
    BackupSession session(QString(), BackupSession::QueueKept::ForThisRunOnly);
    session.setDownloadFolder(out);
    session.setEndpoint(endpoint);
    DownloadQueue &queue = *session.queue();
    queue.setConcurrency(jobs);
    QStringList trimmedTypes;
    for (const QString &type : types)
        trimmedTypes.append(type.trimmed());
    QList<BackupKey> keys = DownloadQueue::keysFor(trimmedTypes, from, to);
    for (BackupKey key : DownloadQueue::keysFor(metrics, from, to)) {
        key.family = BackupKey::Family::Symbols;
        keys.append(key);
    }
    const auto enqueued = queue.enqueue(keys);
    const QLocale locale;
    const bool json = parser.isSet(jsonOption);
    printErr(tr("%n file(s) to download, %1 already on disk, into %2", nullptr, enqueued.added)
                 .arg(enqueued.skipped)
                 .arg(QDir::toNativeSeparators(out)));

    bool authFailed = false;
    QString authMessage;
    QEventLoop loop;
    // When the last byte is on disk (verification may still be finishing): the transfer time.
    QElapsedTimer clock;
    clock.start();
    qint64 transferMs = -1;
    QObject::connect(&queue, &DownloadQueue::itemChanged, &loop, [&] {
        if (transferMs >= 0)
            return;
        for (const DownloadItem &item : queue.items()) {
            if (item.state == DownloadItem::State::Queued ||
                item.state == DownloadItem::State::Resolving ||
                item.state == DownloadItem::State::Downloading)
                return;
        }
        transferMs = clock.elapsed();
    });
    QObject::connect(&queue, &DownloadQueue::credentialsRequired, &loop,
                     [&](const QString &message) {
                         authFailed = true;
                         authMessage = message;
                         printErr(tr("Authentication failed: %1").arg(message));
                         queue.pauseAll();
                         loop.quit();
                     });
    QObject::connect(&queue, &DownloadQueue::itemFinished, &loop, [&](const BackupKey &key) {
        const DownloadItem *found = queue.find(key);
        if (!found)
            return;
        const DownloadItem &item = *found;
        const QString what =
            QStringLiteral("%1 %2").arg(BackupNaming::typeLabel(item.key),
                                        item.key.date.toString(Qt::ISODate));
        switch (item.state) {
        case DownloadItem::State::Done:
            printErr(tr("done           %1 (%2)")
                         .arg(what, locale.formattedDataSize(item.bytesReceived)));
            break;
        case DownloadItem::State::NotAvailable:
            printErr(tr("not available  %1").arg(what));
            break;
        default:
            printErr(tr("failed         %1: %2").arg(what, item.message));
            break;
        }
    });
    QObject::connect(&queue, &DownloadQueue::settled, &loop, &QEventLoop::quit);
    QTimer ticker;
    ticker.setInterval(2000);
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        const auto totals = queue.totals();
        printErr(tr("progress       %1 of %n file(s) finished, %2 running, %3 received, %4/s",
                    nullptr, queue.count())
                     .arg(totals.done + totals.notAvailable + totals.failed)
                     .arg(totals.active)
                     .arg(locale.formattedDataSize(totals.bytesReceived))
                     .arg(locale.formattedDataSize(qint64(totals.bytesPerSecond))));
    });
    ticker.start();
    if (queue.hasPendingWork())
        loop.exec();
    ticker.stop();

    const auto totals = queue.totals();
    qint64 bytes = 0;
    QJsonArray failures;
    for (const DownloadItem &item : queue.items()) {
        if (item.state == DownloadItem::State::Done)
            bytes += item.bytesReceived;
        // Items that never finished because of a 401 count as failed too, with that reason.
        const bool stoppedByAuth = authFailed && !item.isFinished();
        if (item.state == DownloadItem::State::Failed || stoppedByAuth) {
            QJsonObject failure;
            failure.insert(QStringLiteral("type"), BackupNaming::typeLabel(item.key));
            failure.insert(QStringLiteral("date"), item.key.date.toString(Qt::ISODate));
            failure.insert(QStringLiteral("reason"),
                           stoppedByAuth ? tr("Not downloaded: authentication failed (%1)")
                                               .arg(authMessage)
                                         : item.message);
            failures.append(failure);
        }
    }
    const int failed = int(failures.size());
    // A type that is 404 on every day is almost always a wrong name: never a quiet success.
    QJsonArray typesNotFound;
    if (!authFailed) {
        for (const QString &type : queue.typesNotFound()) {
            int days = 0;
            for (const DownloadItem &item : queue.items())
                days += BackupNaming::typeLabel(item.key) == type ? 1 : 0;
            printErr(DownloadQueue::typeNotFoundMessage(type, days));
            typesNotFound.append(type);
        }
    }
    if (json) {
        QJsonObject summary;
        summary.insert(QStringLiteral("done"), totals.done);
        summary.insert(QStringLiteral("skipped"), enqueued.skipped);
        summary.insert(QStringLiteral("not_available"), totals.notAvailable);
        summary.insert(QStringLiteral("failed"), failed);
        summary.insert(QStringLiteral("bytes"), double(bytes));
        summary.insert(QStringLiteral("authentication_failed"), authFailed);
        summary.insert(QStringLiteral("seconds"), double(clock.elapsed()) / 1000.0);
        summary.insert(QStringLiteral("transfer_seconds"),
                       double(transferMs >= 0 ? transferMs : clock.elapsed()) / 1000.0);
        summary.insert(QStringLiteral("failures"), failures);
        summary.insert(QStringLiteral("types_not_found"), typesNotFound);
        summary.insert(QStringLiteral("bytes_transferred"), double(totals.bytesTransferred));
        printOut(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    }
    printErr(tr("summary        %1 done, %2 skipped, %3 not available, %4 failed, %5 downloaded")
                 .arg(totals.done)
                 .arg(enqueued.skipped)
                 .arg(totals.notAvailable)
                 .arg(failed)
                 .arg(locale.formattedDataSize(bytes)));
    if (authFailed)
        return AuthenticationFailed;
    return failed > 0 || !typesNotFound.isEmpty() ? Failed : Success;
}
