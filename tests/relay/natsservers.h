#pragma once

#include "net/relaysettings.h"

class JetStreamPublisher;
class NatsConnection;

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

/// A throwaway certificate authority for the TLS tests, made with the `openssl` command line in a
/// temporary folder when the test runs: its certificate, and server certificates it signs.
class TestCertificates
{
public:
    struct Pair
    {
        QString certificateFile;
        QString keyFile;
    };

    /// Makes the CA's key and certificate; false with openssl's words in \a error.
    bool create(QString *error);
    /// The CA's certificate (PEM), as `--nats-ca-file` takes it.
    QString caFile() const;
    /// A server certificate and its key for \a names, each a host name or an IP address,
    /// signed by the CA; \a label names the files.
    std::optional<Pair> issue(const QString &label, const QStringList &names, QString *error);
    /// create(), then a certificate for this computer (localhost and 127.0.0.1).
    std::optional<Pair> createForLocalhost(QString *error);

private:
    bool openssl(const QStringList &arguments, QString *error);

    QTemporaryDir m_folder;
};

/// Real `nats-server` processes with JetStream on loopback for the relay tests: one node, or a
/// cluster of several with routes between them, each with a temporary store and free ports.
/// Everything is stopped (SIGKILL) and removed when the object goes.
class NatsServers
{
public:
    /// How the nodes are set up (before start()); the default is plain nats:// on 127.0.0.1
    /// without accounts.
    struct Options
    {
        /// Clients must speak TLS (a `tls {}` block): node i uses certificates[i], or the last
        /// one when there are fewer. The URLs are then tls://.
        QList<TestCertificates::Pair> certificates;
        /// The CA the servers' own readiness check trusts (with certificates).
        QString caFile;
        /// Clients must log in (an `authorization {}` block).
        QString user;
        QString password;
        /// Node i listens on 127.0.0.(i+1), so each node has an address (and a name in its
        /// certificate) of its own.
        bool addressPerNode = false;

        /// TLS for clients with \a certificate, signed by \a caFile's CA.
        static Options tls(const TestCertificates::Pair &certificate, const QString &caFile)
        {
            Options options;
            options.certificates = {certificate};
            options.caFile = caFile;
            return options;
        }
        /// Clients log in as \a user with \a password.
        static Options login(const QString &user, const QString &password)
        {
            Options options;
            options.user = user;
            options.password = password;
            return options;
        }
    };

    NatsServers() = default;
    ~NatsServers();

    void setOptions(const Options &options) { m_options = options; }

    /// Starts \a count nodes (a cluster when more than one) and waits until each accepts clients
    /// and, for a cluster, JetStream has a leader; false with the servers' logs in \a error.
    bool start(int count, QString *error);
    /// The client URL of node \a index.
    QUrl url(int index) const;
    /// All client URLs, comma-separated, as `--nats` and `--url` take them.
    QString urls() const;
    /// What a client needs to reach all nodes: their URLs, the CA, the user and the password.
    RelaySettings clientSettings() const;
    int count() const { return int(m_nodes.size()); }
    /// Kills node \a index with SIGKILL (no goodbye to its clients or its peers).
    void kill(int index);
    /// Starts node \a index again after kill(), with its store and its ports, and waits until it
    /// accepts clients.
    bool restart(int index, QString *error);
    /// Stops node \a index with SIGSTOP: it keeps its connections but answers nothing, as a
    /// machine cut off from the network.
    void pause(int index);
    /// Lets a paused node go on (SIGCONT).
    void resume(int index);
    /// Index of the node whose client URL is \a url (as a client reports it), -1 if none.
    int indexOf(const QString &url) const;
    QString log(int index) const;

private:
    struct Node
    {
        std::unique_ptr<QProcess> process;
        quint16 clientPort = 0;
        quint16 clusterPort = 0;
        QString logPath;
    };
    QString address(int index) const;
    bool startOnce(int count, QString *error);
    void stopAll();
    bool startNode(int index, QString *error);
    bool waitForListening(int index, QString *error);
    /// Waits until the cluster takes a stream of \a count replicas (then deletes it).
    bool waitForReplicas(int count, QString *error);

    Options m_options;
    /// The last start failed because the nodes never formed a JetStream cluster (no meta
    /// leader, or not every peer known).
    bool m_clusterNotFormed = false;
    QTemporaryDir m_folder;
    std::vector<Node> m_nodes;
};

/// The stream the Live page tests read, "DESK" (subjects desk.*), made on \a settings' servers
/// as a relay makes it: \a settings gets its name and prefix, \a nats is opened on it. Returns
/// the publisher that stores into it, or null with the reason in \a error.
std::unique_ptr<JetStreamPublisher> openDeskStream(RelaySettings &settings, NatsConnection &nats,
                                                   QString *error);
