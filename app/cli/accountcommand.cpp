#include "accountcommand.h"

#include <QCoreApplication>

QString AccountCommand::summary() const
{
    return QCoreApplication::translate("AccountCommand", "Manage accounts: add, list, remove.");
}

int AccountCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments,
               QCoreApplication::translate("AccountCommand", "hydrant-cli account add|list|remove: manage the stream and backup accounts.")))
        return UsageError;
    printErr(QCoreApplication::translate("AccountCommand", "'hydrant-cli account' is not available in this build yet."));
    return Failed;
}
