#pragma once

#include "clicommand.h"

/// `hydrant-cli sim`: runs the endpoint simulator of both services until interrupted and prints
/// where to connect (stream URL, backups base URL, demo credentials), optionally as JSON.
class SimCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("sim"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
