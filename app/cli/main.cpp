// Entry point of `hydrant-cli`, the headless tool: picks the subcommand and hands over.

#include "accountcommand.h"
#include "core/buildinfo.h"
#include "core/translations.h"
#include "core/versioninfo.h"
#include "downloadcommand.h"
#include "exportcommand.h"
#include "inspectcommand.h"
#include "simcommand.h"
#include "streamcommand.h"
#if HYDRANT_HAS_NATS
#include "relay/natsconnection.h"
#include "relaycommand.h"
#endif

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<StreamCommand>());
#if HYDRANT_HAS_NATS
    commands.push_back(std::make_unique<RelayCommand>());
#endif
    commands.push_back(std::make_unique<DownloadCommand>());
    commands.push_back(std::make_unique<InspectCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<AccountCommand>());
    commands.push_back(std::make_unique<SimCommand>());
    return commands;
}

QString usage(const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    QString text = QCoreApplication::translate(
        "main", "Usage: hydrant-cli COMMAND [options]\n\n"
                "The headless side of Hydrant: stream, download, inspect archives, manage "
                "accounts and run the simulator.\n\nCommands:\n");
    for (const auto &command : commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -9).arg(command->summary());
    text += QCoreApplication::translate(
        "main", "\nRun 'hydrant-cli COMMAND --help' for the options of a command.\n"
                "Exit codes: 0 success, 1 usage error, 2 authentication failed, 3 other failure.\n"
                "Passwords are read from --password-stdin or the HYDRANT_PASSWORD environment "
                "variable, or from the OS secret store for a saved account; never from the command line.");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    VersionInfo::applyApplicationIdentity();
    Translations::install(app);

    const QStringList arguments = QCoreApplication::arguments();
    const auto commands = allCommands();
    const QString first = arguments.value(1);

    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        printOut(VersionInfo::report());
        return CliCommand::Success;
    }
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        printOut(usage(commands));
        return first.isEmpty() ? CliCommand::UsageError : CliCommand::Success;
    }
    for (const auto &command : commands) {
        if (command->name() == first) {
            QStringList commandArguments = arguments.mid(2);
            commandArguments.prepend(QStringLiteral("hydrant-cli ") + first);
            const int code = command->run(commandArguments);
#if HYDRANT_HAS_NATS
            NatsConnection::shutDownClient();
#endif
            return code;
        }
    }
#if !HYDRANT_HAS_NATS
    if (first == QLatin1String("relay")) {
        printErr(QCoreApplication::translate(
            "main", "This Hydrant was built without NATS: it has no team relay."));
        return CliCommand::Failed;
    }
#endif
    printErr(QCoreApplication::translate("main", "Unknown command '%1'.").arg(first));
    printErr(usage(commands));
    return CliCommand::UsageError;
}
