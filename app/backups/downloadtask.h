#pragma once

#include "backups/backupkey.h"
#include "backups/backupresolver.h"
#include "backups/gzipverifier.h"
#include "net/serviceendpoint.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QUrl>

class BandwidthLimit;
class Clock;
class ClockTimer;
class QNetworkAccessManager;
class QNetworkReply;
class PartFileVerifier;

/// Downloads one daily backup file: resolves the link (BackupResolver), streams the body into
/// NAME.part as it arrives (bounded memory), resumes an existing NAME.part with Range (starting
/// over cleanly when the storage ignores Range), resolves an expired link again, verifies every
/// gzip member while the bytes land, and only then renames the file atomically to its final name.
/// A corrupt or short file never gets the final name. Retrying is the queue's decision.
class DownloadTask : public QObject
{
    Q_OBJECT

public:
    /// What a user sees the task doing (the queue's column).
    enum class Phase { Resolving, Downloading, Verifying };
    Q_ENUM(Phase)

    /// Where the task is. setState() is the only place it changes; the phase follows from it.
    enum class State {
        Idle,       ///< start() has not run yet
        Resolving,  ///< asking the backup service for a link
        Requesting, ///< asked the storage; the head of its answer has not arrived
        Receiving,  ///< writing the body into NAME.part
        Dropping,   ///< the answer is unwanted (other bytes, too long, disk error): it ends first
        Verifying,  ///< every byte is in NAME.part; the verifier finishes its check
        Finished,   ///< finished() was emitted, or abort() ran
    };
    Q_ENUM(State)

    enum class Error {
        None,         ///< done: the verified file has its final name
        BadRequest,   ///< invalid type/date, or 400 from the service
        Unauthorized, ///< 401: credentials needed
        NotAvailable, ///< 404: no file for that day
        Forbidden,    ///< 403 from the service: not entitled
        Network,      ///< connection problem or a transfer cut short (NAME.part kept): retry
        Server,       ///< 5xx/429: retry later
        ExpiredLink,  ///< the link kept expiring: retry later
        Corrupt,      ///< verification failed (NAME.part removed)
        Disk,         ///< disk full, permission denied, folder missing...
        Refused,      ///< endpoint policy or TLS refused a URL
        TooLarge,     ///< an answer passed an explicit size limit (NAME.part removed)
        Unexpected,   ///< anything else (e.g. the storage answering 400)
    };
    Q_ENUM(Error)

    struct Result
    {
        Error error = Error::None;
        QString message;  ///< for the user; for None a note such as "already on disk"
        QString filePath; ///< the final file when done
        qint64 bytes = 0; ///< size of the final file when done
        int httpStatus = 0;
        /// NAME.part grew during this run and nothing received was thrown away (no restart from
        /// zero, no failed verification): only this counts as progress for the retry policy.
        bool keptProgress = false;
        bool threwAwayProgress = false; ///< bytes were discarded (restart from zero, corrupt)
        qint64 bytesTransferred = 0;    ///< body bytes received from the storage in this run
        qint64 fileSize = -1;           ///< the file's size when the storage said it
    };

    DownloadTask(QNetworkAccessManager *network, const BackupEndpoint &endpoint,
                 const BackupKey &key, const QString &folder, QObject *parent = nullptr);
    ~DownloadTask() override;

    const BackupKey &key() const { return m_key; }
    QString finalPath() const;
    QString partPath() const;

    /// How many times in a row an expired link is resolved again before giving up (default 3).
    void setMaxLinkRenewals(int renewals) { m_maxRenewals = renewals; }
    /// Milliseconds without a byte before a transfer counts as dropped (default from settings).
    void setStallTimeout(int milliseconds) { m_stallTimeoutMs = milliseconds; }
    /// The most bytes accepted from a storage answer that does not say its length (no
    /// Content-Length); past it the transfer stops with an error (default 32 GiB).
    void setMaxUnknownLengthBody(qint64 bytes) { m_maxUnknownLengthBody = bytes; }
    /// A limit shared with the other transfers (the queue's), on \a clock; none by default.
    void setBandwidthLimit(BandwidthLimit *limit, Clock *clock);
    /// The shared limit changed: what waits is read now, as far as the new limit allows.
    void bandwidthLimitChanged();
    /// The deadlines of the backup service request (see BackupResolver::setDeadlines()).
    void setResolverDeadlines(int connectMs, int answerMs);

    /// Starts (asynchronously); progress() and phaseChanged() follow, then finished() once.
    void start();
    /// Stops without a verdict; NAME.part is kept so a later task resumes it.
    void abort();

    State state() const { return m_state; }
    Phase phase() const { return phaseOf(m_state); }
    qint64 bytesReceived() const { return m_written; }
    qint64 bytesTotal() const { return m_total; }
    /// Body bytes received from the storage so far in this run (discarded ones included).
    qint64 bytesTransferred() const { return m_transferred; }
    /// Bytes of NAME.part checked so far (the check runs while the data arrives).
    qint64 bytesVerified() const;

signals:
    void phaseChanged(DownloadTask::Phase phase);
    /// \a received counts every byte in NAME.part (resumed bytes included).
    void progress(qint64 received, qint64 total);
    void finished(const DownloadTask::Result &result);

private:
    static Phase phaseOf(State state);
    void setState(State state);
    void finishTransfer(); ///< the body is complete: close NAME.part and let the check end
    void resolve();
    void onResolved(const BackupResolver::Result &result);
    void startTransfer();
    void onHeaders();
    void onReadyRead();
    qint64 replyBufferSize() const;
    void onTransferFinished();
    void onVerified(const GzipVerifier::Result &result);
    bool openPartFile();
    void restartFromZero();
    void startVerifier();
    void stopVerifier();
    void dropReply();
    void finish(Error error, const QString &message, int httpStatus = 0);
    QString diskErrorMessage(int osError) const;

    QNetworkAccessManager *m_network;
    BackupEndpoint m_endpoint;
    BackupKey m_key;
    QString m_folder;
    BackupResolver *m_resolver = nullptr;
    QPointer<QNetworkReply> m_reply;
    PartFileVerifier *m_verifier = nullptr;
    QFile m_file;
    QUrl m_link;
    State m_state = State::Idle;
    qint64 m_written = 0; ///< bytes in NAME.part
    qint64 m_startOffset = 0;
    qint64 m_total = -1;
    int m_status = 0;
    int m_renewals = 0;
    int m_maxRenewals = 3;
    int m_redirects = 0;
    int m_stallTimeoutMs = 0;
    BandwidthLimit *m_limit = nullptr;
    Clock *m_clock = nullptr;
    ClockTimer *m_throttle = nullptr; ///< wakes a read the limit held back
    bool m_restart = false; ///< Dropping because the storage sent other bytes than asked for
    bool m_threwAway = false;
    qint64 m_initialWritten = -1; ///< bytes in NAME.part when the task began
    qint64 m_transferred = 0;
    qint64 m_maxUnknownLengthBody = qint64(32) << 30;
    int m_resolverConnectMs = -1;
    int m_resolverAnswerMs = -1;
    QString m_diskError;
    QString m_corruptError;
    QString m_tooLongError;
};

Q_DECLARE_METATYPE(DownloadTask::Result)
