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
    delete m_retryTimer;
    m_retryTimer = m_clock->createTimer(this);
    connect(m_retryTimer, &ClockTimer::timeout, this, &DownloadQueue::schedule);
}

qint64 DownloadQueue::nowMs() const
{
    return m_clock->now().count();
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
            setItemState(indexOf(key), DownloadItem::State::Queued);
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
        const QList<BackupKey> running = m_tasks.keys();
        for (const BackupKey &key : running)
            stopTask(key);
        emit itemsAboutToBeRemoved(0, count() - 1);
        m_items.clear();
        emit itemsRemoved();
    }
    if (!loaded.isEmpty()) {
        emit itemsAboutToBeInserted(0, int(loaded.size()) - 1);
        m_items = loaded;
        for (DownloadItem &item : m_items) {
            // What is on disk now is the truth; the saved byte count was only a snapshot.
            const QFileInfo part(QDir(item.folder).filePath(BackupNaming::partFileName(item.key)));
            if (item.state == DownloadItem::State::Queued ||
                item.state == DownloadItem::State::Paused)
                item.bytesReceived = part.exists() ? part.size() : 0;
        }
        emit itemsInserted();
    }
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
            keys.append({type, day});
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
        const int row = indexOf(key);
        const QString folder = row >= 0 ? m_items[row].folder : m_folder;
        const QFileInfo final(QDir(folder).filePath(BackupNaming::fileName(key)));
        if (final.isFile()) {
            ++result.skipped;
            m_typesOnDisk.insert(BackupNaming::typeLabel(key));
            if (m_catalogue)
                m_catalogue->recordDownloaded(key, folder, final.size());
            continue;
        }
        if (row >= 0) {
            if (!m_items[row].isFinished()) {
                ++result.alreadyQueued;
                continue;
            }
            retry(row);
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
        const int first = count();
        emit itemsAboutToBeInserted(first, first + int(fresh.size()) - 1);
        m_items += fresh;
        emit itemsInserted();
        requestSave();
    }
    scheduleSoon();
    return result;
}

int DownloadQueue::indexOf(const BackupKey &key) const
{
    for (int row = 0; row < count(); ++row) {
        if (m_items[row].key == key)
            return row;
    }
    return -1;
}

std::optional<DownloadItem::State> DownloadQueue::stateOf(const BackupKey &key) const
{
    const int row = indexOf(key);
    if (row < 0)
        return std::nullopt;
    return m_items[row].state;
}

QString DownloadQueue::filePath(int row) const
{
    const DownloadItem &item = m_items.at(row);
    return QDir(item.folder).filePath(BackupNaming::fileName(item.key));
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
        for (int row = 0; row < count() && int(m_tasks.size()) < m_concurrency; ++row) {
            const DownloadItem &item = m_items[row];
            if (item.state != DownloadItem::State::Queued)
                continue;
            if (item.retryAtMs > now) {
                nextRetry = nextRetry < 0 ? item.retryAtMs : std::min(nextRetry, item.retryAtMs);
                continue;
            }
            startItem(row);
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

void DownloadQueue::startItem(int row)
{
    DownloadItem &item = m_items[row];
    const BackupKey key = item.key;
    auto *task = new DownloadTask(m_network, m_endpoint, key, item.folder, this);
    if (m_stallTimeoutMs > 0)
        task->setStallTimeout(m_stallTimeoutMs);
    // One answer of unknown length may bring no more than the policy allows for the whole file.
    task->setMaxUnknownLengthBody(m_policy.byteLimit(-1));
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
    setItemState(row, DownloadItem::State::Resolving, item.message);
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
    const int row = indexOf(key);
    if (row >= 0)
        m_items[row].bytesPerSecond = 0;
}

void DownloadQueue::onTaskProgress(const BackupKey &key, qint64 received, qint64 total)
{
    const int row = indexOf(key);
    if (row < 0)
        return;
    DownloadItem &item = m_items[row];
    item.bytesReceived = received;
    if (total >= 0)
        item.bytesTotal = total;
    if (const DownloadTask *task = m_tasks.value(key))
        countTransferred(key, task->bytesTransferred());
    SpeedSample &sample = m_speed[key];
    const qint64 now = m_clock->now().count();
    if (sample.speed.update(m_clock->now(), received))
        item.bytesPerSecond = sample.speed.rate();
    if (sample.lastEmitMs < 0 || now - sample.lastEmitMs >= progressIntervalMs) {
        sample.lastEmitMs = now;
        markChanged(row, false);
    }
}

void DownloadQueue::onTaskPhase(const BackupKey &key, DownloadTask::Phase phase)
{
    const int row = indexOf(key);
    if (row < 0)
        return;
    switch (phase) {
    case DownloadTask::Phase::Resolving:
        setItemState(row, DownloadItem::State::Resolving, m_items[row].message);
        break;
    case DownloadTask::Phase::Downloading:
        setItemState(row, DownloadItem::State::Downloading, m_items[row].message);
        break;
    case DownloadTask::Phase::Verifying:
        m_items[row].bytesPerSecond = 0;
        setItemState(row, DownloadItem::State::Verifying);
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
    const int row = indexOf(key);
    if (row < 0) {
        scheduleSoon();
        return;
    }
    DownloadItem &item = m_items[row];
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
        setItemState(row, DownloadItem::State::Done, result.message);
        emit itemFinished(row);
    } else if (result.error == E::NotAvailable) {
        item.attempts = 0;
        if (m_catalogue)
            m_catalogue->recordNotAvailable(key);
        setItemState(row, DownloadItem::State::NotAvailable, result.message);
        emit itemFinished(row);
    } else if (result.error == E::Unauthorized) {
        // Stop everything and ask once; retrying with the same password would only lock the
        // account (DESIGN §6).
        const QList<BackupKey> running = m_tasks.keys();
        for (const BackupKey &other : running) {
            stopTask(other);
            setItemState(indexOf(other), DownloadItem::State::Queued);
        }
        setItemState(row, DownloadItem::State::Queued, tr("Waiting for the password."));
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
            setItemState(row, DownloadItem::State::Queued,
                         result.message + QLatin1Char(' ') + when);
        } else {
            setItemState(row, DownloadItem::State::Failed,
                         giveUpMessage(verdict, item) + QLatin1Char(' ') + result.message);
            emit itemFinished(row);
        }
    } else {
        setItemState(row, DownloadItem::State::Failed, result.message);
        emit itemFinished(row);
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

void DownloadQueue::setItemState(int row, DownloadItem::State state, const QString &message)
{
    if (row < 0 || row >= count())
        return;
    DownloadItem &item = m_items[row];
    item.state = state;
    item.message = message;
    markChanged(row);
}

void DownloadQueue::markChanged(int row, bool structural)
{
    emit itemChanged(row);
    if (structural)
        requestSave();
}

void DownloadQueue::pause(int row)
{
    if (row < 0 || row >= count() || m_items[row].isFinished() ||
        m_items[row].state == DownloadItem::State::Paused)
        return;
    stopTask(m_items[row].key);
    const QFileInfo part(
        QDir(m_items[row].folder).filePath(BackupNaming::partFileName(m_items[row].key)));
    m_items[row].bytesReceived = part.exists() ? part.size() : 0;
    setItemState(row, DownloadItem::State::Paused);
    scheduleSoon();
}

void DownloadQueue::resume(int row)
{
    if (row < 0 || row >= count() || m_items[row].state != DownloadItem::State::Paused)
        return;
    m_items[row].attempts = 0;
    m_items[row].tries = 0;
    m_items[row].bytesFetched = 0;
    m_items[row].retryAtMs = 0;
    setItemState(row, DownloadItem::State::Queued);
    scheduleSoon();
}

void DownloadQueue::cancel(int row)
{
    if (row < 0 || row >= count() || m_items[row].isFinished())
        return;
    DownloadItem &item = m_items[row];
    stopTask(item.key);
    QFile::remove(QDir(item.folder).filePath(BackupNaming::partFileName(item.key)));
    item.bytesReceived = 0;
    setItemState(row, DownloadItem::State::Cancelled);
    emit itemFinished(row);
    scheduleSoon();
}

void DownloadQueue::retry(int row)
{
    if (row < 0 || row >= count())
        return;
    DownloadItem &item = m_items[row];
    const bool doneButGone =
        item.state == DownloadItem::State::Done && !QFileInfo::exists(filePath(row));
    if (!(item.state == DownloadItem::State::Failed ||
          item.state == DownloadItem::State::NotAvailable ||
          item.state == DownloadItem::State::Cancelled || doneButGone ||
          (item.state == DownloadItem::State::Queued && item.retryAtMs > 0)))
        return;
    if (m_catalogue)
        m_catalogue->forgetNotAvailable(item.key);
    item.attempts = 0;
    item.tries = 0;
    item.bytesFetched = 0;
    item.retryAtMs = 0;
    const QFileInfo part(QDir(item.folder).filePath(BackupNaming::partFileName(item.key)));
    item.bytesReceived = part.exists() ? part.size() : 0;
    item.bytesTotal = -1;
    setItemState(row, DownloadItem::State::Queued);
    scheduleSoon();
}

void DownloadQueue::remove(int row)
{
    if (row < 0 || row >= count())
        return;
    const DownloadItem &item = m_items[row];
    if (!item.isFinished() && item.state != DownloadItem::State::Paused) {
        // Removing an unfinished item is a cancel: its partial file goes too.
        stopTask(item.key);
        QFile::remove(QDir(item.folder).filePath(BackupNaming::partFileName(item.key)));
    }
    removeRows({row});
    scheduleSoon();
}

void DownloadQueue::removeRows(const QList<int> &rows)
{
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    // Remove contiguous blocks from the end so each signal pair describes real rows.
    int i = 0;
    while (i < sorted.size()) {
        int last = sorted[i];
        int first = last;
        while (i + 1 < sorted.size() && sorted[i + 1] == first - 1)
            first = sorted[++i];
        ++i;
        for (int row = first; row <= last; ++row)
            stopTask(m_items[row].key);
        emit itemsAboutToBeRemoved(first, last);
        m_items.remove(first, last - first + 1);
        emit itemsRemoved();
    }
    requestSave();
}

void DownloadQueue::pauseAll()
{
    for (int row = 0; row < count(); ++row) {
        if (!m_items[row].isFinished() && m_items[row].state != DownloadItem::State::Paused)
            pause(row);
    }
}

void DownloadQueue::resumeAll()
{
    m_waitingForCredentials = false;
    for (int row = 0; row < count(); ++row) {
        if (m_items[row].state == DownloadItem::State::Paused)
            resume(row);
    }
    scheduleSoon();
}

void DownloadQueue::clearFinished()
{
    QList<int> rows;
    for (int row = 0; row < count(); ++row) {
        const auto state = m_items[row].state;
        if (state == DownloadItem::State::Done || state == DownloadItem::State::NotAvailable ||
            state == DownloadItem::State::Cancelled)
            rows.append(row);
    }
    if (!rows.isEmpty())
        removeRows(rows);
}

void DownloadQueue::provideCredentials(const ServiceCredentials &credentials)
{
    m_endpoint.credentials = credentials;
    m_waitingForCredentials = false;
    for (int row = 0; row < count(); ++row) {
        if (m_items[row].state == DownloadItem::State::Queued && !m_items[row].message.isEmpty() &&
            m_items[row].retryAtMs == 0)
            setItemState(row, DownloadItem::State::Queued);
    }
    scheduleSoon();
}
