#pragma once

#include "clicommand.h"
#include <QCoreApplication>

/// `hydrant-cli stream`: connect to a realtime stream with the same client as the application,
/// print or record it, and report what arrived.
class StreamCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(StreamCommand)

public:
    QString name() const override { return QStringLiteral("stream"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
