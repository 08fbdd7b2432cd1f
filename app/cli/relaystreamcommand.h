#pragma once

#include "clicommand.h"

#include <QCoreApplication>

/// `hydrant-cli stream --service nats`: reads a team relay's JetStream stream in order, from now
/// on, from everything kept or from a time, and prints it like any stream.
class RelayStreamCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RelayStreamCommand)

public:
    QString name() const override { return QStringLiteral("stream"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
