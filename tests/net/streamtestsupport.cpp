#include "streamtestsupport.h"

ClientRecorder::ClientRecorder(FirehoseClient &client)
{
    QObject::connect(&client, &FirehoseClient::stateChanged, &client,
                     [this](FirehoseClient::State state, const QString &reason) {
                         states.push_back(state);
                         reasons.push_back(reason);
                     });
    QObject::connect(&client, &FirehoseClient::messagesReceived, &client,
                     [this](const MessageBatch &batch) {
                         ++batches;
                         messages.insert(messages.end(), batch.begin(), batch.end());
                     });
    QObject::connect(&client, &FirehoseClient::connectionEvent, &client,
                     [this](const StreamEvent &event) { events.push_back(event); });
}

bool ClientRecorder::sawState(FirehoseClient::State state) const
{
    return std::find(states.begin(), states.end(), state) != states.end();
}

qint64 ClientRecorder::activityCount() const
{
    return std::count_if(messages.begin(), messages.end(),
                         [](const Message &m) { return m.isActivity(); });
}

bool ClientRecorder::hasEventContaining(const QString &text) const
{
    return std::any_of(events.begin(), events.end(),
                       [&](const StreamEvent &event) { return event.text.contains(text); });
}

SimulatorOptions fastSimulatorOptions(double messagesPerSecond)
{
    SimulatorOptions options;
    options.messagesPerSecond = messagesPerSecond;
    options.heartbeatIntervalMs = 20;
    options.connectLimit = 1000; // the tests of the client's own budget must not meet the server's
    return options;
}

CannedHttpServer::CannedHttpServer(QByteArray response)
    : m_response(std::move(response))
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            m_lastRequest.clear();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                m_lastRequest += socket->readAll();
                if (!m_lastRequest.contains("\r\n\r\n"))
                    return;
                ++m_requests;
                socket->write(m_response);
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    listen(QHostAddress::LocalHost, 0);
}

QUrl CannedHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
}

QByteArray httpResponse(int status, const QByteArray &reason, const QByteArray &body,
                        const QByteArray &contentType)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
}
