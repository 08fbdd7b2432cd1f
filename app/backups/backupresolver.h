#pragma once

#include "backups/backupkey.h"
#include "net/serviceendpoint.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

/// Asks the backup service where one day's file is: GET {base}/backups/{type}/{yyyy}/{mm}/{dd}
/// with Basic authentication, redirects NOT followed by Qt (it would forward the Authorization
/// header to the storage host). The 302's Location is checked against EndpointPolicy and handed
/// back for a credential-free download. 400, 401 and 404 come back as distinct outcomes with the
/// server's own text.
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

signals:
    void finished(const BackupResolver::Result &result);

private:
    void onFinished();
    void finishLater(const Result &result);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QUrl m_requestUrl;
};

Q_DECLARE_METATYPE(BackupResolver::Result)
