#pragma once

#include "net/serviceendpoint.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

/// The HTTP request every stream connection (client and connection test) sends, and how a
/// server's error body is turned into the sentence shown to the user.
namespace StreamRequest {

/// "Basic base64(user:password)", computed per request and never stored or logged.
QByteArray basicAuthorization(const ServiceCredentials &credentials);
/// The headers of a GET of the stream: Basic auth, Accept-Encoding: gzip, keep-alive,
/// Hydrant's User-Agent and, for Firestream, Accept: text/event-stream (Host is the transport's).
QList<std::pair<QByteArray, QByteArray>> headers(const StreamEndpoint &endpoint);
/// The server's own message from an error body: the "message" of a JSON error object when there
/// is one, otherwise the text, shortened.
QString serverMessage(const QByteArray &body);

} // namespace StreamRequest
