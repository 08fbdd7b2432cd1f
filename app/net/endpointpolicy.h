#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

/// The rule of DESIGN §6 for every URL Hydrant sends a request to: https always; plain http only
/// to a loopback host (the simulator and the tests). Used for the configured endpoints and for
/// every redirect target before it is followed.
///
/// Loopback is decided by address, never by name alone: a literal loopback address
/// (127.0.0.0/8, ::1), or the name "localhost" when every address it resolves to is loopback
/// (a hosts file may map it elsewhere). No other name counts, even one that resolves to
/// 127.0.0.1 (`localhost.evil.example`, `127.0.0.1.nip.io`): its answer comes from someone
/// else's DNS and may change between this check and the connection.
namespace EndpointPolicy {

/// Looks a host name up; returns its addresses (empty when it does not resolve).
using Resolver = std::function<QList<QHostAddress>(const QString &host)>;
/// The system's resolver (QHostInfo, blocking). It is only ever asked about "localhost".
Resolver systemResolver();

bool isLoopbackHost(const QString &host, const Resolver &resolve = systemResolver());
/// True when a request may be sent to \a url.
bool isAllowed(const QUrl &url, const Resolver &resolve = systemResolver());
/// Empty when allowed; otherwise a sentence for the user saying why the URL is refused.
QString refusalReason(const QUrl &url, const Resolver &resolve = systemResolver());

} // namespace EndpointPolicy
