#pragma once

#include "firestreamcontent.h"
#include "simhttprequest.h"

#include <QHash>
#include <QList>
#include <QObject>

class SimHttpConnection;
class SimulatorState;

/// The StockTwits Firestream live streams (DESIGN §1.2): `/stream`, `/symbols/stream` and
/// `/sentiment` as Server-Sent Events in gzip. Answers 503 (injected), 401 for bad credentials,
/// 406 without `Accept-Encoding: gzip`, 429 beyond the connect budget, 405 for other methods.
/// Resume: `?seq_id=<id>` continues after that item when it was sent within the last 24 hours
/// of the simulator's clock. An id it cannot honour — older than that, or never one of this
/// stream's ids — is answered 200 with an in-stream notice before the first item:
/// `event: info` / `data: {"info":{"code":"resume_unavailable","message":…,"seq_id":…}}`;
/// the stream then continues from the oldest item still held (too old) or the live position
/// (unknown id).
class FirestreamService : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 replayWindowMs = 24LL * 3600 * 1000;

    explicit FirestreamService(SimulatorState *state, QObject *parent = nullptr);

    static bool matches(const QString &path);
    void handle(SimHttpConnection *connection, const SimHttpRequest &request);

private:
    /// When item \a index of \a stream was first sent (ms, simulator clock); -1 if never.
    qint64 sentAtMs(FirestreamContent::Stream stream, qint64 index) const;
    /// One past the newest item of \a stream that exists so far.
    qint64 liveIndex(FirestreamContent::Stream stream) const;
    /// The first item of \a stream sent within the replay window (\a live when none).
    qint64 oldestHeld(FirestreamContent::Stream stream, qint64 live) const;

    SimulatorState *m_state;
    /// Per stream: (first index of a connection, when it started) — when items were sent.
    QHash<int, QList<std::pair<qint64, qint64>>> m_sent;
};
