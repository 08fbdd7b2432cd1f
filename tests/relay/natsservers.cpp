#include "natsservers.h"

#include "testsupport.h"

#include "relay/natsconnection.h"

#include <nats/nats.h>

#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

NatsServers::~NatsServers()
{
    for (Node &node : m_nodes) {
        if (node.process && node.process->state() != QProcess::NotRunning) {
            node.process->kill();
            node.process->waitForFinished(5000);
        }
    }
}

bool NatsServers::start(int count, QString *error)
{
    m_nodes.resize(size_t(count));
    // All ports are taken while the others are held, so no two are the same (a port released
    // is often the next one handed out).
    std::vector<std::unique_ptr<QTcpServer>> held;
    const auto takePort = [&held]() -> quint16 {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress::LocalHost, 0))
            return 0;
        held.push_back(std::move(server));
        return held.back()->serverPort();
    };
    for (Node &node : m_nodes) {
        node.clientPort = takePort();
        node.clusterPort = count > 1 ? takePort() : 0;
    }
    held.clear();
    for (int i = 0; i < count; ++i)
        if (!startNode(i, error))
            return false;
    // Each node takes clients once it listens.
    for (int i = 0; i < count; ++i) {
        const bool listening = TestSupport::waitUntil(
            [&] {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, m_nodes[size_t(i)].clientPort);
                return socket.waitForConnected(200);
            },
            10000);
        if (!listening) {
            *error = QStringLiteral("nats-server %1 did not listen:\n%2").arg(i).arg(log(i));
            return false;
        }
    }
    if (count > 1) {
        // JetStream in a cluster answers once its meta group has a leader.
        const bool ready = TestSupport::waitUntil(
            [&] {
                for (int i = 0; i < count; ++i)
                    if (log(i).contains(QLatin1String("JetStream cluster new metadata leader")) ||
                        log(i).contains(QLatin1String("Self is new JetStream cluster metadata leader")))
                        return true;
                return false;
            },
            15000);
        if (!ready) {
            *error = QStringLiteral("the JetStream cluster has no leader:\n%1").arg(log(0));
            return false;
        }
        // A leader does not yet know every peer: a stream with one replica per node is refused
        // ("no suitable peers") for a moment. The cluster is ready once such a stream can be made.
        if (!waitForReplicas(count, error))
            return false;
    }
    return true;
}

bool NatsServers::startNode(int index, QString *error)
{
    Node &node = m_nodes[size_t(index)];
    const QString name = QStringLiteral("n%1").arg(index);
    node.logPath = m_folder.filePath(name + QStringLiteral(".log"));
    QStringList arguments{QStringLiteral("-a"), QStringLiteral("127.0.0.1"),
                          QStringLiteral("-p"), QString::number(node.clientPort),
                          QStringLiteral("-js"), QStringLiteral("-sd"),
                          m_folder.filePath(name),
                          QStringLiteral("--server_name"), name,
                          QStringLiteral("-l"), node.logPath};
    if (m_nodes.size() > 1) {
        QStringList routes;
        for (const Node &peer : m_nodes)
            if (&peer != &node)
                routes << QStringLiteral("nats://127.0.0.1:%1").arg(peer.clusterPort);
        arguments << QStringLiteral("--cluster_name") << QStringLiteral("hydrant-test")
                  << QStringLiteral("--cluster")
                  << QStringLiteral("nats://127.0.0.1:%1").arg(node.clusterPort)
                  << QStringLiteral("--routes") << routes.join(QLatin1Char(','));
    }
    node.process = std::make_unique<QProcess>();
    node.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    node.process->start(QStringLiteral(HYDRANT_NATS_SERVER), arguments);
    if (!node.process->waitForStarted(5000)) {
        *error = QStringLiteral("cannot start %1: %2")
                     .arg(QStringLiteral(HYDRANT_NATS_SERVER), node.process->errorString());
        return false;
    }
    return true;
}

QUrl NatsServers::url(int index) const
{
    return QUrl(QStringLiteral("nats://127.0.0.1:%1").arg(m_nodes[size_t(index)].clientPort));
}

QString NatsServers::urls() const
{
    QStringList all;
    for (int i = 0; i < count(); ++i)
        all << url(i).toString();
    return all.join(QLatin1Char(','));
}

void NatsServers::kill(int index)
{
    Node &node = m_nodes[size_t(index)];
    node.process->kill();
    node.process->waitForFinished(5000);
}

int NatsServers::indexOf(const QString &url) const
{
    const QUrl wanted(url);
    for (int i = 0; i < count(); ++i)
        if (wanted.port() == m_nodes[size_t(i)].clientPort)
            return i;
    return -1;
}

QString NatsServers::log(int index) const
{
    QFile file(m_nodes[size_t(index)].logPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool NatsServers::waitForReplicas(int count, QString *error)
{
    RelaySettings settings;
    for (int i = 0; i < count; ++i)
        settings.servers.append(url(i));
    NatsConnection probe;
    if (!probe.open(settings, error))
        return false;
    QString refusal;
    const bool ready = TestSupport::waitUntil(
        [&] {
            jsStreamConfig config;
            jsStreamConfig_Init(&config);
            const char *subjects[] = {"hydrant-test.probe"};
            config.Name = "HYDRANT_TEST_PROBE";
            config.Subjects = subjects;
            config.SubjectsLen = 1;
            config.Storage = js_MemoryStorage;
            config.Replicas = count;
            jsErrCode code = jsErrCode(0);
            const natsStatus status =
                js_AddStream(nullptr, probe.jetStream(), &config, nullptr, &code);
            if (status != NATS_OK) {
                refusal =
                    NatsConnection::statusText(status) + QStringLiteral(" (%1)").arg(int(code));
                QThread::msleep(100);
                return false;
            }
            js_DeleteStream(probe.jetStream(), config.Name, nullptr, nullptr);
            return true;
        },
        15000);
    if (!ready)
        *error = QStringLiteral("the JetStream cluster took no stream of %1 replicas: %2\n%3")
                     .arg(count)
                     .arg(refusal, log(0));
    return ready;
}
