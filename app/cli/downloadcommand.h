#pragma once

#include "clicommand.h"

/// `hydrant-cli download`: download daily backup archives for a range of dates.
class DownloadCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("download"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
