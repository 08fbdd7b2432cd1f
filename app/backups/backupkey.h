#pragma once

#include <QDate>
#include <QHashFunctions>
#include <QMetaType>
#include <QString>

/// One daily backup file: a file type (validated) and a calendar day, in one of the two backup
/// families (DESIGN §1.2): the daily backups (`/backups/{file_type}/...`) or the symbol backups
/// (`/symbols/backups/{metric}/...`, where `fileType` holds the user's metric name). Everything a
/// download needs to find its request path and its file name is derived from these parts.
struct BackupKey
{
    enum class Family { Daily, Symbols };

    QString fileType; ///< the file type, or the metric name of a symbol backup
    QDate date;
    Family family = Family::Daily;

    bool isSymbols() const { return family == Family::Symbols; }
    bool operator==(const BackupKey &other) const = default;
};

inline size_t qHash(const BackupKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.fileType, key.date.toJulianDay(), int(key.family));
}

Q_DECLARE_METATYPE(BackupKey)
