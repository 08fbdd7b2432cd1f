#include "endpointpolicy.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHostInfo>

namespace EndpointPolicy {

Resolver systemResolver()
{
    return [](const QString &host) {
        const QHostInfo info = QHostInfo::fromName(host);
        return info.error() == QHostInfo::NoError ? info.addresses() : QList<QHostAddress>();
    };
}

bool isLoopbackHost(const QString &host, const Resolver &resolve)
{
    const QHostAddress address(host);
    if (!address.isNull())
        return address.isLoopback();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0 || !resolve)
        return false;
    const QList<QHostAddress> addresses = resolve(QStringLiteral("localhost"));
    return !addresses.isEmpty() &&
           std::all_of(addresses.begin(), addresses.end(),
                       [](const QHostAddress &a) { return a.isLoopback(); });
}

bool isAllowed(const QUrl &url, const Resolver &resolve)
{
    return refusalReason(url, resolve).isEmpty();
}

QString refusalReason(const QUrl &url, const Resolver &resolve)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("EndpointPolicy", "“%1” is not a valid web address.")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate("EndpointPolicy",
                                           "Addresses with a user name or password in them are refused; "
                                           "enter the credentials in the account instead.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host(), resolve))
        return {};
    if (scheme == QLatin1String("http") &&
        url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate("EndpointPolicy",
                                           "Plain http:// is refused for localhost here: on this "
                                           "computer the name does not lead to loopback addresses "
                                           "only. Use http://127.0.0.1 or https://.");
    if (scheme == QLatin1String("http"))
        return QCoreApplication::translate("EndpointPolicy",
                                           "Plain http:// is refused for %1: credentials and data must "
                                           "travel encrypted. Use https://.")
            .arg(url.host());
    return QCoreApplication::translate("EndpointPolicy", "The scheme “%1” is not supported; use https://.")
        .arg(url.scheme());
}

} // namespace EndpointPolicy
