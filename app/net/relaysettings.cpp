#include "relaysettings.h"

#include "net/endpointpolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

bool isTokenCharacter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
           c == QLatin1Char('_');
}

bool isToken(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text)
        if (!isTokenCharacter(c))
            return false;
    return true;
}

} // namespace

QString RelaySettings::problem() const
{
    if (servers.isEmpty())
        return QCoreApplication::translate("RelaySettings", "No NATS server is given.");
    if (!isValidStreamName(stream))
        return QCoreApplication::translate(
                   "RelaySettings",
                   "'%1' is not a JetStream stream name (letters, digits, '-' and '_').")
            .arg(stream);
    if (!isValidSubjectPrefix(subjectPrefix))
        return QCoreApplication::translate(
                   "RelaySettings",
                   "'%1' is not a subject prefix (words of letters, digits, '-' and '_' "
                   "separated by dots).")
            .arg(subjectPrefix);
    if (duplicateWindow > maxAge)
        return QCoreApplication::translate(
            "RelaySettings",
            "The stream must keep messages at least as long as its duplicate window (5 minutes).");
    // A password sent in the clear to another machine could be read on the way (DESIGN §6).
    if (!password.isEmpty()) {
        for (const QUrl &server : servers) {
            if (server.scheme() == QLatin1String("nats") &&
                !EndpointPolicy::isLoopbackHost(server.host()))
                return QCoreApplication::translate(
                           "RelaySettings",
                           "%1 is not encrypted: the NATS password is only sent over tls:// "
                           "(or to this computer).")
                    .arg(server.toString());
        }
    }
    return {};
}

std::optional<QList<QUrl>> RelaySettings::parseServers(const QString &text, QString *error)
{
    QList<QUrl> servers;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        QUrl url(trimmed.contains(QLatin1String("://")) ? trimmed
                                                         : QStringLiteral("nats://") + trimmed,
                 QUrl::StrictMode);
        const bool ok = url.isValid() && !url.host().isEmpty() &&
                        (url.scheme() == QLatin1String("nats") ||
                         url.scheme() == QLatin1String("tls")) &&
                        url.userInfo().isEmpty() && (url.path().isEmpty() || url.path() == QLatin1String("/"));
        if (!ok) {
            // Never repeat a password someone put in the URL.
            const QString shown = trimmed.contains(QLatin1Char('@'))
                                      ? QUrl(trimmed).toString(QUrl::RemoveUserInfo)
                                      : trimmed;
            *error = QCoreApplication::translate(
                         "RelaySettings",
                         "'%1' is not a NATS server URL (nats://HOST:PORT or tls://HOST:PORT, "
                         "without a user name or password).")
                         .arg(shown);
            return std::nullopt;
        }
        if (url.port() < 0)
            url.setPort(4222);
        url.setPath({});
        servers.append(url);
    }
    if (servers.isEmpty()) {
        *error = QCoreApplication::translate("RelaySettings", "No NATS server is given.");
        return std::nullopt;
    }
    return servers;
}

std::optional<std::chrono::seconds> RelaySettings::parseSpan(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,9})\\s*([smhd]?)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 count = match.captured(1).toLongLong();
    const QString unit = match.captured(2);
    const qint64 multiplier = unit == QLatin1String("d")   ? 86'400
                              : unit == QLatin1String("h") ? 3'600
                              : unit == QLatin1String("m") ? 60
                                                           : 1;
    if (count <= 0)
        return std::nullopt;
    return std::chrono::seconds(count * multiplier);
}

bool RelaySettings::isValidStreamName(const QString &name)
{
    return name.size() <= 255 && isToken(name);
}

bool RelaySettings::isValidSubjectPrefix(const QString &prefix)
{
    if (prefix.isEmpty() || prefix.size() > 200)
        return false;
    for (QStringView token : QStringView(prefix).split(QLatin1Char('.')))
        if (!isToken(token))
            return false;
    return true;
}
