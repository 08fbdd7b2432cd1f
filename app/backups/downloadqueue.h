#pragma once

#include "backups/backupcatalogue.h"
#include "backups/backupkey.h"
#include "backups/downloaditem.h"
#include "backups/downloadretrypolicy.h"
#include "backups/downloadtask.h"
#include "net/bandwidthlimit.h"
#include "net/ratemeter.h"
#include "net/serviceendpoint.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <optional>

class Clock;
class ClockTimer;
class QNetworkAccessManager;
class QTimer;

/// The download session: owns every (type, day) transfer and its state, runs at most
/// concurrency() of them at a time, retries network errors, server errors and expired links with
/// backoff, stops everything and asks once for credentials on a 401, skips days already on disk,
/// and saves itself so a restart resumes where it stopped. The Backups page and
/// `hydrant-cli download` are both views over one of these.
class DownloadQueue : public QObject
{
    Q_OBJECT

public:
    struct EnqueueResult
    {
        int added = 0;         ///< new or re-queued items
        int skipped = 0;       ///< already complete on disk
        int alreadyQueued = 0; ///< in the queue and not finished
        QStringList refused;   ///< validation errors: these never reach the network
    };

    struct Totals
    {
        qint64 bytesReceived = 0;
        qint64 bytesTotal = 0; ///< of the items whose size is known
        double bytesPerSecond = 0; ///< what arrives over the network now, all transfers together
        qint64 bytesTransferred = 0; ///< body bytes received in this session, discarded ones too
        int active = 0;
        int queued = 0;
        int paused = 0;
        int done = 0;
        int notAvailable = 0;
        int failed = 0;
        int cancelled = 0;
    };

    explicit DownloadQueue(QObject *parent = nullptr);
    ~DownloadQueue() override;

    // --- configuration ---------------------------------------------------------------------
    /// The network to use (default: one owned by the queue).
    void setNetworkAccessManager(QNetworkAccessManager *network);
    /// The clock for retry times (default: Clock::system()).
    void setClock(Clock *clock);
    void setRetryPolicy(const DownloadRetryPolicy &policy) { m_policy = policy; }
    const DownloadRetryPolicy &retryPolicy() const { return m_policy; }
    /// Milliseconds without a byte before a transfer is treated as dropped.
    void setStallTimeout(int milliseconds) { m_stallTimeoutMs = milliseconds; }
    void setConcurrency(int jobs);
    /// Bytes per second for all transfers together; 0 (the default) for no limit.
    void setBandwidthLimit(qint64 bytesPerSecond);
    qint64 bandwidthLimit() const { return m_bandwidth.rate(); }
    int concurrency() const { return m_concurrency; }
    /// The service and credentials. Running transfers restart against a new service.
    void setEndpoint(const BackupEndpoint &endpoint);
    const BackupEndpoint &endpoint() const { return m_endpoint; }
    /// Where newly queued days are saved (existing items keep their folder).
    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    /// Kept informed of finished downloads and days without a file.
    void setCatalogue(BackupCatalogue *catalogue) { m_catalogue = catalogue; }
    /// Saves the queue to \a path (JSON) after every change; empty disables saving.
    void setStatePath(const QString &path) { m_statePath = path; }
    QString statePath() const { return m_statePath; }
    /// Loads the saved queue (replacing the current items) and starts what was running.
    bool restoreState(QString *error = nullptr);
    /// Writes the state file now (it is otherwise written shortly after each change).
    bool saveState(QString *error = nullptr);

    // --- items -----------------------------------------------------------------------------
    /// Every (type × day) from \a from to \a to, day by day, types in the given order; a type is
    /// a label (BackupNaming::keyOf()): "activity", or "symbols/trending" for a symbol backup.
    static QList<BackupKey> keysFor(const QStringList &types, const QDate &from, const QDate &to);
    /// Queues \a keys (validated first; invalid ones are refused without any request).
    EnqueueResult enqueue(const QList<BackupKey> &keys);

    int count() const { return int(m_items.size()); }
    /// Every item, in download order (the order they were queued in), for going through them
    /// all. An item is addressed by its key, never by where it stands: positions change as items
    /// are removed.
    const QList<DownloadItem> &items() const { return m_items; }
    /// The item of \a key, or null when it is not in the queue. The pointer is valid until the
    /// queue changes.
    const DownloadItem *find(const BackupKey &key) const;
    bool contains(const BackupKey &key) const { return m_position.contains(key); }
    std::optional<DownloadItem::State> stateOf(const BackupKey &key) const;
    /// The final file of \a key (whether or not it exists yet); empty when it is not queued.
    QString filePath(const BackupKey &key) const;
    Totals totals() const;
    /// File types (BackupNaming::typeLabel()) of which every item in the queue ended Not available (none was found on any
    /// day, and no day of it was skipped as already on disk): almost always a wrong type name
    /// (DESIGN §1.2).
    QStringList typesNotFound() const;
    /// The sentence for a type found on none of \a days days.
    static QString typeNotFoundMessage(const QString &type, int days);
    /// True while an item is queued or running (a paused item is not pending work).
    bool hasPendingWork() const;
    int activeCount() const { return int(m_tasks.size()); }

    // --- actions ---------------------------------------------------------------------------
    void pause(const BackupKey &key);
    void resume(const BackupKey &key);
    /// Stops \a key and removes its NAME.part.
    void cancel(const BackupKey &key);
    /// Queues a failed, unavailable, cancelled (or done but deleted) item again.
    void retry(const BackupKey &key);
    void remove(const BackupKey &key);
    /// Where move() takes items in the download order.
    enum class Move { Up, Down, ToTop, ToBottom };
    /// Moves \a keys one place (or to the end) towards the front of the download order, where
    /// queued items start sooner, or towards its back; they keep their order among themselves,
    /// and items already at the edge stay. Running transfers are not interrupted.
    void move(const QList<BackupKey> &keys, Move where);
    void pauseAll();
    void resumeAll();
    /// Removes Done, Not available and Cancelled items.
    void clearFinished();
    /// New credentials after credentialsRequired(): the queue carries on.
    void provideCredentials(const ServiceCredentials &credentials);
    bool isWaitingForCredentials() const { return m_waitingForCredentials; }

signals:
    /// \a keys were added at the end of the download order, in that order.
    void itemsAdded(const QList<BackupKey> &keys);
    /// \a keys are leaving the queue (their items can still be read).
    void itemsAboutToBeRemoved(const QList<BackupKey> &keys);
    /// \a keys have left the queue.
    void itemsRemoved(const QList<BackupKey> &keys);
    void itemChanged(const BackupKey &key);
    /// The download order changed (move()); every key is still there.
    void orderChanged();
    /// A 401 (every transfer stopped), or work queued for an account whose password is not
    /// known; emitted once until credentials are provided.
    void credentialsRequired(const QString &message);
    /// \a key reached Done, Not available, Failed or Cancelled.
    void itemFinished(const BackupKey &key);
    /// Nothing is queued or running any more (or the queue waits for credentials).
    void settled();
    /// The state file could not be written.
    void stateSaveFailed(const QString &message);

private:
    void scheduleSoon();
    void schedule();
    DownloadItem *itemFor(const BackupKey &key);
    void startItem(DownloadItem &item);
    void stopTask(const BackupKey &key);
    void onTaskProgress(const BackupKey &key, qint64 received, qint64 total);
    void onTaskPhase(const BackupKey &key, DownloadTask::Phase phase);
    void onTaskFinished(const BackupKey &key, const DownloadTask::Result &result);
    void setItemState(DownloadItem &item, DownloadItem::State state,
                      const QString &message = QString());
    void countTransferred(const BackupKey &key, qint64 transferred);
    QString giveUpMessage(DownloadRetryPolicy::Verdict verdict, const DownloadItem &item) const;
    void markChanged(const DownloadItem &item, bool structural = true);
    void append(const QList<DownloadItem> &items);
    void removeItems(const QList<BackupKey> &keys);
    void rebuildPositions();
    void requestSave();
    qint64 nowMs() const;
    void checkSettled();

    QNetworkAccessManager *m_network = nullptr;
    Clock *m_clock = nullptr;
    ClockTimer *m_retryTimer = nullptr;
    DownloadRetryPolicy m_policy;
    BackupEndpoint m_endpoint;
    QString m_folder;
    QPointer<BackupCatalogue> m_catalogue;
    QString m_statePath;
    int m_concurrency = 3;
    BandwidthLimit m_bandwidth; ///< shared by every transfer
    int m_stallTimeoutMs = 0;
    bool m_waitingForCredentials = false;
    bool m_scheduled = false;
    bool m_wasPending = false;

    QList<DownloadItem> m_items;            ///< in download order
    QHash<BackupKey, qsizetype> m_position; ///< where each key stands in m_items
    QHash<BackupKey, DownloadTask *> m_tasks;
    struct SpeedSample
    {
        RateMeter speed{RateMeter::Smoothing::Halves}; ///< of the file's bytes on disk
        qint64 lastEmitMs = -1;
        qint64 transferred = 0; ///< the task's bytesTransferred already counted
    };
    QHash<BackupKey, SpeedSample> m_speed;
    qint64 m_sessionBytes = 0; ///< body bytes received by every task of this session
    /// All transfers together: the speed of the network, over m_sessionBytes.
    RateMeter m_networkRate{RateMeter::Smoothing::Halves};
    QTimer *m_saveTimer = nullptr;
    QSet<QString> m_typesOnDisk; ///< types of which a day was skipped as already on disk
};
