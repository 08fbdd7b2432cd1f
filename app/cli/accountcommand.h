#pragma once

#include "clicommand.h"

/// `hydrant-cli account`: manage accounts: add, list, remove.
class AccountCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("account"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
