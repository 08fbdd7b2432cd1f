#pragma once

#include "backups/backupkey.h"
#include "net/serviceendpoint.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

/// Asks the backup service where one day's file is: GET {base}/backups/{type}/{yyyy}/{mm}/{dd}
/// with Basic authentication, redirects NOT followed by Qt (it would forward the Authorization
/// header to the storage host). The 302's Location is checked against EndpointPolicy and handed
/// back for a credential-free download. 400, 401 and 404 come back as distinct outcomes with the
/// server's own text. Every request has deadlines (connect, then first byte and idle) and the
/// answer has explicit limits (Location length, header and body size): a service that accepts
/// and never answers, or answers without end, ends in a sentence, never in a hang.
class BackupResolver : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Resolved,     ///< `location` holds the temporary download link
        BadRequest,   ///< 400: the service refused the date or type
        Unauthorized, ///< 401: wrong user name or password
        NotAvailable, ///< 404: no file for that day and type
        Forbidden,    ///< 403: the account may not fetch this file type
        ServerError,  ///< 5xx or 429: worth retrying later
        NetworkError, ///< no answer (connection refused, reset, timeout): worth retrying
        Refused,      ///< the request or the redirect target breaks the endpoint policy / TLS
        Unexpected,   ///< any other answer
    };
    Q_ENUM(Outcome)

    struct Result
    {
        Outcome outcome = Outcome::Unexpected;
        QUrl location;
        int httpStatus = 0;
        QString message; ///< a sentence for the user, with the server's text when there is one
    };

    /// The longest Location accepted from the service.
    static constexpr qint64 maxLocationBytes = 16 * 1024;
    /// The most header bytes accepted in the service's answer.
    static constexpr qint64 maxHeaderBytes = 64 * 1024;
    /// The most body bytes read from the service's answer (an error text or a 302's note).
    static constexpr qint64 maxBodyBytes = 64 * 1024;

    explicit BackupResolver(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~BackupResolver() override;

    /// The URL asked for \a key under \a baseUrl (no validation).
    static QUrl requestUrl(const QUrl &baseUrl, const BackupKey &key);
    /// The server's text from an error body: a JSON "message"/"error" field, or the plain text,
    /// shortened to one paragraph.
    static QString serverText(const QByteArray &body);

    /// Starts resolving; finished() follows (asynchronously, also for refusals).
    void resolve(const QUrl &baseUrl, const ServiceCredentials &credentials, const BackupKey &key);
    void abort();
    bool isRunning() const { return !m_reply.isNull(); }
    /// Milliseconds to connect and send the request, and then without a byte of the answer
    /// (first byte and idle); 0 disables. Default: the stall timeout setting for both.
    void setDeadlines(int connectMs, int answerMs);

signals:
    void finished(const BackupResolver::Result &result);

private:
    void onFinished();
    void onHeaders();
    void onReadyRead();
    void onDeadline();
    void armDeadline(int milliseconds);
    void fail(Outcome outcome, const QString &message, int status = 0);
    void finishLater(const Result &result);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QUrl m_requestUrl;
    QTimer *m_deadline = nullptr;
    int m_connectMs = 0;
    int m_answerMs = 0;
    bool m_sent = false;
    QByteArray m_body;
};

Q_DECLARE_METATYPE(BackupResolver::Result)
