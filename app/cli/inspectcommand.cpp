#include "inspectcommand.h"

#include <QCoreApplication>

QString InspectCommand::summary() const
{
    return QCoreApplication::translate("InspectCommand", "Count, search and summarise a saved archive.");
}

int InspectCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments,
               QCoreApplication::translate("InspectCommand", "hydrant-cli inspect FILE: count, search and summarise a saved archive.")))
        return UsageError;
    printErr(QCoreApplication::translate("InspectCommand", "'hydrant-cli inspect' is not available in this build yet."));
    return Failed;
}
