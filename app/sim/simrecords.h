#pragma once

#include "simfault.h"

#include <QByteArray>
#include <QString>

struct SimHttpRequest;

/// Id of stream message 0; message n has id simFirstMessageId + n, so ids always increase.
inline constexpr qint64 simFirstMessageId = 510000000;

/// What the simulator did on one stream connection, for tests and the CLI summary. Messages are
/// sent in index order, so a connection's messages are exactly [firstIndex, nextIndex).
struct SimStreamConnection
{
    int number = 0; ///< 1 for the first stream connection of the simulator, and so on
    QString account;
    QString label;
    bool backfill = false; ///< the request asked for backfill (client=N or backfillMinutes=N)
    qint64 firstIndex = 0; ///< index of the first message sent (see Simulator::messageId)
    qint64 nextIndex = 0;  ///< one past the last complete message sent
    qint64 messages = 0;   ///< complete messages sent
    qint64 heartbeats = 0;
    qint64 bodyBytes = 0; ///< compressed body bytes written
    bool open = true;
    QString endReason; ///< why the simulator ended it ("client closed", "fault: ...")

    qint64 firstId() const { return simFirstMessageId + firstIndex; }
    /// Id of the last complete message, or firstId() - 1 if none was sent.
    qint64 lastId() const { return simFirstMessageId + nextIndex - 1; }
};

/// One HTTP request the simulator answered.
struct SimRequest
{
    SimFault::Target service = SimFault::Stream;
    QByteArray method;
    QString target; ///< path and query as received
    int status = 0;
    bool hadAuthorization = false;
    QByteArray range; ///< the Range header, if any
    QByteArray userAgent; ///< the User-Agent header, if any
    bool injected = false; ///< the answer came from an injected fault (503, 429)

    /// What every service records of a request it received, before it answers.
    static SimRequest of(SimFault::Target service, const SimHttpRequest &request);
};
