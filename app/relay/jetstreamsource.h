#pragma once

#include "net/ratemeter.h"
#include "net/streamsource.h"

#include <QDateTime>

#include <functional>
#include <memory>

class JetStreamReader;
class MessageNormalizer;
class NatsConnection;
class QTimer;

/// A team relay account's stream for a LiveSession: reads the relay's JetStream stream with a
/// JetStreamReader from the endpoint's start ("how far back") and delivers the stored JSON lines
/// as messages, the same as the HTTP stream client delivers the provider's. Reconnecting to
/// another node of the cluster and resuming after the last sequence are the reader's; the
/// status names the node in use and how many stored messages are still to come, and the log
/// says when the node changed or a new consumer took over.
///
/// Lives in the session's client thread: start() connects there (blocking that thread, never
/// the window's), and a zero-interval timer then takes what the consumer holds, waiting at most
/// a few milliseconds each turn so stop() is served promptly.
class JetStreamSource : public StreamSource
{
    Q_OBJECT

public:
    /// The wall clock "the last N minutes" is counted back from (UTC).
    using WallClock = std::function<QDateTime()>;

    /// \a wallClock: the real time when empty.
    explicit JetStreamSource(WallClock wallClock = {}, QObject *parent = nullptr);
    ~JetStreamSource() override;

    void setEndpoint(const StreamEndpoint &endpoint) override;
    Status status() const override { return m_status; }
    StreamStatistics statistics() const override;

    /// Registers this source as the one LiveSession uses for team relay accounts.
    static void registerFactory();

public slots:
    void start() override;
    void stop() override;

private:
    void pump();
    void tick();
    void setState(State state, const QString &reason);
    void log(StreamEvent::Kind kind, const QString &text);
    QString connectedReason() const;

    WallClock m_wallClock;
    StreamEndpoint m_endpoint;
    std::unique_ptr<NatsConnection> m_connection;
    std::unique_ptr<JetStreamReader> m_reader;
    std::unique_ptr<MessageNormalizer> m_normalizer;
    QTimer *m_pump = nullptr;
    QTimer *m_tick = nullptr;
    Status m_status;
    StreamStatistics m_stats;
    RateMeter m_rate;
    QString m_server;      ///< the node last reported
    mutable quint64 m_pendingShown = 0; ///< in the status last reported
    int m_resubscriptionsShown = 0;     ///< new consumers already told in the log
};
