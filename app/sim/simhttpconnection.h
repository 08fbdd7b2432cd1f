#pragma once

#include "simhttprequest.h"

#include <QObject>

class QTcpSocket;

/// One client connection of a simulator listener: reads requests one at a time (keep-alive,
/// like the real services) and writes the answers. Handlers either answer at once with
/// respond() or stream a body themselves between beginResponse() and endResponse().
/// Deletes itself when the client goes away.
class SimHttpConnection : public QObject
{
    Q_OBJECT

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    /// Takes ownership of \a socket.
    explicit SimHttpConnection(QTcpSocket *socket, QObject *parent = nullptr);

    QTcpSocket *socket() const { return m_socket; }
    bool isClosed() const { return m_closed; }
    /// True while answering a HEAD request: write no body.
    bool isHeadRequest() const { return m_headOnly; }

    /// A complete answer with Content-Length; a HEAD request gets the headers only.
    void respond(int status, const QByteArray &body,
                 const QByteArray &contentType = QByteArrayLiteral("text/plain; charset=utf-8"),
                 const Headers &extraHeaders = {});
    /// Status line and \a headers only; the caller then writes the body to socket().
    void beginResponse(int status, const Headers &headers);
    /// The body written after beginResponse() is complete: go on with the next request.
    void endResponse();
    /// Sends what is already buffered, then closes the connection.
    void closeGracefully();

    static QByteArray reasonPhrase(int status);

signals:
    void requestReceived(const SimHttpRequest &request);
    void closed();

private:
    void processBuffer();
    void markClosed();

    QTcpSocket *m_socket;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_processing = false;
    bool m_closeAfterResponse = false;
    bool m_closed = false;
    bool m_headOnly = false;
};
