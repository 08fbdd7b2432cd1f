#include "simhttpconnection.h"

#include <QTcpSocket>

SimHttpConnection::SimHttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        m_buffer.append(m_socket->readAll());
        processBuffer();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &SimHttpConnection::markClosed);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            markClosed();
    });
}

void SimHttpConnection::markClosed()
{
    if (m_closed)
        return;
    m_closed = true;
    emit closed();
    deleteLater();
}

QByteArray SimHttpConnection::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 206:
        return "Partial Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 416:
        return "Range Not Satisfiable";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

void SimHttpConnection::processBuffer()
{
    if (m_processing)
        return;
    m_processing = true;
    while (!m_busy && !m_closed) {
        SimHttpRequest request;
        const auto result = SimHttpRequest::parse(m_buffer, &request);
        if (result == SimHttpRequest::ParseResult::Incomplete)
            break;
        if (result == SimHttpRequest::ParseResult::Invalid) {
            m_busy = true;
            m_closeAfterResponse = true;
            m_buffer.clear();
            respond(400, "Malformed request.\n");
            break;
        }
        m_busy = true;
        m_closeAfterResponse = request.wantsClose();
        m_headOnly = request.method == "HEAD";
        emit requestReceived(request);
    }
    m_processing = false;
}

void SimHttpConnection::respond(int status, const QByteArray &body, const QByteArray &contentType,
                                const Headers &extraHeaders)
{
    Headers headers{{"Content-Type", contentType},
                    {"Content-Length", QByteArray::number(body.size())}};
    headers += extraHeaders;
    const bool headOnly = m_headOnly;
    beginResponse(status, headers);
    if (!headOnly && !m_closed)
        m_socket->write(body);
    endResponse();
}

void SimHttpConnection::beginResponse(int status, const Headers &headers)
{
    if (m_closed)
        return;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    bool hasConnection = false;
    for (const auto &header : headers) {
        head += header.first + ": " + header.second + "\r\n";
        if (header.first.compare("Connection", Qt::CaseInsensitive) == 0)
            hasConnection = true;
    }
    if (!hasConnection)
        head += m_closeAfterResponse ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    head += "Server: hydrant-simulator\r\n\r\n";
    m_socket->write(head);
}

void SimHttpConnection::endResponse()
{
    m_busy = false;
    m_headOnly = false;
    if (m_closeAfterResponse) {
        closeGracefully();
        return;
    }
    processBuffer();
}

void SimHttpConnection::closeGracefully()
{
    if (m_closed)
        return;
    m_busy = true; // no further requests on this connection
    m_socket->disconnectFromHost();
}
