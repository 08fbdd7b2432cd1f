#pragma once

#include <QString>
#include <QUrl>

/// The rule of DESIGN §6 for every URL Hydrant sends a request to: https always; plain http only
/// to a loopback host (the simulator and the tests). Used for the configured endpoints and for
/// every redirect target before it is followed.
namespace EndpointPolicy {

bool isLoopbackHost(const QString &host);
/// True when a request may be sent to \a url.
bool isAllowed(const QUrl &url);
/// Empty when allowed; otherwise a sentence for the user saying why the URL is refused.
QString refusalReason(const QUrl &url);

} // namespace EndpointPolicy
