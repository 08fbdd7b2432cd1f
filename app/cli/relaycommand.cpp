#include "relaycommand.h"

#include "natstargetoptions.h"
#include "runcontrols.h"
#include "streamaccountoptions.h"
#include "streamcommand.h"

#include "core/appsettings.h"
#include "feed/feedinbox.h"
#include "feed/livesession.h"
#include "net/resumerule.h"
#include "net/resumestate.h"
#include "net/tlstrust.h"
#include "relay/jetstreampublisher.h"
#include "relay/natsconnection.h"
#include "net/relaysettings.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>
#include <QUrlQuery>

QString RelayCommand::summary() const
{
    return QCoreApplication::translate(
        "RelayCommand", "Relay one stream account to a NATS JetStream stream for a whole team.");
}

int RelayCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const StreamAccountOptions account;
    const NatsTargetOptions targetOptions(NatsTargetOptions::Role::Relay);
    const QCommandLineOption publishTimeoutOption(
        QStringLiteral("publish-timeout"),
        tr("Give up (exit code 3) when JetStream has not stored a message for S seconds "
           "(default 30)."),
        tr("S"));
    const QCommandLineOption durationOption(QStringLiteral("duration"), tr("Stop after S seconds."),
                                            tr("S"));
    const QCommandLineOption stallOption(
        QStringLiteral("stall-timeout"),
        tr("Reconnect when no byte arrives for S seconds (default 30)."), tr("S"));
    const QCommandLineOption statusOption(
        QStringLiteral("status-interval"),
        tr("Seconds between status lines on standard error (default 5, 0 = none)."), tr("S"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), tr("At the end, print a JSON summary object to standard output."));
    const QCommandLineOption maxLineOption(
        QStringLiteral("max-line-bytes"),
        tr("Drop stream lines longer than N bytes, counting them (default: the Preferences "
           "setting, %1).")
            .arg(AppSettings::maxLineBytes()),
        tr("N"));
    const QCommandLineOption caOption(
        QStringLiteral("ca-file"),
        tr("Also trust the CA certificates in this PEM file for the stream (as %1 does).")
            .arg(QString::fromLatin1(TlsTrust::environmentVariable)),
        tr("FILE"));
    parser.addOptions(account.options());
    parser.addOptions(targetOptions.options());
    parser.addOptions({publishTimeoutOption, durationOption, stallOption, statusOption, jsonOption,
                       maxLineOption, caOption});
    const QString description = tr(
        "hydrant-cli relay: hold the one connection an account allows and publish every message "
        "to a NATS JetStream stream, from which each member of a team reads it live or from "
        "any point it keeps ('hydrant-cli stream --service nats').\n\n"
        "Each message is stored once: its id is its Nats-Msg-Id, so what a restarted relay or a "
        "provider's backfill sends again within the stream's duplicate window (5 minutes) is "
        "dropped by JetStream. The resume cursor (Firestream seq_id, the firehose's sequence) "
        "travels with each stored message, so a relay started again - on any machine - "
        "continues after the last message the stream holds.\n\n"
        "The stream's password comes from --password-stdin, else the HYDRANT_PASSWORD "
        "environment variable, else the OS secret store for --profile; never from the command "
        "line.\n\n"
        "Exit codes: 0 normal end (duration or Ctrl+C), 1 usage error, 2 authentication failed "
        "(HTTP 401, or NATS refused the user name or password), 3 other fatal error (NATS "
        "unreachable, JetStream refused the messages, 406, TLS, refused URL).");
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
    const auto durationValue =
        numberOption(parser, durationOption.names().first(), {0, 2'000'000}, 0);
    const auto stallValue = numberOption(parser, stallOption.names().first(), {0.05, 600},
                                         AppSettings::defaultStallTimeoutSeconds);
    const auto statusValue = numberOption(parser, statusOption.names().first(), {0, 86'400}, 5);
    const auto publishValue =
        numberOption(parser, publishTimeoutOption.names().first(), {0.1, 86'400}, 30);
    const auto maxLineValue = numberOption(
        parser, maxLineOption.names().first(),
        {double(AppSettings::minimumMaxLineBytes), double(AppSettings::maximumMaxLineBytes), true},
        double(AppSettings::maxLineBytes()));
    if (!durationValue || !stallValue || !statusValue || !publishValue || !maxLineValue)
        return UsageError;
    const double duration = *durationValue, statusSeconds = *statusValue;
    const auto publishDeadline = std::chrono::milliseconds(qint64(*publishValue * 1000));

    // Where the messages go.
    std::optional<RelaySettings> target = targetOptions.resolve(parser);
    if (!target)
        return UsageError;
    RelaySettings settings = *target;
    target.reset();

    // Where they come from.
    AccountStore accounts;
    int accountExit = Success;
    std::optional<StreamEndpoint> resolved = account.resolve(parser, accounts, &accountExit);
    if (!resolved)
        return accountExit;
    StreamEndpoint endpoint = *resolved;
    resolved.reset();
    const ResumeRule rule(endpoint.service, endpoint.url);
    const QByteArray upstreamKey = ResumeState::streamKey(endpoint.service, endpoint.url);

    NatsConnection nats;
    if (!nats.open(settings, &error)) {
        printErr(error);
        return nats.credentialsRefused() ? AuthenticationFailed : Failed;
    }
    settings.password.clear();
    JetStreamPublisher publisher(nats, settings);
    RelayStreamInfo info;
    if (!publisher.ensureStream(&info, &error)) {
        printErr(error);
        return Failed;
    }
    const QLocale locale;
    if (statusSeconds > 0)
        printErr((info.created ? tr("Created the JetStream stream %1 (%n replica(s)) on %2.", "",
                                    info.replicas)
                               : tr("Relaying to the JetStream stream %1 (%n replica(s)) on %2.",
                                    "", info.replicas))
                     .arg(settings.stream, nats.connectedUrl()) +
                 QLatin1Char(' ') +
                 tr("It holds %n message(s).", "", int(qMin<quint64>(info.messages, INT_MAX))));

    // Where the last relay stopped: the cursor of the stream's last message, when it came from
    // this same upstream stream and the service can still continue from there.
    LiveSession session(1);
    QJsonArray gaps;
    QString resumedFrom;
    const std::optional<JetStreamPublisher::StoredPosition> last = publisher.lastStored(&error);
    if (!error.isEmpty()) {
        printErr(error);
        return Failed;
    }
    if (last && rule.resumes() && last->upstream == upstreamKey && !last->cursor.isEmpty()) {
        const ResumeState saved{endpoint.service, ResumeState::comparableUrl(endpoint.url, rule),
                                last->cursor, last->storedAt};
        const ResumeState::Decision decision = saved.decide(rule, QDateTime::currentDateTimeUtc());
        if (!decision.gap.isEmpty()) {
            printErr(decision.gap);
            gaps.append(QJsonObject{{QStringLiteral("after"), last->cursor},
                                    {QStringLiteral("reason"), decision.gap}});
        } else if (!decision.cursor.isEmpty()) {
            resumedFrom = decision.cursor;
            session.setResumeCursor(decision.cursor);
        }
    } else if (last && !rule.resumes()) {
        const QUrlQuery query(endpoint.url);
        if (!query.hasQueryItem(QStringLiteral("backfillMinutes")) &&
            !query.hasQueryItem(QStringLiteral("client")))
            printErr(tr("The stream URL asks for no backfill (backfillMinutes=N or client=1): "
                        "what the provider sent while no relay ran is not fetched again."));
    }

    session.setBacklogLimit(250'000);
    session.setEndpoint(endpoint);
    endpoint.credentials.password.clear();
    session.setStallTimeout(std::chrono::milliseconds(qint64(*stallValue * 1000)));
    session.setMaxLineLength(qsizetype(*maxLineValue));

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

    // Every batch that reaches the session is stored before the next is taken; a batch
    // JetStream would not take in time ends the run (a relay started again continues from the
    // stream's last message).
    JetStreamPublisher::Outcome total;
    QString keptCursor = resumedFrom;
    bool publishFailed = false;
    QObject::connect(&session, &LiveSession::messagesArrived, &session,
                     [&](const MessageBatch &batch) {
                         if (publishFailed)
                             return;
                         const JetStreamPublisher::Outcome outcome =
                             publisher.publish(batch, upstreamKey, publishDeadline);
                         total.stored += outcome.stored;
                         total.duplicates += outcome.duplicates;
                         total.tooLarge += outcome.tooLarge;
                         total.retried += outcome.retried;
                         if (!outcome.error.isEmpty()) {
                             publishFailed = true;
                             total.error = outcome.error;
                             printErr(outcome.error);
                             finish(Failed);
                             return;
                         }
                         for (auto it = batch.rbegin(); it != batch.rend(); ++it) {
                             if (!it->cursor.isEmpty()) {
                                 keptCursor = it->cursor;
                                 break;
                             }
                         }
                     });
    QObject::connect(&session, &LiveSession::connectionEvent, &session,
                     [](const StreamEvent &event) {
                         if (event.kind != StreamEvent::Kind::Info)
                             printErr(event.text);
                     });
    QObject::connect(&session, &LiveSession::statusChanged, &session,
                     [&](const FirehoseClient::Status &status) {
                         if (status.state == FirehoseClient::State::AuthFailed)
                             finish(AuthenticationFailed);
                         else if (status.state == FirehoseClient::State::Failed)
                             finish(Failed);
                         else if (status.state == FirehoseClient::State::Connected &&
                                  statusSeconds > 0)
                             printErr(status.reason);
                     });

    const auto relayLine = [&] {
        return StreamCommand::statusLine(session.status(), session.streamStatistics()) +
               QStringLiteral(" · ") +
               tr("%1 stored in %2").arg(locale.toString(total.stored), settings.stream) +
               (total.duplicates > 0
                    ? QStringLiteral(" · ") + tr("%1 already stored")
                                                  .arg(locale.toString(total.duplicates))
                    : QString()) +
               QStringLiteral(" · ") +
               (nats.connectedUrl().isEmpty() ? tr("NATS: reconnecting")
                                              : tr("NATS: %1").arg(nats.connectedUrl()));
    };
    RunControls controls(
        statusSeconds, duration, [&] { printErr(relayLine()); }, [&] { finish(Success); });

    QMetaObject::invokeMethod(&session, &LiveSession::connectStream, Qt::QueuedConnection);
    loop.exec();
    controls.end();

    const FirehoseClient::Status status = session.status();
    // Stopping hands over the last batch: it is stored before the summary.
    session.disconnectStream();
    // Nothing after this reaches the handlers above (their state ends with this function).
    QObject::disconnect(&session, nullptr, nullptr, nullptr);
    if (publishFailed && exitCode == Success)
        exitCode = Failed;
    const StreamStatistics stats = session.streamStatistics();
    const quint64 backlogDropped = session.inbox()->dropped();
    if (backlogDropped > 0)
        printErr(tr("%1 messages arrived faster than JetStream stored them and were dropped.")
                     .arg(locale.toString(backlogDropped)));
    if (exitCode != Success && !publishFailed)
        printErr(status.reason);
    else if (statusSeconds > 0)
        printErr(relayLine());

    if (parser.isSet(jsonOption)) {
        RelayStreamInfo after;
        QString ignored;
        const bool haveInfo =
            JetStreamPublisher::streamInfo(nats.jetStream(), settings.stream, &after, &ignored);
        QJsonObject summary{
            {QStringLiteral("messages"), stats.messages},
            {QStringLiteral("stored"), total.stored},
            {QStringLiteral("already_stored"), total.duplicates},
            {QStringLiteral("too_large"), total.tooLarge},
            {QStringLiteral("published_again"), total.retried},
            {QStringLiteral("backlog_dropped"), qint64(backlogDropped)},
            {QStringLiteral("heartbeats"), stats.heartbeats},
            {QStringLiteral("reconnects"), stats.reconnects},
            {QStringLiteral("duplicates_dropped"), stats.duplicatesDropped},
            {QStringLiteral("malformed"), stats.malformedLines},
            {QStringLiteral("oversized_lines"), stats.oversizedLines},
            {QStringLiteral("system_messages"), stats.systemMessages},
            {QStringLiteral("bytes_received"), stats.bytesOnWire},
            {QStringLiteral("state"), FirehoseClient::stateName(status.state)},
            {QStringLiteral("exit_code"), exitCode},
            {QStringLiteral("service"), StreamServiceKinds::key(endpoint.service)},
            {QStringLiteral("nats_stream"), settings.stream},
            {QStringLiteral("nats_subject"), settings.messagesSubject()},
            {QStringLiteral("nats_server"), nats.connectedUrl()},
            {QStringLiteral("nats_reconnects"), nats.reconnects()},
            {QStringLiteral("stream_created"), info.created},
            {QStringLiteral("replicas"), info.replicas},
        };
        if (haveInfo) {
            summary.insert(QStringLiteral("stream_messages"), qint64(after.messages));
            summary.insert(QStringLiteral("stream_last_sequence"), qint64(after.lastSequence));
        }
        if (rule.resumes()) {
            summary.insert(QStringLiteral("cursor"), keptCursor);
            summary.insert(QStringLiteral("resumed_from"), resumedFrom);
            summary.insert(QStringLiteral("resume_gaps"), gaps);
        }
        printOut(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    }
    return exitCode;
}
