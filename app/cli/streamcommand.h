#pragma once

#include "clicommand.h"

#include "net/firehoseclient.h"
#include "net/streamstatistics.h"
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

    /// The progress line of a stream on standard error: state, messages, rate, reconnects, what
    /// was dropped, bytes received (`relay` prints the same, with what it published).
    static QString statusLine(const FirehoseClient::Status &status, const StreamStatistics &stats);
};
