#include "simulator.h"

#include "backupfile.h"
#include "firestreamcontent.h"
#include "simlistener.h"
#include "simulatorstate.h"

#include <QSslKey>
#include <QThread>

struct Simulator::Private
{
    SimulatorOptions options;
    std::unique_ptr<SimulatorState> state;
    QThread apiThread;
    QThread storageThread;
    SimListener *api = nullptr;
    SimListener *storage = nullptr;
    quint16 apiPort = 0;
    quint16 storagePort = 0;
    bool running = false;

    QUrl base(quint16 port) const
    {
        QUrl url;
        url.setScheme(usesTls() ? QStringLiteral("https") : QStringLiteral("http"));
        url.setHost(options.address.isEqual(QHostAddress::Any) ||
                            options.address.isEqual(QHostAddress::AnyIPv4)
                        ? QStringLiteral("127.0.0.1")
                        : options.address.toString());
        url.setPort(port);
        return url;
    }
    bool usesTls() const
    {
        return !options.tls.localCertificate().isNull() && !options.tls.privateKey().isNull();
    }
};

Simulator::Simulator(const SimulatorOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->options = options;
    d->state = std::make_unique<SimulatorState>(options);
    d->apiThread.setObjectName(QStringLiteral("hydrant-sim-api"));
    d->storageThread.setObjectName(QStringLiteral("hydrant-sim-storage"));
}

Simulator::~Simulator()
{
    stop();
}

bool Simulator::start(QString *errorMessage)
{
    if (d->running)
        return true;
    const auto launch = [this](QThread &thread, SimListener *&listener, SimListener::Role role,
                               quint16 port, quint16 *bound, QString *error) {
        listener = new SimListener(role, d->state.get());
        listener->moveToThread(&thread);
        thread.start();
        bool ok = false;
        // The storage origin is bound first, so the backups endpoint knows where its links point
        // before it can take a request.
        const QUrl storageBase = d->storagePort ? d->base(d->storagePort) : QUrl();
        QMetaObject::invokeMethod(
            listener,
            [&] {
                listener->setStorageBase(storageBase);
                ok = listener->listen(d->options.address, port, error);
                *bound = listener->port();
            },
            Qt::BlockingQueuedConnection);
        return ok;
    };
    // t = 0 of the stream, set before any listener can take a connection and read it.
    d->state->startTimeline();
    QString error;
    const bool ok =
        launch(d->storageThread, d->storage, SimListener::Storage, d->options.storagePort,
               &d->storagePort, &error) &&
        launch(d->apiThread, d->api, SimListener::Api, d->options.apiPort, &d->apiPort, &error);
    if (!ok) {
        if (errorMessage)
            *errorMessage = error;
        d->running = true;
        stop();
        return false;
    }
    d->running = true;
    return true;
}

void Simulator::stop()
{
    if (!d->running)
        return;
    for (auto [thread, listener] :
         {std::pair{&d->apiThread, &d->api}, std::pair{&d->storageThread, &d->storage}}) {
        if (*listener) {
            SimListener *doomed = *listener;
            QMetaObject::invokeMethod(
                doomed, [doomed] { delete doomed; }, Qt::BlockingQueuedConnection);
            *listener = nullptr;
        }
        thread->quit();
        thread->wait();
    }
    d->running = false;
}

bool Simulator::isRunning() const
{
    return d->running;
}

const SimulatorOptions &Simulator::options() const
{
    return d->options;
}

bool Simulator::usesTls() const
{
    return d->usesTls();
}

QUrl Simulator::apiBaseUrl() const
{
    return d->base(d->apiPort);
}

QUrl Simulator::backupsBaseUrl() const
{
    return apiBaseUrl();
}

QUrl Simulator::storageBaseUrl() const
{
    return d->base(d->storagePort);
}

QUrl Simulator::streamUrl(const QString &account, const QString &label, const QString &query) const
{
    QUrl url = apiBaseUrl();
    url.setPath(QStringLiteral("/accounts/%1/publishers/stocktwits/streams/firehose/%2.json")
                    .arg(account, label));
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QUrl Simulator::firestreamUrl(const QString &path, const QString &query) const
{
    QUrl url = apiBaseUrl();
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QByteArray Simulator::firestreamSeqId(const QString &path, qint64 index)
{
    const auto stream = FirestreamContent::streamForPath(path);
    return stream ? FirestreamContent::seqId(*stream, index) : QByteArray();
}

QByteArray Simulator::firestreamEvent(const QString &path, qint64 index) const
{
    const auto stream = FirestreamContent::streamForPath(path);
    return stream ? FirestreamContent::event(d->state->generator(), *stream, index,
                                             d->state->createdAtMs(index))
                  : QByteArray();
}

QByteArray Simulator::firestreamItem(const QString &path, qint64 index) const
{
    const auto stream = FirestreamContent::streamForPath(path);
    return stream ? FirestreamContent::itemJson(d->state->generator(), *stream, index,
                                                d->state->createdAtMs(index))
                  : QByteArray();
}

QByteArray Simulator::firestreamPreamble()
{
    return FirestreamContent::preamble();
}

QUrl Simulator::backupUrl(const QString &type, QDate day) const
{
    QUrl url = apiBaseUrl();
    url.setPath(
        QStringLiteral("/backups/%1/%2").arg(type, day.toString(QStringLiteral("yyyy/MM/dd"))));
    return url;
}

ServiceCredentials Simulator::credentials() const
{
    return {d->options.user, d->options.password};
}

void Simulator::injectFault(const SimFault &fault)
{
    d->state->addFault(fault);
}

void Simulator::clearFaults()
{
    d->state->clearFaults();
}

void Simulator::advanceClock(qint64 ms)
{
    d->state->advanceClock(ms);
}

QList<SimStreamConnection> Simulator::streamConnections() const
{
    return d->state->connections();
}

qint64 Simulator::messagesSent() const
{
    return d->state->messagesSent();
}

QList<SimRequest> Simulator::requests() const
{
    return d->state->requests();
}

QByteArray Simulator::streamMessage(qint64 index) const
{
    QByteArray out;
    d->state->appendStreamMessage(out, index);
    return out;
}

bool Simulator::hasBackup(const QString &type, QDate day) const
{
    return d->state->hasBackup(type, day);
}

std::shared_ptr<const BackupFile> Simulator::backupFile(const QString &type, QDate day) const
{
    return d->state->backupFile(type, day);
}
