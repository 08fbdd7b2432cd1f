#pragma once

#include "backups/backupkey.h"
#include "net/serviceendpoint.h"

#include <QDate>
#include <QString>

/// Validation and naming of backup files (DESIGN §1.2, §6): file types and dates are checked
/// before any request, and request paths and file names are built only from validated parts,
/// so nothing a user or a server supplies can point outside the chosen folder.
namespace BackupNaming {

/// Empty when \a fileType may be used; otherwise a sentence saying why it is refused. The
/// rule is the accounts' (BackupProfile::fileTypeError): what an account saves can be fetched.
QString fileTypeError(const QString &fileType);
bool isValidFileType(const QString &fileType);

/// Empty when \a date may be requested (a real calendar day, not after \a today).
QString dateError(const QDate &date, const QDate &today = QDate::currentDate());

/// Empty when both parts of \a key are valid; otherwise the first problem in words.
QString keyError(const BackupKey &key, const QDate &today = QDate::currentDate());

/// Parses YYYY-MM-DD strictly (a real calendar day); an invalid QDate otherwise.
QDate parseIsoDate(const QString &text);

/// Empty when \a metric may name a symbol backup; otherwise a sentence saying why it is refused.
/// The rule is the accounts' (BackupProfile::metricError).
QString metricError(const QString &metric);

/// "activity", or "symbols/trending" for a symbol backup: how a key's kind is shown and chosen.
QString typeLabel(const BackupKey &key);
/// The labels of an account's kinds: its file types, then "symbols/{metric}" for its metrics.
QStringList labelsOf(const BackupEndpoint &endpoint);
/// The key of \a day of the kind \a label names (typeLabel()'s inverse).
BackupKey keyOf(const QString &label, const QDate &day);
/// Empty when \a label names a kind that may be requested (fileTypeError(), or metricError()
/// for "symbols/{metric}"); otherwise a sentence saying why it is refused.
QString labelError(const QString &label);

/// "backups/{type}/{yyyy}/{mm}/{dd}" (symbol backups: "symbols/backups/{metric}/...") — the path
/// appended to the service's base URL.
/// \a key must be valid.
QString requestPath(const BackupKey &key);

/// "stocktwits_{type}_{yyyy}_{mm}_{dd}.gz" — the reference client's name (symbol backups:
/// "stocktwits_symbols_{metric}_{yyyy}_{mm}_{dd}.gz"). \a key must be valid.
QString fileName(const BackupKey &key);

/// The name the file has while it is being downloaded: fileName() + ".part".
QString partFileName(const BackupKey &key);

/// Recognises a file name produced by fileName(); returns an invalid key for anything else.
BackupKey keyFromFileName(const QString &name);

} // namespace BackupNaming
