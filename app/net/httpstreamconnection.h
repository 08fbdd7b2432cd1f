#pragma once

#include "net/httpresponsereader.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QAbstractSocket;

/// One HTTP/1.1 GET on a TCP (or TLS) connection of its own, read as it arrives: the stream's
/// transport. QNetworkAccessManager is not used for the stream because its HTTP layer silently
/// sends a GET again, up to twice, when the server closes the connection before answering;
/// every such repeat is a connection request the service counts against the account's budget
/// of 10 per minute, made without the client's backoff. Here one open() is exactly one
/// connection and one request; retrying is the caller's decision alone.
class HttpStreamConnection : public QObject
{
    Q_OBJECT

public:
    using Header = HttpResponseReader::Header;

    enum class Outcome {
        Open,        ///< still running
        Completed,   ///< the response ended as its framing says (or at a close that ends it)
        Dropped,     ///< the connection failed or closed early (see errorString())
        TlsFailed,   ///< the secure connection could not be set up (see tlsErrors())
        BadResponse, ///< the server's answer is not valid HTTP
        Aborted      ///< abort() was called
    };

    explicit HttpStreamConnection(QObject *parent = nullptr);
    ~HttpStreamConnection() override;

    /// Connects to \a url (http or https, with TlsTrust's CAs) and sends one GET with
    /// \a headers; Host is added. Call once per object.
    void open(const QUrl &url, const QList<Header> &headers);
    /// Closes the connection at once; no signal follows.
    void abort();

    Outcome outcome() const { return m_outcome; }
    /// The status line and headers, once responseStarted() was emitted.
    const HttpResponseReader &response() const { return m_reader; }
    /// A sentence for the user when the outcome is not Completed.
    QString errorString() const { return m_error; }
    /// The certificate problems that made the TLS handshake fail.
    QStringList tlsErrors() const { return m_tlsErrors; }
    /// The request as it is sent, with credentials redacted (for debug logs).
    static QString describeForLog(const QUrl &url, const QList<Header> &headers);

signals:
    /// The status line and headers arrived (interim 1xx answers are skipped).
    void responseStarted();
    /// Body bytes, chunked framing removed, content coding (gzip) untouched.
    void bodyReceived(const QByteArray &bytes);
    /// The connection ended; see outcome(). Emitted once, never after abort().
    void finished();

private:
    void sendRequest();
    void readAvailable();
    void onSocketError();
    void finish(Outcome outcome, const QString &error = {});
    QString describeReaderError() const;

    QPointer<QAbstractSocket> m_socket;
    QByteArray m_request;
    HttpResponseReader m_reader;
    QByteArray m_body;
    Outcome m_outcome = Outcome::Open;
    QString m_error;
    QStringList m_tlsErrors;
    bool m_headSeen = false;
};
