#pragma once

#include "clicommand.h"
#include <QCoreApplication>

/// `hydrant-cli download`: downloads the daily backup archives of a date range with the same
/// engine as the Backups page (resume, verification, retries), progress on stderr and a summary
/// at the end.
class DownloadCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DownloadCommand)

public:
    QString name() const override { return QStringLiteral("download"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
