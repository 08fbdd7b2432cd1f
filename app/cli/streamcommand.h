#pragma once

#include "clicommand.h"

/// `hydrant-cli stream`: connect to a realtime stream, print or record it.
class StreamCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("stream"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
