#include "httpstreamconnection.h"

#include "net/tlstrust.h"

#include <QSslError>
#include <QSslSocket>
#include <QTcpSocket>

namespace {

// The largest piece handed on at once: a big burst on the socket never becomes one huge copy.
constexpr qint64 readChunk = 256 * 1024;

bool isSecret(QByteArrayView name)
{
    return name.compare("authorization", Qt::CaseInsensitive) == 0 ||
           name.compare("proxy-authorization", Qt::CaseInsensitive) == 0;
}

} // namespace

HttpStreamConnection::HttpStreamConnection(QObject *parent)
    : QObject(parent)
{}

HttpStreamConnection::~HttpStreamConnection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void HttpStreamConnection::open(const QUrl &url, const QList<Header> &headers)
{
    Q_ASSERT(!m_socket && m_outcome == Outcome::Open);
    QUrl authority = url;
    authority.setUserInfo({});
    QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority |
                                      QUrl::RemoveFragment);
    if (target.isEmpty())
        target = "/";
    m_request = "GET " + target + " HTTP/1.1\r\nHost: " +
                authority.authority(QUrl::FullyEncoded).toLatin1() + "\r\n";
    for (const Header &header : headers)
        m_request += header.first + ": " + header.second + "\r\n";
    m_request += "\r\n";

    const bool secure = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    if (secure) {
        auto *socket = new QSslSocket(this);
        socket->setSslConfiguration(TlsTrust::configuration());
        // Never ignored: the user can only add the right CA (TlsTrust).
        connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            for (const QSslError &error : errors)
                m_tlsErrors.append(error.errorString());
        });
        connect(socket, &QSslSocket::encrypted, this, &HttpStreamConnection::sendRequest);
        m_socket = socket;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QAbstractSocket::connected, this, &HttpStreamConnection::sendRequest);
    }
    connect(m_socket, &QIODevice::readyRead, this, &HttpStreamConnection::readAvailable);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &HttpStreamConnection::onSocketError);
    connect(m_socket, &QAbstractSocket::disconnected, this, &HttpStreamConnection::onSocketError);

    const quint16 port = quint16(url.port(secure ? 443 : 80));
    if (secure)
        static_cast<QSslSocket *>(m_socket.data())->connectToHostEncrypted(url.host(), port);
    else
        m_socket->connectToHost(url.host(), port);
}

void HttpStreamConnection::abort()
{
    if (m_outcome != Outcome::Open)
        return;
    m_outcome = Outcome::Aborted;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void HttpStreamConnection::sendRequest()
{
    // A silent peer is noticed by the caller's stall timer; keep-alive probes catch a peer that
    // vanished without a word on connections that are otherwise idle.
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    m_socket->write(m_request);
}

void HttpStreamConnection::readAvailable()
{
    while (m_outcome == Outcome::Open && m_socket && m_socket->bytesAvailable() > 0) {
        const QByteArray wire = m_socket->read(readChunk);
        m_body.resize(0); // keeps the capacity
        if (!m_reader.feed(wire, m_body)) {
            finish(Outcome::BadResponse, describeReaderError());
            return;
        }
        // A receiver may abort this connection from its slot: then nothing more is delivered.
        if (!m_headSeen && m_reader.hasHead()) {
            m_headSeen = true;
            emit responseStarted();
            if (m_outcome != Outcome::Open)
                return;
        }
        if (!m_body.isEmpty()) {
            emit bodyReceived(m_body);
            if (m_outcome != Outcome::Open)
                return;
        }
        if (m_reader.isComplete()) {
            finish(Outcome::Completed);
            return;
        }
    }
}

void HttpStreamConnection::onSocketError()
{
    if (m_outcome != Outcome::Open || !m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    // "disconnected" without an error is a close by the peer as well.
    const bool closedByPeer = error == QAbstractSocket::RemoteHostClosedError ||
                              error == QAbstractSocket::UnknownSocketError;
    if (!m_tlsErrors.isEmpty() || error == QAbstractSocket::SslHandshakeFailedError) {
        finish(Outcome::TlsFailed, m_socket->errorString());
        return;
    }
    if (closedByPeer) {
        // Whatever arrived before the close belongs to the answer.
        readAvailable();
        if (m_outcome != Outcome::Open)
            return;
        if (m_reader.finishAtClose())
            finish(Outcome::Completed);
        else
            finish(Outcome::Dropped, describeReaderError());
        return;
    }
    finish(Outcome::Dropped, m_socket->errorString());
}

void HttpStreamConnection::finish(Outcome outcome, const QString &error)
{
    m_outcome = outcome;
    m_error = error;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    emit finished();
}

QString HttpStreamConnection::describeReaderError() const
{
    switch (m_reader.error()) {
    case HttpResponseReader::Error::None:
        return {};
    case HttpResponseReader::Error::HeadTooLarge:
        return tr("The server's answer has more than %1 KiB of headers.")
            .arg(HttpResponseReader::maxHeadSize / 1024);
    case HttpResponseReader::Error::MalformedHead:
    case HttpResponseReader::Error::BadContentLength:
        return tr("The server's answer is not valid HTTP.");
    case HttpResponseReader::Error::MalformedChunk:
        return tr("The server's answer broke its chunked framing.");
    case HttpResponseReader::Error::TruncatedBody:
        return tr("The server closed the connection before the answer was complete.");
    case HttpResponseReader::Error::ClosedBeforeAnswer:
        return tr("The server closed the connection without answering.");
    }
    return {};
}

QString HttpStreamConnection::describeForLog(const QUrl &url, const QList<Header> &headers)
{
    QString text = QStringLiteral("GET ") + url.toDisplayString(QUrl::RemoveUserInfo);
    for (const Header &header : headers) {
        text += QStringLiteral("\n  ") + QString::fromLatin1(header.first) +
                QStringLiteral(": ") +
                (isSecret(header.first) ? QStringLiteral("<redacted>")
                                        : QString::fromLatin1(header.second));
    }
    return text;
}
