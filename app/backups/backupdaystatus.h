#pragma once

#include "backups/downloaditem.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

class BackupCatalogue;
class DownloadQueue;

/// What the calendar shows for one day over the selected file types, from the catalogue (files
/// on disk, days known to have no file) and the queue (what is pending, running or failed).
namespace BackupDayStatus {

enum class State {
    NotChecked,   ///< nothing known yet
    Partial,      ///< some types on disk, others not fetched yet
    OnDisk,       ///< every type on disk (or known to have no file)
    InProgress,   ///< queued, running or paused
    NotAvailable, ///< the service has no file for any selected type
    Failed,       ///< at least one type failed
    Future,       ///< after today: nothing to fetch
};

/// The state of one (type, day) on its own.
State typeState(bool onDisk, bool knownMissing, std::optional<DownloadItem::State> queueState);
/// Combines the per-type states of a day (the most urgent wins: failed, then in progress).
State combine(const QList<State> &states);
/// The state of \a day for \a types (labels: "activity", "symbols/trending", see BackupNaming).
State dayState(const QDate &day, const QStringList &types, const BackupCatalogue &catalogue,
               const DownloadQueue &queue, const QDate &today = QDate::currentDate());
/// The state in words, for the legend and tooltips.
QString name(State state);

} // namespace BackupDayStatus
