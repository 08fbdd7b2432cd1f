#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

/// One HTTP/1.1 request as the simulator received it: request line, headers (names lower-cased)
/// and the decoded path and query. The body, if any, is read and dropped.
struct SimHttpRequest
{
    enum class ParseResult { Incomplete, Complete, Invalid };

    QByteArray method;
    QByteArray target;  ///< as sent: path and query
    QByteArray version; ///< "HTTP/1.1"
    QString path;       ///< percent-decoded path
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &lowerCaseName) const;
    bool hasHeader(const QByteArray &lowerCaseName) const;
    /// Decodes `Authorization: Basic ...`; false when absent or malformed.
    bool basicCredentials(QString *user, QString *password) const;
    /// True when Accept-Encoding lists gzip (and does not refuse it with q=0).
    bool acceptsGzip() const;
    /// True when the connection must close after the answer (HTTP/1.0 or Connection: close).
    bool wantsClose() const;

    /// Takes one complete request off the front of \a buffer into \a request.
    static ParseResult parse(QByteArray &buffer, SimHttpRequest *request);
};
