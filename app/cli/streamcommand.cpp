#include "streamcommand.h"

#include "runcontrols.h"
#include "streamaccountoptions.h"

#include "core/buildinfo.h"
#if HYDRANT_HAS_NATS
#include "relaystreamcommand.h"
#endif

#include "core/appsettings.h"
#include "feed/livesession.h"
#include "feed/recorder.h"
#include "net/accountstore.h"
#include "net/resumerule.h"
#include "net/resumestate.h"
#include "net/firehoseclient.h"
#include "net/tlstrust.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

#include <cstdio>

QString StreamCommand::statusLine(const FirehoseClient::Status &status,
                                  const StreamStatistics &stats)
{
    const QLocale locale;
    QString line =
        QStringLiteral("%1 · %2 · %3")
            .arg(FirehoseClient::stateName(status.state),
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
    if (stats.oversizedLines > 0)
        line +=
            QStringLiteral(" · ") +
            StreamCommand::tr("%1 too long, dropped").arg(locale.toString(stats.oversizedLines));
    line += QStringLiteral(" · ") +
            StreamCommand::tr("%1 received").arg(locale.formattedDataSize(stats.bytesOnWire));
    if (status.state != FirehoseClient::State::Connected && !status.reason.isEmpty())
        line += QStringLiteral(" — ") + status.reason;
    return line;
}

namespace {

/// `--service nats` (or `--service=nats`) among \a arguments.
bool asksForNats(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--service=nats") ||
            (arguments[i] == QLatin1String("--service") &&
             arguments.value(i + 1) == QLatin1String("nats")))
            return true;
    }
    return false;
}

} // namespace

QString StreamCommand::summary() const
{
    return QCoreApplication::translate("StreamCommand",
                                       "Connect to a realtime stream, print or record it.");
}

int StreamCommand::run(const QStringList &arguments)
{
    // A team relay's stream in NATS JetStream is read by a command of its own.
    if (asksForNats(arguments)) {
#if HYDRANT_HAS_NATS
        return RelayStreamCommand().run(arguments);
#else
        printErr(tr("This Hydrant was built without NATS: it cannot read a team relay."));
        return Failed;
#endif
    }
    QCommandLineParser parser;
    const StreamAccountOptions account;
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
    const QCommandLineOption maxLineOption(
        QStringLiteral("max-line-bytes"),
        tr("Drop stream lines longer than N bytes, counting them (default: the Preferences "
           "setting, %1).")
            .arg(AppSettings::maxLineBytes()),
        tr("N"));
    const QCommandLineOption statusOption(
        QStringLiteral("status-interval"),
        tr("Seconds between status lines on standard error (default 5, 0 = none)."), tr("S"));
    const QCommandLineOption caOption(
        QStringLiteral("ca-file"),
        tr("Also trust the CA certificates in this PEM file (as %1 does).")
            .arg(QString::fromLatin1(TlsTrust::environmentVariable)),
        tr("FILE"));
    const QCommandLineOption stateOption(
        QStringLiteral("state"),
        tr("Keep the resume position in FILE: saved after each item is recorded or printed; a "
           "run started again within the service's replay window (Firestream: 24 hours) "
           "continues after the last item saved. A gap that cannot be fetched is reported."),
        tr("FILE"));
    parser.addOptions(account.options());
    parser.addOptions({recordOption, durationOption, maxOption, stallOption, printOption,
                       jsonOption, statusOption, maxLineOption, caOption, stateOption});
    const QString description =
        tr("hydrant-cli stream: connect to a realtime stream with Hydrant's stream client (gzip, "
           "reconnects with backoff, duplicate dropping), print or record it.\n\n"
           "The password comes from --password-stdin, else the HYDRANT_PASSWORD environment "
           "variable, else the OS secret store for --profile. It is never taken from the command "
           "line.\n\n"
           "Exit codes: 0 normal end (duration, message count or Ctrl+C), 1 usage error, "
           "2 authentication failed (HTTP 401), 3 other fatal error (406, TLS, refused URL, "
           "recording failed).")
#if HYDRANT_HAS_NATS
        + QStringLiteral("\n\n") +
        tr("A team relay's stream in NATS JetStream is read with --service nats (see "
           "'hydrant-cli stream --service nats --help').")
#endif
        ;
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

    // Each fits the timer or counter it ends up in: QTimer counts milliseconds in an int.
    const auto durationValue =
        numberOption(parser, durationOption.names().first(), {0, 2'000'000}, 0);
    const auto maxMessagesValue =
        numberOption(parser, maxOption.names().first(), {1, 1e15, true}, 0);
    const auto stallValue = numberOption(parser, stallOption.names().first(), {0.05, 600},
                                         AppSettings::defaultStallTimeoutSeconds);
    const auto statusValue = numberOption(parser, statusOption.names().first(), {0, 86'400}, 5);
    const auto maxLineValue = numberOption(
        parser, maxLineOption.names().first(),
        {double(AppSettings::minimumMaxLineBytes), double(AppSettings::maximumMaxLineBytes), true},
        double(AppSettings::maxLineBytes()));
    if (!durationValue || !maxMessagesValue || !stallValue || !statusValue || !maxLineValue)
        return UsageError;
    const double duration = *durationValue, maxMessages = *maxMessagesValue,
                 stallSeconds = *stallValue, statusSeconds = *statusValue;

    // Where to connect, as whom.
    AccountStore accounts;
    int accountExit = Success;
    std::optional<StreamEndpoint> resolved = account.resolve(parser, accounts, &accountExit);
    if (!resolved)
        return accountExit;
    StreamEndpoint endpoint = *resolved;
    resolved.reset();

    // The same live session as the GUI's, with a feed of one: this command prints, it does not
    // browse. The backlog may grow larger than the feed, so a slow terminal loses nothing.
    LiveSession session(1);
    session.setBacklogLimit(250'000);
    session.setEndpoint(endpoint);
    endpoint.credentials.password.clear();
    session.setStallTimeout(std::chrono::milliseconds(qint64(stallSeconds * 1000)));
    session.setMaxLineLength(qsizetype(*maxLineValue));
    const qint64 limit = qint64(maxMessages);
    session.setMessageLimit(limit);
    // The recording's name comes from the stream, as in the window, so both continue one file.
    const bool record = parser.isSet(recordOption);
    // How often the recording is written (default once a second); tests shorten it to stop a
    // run between many writes within a few seconds.
    if (const int flushMs = qEnvironmentVariableIntValue("HYDRANT_RECORD_FLUSH_MS"); flushMs > 0)
        session.setRecordingFlushInterval(flushMs);
    if (record) {
        const QString directory = parser.value(recordOption);
        if (!QDir().mkpath(directory)) {
            printErr(tr("Cannot create the folder %1.").arg(directory));
            return Failed;
        }
        session.setRecording(true, directory);
    }

    // Where the last run got to, and whether the service can still continue from there.
    const ResumeRule rule(endpoint.service, endpoint.url);
    const QString stateFile = parser.value(stateOption);
    const QUrl stateUrl = ResumeState::comparableUrl(endpoint.url, rule);
    QJsonArray gaps;
    QString resumedFrom;
    if (!stateFile.isEmpty()) {
        if (!rule.resumes())
            printErr(tr("%1 has no resume position: --state keeps nothing (the stream's own "
                        "backfill and duplicate dropping apply).")
                         .arg(StreamServiceKinds::displayName(endpoint.service)));
        auto saved = ResumeState::load(stateFile, &error);
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
        // With --record, the recording itself says how far it got: each block written to it
        // carries the cursor of its last item in the same write (Recorder). The state file can
        // only be saved after that write, so a run killed between the two leaves a state one
        // block behind the recording, and resuming from it would record that block's items a
        // second time. (The items themselves cannot tell: a Firestream item's seq_id is in its
        // SSE id, not in the JSON that is recorded.) So the later of the two wins, when the
        // recording's cursor belongs to this stream.
        if (record && rule.resumes()) {
            const std::optional<ResumeState> recorded = session.recordedResumeState();
            if (recorded && (!saved || ResumeRule::isAfter(recorded->cursor, saved->cursor)))
                saved = recorded;
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
                session.setResumeCursor(decision.cursor);
            }
        }
    }
    QString savedCursor = resumedFrom;
    QString keptCursor = resumedFrom; // of the last item printed, recorded or counted
    bool stateFailed = false;

    const bool print = parser.isSet(printOption);
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

    // Everything that reaches the session is printed, also the last batch after a stop.
    if (print) {
        QObject::connect(&session, &LiveSession::messagesArrived, &session,
                         [](const MessageBatch &batch) {
                             for (const Message &message : batch) {
                                 std::fwrite(message.raw.constData(), 1,
                                             size_t(message.raw.size()), stdout);
                                 std::fputc('\n', stdout);
                             }
                             std::fflush(stdout);
                         });
    }
    // After printing (connected later, so called later): the items of the batch are kept.
    QObject::connect(&session, &LiveSession::messagesArrived, &session,
                     [&](const MessageBatch &batch) {
                         for (auto it = batch.rbegin(); it != batch.rend(); ++it) {
                             if (!it->cursor.isEmpty()) {
                                 keptCursor = it->cursor;
                                 break;
                             }
                         }
                         if (!record)
                             saveState(keptCursor);
                     });
    if (record)
        QObject::connect(&session, &LiveSession::recordingCursor, &session,
                         [&](const QString &cursor) { saveState(cursor); });
    // A recording that stops on an error is said the moment it happens and ends the run.
    bool recordingErrorSaid = false;
    QObject::connect(&session, &LiveSession::recordingFailed, &session,
                     [&](const QString &message) {
                         if (!recordingErrorSaid)
                             printErr(message);
                         recordingErrorSaid = true;
                         finish(Failed);
                     });
    QObject::connect(&session, &LiveSession::recordingWarning, &session,
                     [](const QString &message) { printErr(message); });
    QObject::connect(&session, &LiveSession::limitReached, &session, [&] { finish(Success); });
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

    RunControls controls(
        statusSeconds, duration,
        [&] { printErr(statusLine(session.status(), session.streamStatistics())); },
        [&] { finish(Success); });

    QMetaObject::invokeMethod(&session, &LiveSession::connectStream, Qt::QueuedConnection);
    loop.exec();
    controls.end();

    const FirehoseClient::Status status = session.status();
    // Stopping hands over the last batch: it is printed and recorded before the summary.
    session.disconnectStream();
    if (record) {
        session.setRecording(false);
        if (!session.recordingError().isEmpty()) {
            // An error in the last write is known only now.
            if (!recordingErrorSaid)
                printErr(session.recordingError());
            recordingErrorSaid = true;
            exitCode = Failed;
        }
    }
    if (stateFailed && exitCode == Success)
        exitCode = Failed;
    const StreamStatistics stats = session.streamStatistics();
    if (exitCode != Success && !recordingErrorSaid)
        printErr(status.reason);
    else if (statusSeconds > 0)
        printErr(statusLine(status, stats));

    if (parser.isSet(jsonOption)) {
        QJsonObject summary{
            {QStringLiteral("messages"), qMin(stats.messages, limit > 0 ? limit : stats.messages)},
            {QStringLiteral("heartbeats"), stats.heartbeats},
            {QStringLiteral("reconnects"), stats.reconnects},
            {QStringLiteral("duplicates_dropped"), stats.duplicatesDropped},
            {QStringLiteral("malformed"), stats.malformedLines},
            {QStringLiteral("oversized_lines"), stats.oversizedLines},
            {QStringLiteral("system_messages"), stats.systemMessages},
            {QStringLiteral("bytes_received"), stats.bytesOnWire},
            {QStringLiteral("bytes_decompressed"), stats.bytesDecompressed},
            {QStringLiteral("state"), FirehoseClient::stateName(status.state)},
            {QStringLiteral("exit_code"), exitCode},
            {QStringLiteral("service"), StreamServiceKinds::key(endpoint.service)},
        };
        if (rule.resumes()) {
            summary.insert(QStringLiteral("cursor"), keptCursor);
            summary.insert(QStringLiteral("resumed_from"), resumedFrom);
            summary.insert(QStringLiteral("resume_gaps"), gaps);
            summary.insert(QStringLiteral("stream_resume_gaps"), stats.resumeGaps);
        }
        if (record) {
            summary.insert(QStringLiteral("recorded"), qint64(session.messagesRecorded()));
            if (!session.recordingError().isEmpty())
                summary.insert(QStringLiteral("recording_error"), session.recordingError());
        }
        printOut(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    }
    return exitCode;
}
