#include "natstargetoptions.h"

#include "clicommand.h"

#include <QCoreApplication>

namespace {

// The strings keep the contexts of the two commands, where they were first written and
// translated: the relay's words and the reader's differ a little.

QCommandLineOption serversOption(NatsTargetOptions::Role role)
{
    if (role == NatsTargetOptions::Role::Relay)
        return {QStringLiteral("nats"),
                QCoreApplication::translate("RelayCommand", "The NATS servers, comma-separated: nats://HOST:PORT or "
                          "tls://HOST:PORT (with JetStream enabled)."),
                QCoreApplication::translate("RelayCommand", "URLS")};
    return {QStringLiteral("url"),
            QCoreApplication::translate("RelayStreamCommand", "The NATS servers, comma-separated: nats://HOST:PORT or tls://HOST:PORT."),
            QCoreApplication::translate("RelayStreamCommand", "URLS")};
}

QCommandLineOption streamOption(NatsTargetOptions::Role role)
{
    if (role == NatsTargetOptions::Role::Relay)
        return {QStringLiteral("stream"),
                QCoreApplication::translate("RelayCommand", "The JetStream stream's name (default HYDRANT); created when missing."),
                QCoreApplication::translate("RelayCommand", "NAME")};
    return {QStringLiteral("stream"), QCoreApplication::translate("RelayStreamCommand", "The JetStream stream's name (default HYDRANT)."),
            QCoreApplication::translate("RelayStreamCommand", "NAME")};
}

QCommandLineOption subjectOption(NatsTargetOptions::Role role)
{
    if (role == NatsTargetOptions::Role::Relay)
        return {QStringLiteral("subject"),
                QCoreApplication::translate("RelayCommand", "The subject prefix: messages are published on PREFIX.messages "
                          "(default hydrant)."),
                QCoreApplication::translate("RelayCommand", "PREFIX")};
    return {QStringLiteral("subject"), QCoreApplication::translate("RelayStreamCommand", "The relay's subject prefix (default hydrant)."),
            QCoreApplication::translate("RelayStreamCommand", "PREFIX")};
}

QCommandLineOption caFileOption(NatsTargetOptions::Role role)
{
    // The relay's --ca-file is for its upstream stream; the reader has only NATS to trust.
    if (role == NatsTargetOptions::Role::Relay)
        return {QStringLiteral("nats-ca-file"),
                QCoreApplication::translate("RelayCommand", "Trust the CA certificates in this PEM file for tls:// NATS servers "
                          "(default: the system's)."),
                QCoreApplication::translate("RelayCommand", "FILE")};
    return {QStringLiteral("ca-file"),
            QCoreApplication::translate("RelayStreamCommand", "Trust the CA certificates in this PEM file for tls:// servers (default: "
                       "the system's)."),
            QCoreApplication::translate("RelayStreamCommand", "FILE")};
}

} // namespace

NatsTargetOptions::NatsTargetOptions(Role role)
    : m_role(role)
    , m_servers(serversOption(role))
    , m_stream(streamOption(role))
    , m_subject(subjectOption(role))
    , m_maxAge(QStringLiteral("max-age"),
               QCoreApplication::translate("RelayCommand", "How long a stream created by the relay keeps messages: 90m, 12h, 7d "
                         "(default 7d)."),
               QCoreApplication::translate("RelayCommand", "AGE"))
    , m_user(QStringLiteral("nats-user"),
             QCoreApplication::translate("RelayCommand", "The NATS user name; its password comes from the HYDRANT_NATS_PASSWORD "
                       "environment variable."),
             QCoreApplication::translate("RelayCommand", "USER"))
    , m_caFile(caFileOption(role))
{
}

QList<QCommandLineOption> NatsTargetOptions::options() const
{
    if (m_role == Role::Relay)
        return {m_servers, m_stream, m_subject, m_maxAge, m_user, m_caFile};
    return {m_servers, m_stream, m_subject, m_user, m_caFile};
}

std::optional<RelaySettings> NatsTargetOptions::resolve(const QCommandLineParser &parser) const
{
    if (!parser.isSet(m_servers)) {
        printErr(m_role == Role::Relay
                     ? QCoreApplication::translate("RelayCommand", "Give the NATS servers with --nats nats://HOST:PORT[,...].")
                     : QCoreApplication::translate("RelayStreamCommand", "Give the NATS servers with --url nats://HOST:PORT[,...]."));
        return std::nullopt;
    }
    QString error;
    const auto servers = RelaySettings::parseServers(parser.value(m_servers), &error);
    if (!servers) {
        printErr(error);
        return std::nullopt;
    }
    RelaySettings settings;
    settings.servers = *servers;
    if (parser.isSet(m_stream))
        settings.stream = parser.value(m_stream);
    if (parser.isSet(m_subject))
        settings.subjectPrefix = parser.value(m_subject);
    if (m_role == Role::Relay && parser.isSet(m_maxAge)) {
        const auto age = RelaySettings::parseSpan(parser.value(m_maxAge));
        if (!age) {
            printErr(QCoreApplication::translate("RelayCommand", "--max-age takes a span such as 90m, 12h or 7d."));
            return std::nullopt;
        }
        settings.maxAge = *age;
    }
    settings.user = parser.value(m_user);
    if (!settings.user.isEmpty())
        settings.password = qEnvironmentVariable("HYDRANT_NATS_PASSWORD");
    settings.caFile = parser.value(m_caFile);
    if (const QString problem = settings.problem(); !problem.isEmpty()) {
        printErr(problem);
        return std::nullopt;
    }
    return settings;
}
