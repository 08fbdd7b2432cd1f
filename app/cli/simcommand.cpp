#include "simcommand.h"

#include "stopsignals.h"

#include "sim/simcertificates.h"
#include "sim/simulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <optional>

namespace {

// Up to 1 TiB: a size such as 512k, 20M or 2G.
std::optional<qint64> parseBytes(QString text)
{
    qint64 factor = 1;
    if (text.endsWith(QLatin1Char('k'), Qt::CaseInsensitive) || text.endsWith(QLatin1Char('M')) ||
        text.endsWith(QLatin1Char('G'))) {
        factor = text.endsWith(QLatin1Char('G'))   ? qint64(1) << 30
                 : text.endsWith(QLatin1Char('M')) ? 1 << 20
                                                   : 1 << 10;
        text.chop(1);
    }
    const auto value = parseNumber(text, {0, double(qint64(1) << 40) / double(factor)});
    if (!value)
        return std::nullopt;
    return qint64(*value * double(factor));
}

std::optional<MessageShape> parseShape(const QString &text)
{
    const QStringList names{QStringLiteral("stocktwits"), QStringLiteral("wrapped"),
                            QStringLiteral("activitystreams"), QStringLiteral("twitter"),
                            QStringLiteral("mixed")};
    const qsizetype index = names.indexOf(text.toLower());
    if (index < 0)
        return std::nullopt;
    return static_cast<MessageShape>(index);
}

QString randomPassword()
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString password;
    for (int i = 0; i < 20; ++i)
        password +=
            QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]);
    return password;
}

} // namespace

QString SimCommand::summary() const
{
    return tr("Run the endpoint simulator for both services.");
}

int SimCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption tls(QStringLiteral("tls"),
                                 tr("Serve HTTPS with a certificate made for this run by openssl "
                                    "(its CA file is printed)."));
    const QCommandLineOption tlsCertificate(
        QStringLiteral("tls-cert"), tr("Serve HTTPS with this PEM certificate."), tr("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    tr("The PEM private key of --tls-cert."), tr("file"));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  tr("Messages per second, or 'max' for as fast as the client "
                                     "reads (default 20; 0: heartbeats only)."),
                                  tr("N"), QStringLiteral("20"));
    const QCommandLineOption heartbeat(QStringLiteral("heartbeat"),
                                       tr("Seconds between heartbeats (default 10)."),
                                       tr("seconds"), QStringLiteral("10"));
    const QCommandLineOption fault(
        QStringLiteral("fault"),
        tr("Inject a fault; repeatable. Syntax: %1.").arg(SimFault::syntaxHelp()), tr("spec"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("Port of the stream and backups listener; the storage origin "
                                     "takes the next one (default: free ports)."),
                                  tr("port"), QStringLiteral("0"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print one JSON object (stream_url, backups_url, storage_url, "
                                     "user, password, ca_file) as the first line."));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed of all synthetic content (default 1)."), tr("N"),
                                  QStringLiteral("1"));
    const QCommandLineOption messageSize(
        QStringLiteral("message-size"),
        tr("Pad stream messages to about this many bytes (default: natural size)."), tr("bytes"),
        QStringLiteral("0"));
    const QCommandLineOption shape(
        QStringLiteral("shape"),
        tr("Message shape: stocktwits, wrapped, activitystreams, twitter or mixed."), tr("shape"),
        QStringLiteral("stocktwits"));
    const QCommandLineOption fileSize(
        QStringLiteral("file-size"),
        tr("Compressed size of each day's backup file, with k, M or G (default 2M)."), tr("bytes"),
        QStringLiteral("2M"));
    const QCommandLineOption encoding(QStringLiteral("stream-encoding"),
                                      tr("How the stream is gzipped: deflate (zlib per "
                                         "connection, the default) or precompressed (cheapest "
                                         "for the simulator, ratio 1.3:1)."),
                                      tr("mode"), QStringLiteral("auto"));
    const QCommandLineOption multiMember(QStringLiteral("multi-member"),
                                         tr("Write backup files as several gzip members."));
    const QCommandLineOption user(QStringLiteral("user"),
                                  tr("The account's user name (default demo@example.com)."),
                                  tr("name"), QStringLiteral("demo@example.com"));
    parser.addOptions({tls, tlsCertificate, tlsKey, rate, heartbeat, fault, port, json, seed,
                       messageSize, shape, fileSize, encoding, multiMember, user});
    if (!parse(parser, arguments,
               tr("hydrant-cli sim: run the local simulator of the stream and backup services "
                  "until interrupted.\n"
                  "The password is random for each run unless HYDRANT_SIM_PASSWORD is set.")))
        return UsageError;

    SimulatorOptions options;
    const auto usage = [](const QString &message) {
        printErr(message);
        return int(UsageError);
    };
    if (parser.value(rate) == QLatin1String("max")) {
        options.messagesPerSecond = SimulatorOptions::UnlimitedRate;
    } else if (const auto value = parseNumber(parser.value(rate), {0, 10'000'000})) {
        options.messagesPerSecond = *value;
    } else {
        return usage(tr("--rate takes a number of messages per second up to 10000000, or 'max'."));
    }
    const auto heartbeatSeconds = numberOption(parser, heartbeat.names().first(), {0, 3600});
    const auto portNumber = numberOption(parser, port.names().first(), {0, 65534, true});
    const auto seedValue =
        numberOption(parser, seed.names().first(), {0, 9007199254740991.0, true}, 1);
    const auto messageBytes =
        numberOption(parser, messageSize.names().first(), {0, 1024 * 1024, true});
    if (!heartbeatSeconds || !portNumber || !seedValue || !messageBytes)
        return UsageError;
    options.heartbeatIntervalMs = int(*heartbeatSeconds * 1000);
    options.apiPort = quint16(*portNumber);
    options.storagePort = *portNumber > 0 ? quint16(*portNumber + 1) : 0;
    options.seed = quint64(*seedValue);
    options.messageSize = int(*messageBytes);
    const auto messageShape = parseShape(parser.value(shape));
    if (!messageShape)
        return usage(tr("--shape takes stocktwits, wrapped, activitystreams, twitter or mixed."));
    options.shape = *messageShape;
    const auto bytes = parseBytes(parser.value(fileSize));
    if (!bytes || *bytes < 64)
        return usage(tr("--file-size takes a size such as 512k, 20M or 2G."));
    options.fileSize = *bytes;
    options.multiMemberFiles = parser.isSet(multiMember);
    const QStringList encodings{QStringLiteral("auto"), QStringLiteral("deflate"),
                                QStringLiteral("precompressed")};
    if (!encodings.contains(parser.value(encoding)))
        return usage(tr("--stream-encoding takes auto, deflate or precompressed."));
    options.streamEncoding =
        static_cast<SimulatorOptions::StreamEncoding>(encodings.indexOf(parser.value(encoding)));
    options.user = parser.value(user);
    options.password = qEnvironmentVariableIsSet("HYDRANT_SIM_PASSWORD")
                           ? qEnvironmentVariable("HYDRANT_SIM_PASSWORD")
                           : randomPassword();

    QList<SimFault> faults;
    for (const QString &spec : parser.values(fault)) {
        QString error;
        const auto parsed = SimFault::parse(spec, &error);
        if (!parsed)
            return usage(error);
        faults.append(*parsed);
    }

    // Made only when certificates are generated, so a plain run leaves nothing in /tmp.
    std::optional<QTemporaryDir> certificateDirectory;
    std::optional<SimCertificates> certificates;
    QString error;
    if (parser.isSet(tlsCertificate) || parser.isSet(tlsKey)) {
        if (!parser.isSet(tlsCertificate) || !parser.isSet(tlsKey))
            return usage(tr("--tls-cert and --tls-key go together."));
        certificates =
            SimCertificates::load(parser.value(tlsCertificate), parser.value(tlsKey), &error);
    } else if (parser.isSet(tls)) {
        certificateDirectory.emplace();
        certificates = SimCertificates::create(certificateDirectory->path(), &error);
    }
    if ((parser.isSet(tls) || parser.isSet(tlsCertificate)) && !certificates) {
        printErr(error);
        return Failed;
    }
    if (certificates)
        options.tls = certificates->serverConfiguration();

    // Before anything announces the simulator: a SIGTERM right after its URLs are printed
    // must stop it cleanly, with the summary.
    StopSignals stopSignals;
    QObject::connect(&stopSignals, &StopSignals::stopRequested, [] { QCoreApplication::quit(); });
    Simulator simulator(options);
    if (!simulator.start(&error)) {
        printErr(tr("The simulator could not start: %1").arg(error));
        return Failed;
    }
    for (const SimFault &each : std::as_const(faults))
        simulator.injectFault(each);

    const QString streamUrl = simulator.streamUrl().toString();
    const QString backupsUrl = simulator.backupsBaseUrl().toString();
    const QString caFile = certificates ? certificates->caCertificateFile() : QString();
    if (parser.isSet(json)) {
        QJsonObject object{{QStringLiteral("stream_url"), streamUrl},
                           {QStringLiteral("backups_url"), backupsUrl},
                           {QStringLiteral("storage_url"), simulator.storageBaseUrl().toString()},
                           {QStringLiteral("user"), options.user},
                           {QStringLiteral("password"), options.password}};
        if (!caFile.isEmpty())
            object.insert(QStringLiteral("ca_file"), caFile);
        printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    } else {
        printOut(tr("Stream URL:       %1").arg(streamUrl));
        printOut(tr("Backups base URL: %1  (e.g. %2)")
                     .arg(backupsUrl, simulator
                                          .backupUrl(QStringLiteral("activity"),
                                                     QDate::currentDate().addDays(-1))
                                          .toString()));
        printOut(tr("User:             %1").arg(options.user));
        printOut(tr("Password:         %1").arg(options.password));
        if (!caFile.isEmpty())
            printOut(tr("CA certificate:   %1").arg(caFile));
        printErr(tr("Serving until interrupted (Ctrl+C)."));
    }

    QElapsedTimer clock;
    clock.start();
    // A signal that came while the simulator was starting waits in the pipe: the loop sees it
    // as soon as it runs.
    QCoreApplication::exec();

    simulator.stop();
    const double seconds = qMax(0.001, double(clock.elapsed()) / 1000.0);
    qint64 requests = simulator.requests().size();
    printErr(tr("Stopped after %1 s: %2 messages sent (%3 per second) on %4 stream connections, %5 "
                "requests answered.")
                 .arg(QString::number(seconds, 'f', 1))
                 .arg(simulator.messagesSent())
                 .arg(qint64(double(simulator.messagesSent()) / seconds))
                 .arg(simulator.streamConnections().size())
                 .arg(requests));
    return Success;
}
