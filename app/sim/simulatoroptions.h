#pragma once

#include "net/serviceendpoint.h"

#include "messagegenerator.h"

#include <QDate>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

#include <functional>

/// Everything a Simulator is configured with, fixed when it starts. The defaults behave like the
/// real services (DESIGN §1): tests shorten the intervals, benchmarks raise the rate and sizes.
struct SimulatorOptions
{
    /// Rate meaning "as fast as the client reads".
    static constexpr double UnlimitedRate = -1;

    /// How the stream's gzip body is produced. Deflate compresses each batch at level 1, as a
    /// server would (GzipStreamEncoder: ISA-L's deflate when the build has it, zlib's
    /// otherwise): a ratio of about 7:1 and cheap to decode. Precompressed assembles it
    /// from fixed-Huffman codes made in advance (StreamTemplatePool): the same decoded bytes at
    /// almost no cost to the simulator, but a ratio of only about 1.3:1, which costs a zlib client
    /// about twice as much per byte to decode. Auto is Deflate.
    enum class StreamEncoding { Auto, Deflate, Precompressed };

    // --- Listeners -------------------------------------------------------------------------
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 apiPort = 0; ///< the stream and the backups API; 0 picks a free port
    quint16 storagePort =
        0; ///< the object-store origin download links point to; 0 picks a free port
    /// With a local certificate and key, both listeners speak HTTPS only (see SimCertificates).
    QSslConfiguration tls;

    // --- The one account both services accept -------------------------------------------------
    QString user = QStringLiteral("demo@example.com");
    QString password = QStringLiteral("hydrant-demo");

    /// Everything synthetic (messages, files, missing days) derives from it.
    quint64 seed = 1;

    // --- Realtime stream ---------------------------------------------------------------------
    double messagesPerSecond = 20;   ///< 0 sends heartbeats only; UnlimitedRate as fast as possible
    int heartbeatIntervalMs = 10000; ///< bare \r\n keep-alives, sent between lines
    int messageSize = 0;             ///< pad messages to about this many bytes (0 = natural size)
    MessageShape shape = MessageShape::StockTwits;
    StreamEncoding streamEncoding = StreamEncoding::Auto;
    int streamCompressionLevel = 1; ///< zlib level of the Deflate encoding
    int connectLimit = 10;          ///< connection requests per account and window before 429
    int connectWindowMs = 60000;
    int allowedConnections = 2; ///< more concurrent connections force the oldest off
    /// On a reconnect with client=N or backfillMinutes=N at an unlimited rate (where minutes mean
    /// nothing) this many of the last messages are sent again.
    int unlimitedBackfillMessages = 1000;
    /// created_at of message 0 at a finite rate; invalid means the moment the simulator starts.
    QDateTime streamEpoch;

    // --- Daily backups -----------------------------------------------------------------------
    QStringList fileTypes = BackupEndpoint::documentedFileTypes(); ///< others are 404
    /// Metrics of the symbol backups (/symbols/backups/{metric}/...); others are 404. Their
    /// files are served under the type "symbols_{metric}".
    QStringList symbolMetrics{QStringLiteral("trending"), QStringLiteral("watchers")};
    qint64 fileSize = 2 * 1024 * 1024; ///< target compressed size of one day's file, in bytes
    double fileSizeJitter = 0;         ///< 0..0.9: deterministic per-day variation of fileSize
    bool multiMemberFiles = false;     ///< each segment its own gzip member (like `cat a.gz b.gz`)
    int fileCompressionLevel = 6;
    /// Compressed bytes of distinct content per file. Larger files repeat their segments, which
    /// keeps gigabyte files cheap to serve; smaller files never repeat a line.
    qint64 distinctFileBytes = 8 * 1024 * 1024;
    /// Memory the simulator may keep for generated file content, across files.
    qint64 fileCacheBytes = 128 * 1024 * 1024;
    QDate firstBackupDate = QDate(2012, 1, 2); ///< earlier days have no file (404)
    bool weekendsMissing = true;
    int missingDaysPerThousand = 40; ///< scattered weekdays without a file
    QList<QDate> missingDates;       ///< further days without a file
    /// When set, decides alone which (type, day) has a file; must be thread-safe.
    std::function<bool(const QString &type, QDate day)> hasBackup;
    int linkExpirySeconds = 600; ///< validity of the pre-signed download links
    /// The simulator's "today" (UTC); later days are in the future (400), today has no file yet.
    QDate today;
};
