#pragma once

#include "clicommand.h"
#include <QCoreApplication>

/// `hydrant-cli sim`: runs the endpoint simulator of both services until interrupted and prints
/// where to connect (stream URL, backups base URL, demo credentials), optionally as JSON.
class SimCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SimCommand)

public:
    QString name() const override { return QStringLiteral("sim"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
