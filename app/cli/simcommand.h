#pragma once

#include "clicommand.h"

/// `hydrant-cli sim`: run the endpoint simulator for both services.
class SimCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("sim"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
