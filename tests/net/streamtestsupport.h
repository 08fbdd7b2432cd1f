#pragma once

#include "net/firehoseclient.h"
#include "sim/simulator.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <vector>

/// Records everything a FirehoseClient reports, for the integration tests.
struct ClientRecorder
{
    explicit ClientRecorder(FirehoseClient &client);

    std::vector<FirehoseClient::State> states;
    std::vector<QString> reasons;
    std::vector<Message> messages;
    std::vector<StreamEvent> events;
    int batches = 0;

    bool sawState(FirehoseClient::State state) const;
    qint64 activityCount() const;
    bool hasEventContaining(const QString &text) const;
};

/// Simulator options for fast tests: short heartbeats, a modest rate.
SimulatorOptions fastSimulatorOptions(double messagesPerSecond = 500);

/// A loopback server that answers every request with one fixed HTTP response and closes, for
/// status codes the simulator never sends (406 from a missing header, 420, 403, 3xx).
class CannedHttpServer : public QTcpServer
{
public:
    explicit CannedHttpServer(QByteArray response);
    QUrl url(const QString &path = QStringLiteral("/stream.json")) const;
    int requestCount() const { return m_requests; }
    QByteArray lastRequest() const { return m_lastRequest; }

private:
    QByteArray m_response;
    int m_requests = 0;
    QByteArray m_lastRequest;
};

/// A complete HTTP/1.1 response with a body.
QByteArray httpResponse(int status, const QByteArray &reason, const QByteArray &body,
                        const QByteArray &contentType = "application/json");
