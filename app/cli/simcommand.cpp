#include "simcommand.h"

#include <QCoreApplication>

QString SimCommand::summary() const
{
    return QCoreApplication::translate("SimCommand", "Run the endpoint simulator for both services.");
}

int SimCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments,
               QCoreApplication::translate("SimCommand", "hydrant-cli sim: run the local simulator of the stream and backup services.")))
        return UsageError;
    printErr(QCoreApplication::translate("SimCommand", "'hydrant-cli sim' is not available in this build yet."));
    return Failed;
}
