#include "simlistener.h"

#include "backupapi.h"
#include "firestreamservice.h"
#include "simhttpconnection.h"
#include "simserver.h"
#include "simulatorstate.h"
#include "storageservice.h"
#include "streamservice.h"

SimListener::SimListener(Role role, SimulatorState *state)
    : m_role(role)
    , m_state(state)
{}

SimListener::~SimListener() = default;

bool SimListener::listen(const QHostAddress &address, quint16 port, QString *error)
{
    m_server = new SimServer(m_state->options().tls, this);
    if (m_role == Api) {
        m_stream = new StreamService(m_state, this);
        m_firestream = new FirestreamService(m_state, this);
        m_backups = new BackupApi(m_state, this);
        m_backups->setStorageBase(m_storageBase);
    } else {
        m_storage = new StorageService(m_state, this);
    }
    connect(m_server, &SimServer::connectionReady, this, [this](SimHttpConnection *connection) {
        connect(connection, &SimHttpConnection::requestReceived, this,
                [this, connection](const SimHttpRequest &request) { route(connection, request); });
    });
    if (!m_server->listen(address, port)) {
        *error = m_server->errorString();
        return false;
    }
    return true;
}

quint16 SimListener::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void SimListener::setStorageBase(const QUrl &base)
{
    m_storageBase = base;
    if (m_backups)
        m_backups->setStorageBase(base);
}

void SimListener::route(SimHttpConnection *connection, const SimHttpRequest &request)
{
    if (m_storage) {
        m_storage->handle(connection, request);
    } else if (FirestreamService::matches(request.path)) {
        m_firestream->handle(connection, request);
    } else if (StreamService::matches(request.path)) {
        m_stream->handle(connection, request);
    } else if (BackupApi::matches(request.path)) {
        m_backups->handle(connection, request);
    } else {
        SimRequest logged = SimRequest::of(SimFault::Stream, request);
        logged.status = 404;
        m_state->logRequest(logged);
        connection->respond(404, "Not found.\n");
    }
}
