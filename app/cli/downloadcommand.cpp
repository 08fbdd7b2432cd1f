#include "downloadcommand.h"

#include <QCoreApplication>

QString DownloadCommand::summary() const
{
    return QCoreApplication::translate("DownloadCommand", "Download daily backup archives for a range of dates.");
}

int DownloadCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments,
               QCoreApplication::translate("DownloadCommand", "hydrant-cli download: download the daily backup archives of a date range.")))
        return UsageError;
    printErr(QCoreApplication::translate("DownloadCommand", "'hydrant-cli download' is not available in this build yet."));
    return Failed;
}
