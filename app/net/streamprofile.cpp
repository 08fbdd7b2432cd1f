#include "streamprofile.h"

#include <algorithm>

#include "net/endpointpolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

QString StreamProfile::defaultUrlTemplate()
{
    return QStringLiteral("https://stream.gnip.com:443/accounts/{ACCOUNT_NAME}/publishers/"
                          "{DATA_SOURCE}/streams/firehose/{STREAM_LABEL}.json");
}

QString StreamProfile::defaultUrlTemplate(StreamServiceKind service)
{
    switch (service) {
    case StreamServiceKind::Gnip:
    case StreamServiceKind::NatsRelay: // has servers, not a URL template
        break;
    case StreamServiceKind::Firestream:
        return QStringLiteral("https://firestream.stocktwits.com/stream");
    case StreamServiceKind::StocktwitsFirehose:
        return QStringLiteral("https://firehose.stocktwits.com/stream/v2");
    }
    return defaultUrlTemplate();
}

QString StreamProfile::filledTemplate() const
{
    QString text = urlTemplate.trimmed();
    const auto fill = [&text](QLatin1String placeholder, const QString &value) {
        if (!value.isEmpty())
            text.replace(placeholder, QString::fromUtf8(QUrl::toPercentEncoding(value.trimmed())));
    };
    fill(QLatin1String("{ACCOUNT_NAME}"), accountName);
    fill(QLatin1String("{DATA_SOURCE}"), dataSource);
    fill(QLatin1String("{STREAM_LABEL}"), streamLabel);
    return text;
}

StreamEndpoint StreamProfile::endpoint(const QString &password) const
{
    StreamEndpoint result;
    result.profileName = name;
    result.url = resolvedUrl();
    result.credentials = {user, password};
    result.service = service;
    if (service == StreamServiceKind::NatsRelay) {
        QString problem;
        result.relay = relaySettings(password, &problem).value_or(RelaySettings{});
    }
    return result;
}

std::optional<RelaySettings> StreamProfile::relaySettings(const QString &password,
                                                          QString *problem) const
{
    const auto servers = RelaySettings::parseServers(relayServers, problem);
    if (!servers)
        return std::nullopt;
    RelaySettings settings;
    settings.servers = *servers;
    settings.stream = relayStream.trimmed();
    settings.subjectPrefix = relaySubject.trimmed();
    settings.user = user.trimmed();
    settings.password = settings.user.isEmpty() ? QString() : password;
    *problem = settings.problem();
    if (!problem->isEmpty())
        return std::nullopt;
    return settings;
}

QUrl StreamProfile::resolvedUrl() const
{
    if (service == StreamServiceKind::NatsRelay) {
        // The first server stands for the account where one URL is shown or compared.
        QString problem;
        const auto servers = RelaySettings::parseServers(relayServers, &problem);
        return servers ? servers->first() : QUrl();
    }
    QUrl url(filledTemplate(), QUrl::StrictMode);
    if (!url.isValid())
        return url;
    QUrlQuery query(url);
    const auto add = [&query](const QString &key, int value) {
        if (value > 0 && !query.hasQueryItem(key))
            query.addQueryItem(key, QString::number(value));
    };
    add(QStringLiteral("client"), client);
    add(QStringLiteral("backfillMinutes"), backfillMinutes);
    add(QStringLiteral("partition"), partition);
    url.setQuery(query);
    return url;
}

QString StreamProfile::validationError(const QString &password) const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("StreamProfile", "The account needs a name.");
    if (service == StreamServiceKind::NatsRelay) {
        // The relay's own rules (RelaySettings), the same as `hydrant-cli stream --service nats`.
        QString problem;
        relaySettings(password, &problem);
        return problem;
    }
    static const QRegularExpression placeholder(QStringLiteral("\\{[A-Z_]+\\}"));
    const auto match = placeholder.match(filledTemplate());
    if (match.hasMatch())
        return QCoreApplication::translate("StreamProfile",
                                           "The stream URL still contains %1: fill in that field "
                                           "or paste the URL from the dashboard.")
            .arg(match.captured());
    if (const QString refusal = EndpointPolicy::refusalReason(resolvedUrl()); !refusal.isEmpty())
        return refusal;
    if (user.trimmed().isEmpty())
        return QCoreApplication::translate(
            "StreamProfile", "Enter the user name (the e-mail address you sign in with).");
    if (backfillMinutes > 5)
        return QCoreApplication::translate("StreamProfile", "Backfill covers at most 5 minutes.");
    return {};
}

bool StreamProfile::isDefaultUrlTemplate(const QString &url)
{
    if (url.isEmpty())
        return true;
    const QStringList keys = StreamServiceKinds::keys();
    return std::any_of(keys.begin(), keys.end(), [&](const QString &key) {
        return url == defaultUrlTemplate(*StreamServiceKinds::fromKey(key));
    });
}
