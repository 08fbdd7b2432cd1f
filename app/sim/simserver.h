#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

class SimHttpConnection;

/// A listener of the simulator: plain TCP, or TLS when given a configuration with a local
/// certificate (then every connection is encrypted before a byte of HTTP is read). Wraps each
/// accepted socket in a SimHttpConnection.
class SimServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit SimServer(const QSslConfiguration &tls, QObject *parent = nullptr);

    bool usesTls() const { return m_useTls; }

signals:
    void connectionReady(SimHttpConnection *connection);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    QSslConfiguration m_tls;
    bool m_useTls;
};
