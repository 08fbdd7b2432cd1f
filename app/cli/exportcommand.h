#pragma once

#include "clicommand.h"
#include <QCoreApplication>

/// `hydrant-cli export`: the messages of saved files that match a query, as CSV or JSON lines,
/// written by the same code as the Files page's export.
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
