#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <vector>

/// Real `nats-server` processes with JetStream on loopback for the relay tests: one node, or a
/// cluster of several with routes between them, each with a temporary store and free ports.
/// Everything is stopped (SIGKILL) and removed when the object goes.
class NatsServers
{
public:
    NatsServers() = default;
    ~NatsServers();

    /// Starts \a count nodes (a cluster when more than one) and waits until each accepts clients
    /// and, for a cluster, JetStream has a leader; false with the servers' logs in \a error.
    bool start(int count, QString *error);
    /// The client URL of node \a index.
    QUrl url(int index) const;
    /// All client URLs, comma-separated, as `--nats` and `--url` take them.
    QString urls() const;
    int count() const { return int(m_nodes.size()); }
    /// Kills node \a index with SIGKILL (no goodbye to its clients or its peers).
    void kill(int index);
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
    bool startNode(int index, QString *error);
    /// Waits until the cluster takes a stream of \a count replicas (then deletes it).
    bool waitForReplicas(int count, QString *error);

    QTemporaryDir m_folder;
    std::vector<Node> m_nodes;
};
