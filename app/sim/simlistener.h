#pragma once

#include <QHostAddress>
#include <QObject>
#include <QUrl>

class BackupApi;
class FirestreamService;
class SimHttpConnection;
class SimServer;
class SimulatorState;
class StorageService;
class StreamService;
struct SimHttpRequest;

/// One listener of the simulator with the services behind it, living on a thread of its own so
/// neither a test's nor the GUI's event loop limits how fast it serves. The API listener serves
/// the stream and the backups endpoint; the storage listener is the object-store origin.
class SimListener : public QObject
{
    Q_OBJECT

public:
    enum Role { Api, Storage };

    SimListener(Role role, SimulatorState *state);
    ~SimListener() override;

    /// Call on the listener's thread. False, with \a error set, when the port cannot be bound.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    /// Where the backups endpoint's links point (API listener only; call before listen()).
    void setStorageBase(const QUrl &base);

private:
    void route(SimHttpConnection *connection, const SimHttpRequest &request);

    Role m_role;
    SimulatorState *m_state;
    SimServer *m_server = nullptr;
    StreamService *m_stream = nullptr;
    FirestreamService *m_firestream = nullptr;
    BackupApi *m_backups = nullptr;
    StorageService *m_storage = nullptr;
    QUrl m_storageBase;
};
