#include "streamcommand.h"

#include "feed/recorder.h"
#include "net/accountstore.h"
#include "net/firehoseclient.h"
#include "net/resumestate.h"
#include "net/tlstrust.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <memory>

namespace {

volatile std::sig_atomic_t interrupted = 0;

void onInterrupt(int)
{
    interrupted = 1;
}

bool parseNumber(const QCommandLineParser &parser, const QString &option, double minimum,
                 double *value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    *value = parser.value(option).toDouble(&ok);
    if (!ok || *value < minimum) {
        printErr(StreamCommand::tr("--%1 needs a number of at least %2.").arg(option).arg(minimum));
        return false;
    }
    return true;
}

QString statusLine(FirehoseClient &client, const StreamStatistics &stats)
{
    const QLocale locale;
    QString line =
        QStringLiteral("%1 · %2 · %3")
            .arg(FirehoseClient::stateName(client.state()),
                 StreamCommand::tr("%1 messages").arg(locale.toString(stats.messages)),
                 StreamCommand::tr("%1/s").arg(locale.toString(stats.messagesPerSecond, 'f', 0)));
    if (stats.reconnects > 0)
        line += QStringLiteral(" · ") + StreamCommand::tr("%1 reconnects").arg(stats.reconnects);
    if (stats.duplicatesDropped > 0)
        line += QStringLiteral(" · ") + StreamCommand::tr("%1 duplicates dropped")
                                            .arg(locale.toString(stats.duplicatesDropped));
    if (stats.malformedLines > 0)
        line += QStringLiteral(" · ") +
                StreamCommand::tr("%1 malformed").arg(locale.toString(stats.malformedLines));
    line += QStringLiteral(" · ") +
            StreamCommand::tr("%1 received").arg(locale.formattedDataSize(stats.bytesOnWire));
    const auto status = client.status();
    if (client.state() != FirehoseClient::State::Connected && !status.reason.isEmpty())
        line += QStringLiteral(" — ") + status.reason;
    return line;
}

} // namespace

QString StreamCommand::summary() const
{
    return QCoreApplication::translate("StreamCommand",
                                       "Connect to a realtime stream, print or record it.");
}

int StreamCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption urlOption(QStringLiteral("url"), tr("The stream URL."), tr("URL"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        tr("The user name (e-mail address)."), tr("USER"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        tr("Use a saved stream account (see 'hydrant-cli account'); --url and --user override it."),
        tr("NAME"));
    const QCommandLineOption passwordStdinOption(
        QStringLiteral("password-stdin"),
        tr("Read the password from the first line of standard input."));
    const QCommandLineOption recordOption(
        QStringLiteral("record"),
        tr("Record the messages to DIR/{label}_{yyyy}_{mm}_{dd}.jsonl.gz."), tr("DIR"));
    const QCommandLineOption durationOption(QStringLiteral("duration"), tr("Stop after S seconds."),
                                            tr("S"));
    const QCommandLineOption maxOption(QStringLiteral("max-messages"), tr("Stop after N messages."),
                                       tr("N"));
    const QCommandLineOption stallOption(
        QStringLiteral("stall-timeout"),
        tr("Reconnect when no byte arrives for S seconds (default 30)."), tr("S"));
    const QCommandLineOption printOption(QStringLiteral("print"),
                                         tr("Write each message's JSON line to standard output."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), tr("At the end, print a JSON summary object to standard output."));
    const QCommandLineOption statusOption(
        QStringLiteral("status-interval"),
        tr("Seconds between status lines on standard error (default 5, 0 = none)."), tr("S"));
    const QCommandLineOption caOption(
        QStringLiteral("ca-file"),
        tr("Also trust the CA certificates in this PEM file (as %1 does).")
            .arg(QString::fromLatin1(TlsTrust::environmentVariable)),
        tr("FILE"));
    const QCommandLineOption serviceOption(
        QStringLiteral("service"),
        tr("The stream's protocol: gnip (default; \\r\\n lines), firestream (StockTwits "
           "Firestream, server-sent events, resumes with seq_id) or stocktwits-firehose (the "
           "older StockTwits firehose, resumes with last_sequence_id or last_message_id)."),
        tr("SERVICE"));
    const QCommandLineOption stateOption(
        QStringLiteral("state"),
        tr("Keep the resume position in FILE: saved after each item is recorded or printed; a "
           "run started again within the service's replay window (Firestream: 24 hours) "
           "continues after the last item saved. A gap that cannot be fetched is reported."),
        tr("FILE"));
    parser.addOptions({urlOption, userOption, profileOption, passwordStdinOption, recordOption,
                       durationOption, maxOption, stallOption, printOption, jsonOption,
                       statusOption, caOption, serviceOption, stateOption});
    const QString description =
        tr("hydrant-cli stream: connect to a realtime stream with Hydrant's stream client (gzip, "
           "reconnects with backoff, duplicate dropping), print or record it.\n\n"
           "The password comes from --password-stdin, else the HYDRANT_PASSWORD environment "
           "variable, else the OS secret store for --profile. It is never taken from the command "
           "line.\n\n"
           "Exit codes: 0 normal end (duration, message count or Ctrl+C), 1 usage error, "
           "2 authentication failed (HTTP 401), 3 other fatal error (406, TLS, refused URL, "
           "recording failed).");
    if (!parse(parser, arguments, description))
        return UsageError;

    QString error;
    if (!TlsTrust::loadFromEnvironment(&error)) {
        printErr(error);
        return Failed;
    }
    if (parser.isSet(caOption) && !TlsTrust::addCaFile(parser.value(caOption), &error)) {
        printErr(error);
        return Failed;
    }

    double duration = 0, maxMessages = 0, stallSeconds = 30, statusSeconds = 5;
    if (!parseNumber(parser, durationOption.names().first(), 0, &duration) ||
        !parseNumber(parser, maxOption.names().first(), 1, &maxMessages) ||
        !parseNumber(parser, stallOption.names().first(), 0.05, &stallSeconds) ||
        !parseNumber(parser, statusOption.names().first(), 0, &statusSeconds))
        return UsageError;

    // Where to connect, as whom.
    StreamEndpoint endpoint;
    AccountStore accounts;
    QString label;
    if (parser.isSet(profileOption)) {
        const auto profile = accounts.streamProfile(parser.value(profileOption));
        if (!profile) {
            printErr(tr("There is no stream account named '%1' (see 'hydrant-cli account list').")
                         .arg(parser.value(profileOption)));
            return UsageError;
        }
        endpoint.profileName = profile->name;
        endpoint.url = profile->resolvedUrl();
        endpoint.credentials.user = profile->user;
        endpoint.service = profile->service;
        label = profile->name;
    }
    if (parser.isSet(serviceOption)) {
        const auto service = StreamServiceKinds::fromKey(parser.value(serviceOption));
        if (!service) {
            printErr(tr("--service must be one of: %1.")
                         .arg(StreamServiceKinds::keys().join(QLatin1String(", "))));
            return UsageError;
        }
        endpoint.service = *service;
    }
    if (parser.isSet(urlOption))
        endpoint.url = QUrl(parser.value(urlOption), QUrl::StrictMode);
    if (parser.isSet(userOption))
        endpoint.credentials.user = parser.value(userOption);
    if (endpoint.url.isEmpty() || endpoint.credentials.user.isEmpty()) {
        printErr(tr("Give --url and --user, or --profile NAME."));
        return UsageError;
    }
    if (parser.isSet(passwordStdinOption))
        endpoint.credentials.password = readPasswordFromStandardInput();
    else if (qEnvironmentVariableIsSet("HYDRANT_PASSWORD"))
        endpoint.credentials.password = qEnvironmentVariable("HYDRANT_PASSWORD");
    else if (!endpoint.profileName.isEmpty()) {
        QString message;
        accounts.secrets()->readPasswordBlocking(
            AccountStore::secretKey(AccountStore::Service::Stream, endpoint.profileName),
            &endpoint.credentials.password, &message);
        if (!message.isEmpty())
            printErr(message);
    }
    if (endpoint.credentials.password.isEmpty()) {
        printErr(tr("No password: use --password-stdin, set HYDRANT_PASSWORD, or save one with "
                    "'hydrant-cli account add'."));
        return UsageError;
    }
    if (label.isEmpty())
        label = QFileInfo(endpoint.url.path()).completeBaseName();
    if (label.isEmpty())
        label = QStringLiteral("stream");

    std::unique_ptr<Recorder> recorder;
    if (parser.isSet(recordOption)) {
        const QString directory = parser.value(recordOption);
        if (!QDir().mkpath(directory)) {
            printErr(tr("Cannot create the folder %1.").arg(directory));
            return Failed;
        }
        recorder = std::make_unique<Recorder>(directory, label);
    }

    FirehoseClient client;
    client.setEndpoint(endpoint);
    endpoint.credentials.password.clear();
    client.setStallTimeout(std::chrono::milliseconds(qint64(stallSeconds * 1000)));

    // Where the last run got to, and whether the service can still continue from there.
    const ResumeRule rule = client.resumeRule();
    const QString stateFile = parser.value(stateOption);
    const QUrl stateUrl = ResumeState::comparableUrl(endpoint.url, rule);
    QJsonArray gaps;
    QString resumedFrom;
    if (!stateFile.isEmpty()) {
        if (!rule.resumes())
            printErr(tr("%1 has no resume position: --state keeps nothing (the stream's own "
                        "backfill and duplicate dropping apply).")
                         .arg(StreamServiceKinds::displayName(endpoint.service)));
        const auto saved = ResumeState::load(stateFile, &error);
        if (!error.isEmpty()) {
            printErr(error);
            return Failed;
        }
        if (saved && (saved->service != endpoint.service || saved->url != stateUrl)) {
            printErr(tr("The state file %1 belongs to another stream (%2, %3): give another "
                        "--state file.")
                         .arg(stateFile, StreamServiceKinds::key(saved->service),
                              saved->url.toString()));
            return UsageError;
        }
        if (saved) {
            const ResumeState::Decision decision =
                saved->decide(rule, QDateTime::currentDateTimeUtc());
            if (!decision.gap.isEmpty()) {
                printErr(decision.gap);
                gaps.append(QJsonObject{{QStringLiteral("after"), saved->cursor},
                                        {QStringLiteral("reason"), decision.gap}});
            } else if (!decision.cursor.isEmpty()) {
                resumedFrom = decision.cursor;
                client.setResumeCursor(decision.cursor);
            }
        }
    }
    QString savedCursor = resumedFrom;
    QString recordedCursor; // the cursor of the last item handed to the recorder
    QString keptCursor = resumedFrom; // of the last item printed, recorded or counted
    bool stateFailed = false;

    const bool print = parser.isSet(printOption);
    const qint64 limit = qint64(maxMessages);
    qint64 delivered = 0;
    int exitCode = Success;
    bool finished = false;
    QEventLoop loop;

    const auto finish = [&](int code) {
        if (finished)
            return;
        finished = true;
        exitCode = code;
        loop.quit();
    };
    // Saved only once the item is on disk (recording) or printed, never ahead of it.
    const auto saveState = [&](const QString &cursor) {
        if (stateFile.isEmpty() || !rule.resumes() || cursor.isEmpty() || cursor == savedCursor ||
            stateFailed)
            return;
        const ResumeState state{endpoint.service, stateUrl, cursor,
                                QDateTime::currentDateTimeUtc()};
        QString problem;
        if (!state.save(stateFile, &problem)) {
            stateFailed = true;
            printErr(problem);
            finish(Failed);
            return;
        }
        savedCursor = cursor;
    };
    if (recorder)
        QObject::connect(recorder.get(), &Recorder::flushed, &client,
                         [&] { saveState(recordedCursor); });
    QObject::connect(&client, &FirehoseClient::resumeGap, &client,
                     [&](const QString &cursor, const QString &reason) {
                         gaps.append(QJsonObject{{QStringLiteral("after"), cursor},
                                                 {QStringLiteral("reason"), reason}});
                     });

    QObject::connect(
        &client, &FirehoseClient::messagesReceived, &client, [&](const MessageBatch &batch) {
            if (finished)
                return;
            size_t take = batch.size();
            qint64 activities = 0;
            for (size_t i = 0; i < batch.size(); ++i) {
                if (batch[i].kind != Message::Kind::Malformed)
                    ++activities;
                if (limit > 0 && delivered + activities >= limit) {
                    take = i + 1;
                    break;
                }
            }
            if (print) {
                for (size_t i = 0; i < take; ++i) {
                    std::fwrite(batch[i].raw.constData(), 1, size_t(batch[i].raw.size()), stdout);
                    std::fputc('\n', stdout);
                }
                std::fflush(stdout);
            }
            if (recorder) {
                for (size_t i = 0; i < take; ++i) {
                    // Set first: a flush inside append() already holds this item.
                    if (!batch[i].cursor.isEmpty())
                        recordedCursor = batch[i].cursor;
                    if (!recorder->append(batch[i])) {
                        printErr(tr("Recording failed: %1").arg(recorder->errorString()));
                        finish(Failed);
                        return;
                    }
                }
            }
            for (size_t i = take; i-- > 0;) {
                if (!batch[i].cursor.isEmpty()) {
                    keptCursor = batch[i].cursor;
                    break;
                }
            }
            if (!recorder)
                saveState(keptCursor); // printed (or only counted): kept now
            delivered += activities;
            if (limit > 0 && delivered >= limit)
                finish(Success);
        });
    QObject::connect(&client, &FirehoseClient::connectionEvent, &client,
                     [](const StreamEvent &event) {
                         if (event.kind != StreamEvent::Kind::Info)
                             printErr(event.text);
                     });
    QObject::connect(&client, &FirehoseClient::stateChanged, &client,
                     [&](FirehoseClient::State state, const QString &reason) {
                         if (state == FirehoseClient::State::AuthFailed)
                             finish(AuthenticationFailed);
                         else if (state == FirehoseClient::State::Failed)
                             finish(Failed);
                         else if (state == FirehoseClient::State::Connected && statusSeconds > 0)
                             printErr(reason);
                     });

    QTimer statusTimer;
    if (statusSeconds > 0) {
        QObject::connect(&statusTimer, &QTimer::timeout, &client,
                         [&] { printErr(statusLine(client, client.statistics())); });
        statusTimer.start(int(statusSeconds * 1000));
    }
    QTimer durationTimer;
    durationTimer.setSingleShot(true);
    if (duration > 0) {
        QObject::connect(&durationTimer, &QTimer::timeout, &client, [&] { finish(Success); });
        durationTimer.start(int(duration * 1000));
    }
    // Ctrl+C and SIGTERM end the run normally, with the summary.
    interrupted = 0;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QTimer signalPoll;
    QObject::connect(&signalPoll, &QTimer::timeout, &client, [&] {
        if (interrupted)
            finish(Success);
    });
    signalPoll.start(100);

    QMetaObject::invokeMethod(&client, &FirehoseClient::start, Qt::QueuedConnection);
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    const FirehoseClient::Status status = client.status();
    // A run that failed keeps its reason; a normal end stops the client here.
    if (client.state() != FirehoseClient::State::AuthFailed &&
        client.state() != FirehoseClient::State::Failed)
        client.stop();
    if (recorder) {
        recorder->close(); // the last flush saves the state too
        if (!recorder->errorString().isEmpty() && exitCode == Success) {
            printErr(tr("Recording failed: %1").arg(recorder->errorString()));
            exitCode = Failed;
        }
    }
    if (stateFailed && exitCode == Success)
        exitCode = Failed;
    const StreamStatistics stats = client.statistics();
    if (exitCode != Success)
        printErr(status.reason);
    else if (statusSeconds > 0)
        printErr(statusLine(client, stats));

    if (parser.isSet(jsonOption)) {
        QJsonObject summary{
            {QStringLiteral("messages"), qMin(stats.messages, limit > 0 ? limit : stats.messages)},
            {QStringLiteral("heartbeats"), stats.heartbeats},
            {QStringLiteral("reconnects"), stats.reconnects},
            {QStringLiteral("duplicates_dropped"), stats.duplicatesDropped},
            {QStringLiteral("malformed"), stats.malformedLines},
            {QStringLiteral("system_messages"), stats.systemMessages},
            {QStringLiteral("bytes_received"), stats.bytesOnWire},
            {QStringLiteral("bytes_decompressed"), stats.bytesDecompressed},
            {QStringLiteral("state"), FirehoseClient::stateName(status.state)},
            {QStringLiteral("exit_code"), exitCode},
            {QStringLiteral("service"), StreamServiceKinds::key(endpoint.service)},
            {QStringLiteral("resume_gaps"), gaps},
        };
        if (rule.resumes()) {
            summary.insert(QStringLiteral("cursor"), keptCursor);
            summary.insert(QStringLiteral("resumed_from"), resumedFrom);
        }
        if (recorder)
            summary.insert(QStringLiteral("recorded"), qint64(recorder->messagesWritten()));
        printOut(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    }
    return exitCode;
}
