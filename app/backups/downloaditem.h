#pragma once

#include "backups/backupkey.h"

#include <QCoreApplication>
#include <QString>

/// One (file type, day) in the download queue: where it stands and why. The queue owns these;
/// the model and the calendar only read them.
struct DownloadItem
{
    Q_GADGET

public:
    enum class State {
        Queued,       ///< waiting for a free slot (or for a retry time)
        Resolving,    ///< asking the service for a download link
        Downloading,  ///< bytes arriving into NAME.part
        Verifying,    ///< checking every gzip member's CRC32 and length
        Done,         ///< verified and renamed to its final name
        NotAvailable, ///< the service has no file for that day and type (404)
        Failed,       ///< gave up; `message` says why
        Paused,       ///< stopped by the user; NAME.part kept for resuming
        Cancelled,    ///< stopped by the user; NAME.part removed
    };
    Q_ENUM(State)

    BackupKey key;
    State state = State::Queued;
    QString message;           ///< the reason for Failed/NotAvailable, or what a retry waits for
    QString folder;            ///< destination folder (absolute)
    qint64 bytesReceived = 0;  ///< bytes in NAME.part (or the final size when Done)
    qint64 bytesTotal = -1;    ///< size of the file when known
    int attempts = 0;          ///< failures in a row without kept progress, for the retry policy
    int tries = 0;             ///< tries since queued, resumed or retried (not persisted)
    qint64 bytesFetched = 0;   ///< body bytes received for it over those tries (not persisted)
    qint64 retryAtMs = 0;      ///< not before this time (ms since the epoch); 0 = now
    double bytesPerSecond = 0; ///< recent speed while downloading (not persisted)

    /// True for the states that no longer change on their own.
    static bool isFinished(State state)
    {
        return state == State::Done || state == State::NotAvailable || state == State::Failed ||
               state == State::Cancelled;
    }
    static bool isActive(State state)
    {
        return state == State::Resolving || state == State::Downloading ||
               state == State::Verifying;
    }
    bool isFinished() const { return isFinished(state); }
    bool isActive() const { return isActive(state); }

    /// The state in words, for tables and the command line.
    static QString stateName(State state);
    /// A stable identifier ("queued", "not_available", ...) for JSON files and `--json`.
    static QString stateId(State state);
    static State stateFromId(const QString &id, State fallback = State::Queued);
};
