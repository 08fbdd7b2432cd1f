#pragma once

#include "net/serviceendpoint.h"
#include "simulatoroptions.h"

#include <QObject>

#include <memory>

class Simulator;

/// The simulator as `hydrant --demo` runs it: both services in-process on free loopback ports
/// (a Gnip-style firehose and a StockTwits Firestream to watch, the Firestream backups),
/// a moderate stream and six weeks of modest backup files, with demo credentials that exist in
/// memory only (never in the secret store, the settings or a log).
class DemoSession : public QObject
{
    Q_OBJECT

public:
    explicit DemoSession(QObject *parent = nullptr);
    ~DemoSession() override;

    /// What the demo runs with: 20 messages a second, files of about 1 to 2 MB.
    static SimulatorOptions demoOptions();

    /// Starts the simulator (its listeners run on their own threads, never the GUI's).
    bool start(QString *errorMessage = nullptr);
    bool isRunning() const;

    /// The demo stream, with backfill so a reconnect shows duplicates being dropped.
    StreamEndpoint streamEndpoint() const;
    /// The demo's StockTwits Firestream (/stream): server-sent events that resume with seq_id.
    StreamEndpoint firestreamEndpoint() const;
    /// Every demo stream, the default (streamEndpoint()) first.
    QList<StreamEndpoint> streamEndpoints() const;
    BackupEndpoint backupEndpoint() const;
    Simulator *simulator() const { return m_simulator.get(); }

private:
    std::unique_ptr<Simulator> m_simulator;
};
