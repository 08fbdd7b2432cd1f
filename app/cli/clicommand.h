#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

/// One `hydrant-cli` subcommand. Each parses its own options (so each has its own `--help`)
/// and returns the process exit code.
class CliCommand
{
public:
    /// Exit codes shared by every subcommand, documented in `--help` and the README.
    enum ExitCode {
        Success = 0,
        UsageError = 1,
        NothingMatched = 1, ///< a search found nothing (grep's convention)
        AuthenticationFailed = 2,
        Failed = 3
    };

    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    /// One line for the list of subcommands.
    virtual QString summary() const = 0;
    /// \a arguments starts with "hydrant-cli NAME", as QCommandLineParser expects.
    virtual int run(const QStringList &arguments) = 0;

protected:
    /// Sets up \a parser with the description and --help; returns false (after printing the
    /// error) when the arguments do not parse. Exits the process for --help.
    bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description);
};

/// Text for the user goes to stderr (progress, errors); results go to stdout.
void printOut(const QString &text);
void printErr(const QString &text);
/// One line from standard input, for --password-stdin (without its line end, \n or \r\n).
QString readPasswordFromStandardInput();
