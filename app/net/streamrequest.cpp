#include "streamrequest.h"

#include "core/versioninfo.h"
#include "net/tlstrust.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace StreamRequest {

QByteArray basicAuthorization(const ServiceCredentials &credentials)
{
    return "Basic " +
           (credentials.user + QLatin1Char(':') + credentials.password).toUtf8().toBase64();
}

QNetworkRequest make(const StreamEndpoint &endpoint)
{
    QNetworkRequest request(endpoint.url);
    request.setRawHeader("Authorization", basicAuthorization(endpoint.credentials));
    // Setting Accept-Encoding ourselves also turns off Qt's transparent decompression, so the
    // body arrives as sent and is inflated (and counted) by the client.
    request.setRawHeader("Accept-Encoding", "gzip");
    request.setRawHeader("Connection", "keep-alive");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Hydrant/%1").arg(VersionInfo::applicationVersion()));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // A stream's connection is never kept for another request.
    request.setAttribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute, 0);
    TlsTrust::apply(request);
    return request;
}

QString describeForLog(const QNetworkRequest &request)
{
    QString text = QStringLiteral("GET ") + request.url().toDisplayString(QUrl::RemoveUserInfo);
    for (const QByteArray &name : request.rawHeaderList()) {
        const bool secret = name.compare("authorization", Qt::CaseInsensitive) == 0 ||
                            name.compare("proxy-authorization", Qt::CaseInsensitive) == 0;
        text +=
            QStringLiteral("\n  ") + QString::fromLatin1(name) + QStringLiteral(": ") +
            (secret ? QStringLiteral("<redacted>") : QString::fromLatin1(request.rawHeader(name)));
    }
    return text;
}

QString serverMessage(const QByteArray &rawBody)
{
    const QByteArray body = rawBody.trimmed();
    if (body.isEmpty())
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        const QJsonValue error = object.value(QLatin1String("error"));
        if (error.isObject() && error.toObject().value(QLatin1String("message")).isString())
            return error.toObject().value(QLatin1String("message")).toString();
        if (error.isString())
            return error.toString();
        if (object.value(QLatin1String("message")).isString())
            return object.value(QLatin1String("message")).toString();
    }
    QString text = QString::fromUtf8(body).simplified();
    if (text.size() > 500)
        text = text.left(500) + QChar(0x2026);
    return text;
}

} // namespace StreamRequest
