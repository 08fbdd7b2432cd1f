#include "backupdaystatus.h"

#include "backups/backupcatalogue.h"
#include "backups/backupnaming.h"
#include "backups/downloadqueue.h"

#include <QCoreApplication>

namespace BackupDayStatus {

State typeState(bool onDisk, bool knownMissing, std::optional<DownloadItem::State> queueState)
{
    if (queueState) {
        using S = DownloadItem::State;
        switch (*queueState) {
        case S::Queued:
        case S::Resolving:
        case S::Downloading:
        case S::Verifying:
        case S::Paused:
            return State::InProgress;
        case S::Failed:
            return onDisk ? State::OnDisk : State::Failed;
        case S::NotAvailable:
            return State::NotAvailable;
        case S::Done:
        case S::Cancelled:
            break;
        }
    }
    if (onDisk)
        return State::OnDisk;
    if (knownMissing)
        return State::NotAvailable;
    return State::NotChecked;
}

State combine(const QList<State> &states)
{
    if (states.isEmpty())
        return State::NotChecked;
    if (states.contains(State::Failed))
        return State::Failed;
    if (states.contains(State::InProgress))
        return State::InProgress;
    const qsizetype onDisk = states.count(State::OnDisk);
    const qsizetype missing = states.count(State::NotAvailable);
    if (onDisk > 0 && onDisk + missing == states.size())
        return State::OnDisk;
    if (missing == states.size())
        return State::NotAvailable;
    if (onDisk > 0)
        return State::Partial;
    return State::NotChecked;
}

State dayState(const QDate &day, const QStringList &types, const BackupCatalogue &catalogue,
               const DownloadQueue &queue, const QDate &today)
{
    if (day > today)
        return State::Future;
    QList<State> states;
    for (const QString &type : types) {
        const BackupKey key = BackupNaming::keyOf(type, day);
        states.append(
            typeState(catalogue.isOnDisk(key), catalogue.isNotAvailable(key), queue.stateOf(key)));
    }
    return combine(states);
}

QString name(State state)
{
    switch (state) {
    case State::NotChecked:
        return QCoreApplication::translate("BackupDayStatus", "Not checked");
    case State::Partial:
        return QCoreApplication::translate("BackupDayStatus", "Partly on disk");
    case State::OnDisk:
        return QCoreApplication::translate("BackupDayStatus", "On disk");
    case State::InProgress:
        return QCoreApplication::translate("BackupDayStatus", "Queued or downloading");
    case State::NotAvailable:
        return QCoreApplication::translate("BackupDayStatus", "Not available");
    case State::Failed:
        return QCoreApplication::translate("BackupDayStatus", "Failed");
    case State::Future:
        return QCoreApplication::translate("BackupDayStatus", "In the future");
    }
    return {};
}

} // namespace BackupDayStatus
