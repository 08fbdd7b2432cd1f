#include "streamaccountoptions.h"

#include "clicommand.h"

#include "net/streamprofile.h"

#include <QCoreApplication>

// The strings keep the context of `stream`, where they were first written and translated.
StreamAccountOptions::StreamAccountOptions()
    : url(QStringLiteral("url"), QCoreApplication::translate("StreamCommand", "The stream URL."),
          QCoreApplication::translate("StreamCommand", "URL"))
    , user(QStringLiteral("user"),
           QCoreApplication::translate("StreamCommand", "The user name (e-mail address)."),
           QCoreApplication::translate("StreamCommand", "USER"))
    , profile(CliCommand::savedAccountOptionNames(),
              QCoreApplication::translate(
                  "StreamCommand",
                  "Use a saved stream account (see 'hydrant-cli account'); --url and --user "
                  "override it."),
              QCoreApplication::translate("StreamCommand", "NAME"))
    , passwordStdin(
          QStringLiteral("password-stdin"),
          QCoreApplication::translate("StreamCommand",
                                      "Read the password from the first line of standard input."))
    , service(
          QStringLiteral("service"),
          QCoreApplication::translate(
              "StreamCommand",
              "The stream's protocol: gnip (default; \\r\\n lines), firestream (StockTwits "
              "Firestream, server-sent events, resumes with seq_id) or stocktwits-firehose (the "
              "older StockTwits firehose, resumes with last_sequence_id or last_message_id)."),
          QCoreApplication::translate("StreamCommand", "SERVICE"))
{
}

QList<QCommandLineOption> StreamAccountOptions::options() const
{
    return {url, user, profile, passwordStdin, service};
}

std::optional<StreamEndpoint> StreamAccountOptions::resolve(const QCommandLineParser &parser,
                                                            AccountStore &accounts,
                                                            int *exitCode) const
{
    *exitCode = CliCommand::UsageError;
    StreamEndpoint endpoint;
    if (parser.isSet(profile)) {
        const auto saved = accounts.streamProfile(parser.value(profile));
        if (!saved) {
            printErr(QCoreApplication::translate("StreamCommand", "There is no stream account named '%1' (see 'hydrant-cli account list').")
                         .arg(parser.value(profile)));
            return std::nullopt;
        }
        endpoint = saved->endpoint();
        if (endpoint.isRelay()) {
            printErr(QCoreApplication::translate(
                         "StreamCommand",
                         "'%1' is a team relay account: read it with --service nats --url %2 "
                         "--stream %3.")
                         .arg(saved->name, saved->relayServers, saved->relayStream));
            return std::nullopt;
        }
    }
    if (parser.isSet(service)) {
        const auto kind = StreamServiceKinds::fromKey(parser.value(service));
        if (!kind) {
            printErr(QCoreApplication::translate("StreamCommand", "--service must be one of: %1.")
                         .arg(StreamServiceKinds::keys().join(QLatin1String(", "))));
            return std::nullopt;
        }
        endpoint.service = *kind;
    }
    if (parser.isSet(url))
        endpoint.url = QUrl(parser.value(url), QUrl::StrictMode);
    if (parser.isSet(user))
        endpoint.credentials.user = parser.value(user);
    if (endpoint.url.isEmpty() || endpoint.credentials.user.isEmpty()) {
        printErr(QCoreApplication::translate("StreamCommand", "Give --url and --user, or --profile NAME."));
        return std::nullopt;
    }
    QString noPassword;
    endpoint.credentials.password =
        commandPassword(parser.isSet(passwordStdin), accounts, AccountStore::Service::Stream,
                        endpoint.profileName, &noPassword);
    if (endpoint.credentials.password.isEmpty()) {
        printErr(noPassword);
        return std::nullopt;
    }
    *exitCode = CliCommand::Success;
    return endpoint;
}
