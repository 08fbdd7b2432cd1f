#pragma once

#include "clicommand.h"

/// `hydrant-cli inspect`: count, search and summarise a saved archive.
class InspectCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("inspect"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
