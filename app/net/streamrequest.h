#pragma once

#include "net/serviceendpoint.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>

/// The HTTP request every stream connection (client and connection test) sends, and how a
/// server's error body is turned into the sentence shown to the user.
namespace StreamRequest {

/// "Basic base64(user:password)", computed per request and never stored or logged.
QByteArray basicAuthorization(const ServiceCredentials &credentials);
/// GET \a endpoint.url with Basic auth, Accept-Encoding: gzip (Qt's transparent decompression
/// off), keep-alive, no cache, no automatic redirects, and Hydrant's TLS trust.
QNetworkRequest make(const StreamEndpoint &endpoint);
/// The request for debug logs: method line and headers, with the Authorization value redacted.
QString describeForLog(const QNetworkRequest &request);
/// The server's own message from an error body: the "message" of a JSON error object when there
/// is one, otherwise the text, shortened.
QString serverMessage(const QByteArray &body);

} // namespace StreamRequest
