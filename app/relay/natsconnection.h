#pragma once

#include "net/relaysettings.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <unordered_set>

typedef struct __natsConnection natsConnection;
typedef struct __natsSubscription natsSubscription;
typedef struct __jsCtx jsCtx;
typedef struct __natsOptions natsOptions;

/// One connection to a NATS cluster with its JetStream context: the one adapter around the NATS C
/// client's connection (nothing else in Hydrant includes nats.h for connecting).
///
/// The connection reconnects by itself, forever, to any server of the cluster it knows (the URLs
/// given and those the servers advertise), waiting briefly between tries; what is sent meanwhile
/// is buffered by the client. A server that stops answering without closing the connection (a
/// machine switched off, a network cut) is noticed by missed pings within seconds, and requests
/// waiting on a lost connection fail at once instead of at their deadline. Disconnections and
/// reconnections are counted, and the server in use is named, so a status line can say which
/// node and how often it moved. The client's reports that a JetStream subscription's heartbeats
/// stopped are kept for the subscription's reader (takeMissedHeartbeats()).
class NatsConnection
{
public:
    /// What the connection does when its server is lost.
    enum class Reconnection {
        Forever, ///< moves to another server by itself, buffering what is sent meanwhile
        Never,   ///< closes: nothing sent to the lost server can reach another one later
    };

    NatsConnection();
    ~NatsConnection(); ///< closes the connection
    NatsConnection(const NatsConnection &) = delete;
    NatsConnection &operator=(const NatsConnection &) = delete;

    /// Connects to one of \a settings' servers; false with a sentence in \a error when none
    /// answers (or credentials or TLS are refused). With Reconnection::Never the servers are
    /// tried in \a settings' order.
    bool open(const RelaySettings &settings, QString *error,
              Reconnection reconnection = Reconnection::Forever);
    /// True when the last open() failed because the servers refused the user name or password
    /// (not because none answered or TLS failed).
    bool credentialsRefused() const { return m_credentialsRefused; }
    /// True when the last open() failed because a tls:// server's certificate did not verify
    /// (an unknown authority, another host's name).
    bool certificateRefused() const { return m_certificateRefused; }
    /// Closes the connection and waits (briefly) until the client's last callback for it has run.
    void close();
    bool isOpen() const { return m_connection != nullptr; }

    natsConnection *connection() const { return m_connection; }
    jsCtx *jetStream() const { return m_jetStream; }

    /// The URL of the server in use, empty while disconnected.
    QString connectedUrl() const;
    /// True while connected to a server (not while reconnecting).
    bool isConnected() const;
    /// How many servers of the cluster the client knows (given and advertised), at least 1.
    int knownServerCount() const;
    int disconnects() const { return m_disconnects.load(); }
    int reconnects() const { return m_reconnects.load(); }

    /// True when the client reported, since the last call for it, that the server heartbeats of
    /// \a subscription (a JetStream push consumer's) stopped: its consumer is gone or cannot
    /// reach this client. The report is taken: a second call answers false until the next one.
    bool takeMissedHeartbeats(natsSubscription *subscription);
    /// Drops what is kept for \a subscription (call before destroying it).
    void forget(natsSubscription *subscription);

    /// Stops the NATS C client's threads and frees what it keeps for the process; called once,
    /// when nothing uses NATS any more (the end of a command). Not once the client used TLS:
    /// its cleanup would make the process crash at its exit (see the definition).
    static void shutDownClient();

    /// The NATS C client's own words for \a status (its last error text when it has one).
    static QString statusText(int status);

    /// How often the client pings the server, and after how many unanswered pings it takes the
    /// connection for lost and moves to another server.
    static constexpr int pingIntervalMs = 2000;
    static constexpr int maxPingsOut = 2;
    /// The environment variable that sets another ping interval in milliseconds (tests shorten
    /// it to see a silent server noticed within a second).
    static constexpr const char *pingIntervalVariable = "HYDRANT_NATS_PING_MS";
    /// The ping interval in use: pingIntervalMs, or pingIntervalVariable's when it is set.
    static int pingInterval();

private:
    /// Trusts \a settings' CA file for TLS, or else the system's CAs (and TlsTrust's extra ones
    /// when the settings say so); a natsStatus.
    static int loadTrustedCertificates(natsOptions *options, const RelaySettings &settings);
    static void onDisconnected(natsConnection *, void *closure);
    static void onReconnected(natsConnection *, void *closure);
    static void onClosed(natsConnection *, void *closure);
    static void onAsyncError(natsConnection *, natsSubscription *subscription, int status,
                             void *closure);

    natsConnection *m_connection = nullptr;
    jsCtx *m_jetStream = nullptr;
    bool m_credentialsRefused = false;
    bool m_certificateRefused = false;
    std::atomic<int> m_disconnects{0};
    std::atomic<int> m_reconnects{0};

    std::mutex m_mutex; ///< guards what the client's callback thread writes below
    std::condition_variable m_closedCondition;
    bool m_closed = false;
    std::unordered_set<natsSubscription *> m_missedHeartbeats;
};
