#pragma once

#include "simhttprequest.h"

#include <QList>
#include <QObject>
#include <QPointer>

class SimHttpConnection;
class SimulatorState;
class StreamSession;

/// The realtime stream endpoint (Gnip-style, DESIGN §1.1): checks credentials, the connect-rate
/// limit and gzip, decides where a (re)connection starts in the stream (backfill), enforces the
/// allowed number of connections and hands the connection to a StreamSession.
class StreamService : public QObject
{
    Q_OBJECT

public:
    explicit StreamService(SimulatorState *state, QObject *parent = nullptr);

    /// True for stream paths: /accounts/{A}/publishers/{S}/streams/{product}/{L}.json and the
    /// /stream/{product}/accounts/{A}/publishers/{S}/{L}.json form of newer products.
    static bool matches(const QString &path, QString *account = nullptr, QString *label = nullptr);

    void handle(SimHttpConnection *connection, const SimHttpRequest &request);

private:
    qint64 startIndex(const QString &accountKey, const SimHttpRequest &request,
                      bool *backfill) const;

    SimulatorState *m_state;
    QList<QPointer<StreamSession>> m_sessions;
};
