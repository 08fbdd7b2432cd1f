#pragma once

#include "clicommand.h"
#include <QCoreApplication>

/// `hydrant-cli inspect`: count, search and summarise a saved archive.
class InspectCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)

public:
    QString name() const override { return QStringLiteral("inspect"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
