#include "natsconnection.h"

#include "core/versioninfo.h"
#include "net/tlstrust.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <nats/nats.h>

#include <string>
#include <vector>

namespace {

/// Where Debian and most Linux systems keep the trusted CA certificates, as one PEM file.
constexpr const char *systemCaBundle = "/etc/ssl/certs/ca-certificates.crt";

/// Whether the client set up its TLS in this process (see shutDownClient()).
std::atomic<bool> clientUsedTls{false};

} // namespace

NatsConnection::NatsConnection() = default;

NatsConnection::~NatsConnection()
{
    close();
}

bool NatsConnection::open(const RelaySettings &settings, QString *error,
                          Reconnection reconnection)
{
    close();
    natsOptions *options = nullptr;
    natsStatus status = natsOptions_Create(&options);
    std::vector<std::string> urls;
    bool secure = false;
    for (const QUrl &server : settings.servers) {
        urls.push_back(server.toString(QUrl::FullyEncoded).toStdString());
        secure = secure || server.scheme() == QLatin1String("tls");
    }
    std::vector<const char *> urlPointers;
    for (const std::string &url : urls)
        urlPointers.push_back(url.c_str());
    const std::string name = VersionInfo::userAgent().toStdString();
    const std::string user = settings.user.toStdString();
    const std::string password = settings.password.toStdString();
    if (status == NATS_OK)
        status = natsOptions_SetServers(options, urlPointers.data(), int(urlPointers.size()));
    if (status == NATS_OK)
        status = natsOptions_SetName(options, name.c_str());
    if (reconnection == Reconnection::Forever) {
        // Quickly: a relay or a reader outlives any one node of the cluster.
        if (status == NATS_OK)
            status = natsOptions_SetMaxReconnect(options, -1);
        if (status == NATS_OK)
            status = natsOptions_SetReconnectWait(options, 250);
        if (status == NATS_OK)
            status = natsOptions_SetReconnectJitter(options, 100, 1000);
    } else {
        // The servers are tried in the order given, once.
        if (status == NATS_OK)
            status = natsOptions_SetAllowReconnect(options, false);
        if (status == NATS_OK)
            status = natsOptions_SetNoRandomize(options, true);
    }
    if (status == NATS_OK)
        status = natsOptions_SetTimeout(options, 2000);
    // A server that goes silent without closing the connection (a machine switched off, a cut
    // cable) is taken for lost after a few seconds of unanswered pings, not the client's default
    // of four minutes; requests waiting on a lost connection fail then, not at their deadline.
    if (status == NATS_OK)
        status = natsOptions_SetPingInterval(options, pingInterval());
    if (status == NATS_OK)
        status = natsOptions_SetMaxPingsOut(options, maxPingsOut);
    if (status == NATS_OK)
        status = natsOptions_SetFailRequestsOnDisconnect(options, true);
    if (status == NATS_OK)
        status = natsOptions_SetDisconnectedCB(options, &NatsConnection::onDisconnected, this);
    if (status == NATS_OK)
        status = natsOptions_SetReconnectedCB(options, &NatsConnection::onReconnected, this);
    if (status == NATS_OK)
        status = natsOptions_SetClosedCB(options, &NatsConnection::onClosed, this);
    // Also what makes the client watch a push consumer's heartbeats (see takeMissedHeartbeats).
    if (status == NATS_OK)
        status = natsOptions_SetErrorHandler(
            options,
            [](natsConnection *connection, natsSubscription *subscription, natsStatus error,
               void *closure) { onAsyncError(connection, subscription, int(error), closure); },
            this);
    if (status == NATS_OK && !user.empty())
        status = natsOptions_SetUserInfo(options, user.c_str(), password.c_str());
    if (status == NATS_OK && secure) {
        // TLS is verified like every other connection of Hydrant: the system's CAs (and the
        // user's file), the server's name checked against its certificate.
        status = natsOptions_SetSecure(options, true);
        if (status == NATS_OK)
            status = natsStatus(loadTrustedCertificates(options, settings));
        // Each server is checked under its own name: the client (built, as by default, with
        // NATS_BUILD_TLS_FORCE_HOST_VERIFY) takes the host of the URL it connects to, and for a
        // server it learned from the cluster by address, the name of the URL it learned it from.
        // An expected host name would be checked on every server instead, so a cluster whose
        // nodes have certificates of their own (n1.example, n2.example) would accept only the
        // node named first. It is set only when all servers have one name, where it is the same.
        bool oneHost = true;
        for (const QUrl &server : settings.servers)
            oneHost = oneHost && server.host() == settings.servers.first().host();
        if (status == NATS_OK && oneHost && !settings.servers.isEmpty())
            status = natsOptions_SetExpectedHostname(
                options, settings.servers.first().host().toStdString().c_str());
    }
    {
        const std::lock_guard lock(m_mutex);
        m_closed = false;
        m_missedHeartbeats.clear();
    }
    m_credentialsRefused = false;
    m_certificateRefused = false;
    // The client sets up TLS for tls:// URLs, and for a server that asks for it (it then fails
    // here, having nothing to trust).
    if (secure)
        clientUsedTls = true;
    if (status == NATS_OK)
        status = natsConnection_Connect(&m_connection, options);
    if (status == NATS_SSL_ERROR)
        clientUsedTls = true;
    natsOptions_Destroy(options);
    if (status == NATS_OK)
        status = natsConnection_JetStream(&m_jetStream, m_connection, nullptr);
    if (status != NATS_OK) {
        const QString server = urls.empty() ? QString() : QString::fromStdString(urls.front());
        // The servers said no to the user name or password (the client's words: "Authorization
        // Violation"): not a server out of reach, and not worth trying again as it is.
        m_credentialsRefused = status == NATS_CONNECTION_AUTH_FAILED;
        m_certificateRefused = status == NATS_SSL_ERROR;
        if (m_credentialsRefused)
            *error =
                QCoreApplication::translate(
                    "NatsConnection", "The NATS server %1 refused the user name or password (%2).")
                    .arg(server, statusText(status));
        else if (status == NATS_SECURE_CONNECTION_WANTED)
            *error = QCoreApplication::translate(
                         "NatsConnection",
                         "The NATS server %1 does not offer TLS: nothing was sent to it "
                         "unencrypted.")
                         .arg(server);
        else if (status == NATS_SSL_ERROR)
            *error =
                QCoreApplication::translate(
                    "NatsConnection", "The NATS server %1 could not be verified over TLS (%2).")
                    .arg(server, statusText(status));
        else
            *error = QCoreApplication::translate("NatsConnection",
                                                 "Cannot connect to the NATS server %1: %2")
                         .arg(server, statusText(status));
        close();
        return false;
    }
    return true;
}

int NatsConnection::loadTrustedCertificates(natsOptions *options, const RelaySettings &settings)
{
    // The CA file given (the command line's --ca-file / --nats-ca-file) is all that is trusted.
    if (!settings.caFile.isEmpty())
        return natsOptions_LoadCATrustedCertificates(options,
                                                     settings.caFile.toStdString().c_str());
    // The window's accounts: what its HTTP streams trust, the system's CAs plus the extra ones
    // (HYDRANT_EXTRA_CA_FILE, read by TlsTrust when first asked).
    if (settings.trustExtraCas) {
        const QSslConfiguration trust = TlsTrust::configuration();
        if (!TlsTrust::extraCaCertificates().isEmpty()) {
            QByteArray pem;
            for (const QSslCertificate &certificate : trust.caCertificates())
                pem += certificate.toPem();
            return natsOptions_SetCATrustedCertificates(options, pem.constData());
        }
    }
    return natsOptions_LoadCATrustedCertificates(options, systemCaBundle);
}

int NatsConnection::pingInterval()
{
    // Read here only, for every connection: the window's as well as the command line's.
    const int fromEnvironment = qEnvironmentVariableIntValue(pingIntervalVariable);
    return fromEnvironment > 0 ? fromEnvironment : pingIntervalMs;
}

void NatsConnection::close()
{
    if (m_jetStream) {
        jsCtx_Destroy(m_jetStream);
        m_jetStream = nullptr;
    }
    if (m_connection) {
        natsConnection_Close(m_connection);
        // The client calls back from a thread of its own, last of all to say the connection is
        // closed: nothing may call into this object after it is gone.
        std::unique_lock lock(m_mutex);
        m_closedCondition.wait_for(lock, std::chrono::seconds(2), [this] { return m_closed; });
        m_missedHeartbeats.clear();
        lock.unlock();
        natsConnection_Destroy(m_connection);
        m_connection = nullptr;
    }
}

bool NatsConnection::isConnected() const
{
    return m_connection && natsConnection_Status(m_connection) == NATS_CONN_STATUS_CONNECTED;
}

bool NatsConnection::takeMissedHeartbeats(natsSubscription *subscription)
{
    const std::lock_guard lock(m_mutex);
    return m_missedHeartbeats.erase(subscription) > 0;
}

void NatsConnection::forget(natsSubscription *subscription)
{
    const std::lock_guard lock(m_mutex);
    m_missedHeartbeats.erase(subscription);
}

QString NatsConnection::connectedUrl() const
{
    if (!m_connection)
        return {};
    char buffer[512] = {};
    if (natsConnection_GetConnectedUrl(m_connection, buffer, sizeof buffer) != NATS_OK)
        return {};
    return QString::fromUtf8(buffer);
}

int NatsConnection::knownServerCount() const
{
    if (!m_connection)
        return 1;
    char **servers = nullptr;
    int count = 0;
    if (natsConnection_GetServers(m_connection, &servers, &count) != NATS_OK)
        return 1;
    for (int i = 0; i < count; ++i)
        free(servers[i]);
    free(servers);
    return qMax(1, count);
}

QString NatsConnection::statusText(int status)
{
    const char *last = nats_GetLastError(nullptr);
    if (last && *last) {
        // The client puts where in its source it noticed the error first, "(conn.c:733): ":
        // of no use to the reader.
        static const QRegularExpression place(QStringLiteral("^\\(\\w+\\.c:\\d+\\): "));
        return QString::fromUtf8(last).remove(place);
    }
    return QString::fromUtf8(natsStatus_GetText(natsStatus(status)));
}

void NatsConnection::shutDownClient()
{
    // Once the client has set up TLS, its final cleanup frees OpenSSL's list of compression
    // methods without telling OpenSSL, which frees it again when the process exits: a crash
    // after the command's work is done (nats.c issue #904; Debian 12's libnats 3.4.1). The
    // client then stays as it is until the exit, as in the window, which never shuts it down.
    if (clientUsedTls)
        return;
    nats_CloseAndWait(2000);
}

void NatsConnection::onDisconnected(natsConnection *, void *closure)
{
    static_cast<NatsConnection *>(closure)->m_disconnects.fetch_add(1);
}

void NatsConnection::onReconnected(natsConnection *, void *closure)
{
    static_cast<NatsConnection *>(closure)->m_reconnects.fetch_add(1);
}

void NatsConnection::onClosed(natsConnection *, void *closure)
{
    auto *self = static_cast<NatsConnection *>(closure);
    const std::lock_guard lock(self->m_mutex);
    self->m_closed = true;
    self->m_closedCondition.notify_all();
}

void NatsConnection::onAsyncError(natsConnection *, natsSubscription *subscription, int status,
                                  void *closure)
{
    // Other reports (a slow consumer, a refused publish) reach their callers as well, through
    // the calls they make; only the heartbeats have no other way.
    if (status != NATS_MISSED_HEARTBEAT || !subscription)
        return;
    auto *self = static_cast<NatsConnection *>(closure);
    const std::lock_guard lock(self->m_mutex);
    self->m_missedHeartbeats.insert(subscription);
}
