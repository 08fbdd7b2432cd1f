#pragma once

#include "clicommand.h"
#include <QCoreApplication>

/// `hydrant-cli account add|list|remove|test`: the saved stream and backup accounts, shared with
/// the application's Accounts dialog. Passwords go to the OS secret store, read from standard
/// input or HYDRANT_PASSWORD, never from the command line.
class AccountCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommand)

public:
    QString name() const override { return QStringLiteral("account"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
