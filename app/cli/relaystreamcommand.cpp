#include "relaystreamcommand.h"

#include "natstargetoptions.h"
#include "runcontrols.h"

#include "relay/jetstreamreader.h"
#include "relay/natsconnection.h"
#include "net/relaysettings.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

#include <cstdio>

QString RelayStreamCommand::summary() const
{
    return QCoreApplication::translate("RelayStreamCommand",
                                       "Read a team relay's stream from NATS JetStream.");
}

int RelayStreamCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const NatsTargetOptions targetOptions(NatsTargetOptions::Role::Reader);
    const QCommandLineOption serviceOption(QStringLiteral("service"),
                                           tr("nats: read a team relay's stream."), tr("SERVICE"));
    const QCommandLineOption sinceOption(
        QStringLiteral("since"),
        tr("Where to start: new (default: what arrives from now on), all (everything the "
           "stream keeps), a span back from now (30m, 1h, 2d) or a time "
           "(2024-03-11T09:00Z)."),
        tr("WHEN"));
    const QCommandLineOption durationOption(QStringLiteral("duration"), tr("Stop after S seconds."),
                                            tr("S"));
    const QCommandLineOption maxOption(QStringLiteral("max-messages"), tr("Stop after N messages."),
                                       tr("N"));
    const QCommandLineOption printOption(QStringLiteral("print"),
                                         tr("Write each message's JSON line to standard output."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), tr("At the end, print a JSON summary object to standard output."));
    const QCommandLineOption statusOption(
        QStringLiteral("status-interval"),
        tr("Seconds between status lines on standard error (default 5, 0 = none)."), tr("S"));
    parser.addOptions({serviceOption});
    parser.addOptions(targetOptions.options());
    parser.addOptions({sinceOption, durationOption, maxOption, printOption, jsonOption,
                       statusOption});
    const QString description = tr(
        "hydrant-cli stream --service nats: read the stream a team relay ('hydrant-cli relay') "
        "keeps in NATS JetStream, in order, each message once. When a server of the cluster "
        "goes away, reading continues on another one after the last message received.\n\n"
        "Exit codes: 0 normal end (duration, message count or Ctrl+C), 1 usage error, 2 "
        "authentication failed (NATS refused the user name or password), 3 other fatal error "
        "(NATS unreachable, TLS, no such stream).");
    if (!parse(parser, arguments, description))
        return UsageError;

    const auto durationValue =
        numberOption(parser, durationOption.names().first(), {0, 2'000'000}, 0);
    const auto maxMessagesValue =
        numberOption(parser, maxOption.names().first(), {1, 1e15, true}, 0);
    const auto statusValue = numberOption(parser, statusOption.names().first(), {0, 86'400}, 5);
    if (!durationValue || !maxMessagesValue || !statusValue)
        return UsageError;
    const double duration = *durationValue, statusSeconds = *statusValue;
    const qint64 limit = qint64(*maxMessagesValue);

    std::optional<RelaySettings> target = targetOptions.resolve(parser);
    if (!target)
        return UsageError;
    RelaySettings settings = *target;
    target.reset();
    QString error;
    const auto start = JetStreamReader::Start::parse(parser.value(sinceOption),
                                                     QDateTime::currentDateTimeUtc(), &error);
    if (!start) {
        printErr(error);
        return UsageError;
    }

    NatsConnection nats;
    if (!nats.open(settings, &error)) {
        printErr(error);
        return nats.credentialsRefused() ? AuthenticationFailed : Failed;
    }
    settings.password.clear();
    JetStreamReader reader(nats, settings);
    if (!reader.start(*start, &error)) {
        printErr(error);
        return Failed;
    }

    const bool print = parser.isSet(printOption);
    const QLocale locale;
    qint64 delivered = 0;
    quint64 firstSequence = 0;
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

    // The reader waits a little for each turn, so timers and signals are served in between.
    QTimer pump;
    pump.setInterval(0);
    std::vector<JetStreamReader::Item> items;
    int resubscriptions = 0;
    QObject::connect(&pump, &QTimer::timeout, &pump, [&] {
        items.clear();
        const size_t room = limit > 0 ? size_t(qMin<qint64>(limit - delivered, 4096)) : 4096;
        QString problem;
        if (!reader.next(items, room, std::chrono::milliseconds(50), &problem)) {
            printErr(problem);
            finish(Failed);
            return;
        }
        for (const JetStreamReader::Item &item : items) {
            if (firstSequence == 0)
                firstSequence = item.sequence;
            if (print) {
                std::fwrite(item.data.constData(), 1, size_t(item.data.size()), stdout);
                std::fputc('\n', stdout);
            }
        }
        if (print && !items.empty())
            std::fflush(stdout);
        if (reader.resubscriptions() != resubscriptions) {
            resubscriptions = reader.resubscriptions();
            if (statusSeconds > 0)
                printErr(reader.resubscriptionReport());
        }
        delivered += qint64(items.size());
        if (limit > 0 && delivered >= limit)
            finish(Success);
    });

    QElapsedTimer clock;
    clock.start();
    const auto statusLine = [&] {
        const double seconds = qMax(0.001, clock.elapsed() / 1000.0);
        return tr("%1 messages · %2/s · sequence %3 · %4")
            .arg(locale.toString(delivered), locale.toString(delivered / seconds, 'f', 0),
                 locale.toString(reader.lastSequence()),
                 nats.connectedUrl().isEmpty() ? tr("NATS: reconnecting")
                                               : tr("NATS: %1").arg(nats.connectedUrl()));
    };
    RunControls controls(
        statusSeconds, duration, [&] { printErr(statusLine()); }, [&] { finish(Success); });

    pump.start();
    loop.exec();
    pump.stop();
    controls.end();
    if (statusSeconds > 0)
        printErr(statusLine());

    if (parser.isSet(jsonOption)) {
        const QJsonObject summary{
            {QStringLiteral("messages"), delivered},
            {QStringLiteral("first_sequence"), qint64(firstSequence)},
            {QStringLiteral("last_sequence"), qint64(reader.lastSequence())},
            {QStringLiteral("repeats_dropped"), reader.repeatsDropped()},
            {QStringLiteral("duplicates_dropped"), reader.duplicatesDropped()},
            {QStringLiteral("passed_over_taken"), reader.passedOverTaken()},
            {QStringLiteral("resubscriptions"), reader.resubscriptions()},
            {QStringLiteral("nats_reconnects"), nats.reconnects()},
            {QStringLiteral("nats_server"), nats.connectedUrl()},
            {QStringLiteral("nats_stream"), settings.stream},
            {QStringLiteral("exit_code"), exitCode},
            {QStringLiteral("service"), QStringLiteral("nats")},
        };
        printOut(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    }
    return exitCode;
}
