#include "simserver.h"

#include "simhttpconnection.h"

#include <QSslKey>
#include <QSslSocket>

SimServer::SimServer(const QSslConfiguration &tls, QObject *parent)
    : QTcpServer(parent)
    , m_tls(tls)
    , m_useTls(!tls.localCertificate().isNull() && !tls.privateKey().isNull())
{}

void SimServer::incomingConnection(qintptr socketDescriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_useTls) {
        auto *sslSocket = new QSslSocket;
        if (!sslSocket->setSocketDescriptor(socketDescriptor)) {
            delete sslSocket;
            return;
        }
        sslSocket->setSslConfiguration(m_tls);
        sslSocket->startServerEncryption();
        socket = sslSocket;
    } else {
        socket = new QTcpSocket;
        if (!socket->setSocketDescriptor(socketDescriptor)) {
            delete socket;
            return;
        }
    }
    emit connectionReady(new SimHttpConnection(socket, this));
}
