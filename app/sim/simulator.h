#pragma once

#include "net/serviceendpoint.h"
#include "simfault.h"
#include "simrecords.h"
#include "simulatoroptions.h"

#include <QDate>
#include <QObject>
#include <QUrl>

#include <memory>

class BackupFile;

/// A local stand-in for both services Hydrant talks to (DESIGN §1): the realtime stream and the
/// daily backups endpoint on one listener, the object-store origin of the download links on a
/// second, both real HTTP/1.1 (or HTTPS) servers on loopback, each on a thread of its own.
/// Faults can be injected while it runs; what it served can be inspected afterwards.
///
/// \code
///   Simulator sim(options);
///   sim.start();
///   QNetworkRequest request(sim.streamUrl());   // with Basic auth from sim.credentials()
/// \endcode
class Simulator : public QObject
{
    Q_OBJECT

public:
    explicit Simulator(const SimulatorOptions &options = {}, QObject *parent = nullptr);
    ~Simulator() override;

    /// Binds both listeners and starts serving; false (with \a errorMessage) if a port is taken.
    bool start(QString *errorMessage = nullptr);
    /// Closes every connection and both listeners. Also done by the destructor.
    void stop();
    bool isRunning() const;

    const SimulatorOptions &options() const;
    bool usesTls() const;

    // --- Where to connect ---------------------------------------------------------------------
    QUrl apiBaseUrl() const;     ///< http(s)://127.0.0.1:PORT of the stream and backups listener
    QUrl backupsBaseUrl() const; ///< the base URL a BackupEndpoint takes (same as apiBaseUrl())
    QUrl storageBaseUrl() const; ///< the object-store origin (another port: another origin)
    /// A stream URL of the classic shape
    /// /accounts/{A}/publishers/stocktwits/streams/firehose/{L}.json; \a query such as
    /// "backfillMinutes=1" or "client=1".
    QUrl streamUrl(const QString &account = QStringLiteral("demo"),
                   const QString &label = QStringLiteral("prod"), const QString &query = {}) const;
    /// A Firestream live stream: \a path is /stream, /symbols/stream or /sentiment.
    QUrl firestreamUrl(const QString &path = QStringLiteral("/stream"),
                       const QString &query = {}) const;
    /// /backups/{type}/{yyyy}/{mm}/{dd} on the backups listener.
    QUrl backupUrl(const QString &type, QDate day) const;
    ServiceCredentials credentials() const;

    // --- Faults and time ----------------------------------------------------------------------
    void injectFault(const SimFault &fault);
    void clearFaults();
    /// Moves the simulator's clock forward: the connect-rate window and link expiry use it.
    void advanceClock(qint64 ms);

    // --- What was served ----------------------------------------------------------------------
    QList<SimStreamConnection> streamConnections() const;
    /// Complete messages written on all stream connections.
    qint64 messagesSent() const;
    QList<SimRequest> requests() const;

    // --- The content, for tests to compare with what they received ----------------------------
    static qint64 messageId(qint64 index) { return simFirstMessageId + index; }
    /// Stream message \a index exactly as served (without "\r\n"). At a finite rate its
    /// created_at is fixed; at other rates it is the time of the call.
    QByteArray streamMessage(qint64 index) const;
    /// The seq_id of item \a index of the Firestream stream at \a path (56 digits).
    static QByteArray firestreamSeqId(const QString &path, qint64 index);
    /// Item \a index of that stream as one complete server-sent event, exactly as served
    /// (at a finite rate; at an unlimited rate its created_at is the time of the call).
    QByteArray firestreamEvent(const QString &path, qint64 index) const;
    /// The JSON a client assembles from that event's data lines.
    QByteArray firestreamItem(const QString &path, qint64 index) const;
    /// The bytes every Firestream response body starts with, before the first event.
    static QByteArray firestreamPreamble();
    /// True when the backups endpoint redirects for (\a type, \a day) rather than 404.
    bool hasBackup(const QString &type, QDate day) const;
    /// The file served for (\a type, \a day): size(), write(), sha256() give the exact bytes.
    std::shared_ptr<const BackupFile> backupFile(const QString &type, QDate day) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
