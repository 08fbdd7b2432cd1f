#pragma once

#include "clicommand.h"

#include <QCoreApplication>

/// `hydrant-cli relay`: holds the one upstream connection of an account with the stream
/// client's every rule (backoff, connect budget, duplicate filter, resume cursor) and publishes
/// each activity to a NATS JetStream stream, from which a whole desk reads it (`stream --service
/// nats`). A relay started again continues where the stream's last message says it stopped.
class RelayCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RelayCommand)

public:
    QString name() const override { return QStringLiteral("relay"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
