#include "downloadqueue.h"

#include "backups/backupcatalogue.h"
#include "backups/backupnaming.h"
#include "backups/downloadstatestore.h"
#include "core/appsettings.h"
#include "net/clock.h"
#include "net/clocktimer.h"
#include "net/httpstatusrule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>

namespace {

/// Progress of one item is announced at most this often; state changes go out at once.
constexpr qint64 progressIntervalMs = 200;

DownloadRetryPolicy::ErrorClass errorClass(const DownloadTask::Result &result)
{
    switch (result.error) {
    case DownloadTask::Error::Server:
        // The service and its storage read a status the same way here (429: rate limited).
        return HttpStatusRule::classify(HttpStatusRule::Server::BackupStorage, result.httpStatus)
                           .retry == HttpStatusRule::Retry::RateLimitBackoff
                   ? DownloadRetryPolicy::ErrorClass::RateLimited
                   : DownloadRetryPolicy::ErrorClass::Server;
    case DownloadTask::Error::ExpiredLink:
        return DownloadRetryPolicy::ErrorClass::ExpiredLink;
    case DownloadTask::Error::Corrupt:
        return DownloadRetryPolicy::ErrorClass::Corrupt;
    default:
        return DownloadRetryPolicy::ErrorClass::Network;
    }
}

bool isRetryable(DownloadTask::Error error)
{
    return error == DownloadTask::Error::Network || error == DownloadTask::Error::Server ||
           error == DownloadTask::Error::ExpiredLink || error == DownloadTask::Error::Corrupt;
}

} // namespace

DownloadQueue::DownloadQueue(QObject *parent)
    : QObject(parent)
    , m_concurrency(AppSettings::defaultDownloadConcurrency)
    , m_stallTimeoutMs(AppSettings::defaultStallTimeoutSeconds * 1000)
{
    m_network = new QNetworkAccessManager(this);
    setClock(Clock::system());
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(1000);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { saveState(); });
}

DownloadQueue::~DownloadQueue()
{
    const auto tasks = m_tasks;
    for (DownloadTask *task : tasks)
        task->abort();
    for (DownloadItem &item : m_items) {
        if (item.isActive())
            item.state = DownloadItem::State::Queued;
    }
    if (m_saveTimer->isActive() || !m_tasks.isEmpty())
        saveState();
}

void DownloadQueue::setNetworkAccessManager(QNetworkAccessManager *network)
{
    if (network)
        m_network = network;
}

void DownloadQueue::setClock(Clock *clock)
{
    m_clock = clock;
    m_bandwidth.setRate(m_bandwidth.rate(), m_clock->now());
    delete m_retryTimer;
    m_retryTimer = m_clock->createTimer(this);
    connect(m_retryTimer, &ClockTimer::timeout, this, &DownloadQueue::schedule);
}

qint64 DownloadQueue::nowMs() const
{
    return m_clock->now().count();
}

void DownloadQueue::setBandwidthLimit(qint64 bytesPerSecond)
{
    if (bytesPerSecond == m_bandwidth.rate())
        return;
    m_bandwidth.setRate(bytesPerSecond, m_clock->now());
    for (DownloadTask *task : std::as_const(m_tasks))
        task->bandwidthLimitChanged();
}

void DownloadQueue::setConcurrency(int jobs)
{
    m_concurrency = std::clamp(jobs, 1, 16);
    scheduleSoon();
}

void DownloadQueue::setEndpoint(const BackupEndpoint &endpoint)
{
    const bool sameService = endpoint.baseUrl == m_endpoint.baseUrl &&
                             endpoint.credentials.user == m_endpoint.credentials.user;
    m_endpoint = endpoint;
    if (!sameService) {
        // Running transfers belong to the old service: put them back in line.
        const QList<BackupKey> running = m_tasks.keys();
        for (const BackupKey &key : running) {
            stopTask(key);
            if (DownloadItem *item = itemFor(key))
                setItemState(*item, DownloadItem::State::Queued);
        }
        m_waitingForCredentials = false;
    }
    scheduleSoon();
}

void DownloadQueue::setFolder(const QString &folder)
{
    m_folder = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
}

bool DownloadQueue::restoreState(QString *error)
{
    if (m_statePath.isEmpty())
        return true;
    QString loadError;
    const QList<DownloadItem> loaded = DownloadStateStore(m_statePath).load(&loadError);
    if (!m_items.isEmpty()) {
        QList<BackupKey> keys;
        for (const DownloadItem &item : std::as_const(m_items))
            keys.append(item.key);
        removeItems(keys);
    }
    QList<DownloadItem> restored;
    QSet<BackupKey> seen;
    for (DownloadItem item : loaded) {
        // A key is in the queue once; a hand-edited file may name it twice.
        if (seen.contains(item.key))
            continue;
        seen.insert(item.key);
        // What is on disk now is the truth; the saved byte count was only a snapshot.
        const QFileInfo part(QDir(item.folder).filePath(BackupNaming::partFileName(item.key)));
        if (item.state == DownloadItem::State::Queued || item.state == DownloadItem::State::Paused)
            item.bytesReceived = part.exists() ? part.size() : 0;
        restored.append(item);
    }
    append(restored);
    if (error)
        *error = loadError;
    scheduleSoon();
    return loadError.isEmpty();
}

bool DownloadQueue::saveState(QString *error)
{
    m_saveTimer->stop();
    if (m_statePath.isEmpty())
        return true;
    QString saveError;
    QList<DownloadItem> snapshot = m_items;
    const bool ok = DownloadStateStore(m_statePath).save(snapshot, &saveError);
    if (!ok)
        emit stateSaveFailed(saveError);
    if (error)
        *error = saveError;
    return ok;
}

void DownloadQueue::requestSave()
{
    if (!m_statePath.isEmpty() && !m_saveTimer->isActive())
        m_saveTimer->start();
}

QList<BackupKey> DownloadQueue::keysFor(const QStringList &types, const QDate &from,
                                        const QDate &to)
{
    QList<BackupKey> keys;
    if (!from.isValid() || !to.isValid())
        return keys;
    const QDate first = std::min(from, to);
    const QDate last = std::max(from, to);
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        for (const QString &type : types)
            keys.append(BackupNaming::keyOf(type, day));
    }
    return keys;
}

DownloadQueue::EnqueueResult DownloadQueue::enqueue(const QList<BackupKey> &keys)
{
    EnqueueResult result;
    QList<DownloadItem> fresh;
    QSet<BackupKey> seen;
    for (const BackupKey &key : keys) {
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (const QString error = BackupNaming::keyError(key); !error.isEmpty()) {
            result.refused.append(error);
            continue;
        }
        const DownloadItem *queued = find(key);
        const QString folder = queued ? queued->folder : m_folder;
        const QFileInfo final(QDir(folder).filePath(BackupNaming::fileName(key)));
        if (final.isFile()) {
            ++result.skipped;
            m_typesOnDisk.insert(BackupNaming::typeLabel(key));
            if (m_catalogue)
                m_catalogue->recordDownloaded(key, folder, final.size());
            continue;
        }
        if (queued) {
            if (!queued->isFinished()) {
                ++result.alreadyQueued;
                continue;
            }
            retry(key);
            ++result.added;
            continue;
        }
        DownloadItem item;
        item.key = key;
        item.folder = m_folder;
        const QFileInfo part(QDir(m_folder).filePath(BackupNaming::partFileName(key)));
        item.bytesReceived = part.exists() ? part.size() : 0;
        fresh.append(item);
        ++result.added;
    }
    if (!fresh.isEmpty()) {
        append(fresh);
        requestSave();
    }
    scheduleSoon();
    return result;
}

void DownloadQueue::append(const QList<DownloadItem> &items)
{
    if (items.isEmpty())
        return;
    QList<BackupKey> keys;
    for (const DownloadItem &item : items) {
        m_position.insert(item.key, m_items.size());
        m_items.append(item);
        keys.append(item.key);
    }
    emit itemsAdded(keys);
}

void DownloadQueue::removeItems(const QList<BackupKey> &keys)
{
    QList<BackupKey> leaving;
    QSet<BackupKey> gone;
    for (const BackupKey &key : keys) {
        if (m_position.contains(key) && !gone.contains(key)) {
            gone.insert(key);
            leaving.append(key);
        }
    }
    if (leaving.isEmpty())
        return;
    for (const BackupKey &key : std::as_const(leaving))
        stopTask(key);
    emit itemsAboutToBeRemoved(leaving);
    m_items.removeIf([&](const DownloadItem &item) { return gone.contains(item.key); });
    rebuildPositions();
    emit itemsRemoved(leaving);
    requestSave();
}

void DownloadQueue::rebuildPositions()
{
    m_position.clear();
    for (qsizetype i = 0; i < m_items.size(); ++i)
        m_position.insert(m_items[i].key, i);
}

void DownloadQueue::move(const QList<BackupKey> &keys, Move where)
{
    const QSet<BackupKey> moving(keys.cbegin(), keys.cend());
    const auto isMoving = [&](const DownloadItem &item) { return moving.contains(item.key); };
    const QList<DownloadItem> before = m_items;
    switch (where) {
    case Move::Up:
        // Each selected item passes the unselected one before it; a block at the top stays.
        for (qsizetype i = 1; i < m_items.size(); ++i) {
            if (isMoving(m_items[i]) && !isMoving(m_items[i - 1]))
                m_items.swapItemsAt(i, i - 1);
        }
        break;
    case Move::Down:
        for (qsizetype i = m_items.size() - 2; i >= 0; --i) {
            if (isMoving(m_items[i]) && !isMoving(m_items[i + 1]))
                m_items.swapItemsAt(i, i + 1);
        }
        break;
    case Move::ToTop:
        std::stable_partition(m_items.begin(), m_items.end(), isMoving);
        break;
    case Move::ToBottom:
        std::stable_partition(m_items.begin(), m_items.end(),
                              [&](const DownloadItem &item) { return !isMoving(item); });
        break;
    }
    const bool changed = !std::equal(before.cbegin(), before.cend(), m_items.cbegin(),
                                     [](const DownloadItem &a, const DownloadItem &b) {
                                         return a.key == b.key;
                                     });
    if (!changed)
        return;
    rebuildPositions();
    emit orderChanged();
    requestSave();
    scheduleSoon();
}

const DownloadItem *DownloadQueue::find(const BackupKey &key) const
{
    const auto position = m_position.constFind(key);
    return position == m_position.cend() ? nullptr : &m_items[*position];
}

DownloadItem *DownloadQueue::itemFor(const BackupKey &key)
{
    const auto position = m_position.constFind(key);
    return position == m_position.cend() ? nullptr : &m_items[*position];
}

std::optional<DownloadItem::State> DownloadQueue::stateOf(const BackupKey &key) const
{
    const DownloadItem *item = find(key);
    if (!item)
        return std::nullopt;
    return item->state;
}

QString DownloadQueue::filePath(const BackupKey &key) const
{
    const DownloadItem *item = find(key);
    return item ? QDir(item->folder).filePath(BackupNaming::fileName(key)) : QString();
}

DownloadQueue::Totals DownloadQueue::totals() const
{
    Totals totals;
    for (const DownloadItem &item : m_items) {
        using S = DownloadItem::State;
        switch (item.state) {
        case S::Queued:
            ++totals.queued;
            break;
        case S::Resolving:
        case S::Downloading:
        case S::Verifying:
            ++totals.active;
            break;
        case S::Done:
            ++totals.done;
            break;
        case S::NotAvailable:
            ++totals.notAvailable;
            break;
        case S::Failed:
            ++totals.failed;
            break;
        case S::Paused:
            ++totals.paused;
            break;
        case S::Cancelled:
            ++totals.cancelled;
            break;
        }
        if (item.state == S::NotAvailable || item.state == S::Cancelled || item.state == S::Failed)
            continue;
        totals.bytesReceived += item.bytesReceived;
        if (item.bytesTotal > 0)
            totals.bytesTotal += item.bytesTotal;
    }
    totals.bytesTransferred = m_sessionBytes;
    // The speed of the network, not of one file: many short files each finish before a speed of
    // their own is known. A window without news (nothing running) means nothing arrives.
    if (totals.active > 0)
        totals.bytesPerSecond = m_networkRate.rateAt(m_clock->now(), m_sessionBytes);
    return totals;
}

void DownloadQueue::countTransferred(const BackupKey &key, qint64 transferred)
{
    auto sample = m_speed.find(key);
    if (sample == m_speed.end())
        return;
    if (transferred > sample->transferred) {
        m_sessionBytes += transferred - sample->transferred;
        sample->transferred = transferred;
    }
    m_networkRate.update(m_clock->now(), m_sessionBytes);
}

QStringList DownloadQueue::typesNotFound() const
{
    QStringList types;
    QHash<QString, bool> seenOnlyMissing;
    for (const DownloadItem &item : m_items) {
        const bool missing = item.state == DownloadItem::State::NotAvailable;
        const QString label = BackupNaming::typeLabel(item.key);
        auto found = seenOnlyMissing.find(label);
        if (found == seenOnlyMissing.end()) {
            seenOnlyMissing.insert(label, missing);
            types.append(label);
        } else if (!missing) {
            *found = false;
        }
    }
    types.erase(std::remove_if(types.begin(), types.end(),
                               [&](const QString &type) {
                                   return !seenOnlyMissing.value(type) ||
                                          m_typesOnDisk.contains(type);
                               }),
                types.end());
    return types;
}

QString DownloadQueue::typeNotFoundMessage(const QString &type, int days)
{
    return tr("No “%1” file was found on any of the %n day(s) asked for: the file type “%1” does "
              "not seem to exist for this account. Check the list of file types on your "
              "dashboard (the documented types are “activity” and “message”).",
              nullptr, days)
        .arg(type);
}

bool DownloadQueue::hasPendingWork() const
{
    if (!m_tasks.isEmpty())
        return true;
    if (m_waitingForCredentials)
        return false;
    return std::any_of(m_items.cbegin(), m_items.cend(), [](const DownloadItem &item) {
        return item.state == DownloadItem::State::Queued;
    });
}

void DownloadQueue::scheduleSoon()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        schedule();
    });
}

void DownloadQueue::schedule()
{
    // A saved account whose password is not known yet: ask before the first request.
    if (m_endpoint.hasAccount() && !m_endpoint.credentials.isComplete() &&
        !m_waitingForCredentials && hasPendingWork()) {
        m_waitingForCredentials = true;
        emit credentialsRequired(tr("The password of the backups account is needed to download."));
        return;
    }
    if (m_endpoint.isValid() && !m_waitingForCredentials) {
        const qint64 now = nowMs();
        qint64 nextRetry = -1;
        // In download order; each item is found again by its key, as whoever hears of a start
        // may change the queue.
        QList<BackupKey> order;
        order.reserve(m_items.size());
        for (const DownloadItem &item : std::as_const(m_items))
            order.append(item.key);
        for (const BackupKey &key : std::as_const(order)) {
            if (int(m_tasks.size()) >= m_concurrency)
                break;
            DownloadItem *item = itemFor(key);
            if (!item || item->state != DownloadItem::State::Queued)
                continue;
            if (item->retryAtMs > now) {
                nextRetry = nextRetry < 0 ? item->retryAtMs : std::min(nextRetry, item->retryAtMs);
                continue;
            }
            startItem(*item);
        }
        // Items further down may wait for a retry time too.
        for (const DownloadItem &item : std::as_const(m_items)) {
            if (item.state == DownloadItem::State::Queued && item.retryAtMs > now)
                nextRetry = nextRetry < 0 ? item.retryAtMs : std::min(nextRetry, item.retryAtMs);
        }
        if (nextRetry >= 0)
            m_retryTimer->start(std::chrono::milliseconds(nextRetry - now));
        else
            m_retryTimer->stop();
    }
    checkSettled();
}

void DownloadQueue::checkSettled()
{
    const bool pending = hasPendingWork();
    if (m_wasPending && !pending)
        emit settled();
    m_wasPending = pending;
}

void DownloadQueue::startItem(DownloadItem &item)
{
    const BackupKey key = item.key;
    auto *task = new DownloadTask(m_network, m_endpoint, key, item.folder, this);
    if (m_stallTimeoutMs > 0)
        task->setStallTimeout(m_stallTimeoutMs);
    // One answer of unknown length may bring no more than the policy allows for the whole file.
    task->setMaxUnknownLengthBody(m_policy.byteLimit(-1));
    task->setBandwidthLimit(&m_bandwidth, m_clock);
    m_tasks.insert(key, task);
    SpeedSample sample;
    sample.speed.restart(m_clock->now(), item.bytesReceived);
    m_speed.insert(key, sample);
    if (m_sessionBytes == m_networkRate.windowStartTotal())
        m_networkRate.restartWindow(m_clock->now(), m_sessionBytes); // nothing moved since
    connect(task, &DownloadTask::progress, this,
            [this, key](qint64 received, qint64 total) { onTaskProgress(key, received, total); });
    connect(task, &DownloadTask::phaseChanged, this,
            [this, key](DownloadTask::Phase phase) { onTaskPhase(key, phase); });
    connect(task, &DownloadTask::finished, this,
            [this, key](const DownloadTask::Result &result) { onTaskFinished(key, result); });
    item.retryAtMs = 0;
    setItemState(item, DownloadItem::State::Resolving, item.message);
    // Whoever heard of the start may have paused or removed the item meanwhile.
    if (m_tasks.value(key) == task)
        task->start();
}

void DownloadQueue::stopTask(const BackupKey &key)
{
    DownloadTask *task = m_tasks.take(key);
    m_speed.remove(key);
    if (!task)
        return;
    task->disconnect(this);
    task->abort();
    task->deleteLater();
    if (DownloadItem *item = itemFor(key))
        item->bytesPerSecond = 0;
}

void DownloadQueue::onTaskProgress(const BackupKey &key, qint64 received, qint64 total)
{
    DownloadItem *item = itemFor(key);
    if (!item)
        return;
    item->bytesReceived = received;
    if (total >= 0)
        item->bytesTotal = total;
    if (const DownloadTask *task = m_tasks.value(key))
        countTransferred(key, task->bytesTransferred());
    SpeedSample &sample = m_speed[key];
    const qint64 now = m_clock->now().count();
    if (sample.speed.update(m_clock->now(), received))
        item->bytesPerSecond = sample.speed.rate();
    if (sample.lastEmitMs < 0 || now - sample.lastEmitMs >= progressIntervalMs) {
        sample.lastEmitMs = now;
        markChanged(*item, false);
    }
}

void DownloadQueue::onTaskPhase(const BackupKey &key, DownloadTask::Phase phase)
{
    DownloadItem *item = itemFor(key);
    if (!item)
        return;
    switch (phase) {
    case DownloadTask::Phase::Resolving:
        setItemState(*item, DownloadItem::State::Resolving, item->message);
        break;
    case DownloadTask::Phase::Downloading:
        setItemState(*item, DownloadItem::State::Downloading, item->message);
        break;
    case DownloadTask::Phase::Verifying:
        item->bytesPerSecond = 0;
        setItemState(*item, DownloadItem::State::Verifying);
        break;
    }
}

void DownloadQueue::onTaskFinished(const BackupKey &key, const DownloadTask::Result &result)
{
    countTransferred(key, result.bytesTransferred);
    DownloadTask *task = m_tasks.take(key);
    m_speed.remove(key);
    if (task)
        task->deleteLater();
    DownloadItem *found = itemFor(key);
    if (!found) {
        scheduleSoon();
        return;
    }
    // Every branch changes the item's state last: whoever hears of it may change the queue.
    DownloadItem &item = *found;
    item.bytesPerSecond = 0;
    item.bytesFetched += result.bytesTransferred;
    if (result.fileSize >= 0)
        item.bytesTotal = result.fileSize;
    using E = DownloadTask::Error;
    if (result.error == E::None) {
        item.attempts = 0;
        item.tries = 0;
        item.bytesFetched = 0;
        item.bytesReceived = result.bytes;
        item.bytesTotal = result.bytes;
        if (m_catalogue)
            m_catalogue->recordDownloaded(key, item.folder, result.bytes);
        setItemState(item, DownloadItem::State::Done, result.message);
        emit itemFinished(key);
    } else if (result.error == E::NotAvailable) {
        item.attempts = 0;
        if (m_catalogue)
            m_catalogue->recordNotAvailable(key);
        setItemState(item, DownloadItem::State::NotAvailable, result.message);
        emit itemFinished(key);
    } else if (result.error == E::Unauthorized) {
        // Stop everything and ask once; retrying with the same password would only lock the
        // account (DESIGN §6).
        const QList<BackupKey> running = m_tasks.keys();
        for (const BackupKey &other : running) {
            stopTask(other);
            if (DownloadItem *stopped = itemFor(other))
                setItemState(*stopped, DownloadItem::State::Queued);
        }
        if (DownloadItem *asking = itemFor(key))
            setItemState(*asking, DownloadItem::State::Queued, tr("Waiting for the password."));
        if (!m_waitingForCredentials) {
            m_waitingForCredentials = true;
            emit credentialsRequired(result.message);
        }
    } else if (isRetryable(result.error)) {
        // Only a transfer that moved forward and kept what it got is not failing: then the count
        // starts again. Progress thrown away (a restart from zero, a failed verification) is
        // no progress.
        item.attempts = result.keptProgress ? 1 : item.attempts + 1;
        ++item.tries;
        const auto cls = errorClass(result);
        if (result.error == E::Corrupt || result.threwAwayProgress) {
            const QFileInfo part(QDir(item.folder).filePath(BackupNaming::partFileName(key)));
            item.bytesReceived = part.exists() ? part.size() : 0;
        }
        const DownloadRetryPolicy::Tally tally{item.attempts, item.tries, item.bytesFetched,
                                               item.bytesTotal};
        const auto verdict = m_policy.verdict(cls, tally);
        if (verdict == DownloadRetryPolicy::Verdict::Retry) {
            const qint64 delay = m_policy.delayMs(cls, item.attempts);
            item.retryAtMs = nowMs() + delay;
            const QString when =
                delay < 1000 ? tr("Retrying now.")
                             : tr("Retrying in %n second(s).", nullptr, int((delay + 999) / 1000));
            setItemState(item, DownloadItem::State::Queued,
                         result.message + QLatin1Char(' ') + when);
        } else {
            setItemState(item, DownloadItem::State::Failed,
                         giveUpMessage(verdict, item) + QLatin1Char(' ') + result.message);
            emit itemFinished(key);
        }
    } else {
        setItemState(item, DownloadItem::State::Failed, result.message);
        emit itemFinished(key);
    }
    scheduleSoon();
}

QString DownloadQueue::giveUpMessage(DownloadRetryPolicy::Verdict verdict,
                                     const DownloadItem &item) const
{
    const QLocale locale;
    switch (verdict) {
    case DownloadRetryPolicy::Verdict::TooManyBytes:
        return item.bytesTotal >= 0
                   ? tr("Gave up after %1 was received for this file of %2, more than Hydrant "
                        "fetches for one file.")
                         .arg(locale.formattedDataSize(item.bytesFetched),
                              locale.formattedDataSize(item.bytesTotal))
                   : tr("Gave up after %1 was received for this file of unknown size, more than "
                        "Hydrant fetches for one file.")
                         .arg(locale.formattedDataSize(item.bytesFetched));
    case DownloadRetryPolicy::Verdict::TooManyTries:
        return tr("Gave up after %n tries.", nullptr, item.tries);
    case DownloadRetryPolicy::Verdict::TooManyFailures:
    case DownloadRetryPolicy::Verdict::Retry:
        break;
    }
    return tr("Gave up after %n failed tries in a row.", nullptr, item.attempts);
}

void DownloadQueue::setItemState(DownloadItem &item, DownloadItem::State state,
                                 const QString &message)
{
    item.state = state;
    item.message = message;
    markChanged(item);
}

void DownloadQueue::markChanged(const DownloadItem &item, bool structural)
{
    if (structural)
        requestSave();
    // A copy: whoever hears of the change may remove the item.
    const BackupKey key = item.key;
    emit itemChanged(key);
}

void DownloadQueue::pause(const BackupKey &key)
{
    DownloadItem *item = itemFor(key);
    if (!item || item->isFinished() || item->state == DownloadItem::State::Paused)
        return;
    stopTask(key);
    const QFileInfo part(QDir(item->folder).filePath(BackupNaming::partFileName(key)));
    item->bytesReceived = part.exists() ? part.size() : 0;
    setItemState(*item, DownloadItem::State::Paused);
    scheduleSoon();
}

void DownloadQueue::resume(const BackupKey &key)
{
    DownloadItem *item = itemFor(key);
    if (!item || item->state != DownloadItem::State::Paused)
        return;
    item->attempts = 0;
    item->tries = 0;
    item->bytesFetched = 0;
    item->retryAtMs = 0;
    setItemState(*item, DownloadItem::State::Queued);
    scheduleSoon();
}

void DownloadQueue::cancel(const BackupKey &key)
{
    DownloadItem *item = itemFor(key);
    if (!item || item->isFinished())
        return;
    const BackupKey cancelled = item->key; // the caller's key may point into the queue
    stopTask(cancelled);
    QFile::remove(QDir(item->folder).filePath(BackupNaming::partFileName(cancelled)));
    item->bytesReceived = 0;
    setItemState(*item, DownloadItem::State::Cancelled);
    emit itemFinished(cancelled);
    scheduleSoon();
}

void DownloadQueue::retry(const BackupKey &key)
{
    DownloadItem *item = itemFor(key);
    if (!item)
        return;
    const bool doneButGone =
        item->state == DownloadItem::State::Done && !QFileInfo::exists(filePath(key));
    if (!(item->state == DownloadItem::State::Failed ||
          item->state == DownloadItem::State::NotAvailable ||
          item->state == DownloadItem::State::Cancelled || doneButGone ||
          (item->state == DownloadItem::State::Queued && item->retryAtMs > 0)))
        return;
    if (m_catalogue)
        m_catalogue->forgetNotAvailable(key);
    item->attempts = 0;
    item->tries = 0;
    item->bytesFetched = 0;
    item->retryAtMs = 0;
    const QFileInfo part(QDir(item->folder).filePath(BackupNaming::partFileName(key)));
    item->bytesReceived = part.exists() ? part.size() : 0;
    item->bytesTotal = -1;
    setItemState(*item, DownloadItem::State::Queued);
    scheduleSoon();
}

void DownloadQueue::remove(const BackupKey &key)
{
    const DownloadItem *item = find(key);
    if (!item)
        return;
    if (!item->isFinished() && item->state != DownloadItem::State::Paused) {
        // Removing an unfinished item is a cancel: its partial file goes too.
        stopTask(key);
        QFile::remove(QDir(item->folder).filePath(BackupNaming::partFileName(key)));
    }
    removeItems({key});
    scheduleSoon();
}

void DownloadQueue::pauseAll()
{
    QList<BackupKey> keys;
    for (const DownloadItem &item : std::as_const(m_items)) {
        if (!item.isFinished() && item.state != DownloadItem::State::Paused)
            keys.append(item.key);
    }
    for (const BackupKey &key : std::as_const(keys))
        pause(key);
}

void DownloadQueue::resumeAll()
{
    m_waitingForCredentials = false;
    QList<BackupKey> keys;
    for (const DownloadItem &item : std::as_const(m_items)) {
        if (item.state == DownloadItem::State::Paused)
            keys.append(item.key);
    }
    for (const BackupKey &key : std::as_const(keys))
        resume(key);
    scheduleSoon();
}

void DownloadQueue::clearFinished()
{
    QList<BackupKey> keys;
    for (const DownloadItem &item : std::as_const(m_items)) {
        if (item.state == DownloadItem::State::Done ||
            item.state == DownloadItem::State::NotAvailable ||
            item.state == DownloadItem::State::Cancelled)
            keys.append(item.key);
    }
    removeItems(keys);
}

void DownloadQueue::provideCredentials(const ServiceCredentials &credentials)
{
    m_endpoint.credentials = credentials;
    m_waitingForCredentials = false;
    QList<BackupKey> keys;
    for (const DownloadItem &item : std::as_const(m_items)) {
        if (item.state == DownloadItem::State::Queued && !item.message.isEmpty() &&
            item.retryAtMs == 0)
            keys.append(item.key);
    }
    for (const BackupKey &key : std::as_const(keys)) {
        if (DownloadItem *item = itemFor(key))
            setItemState(*item, DownloadItem::State::Queued);
    }
    scheduleSoon();
}
