#pragma once

#include "net/accountstore.h"
#include "net/serviceendpoint.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

#include <optional>

/// The options that name one upstream stream account, shared by `stream` and `relay` so both
/// find the same account the same way: --profile, overridden by --service, --url and --user; the
/// password by commandPassword() (never from the command line).
class StreamAccountOptions
{
public:
    StreamAccountOptions();

    QList<QCommandLineOption> options() const;

    /// The endpoint the options name, with its password. Nothing when they do not name one:
    /// the sentence is printed and \a exitCode holds the command's exit code.
    std::optional<StreamEndpoint> resolve(const QCommandLineParser &parser, AccountStore &accounts,
                                          int *exitCode) const;

    const QCommandLineOption url;
    const QCommandLineOption user;
    const QCommandLineOption profile;
    const QCommandLineOption passwordStdin;
    const QCommandLineOption service;
};
