#pragma once

#include "net/relaysettings.h"

#include <QString>

#include <atomic>

typedef struct __natsConnection natsConnection;
typedef struct __jsCtx jsCtx;

/// One connection to a NATS cluster with its JetStream context: the one adapter around the NATS C
/// client's connection (nothing else in Hydrant includes nats.h for connecting).
///
/// The connection reconnects by itself, forever, to any server of the cluster it knows (the URLs
/// given and those the servers advertise), waiting briefly between tries; what is sent meanwhile
/// is buffered by the client. Disconnections and reconnections are counted, and the server in
/// use is named, so a status line can say which node and how often it moved.
class NatsConnection
{
public:
    NatsConnection();
    ~NatsConnection(); ///< closes the connection
    NatsConnection(const NatsConnection &) = delete;
    NatsConnection &operator=(const NatsConnection &) = delete;

    /// Connects to one of \a settings' servers; false with a sentence in \a error when none
    /// answers (or credentials or TLS are refused).
    bool open(const RelaySettings &settings, QString *error);
    void close();
    bool isOpen() const { return m_connection != nullptr; }

    natsConnection *connection() const { return m_connection; }
    jsCtx *jetStream() const { return m_jetStream; }

    /// The URL of the server in use, empty while disconnected.
    QString connectedUrl() const;
    /// How many servers of the cluster the client knows (given and advertised), at least 1.
    int knownServerCount() const;
    int disconnects() const { return m_disconnects.load(); }
    int reconnects() const { return m_reconnects.load(); }

    /// Stops the NATS C client's threads and frees what it keeps for the process; called once,
    /// when nothing uses NATS any more (the end of a command).
    static void shutDownClient();

    /// The NATS C client's own words for \a status (its last error text when it has one).
    static QString statusText(int status);

private:
    static void onDisconnected(natsConnection *, void *closure);
    static void onReconnected(natsConnection *, void *closure);

    natsConnection *m_connection = nullptr;
    jsCtx *m_jetStream = nullptr;
    std::atomic<int> m_disconnects{0};
    std::atomic<int> m_reconnects{0};
};
