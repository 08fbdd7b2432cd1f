#include "endpointpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace EndpointPolicy {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isAllowed(const QUrl &url)
{
    return refusalReason(url).isEmpty();
}

QString refusalReason(const QUrl &url)
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
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return {};
    if (scheme == QLatin1String("http"))
        return QCoreApplication::translate("EndpointPolicy",
                                           "Plain http:// is refused for %1: credentials and data must "
                                           "travel encrypted. Use https://.")
            .arg(url.host());
    return QCoreApplication::translate("EndpointPolicy", "The scheme “%1” is not supported; use https://.")
        .arg(url.scheme());
}

} // namespace EndpointPolicy
