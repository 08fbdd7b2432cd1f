#pragma once

#include "net/httpstreamconnection.h"
#include "net/serviceendpoint.h"

#include <QMetaType>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>

class QNetworkAccessManager;
class QNetworkRequest;
class QTimer;

/// "Test connection" for an account: one real request to the service, reported in words —
/// connected, bad credentials, compression refused, rate limited, network error or TLS error —
/// with the server's own message. The stream test counts against the account's connect budget
/// like any connection; the backups test asks for yesterday's first file type and does not
/// follow the download link.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Connected,
        BadCredentials,
        CompressionRefused,
        RateLimited,
        NetworkError,
        TlsError,
        ServerError,
        Refused, ///< not sent: the URL or the account is incomplete or not allowed
    };
    Q_ENUM(Outcome)

    struct Result
    {
        Outcome outcome = Outcome::NetworkError;
        int httpStatus = 0;
        QString serverMessage; ///< the server's own text, when it sent one
        QString summary;       ///< one or two sentences for the user, server text included
    };

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    /// Gives up after this long without an answer (default 15 s).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void testStream(const StreamEndpoint &endpoint);
    void testBackups(const BackupEndpoint &endpoint);
    void cancel();
    bool isRunning() const { return m_reply || m_stream; }

    /// The blocking form for the command line and tests.
    Result testStreamBlocking(const StreamEndpoint &endpoint);

signals:
    void finished(const ConnectionTester::Result &result);

private:
    enum class Kind { Stream, Backups };
    void startBackups(const QNetworkRequest &request, const QString &host);
    void onFinished();
    /// Turns the answer (or its absence) into the Result for the user.
    void report(int status, bool tlsFailed, const QString &errorText);
    void finish(Result result);

    static constexpr qsizetype maxBody = 64 * 1024; ///< of an error answer kept for its message

    QNetworkAccessManager *m_network;          ///< backups test
    QPointer<QNetworkReply> m_reply;           ///< backups test
    QPointer<HttpStreamConnection> m_stream;   ///< stream test
    QTimer *m_timeoutTimer;
    Kind m_kind = Kind::Stream;
    QString m_host;
    QStringList m_tlsErrors;
    QByteArray m_body;
    std::chrono::milliseconds m_timeout{15'000};
};

Q_DECLARE_METATYPE(ConnectionTester::Result)
