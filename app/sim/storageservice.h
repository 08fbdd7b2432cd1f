#pragma once

#include "simhttprequest.h"

#include <QObject>

class SimHttpConnection;
class SimulatorState;

/// The object-store origin the backup links point to: checks the pre-signed query (403 when
/// expired or altered), refuses any request that also carries an Authorization header (400, as
/// object stores do), and serves the day's file with HEAD, Content-Length and Range (206).
class StorageService : public QObject
{
    Q_OBJECT

public:
    explicit StorageService(SimulatorState *state, QObject *parent = nullptr);

    void handle(SimHttpConnection *connection, const SimHttpRequest &request);

private:
    SimulatorState *m_state;
};
