#include "streamrequest.h"

#include "core/versioninfo.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace StreamRequest {

QByteArray basicAuthorization(const ServiceCredentials &credentials)
{
    return "Basic " +
           (credentials.user + QLatin1Char(':') + credentials.password).toUtf8().toBase64();
}

QList<std::pair<QByteArray, QByteArray>> headers(const StreamEndpoint &endpoint)
{
    QList<std::pair<QByteArray, QByteArray>> headers{
        {"Authorization", basicAuthorization(endpoint.credentials)},
        {"Accept-Encoding", "gzip"},
        {"Connection", "keep-alive"},
        {"User-Agent", VersionInfo::userAgent()}};
    // Firestream serves Server-Sent Events and asks for them by name.
    if (endpoint.service == StreamServiceKind::Firestream)
        headers.append(std::pair<QByteArray, QByteArray>("Accept", "text/event-stream"));
    return headers;
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
