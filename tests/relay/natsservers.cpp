#include "natsservers.h"

#include "testsupport.h"

#include "relay/jetstreampublisher.h"
#include "relay/natsconnection.h"

#include <nats/nats.h>

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <signal.h>

bool TestCertificates::create(QString *error)
{
    if (!m_folder.isValid()) {
        *error = QStringLiteral("no temporary folder for the certificates");
        return false;
    }
    // An EC key: made in milliseconds, unlike RSA.
    return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), m_folder.filePath(QStringLiteral("ca.key")),
                    QStringLiteral("-out"), caFile(), QStringLiteral("-days"),
                    QStringLiteral("2"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=Hydrant relay test CA"), QStringLiteral("-addext"),
                    QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                    QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                   error);
}

QString TestCertificates::caFile() const
{
    return m_folder.filePath(QStringLiteral("ca.pem"));
}

std::optional<TestCertificates::Pair> TestCertificates::createForLocalhost(QString *error)
{
    if (!create(error))
        return std::nullopt;
    return issue(QStringLiteral("server"), {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")},
                 error);
}

std::optional<TestCertificates::Pair>
TestCertificates::issue(const QString &label, const QStringList &names, QString *error)
{
    Pair pair{m_folder.filePath(label + QStringLiteral(".pem")),
              m_folder.filePath(label + QStringLiteral(".key"))};
    const QString request = m_folder.filePath(label + QStringLiteral(".csr"));
    const QString extensions = m_folder.filePath(label + QStringLiteral(".ext"));
    QStringList alternativeNames;
    for (const QString &name : names) {
        const bool address = !QHostAddress(name).isNull();
        alternativeNames << (address ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + name;
    }
    QFile file(extensions);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    file.write(QStringLiteral("subjectAltName=%1\nbasicConstraints=CA:FALSE\n"
                              "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n")
                   .arg(alternativeNames.join(QLatin1Char(',')))
                   .toUtf8());
    file.close();
    const bool made =
        openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                 QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                 QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                 QStringLiteral("-keyout"), pair.keyFile, QStringLiteral("-out"), request,
                 QStringLiteral("-subj"), QStringLiteral("/CN=") + names.value(0)},
                error) &&
        openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request,
                 QStringLiteral("-CA"), caFile(), QStringLiteral("-CAkey"),
                 m_folder.filePath(QStringLiteral("ca.key")), QStringLiteral("-CAcreateserial"),
                 QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                 extensions, QStringLiteral("-out"), pair.certificateFile},
                error);
    if (!made)
        return std::nullopt;
    return pair;
}

bool TestCertificates::openssl(const QStringList &arguments, QString *error)
{
    const TestSupport::ProcessResult result =
        TestSupport::runProcess(QStringLiteral("openssl"), arguments, {}, {}, 30000);
    if (result.finished && result.exitCode == 0)
        return true;
    *error = QStringLiteral("openssl %1 failed (%2): %3")
                 .arg(arguments.join(QLatin1Char(' ')))
                 .arg(result.exitCode)
                 .arg(QString::fromUtf8(result.standardError));
    return false;
}

NatsServers::~NatsServers()
{
    stopAll();
}

void NatsServers::stopAll()
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
    // Now and then the nodes of a new cluster never form it (seen with nats-server 2.10 on a
    // loaded machine: "no suitable peers for placement" for good, or routes made and closed as
    // duplicates for 15 s with no meta leader). That is the test bed failing, not the relay:
    // such a cluster is made again, once, from scratch.
    if (startOnce(count, error))
        return true;
    if (!m_clusterNotFormed)
        return false;
    stopAll();
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("n%1").arg(i);
        QDir(m_folder.filePath(name)).removeRecursively();
        QFile::remove(m_folder.filePath(name + QStringLiteral(".log")));
    }
    m_nodes.clear();
    return startOnce(count, error);
}

bool NatsServers::startOnce(int count, QString *error)
{
    m_clusterNotFormed = false;
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
    for (int i = 0; i < count; ++i)
        if (!waitForListening(i, error))
            return false;
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
            m_clusterNotFormed = true;
            return false;
        }
        // A leader does not yet know every peer: a stream with one replica per node is refused
        // ("no suitable peers") for a moment. The cluster is ready once such a stream can be made.
        if (!waitForReplicas(count, error)) {
            m_clusterNotFormed = true;
            return false;
        }
    }
    return true;
}

QString NatsServers::address(int index) const
{
    return m_options.addressPerNode ? QStringLiteral("127.0.0.%1").arg(index + 1)
                                    : QStringLiteral("127.0.0.1");
}

bool NatsServers::startNode(int index, QString *error)
{
    Node &node = m_nodes[size_t(index)];
    const QString name = QStringLiteral("n%1").arg(index);
    node.logPath = m_folder.filePath(name + QStringLiteral(".log"));
    QStringList arguments{QStringLiteral("-a"), address(index),
                          QStringLiteral("-p"), QString::number(node.clientPort),
                          QStringLiteral("-js"), QStringLiteral("-sd"),
                          m_folder.filePath(name),
                          QStringLiteral("--server_name"), name,
                          QStringLiteral("-l"), node.logPath};
    if (m_nodes.size() > 1) {
        QStringList routes;
        for (int peer = 0; peer < count(); ++peer)
            if (peer != index)
                routes << QStringLiteral("nats://%1:%2")
                              .arg(address(peer))
                              .arg(m_nodes[size_t(peer)].clusterPort);
        arguments << QStringLiteral("--cluster_name") << QStringLiteral("hydrant-test")
                  << QStringLiteral("--cluster")
                  << QStringLiteral("nats://%1:%2").arg(address(index)).arg(node.clusterPort)
                  << QStringLiteral("--routes") << routes.join(QLatin1Char(','));
    }
    // TLS and accounts for clients only: the routes between the nodes stay as they were.
    QStringList configuration;
    const auto quoted = [](const QString &text) {
        return QLatin1Char('"') + QString(text).replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                                      .replace(QLatin1Char('"'), QLatin1String("\\\"")) +
               QLatin1Char('"');
    };
    if (!m_options.certificates.isEmpty()) {
        const TestCertificates::Pair &pair =
            m_options.certificates[qMin<qsizetype>(index, m_options.certificates.size() - 1)];
        configuration << QStringLiteral("tls {\n  cert_file: %1\n  key_file: %2\n}")
                             .arg(quoted(pair.certificateFile), quoted(pair.keyFile));
    }
    if (!m_options.user.isEmpty())
        configuration << QStringLiteral("authorization {\n  user: %1\n  password: %2\n}")
                             .arg(quoted(m_options.user), quoted(m_options.password));
    if (!configuration.isEmpty()) {
        QFile file(m_folder.filePath(name + QStringLiteral(".conf")));
        if (!file.open(QIODevice::WriteOnly)) {
            *error = file.errorString();
            return false;
        }
        file.write(configuration.join(QLatin1Char('\n')).toUtf8() + '\n');
        arguments << QStringLiteral("-c") << file.fileName();
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

bool NatsServers::waitForListening(int index, QString *error)
{
    const Node &node = m_nodes[size_t(index)];
    const bool listening = TestSupport::waitUntil(
        [&] {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress(address(index)), node.clientPort);
            return socket.waitForConnected(200);
        },
        10000);
    if (!listening)
        *error = QStringLiteral("nats-server %1 did not listen:\n%2").arg(index).arg(log(index));
    return listening;
}

bool NatsServers::restart(int index, QString *error)
{
    return startNode(index, error) && waitForListening(index, error);
}

void NatsServers::pause(int index)
{
    ::kill(pid_t(m_nodes[size_t(index)].process->processId()), SIGSTOP);
}

void NatsServers::resume(int index)
{
    ::kill(pid_t(m_nodes[size_t(index)].process->processId()), SIGCONT);
}

QUrl NatsServers::url(int index) const
{
    return QUrl(QStringLiteral("%1://%2:%3")
                    .arg(m_options.certificates.isEmpty() ? QStringLiteral("nats")
                                                          : QStringLiteral("tls"),
                         address(index))
                    .arg(m_nodes[size_t(index)].clientPort));
}

RelaySettings NatsServers::clientSettings() const
{
    RelaySettings settings;
    for (int i = 0; i < count(); ++i)
        settings.servers.append(url(i));
    settings.caFile = m_options.caFile;
    settings.user = m_options.user;
    settings.password = m_options.password;
    return settings;
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
    const RelaySettings settings = clientSettings();
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

std::unique_ptr<JetStreamPublisher> openDeskStream(RelaySettings &settings, NatsConnection &nats,
                                                   QString *error)
{
    settings.stream = QStringLiteral("DESK");
    settings.subjectPrefix = QStringLiteral("desk");
    if (!nats.open(settings, error))
        return nullptr;
    auto publisher = std::make_unique<JetStreamPublisher>(nats, settings);
    RelayStreamInfo info;
    if (!publisher->ensureStream(&info, error))
        return nullptr;
    return publisher;
}
