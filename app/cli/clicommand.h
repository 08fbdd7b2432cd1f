#pragma once

#include "net/accountstore.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTemporaryFile>

#include <memory>
#include <optional>

class FileDocument;

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

    /// The names of the option that picks a saved account: --profile, and --account as
    /// 'hydrant-cli account add' names what it makes.
    static QStringList savedAccountOptionNames()
    {
        return {QStringLiteral("profile"), QStringLiteral("account")};
    }

protected:
    /// Sets up \a parser with the description and --help; returns false (after printing the
    /// error) when the arguments do not parse. Exits the process for --help.
    bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description);
};

/// What a numeric option accepts: a finite number from minimum to maximum, whole or not.
struct NumberRange
{
    double minimum = 0;
    double maximum = 0;
    bool wholeNumber = false;
};

/// The one rule for the numbers of every command's options: \a text is a finite number within
/// \a range (and whole where asked). "inf", "nan", "1e308", "-1" and "ten" are not, so no value
/// can overflow a timer or a counter further on. Whole numbers above 2^53 are refused.
std::optional<double> parseNumber(const QString &text, const NumberRange &range);
/// The value of option \a name checked by parseNumber(), or \a fallback when the option is not
/// given. Otherwise prints a sentence naming the option and the range to stderr and returns
/// nothing: the command then exits with UsageError.
std::optional<double> numberOption(const QCommandLineParser &parser, const QString &name,
                                   const NumberRange &range, double fallback = 0);

/// Runs the event loop until \a document has finished indexing (progress signals keep arriving
/// meanwhile); true when it is ready to be read.
bool waitUntilIndexed(FileDocument &document);

/// The files a command reads, as named on its command line, where "-" is standard input (as
/// for grep: `igzip -dc day.gz | hydrant-cli inspect - --grep '$TSLA'`). What is piped in is
/// saved to a temporary file first, because an index reads its file again; that file is not
/// cached and goes when this does.
class CommandFiles
{
public:
    /// CliCommand::Success; else, with the reason printed, UsageError when "-" comes with other
    /// files or Failed when what is piped in cannot be saved.
    int take(const QStringList &names);
    const QStringList &paths() const { return m_paths; }
    bool fromStandardInput() const { return m_spool != nullptr; }

private:
    std::unique_ptr<QTemporaryFile> m_spool;
    QStringList m_paths;
};

/// Text for the user goes to stderr (progress, errors); results go to stdout.
void printOut(const QString &text);
void printErr(const QString &text);
/// One line from standard input, for --password-stdin (without its line end, \n or \r\n).
QString readPasswordFromStandardInput();

/// The one order in which every command finds its password, never on the command line:
/// --password-stdin (\a fromStandardInput), else a non-empty HYDRANT_PASSWORD, else the OS secret
/// store for the saved account \a profileName of \a service (when one is named). Empty when none
/// has one; \a problem then holds the sentence to print.
QString commandPassword(bool fromStandardInput, AccountStore &accounts,
                        AccountStore::Service service, const QString &profileName,
                        QString *problem);
