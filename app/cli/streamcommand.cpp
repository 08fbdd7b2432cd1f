#include "streamcommand.h"

#include <QCoreApplication>

QString StreamCommand::summary() const
{
    return QCoreApplication::translate("StreamCommand", "Connect to a realtime stream, print or record it.");
}

int StreamCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments,
               QCoreApplication::translate("StreamCommand", "hydrant-cli stream: connect to a realtime stream, print or record it.")))
        return UsageError;
    printErr(QCoreApplication::translate("StreamCommand", "'hydrant-cli stream' is not available in this build yet."));
    return Failed;
}
