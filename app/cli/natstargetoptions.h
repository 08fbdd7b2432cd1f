#pragma once

#include "net/relaysettings.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

#include <optional>

/// The options that name a team relay's JetStream stream, read once for `relay` (which writes
/// it) and `stream --service nats` (which reads it): the servers, the stream, the subject
/// prefix, the NATS user (its password only from HYDRANT_NATS_PASSWORD) and the CA file; the
/// relay also sets how long a stream it creates keeps messages.
class NatsTargetOptions
{
public:
    enum class Role { Relay, Reader };

    explicit NatsTargetOptions(Role role);

    QList<QCommandLineOption> options() const;

    /// The settings the options name. Nothing when they are missing or wrong: the sentence is
    /// printed (a usage error).
    std::optional<RelaySettings> resolve(const QCommandLineParser &parser) const;

private:
    Role m_role;
    QCommandLineOption m_servers;
    QCommandLineOption m_stream;
    QCommandLineOption m_subject;
    QCommandLineOption m_maxAge;
    QCommandLineOption m_user;
    QCommandLineOption m_caFile;
};
