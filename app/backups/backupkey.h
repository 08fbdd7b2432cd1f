#pragma once

#include <QDate>
#include <QHashFunctions>
#include <QMetaType>
#include <QString>

/// One daily backup file: a file type (validated) and a calendar day. Everything a download
/// needs to find its request path and its file name is derived from these two parts.
struct BackupKey
{
    QString fileType;
    QDate date;

    bool operator==(const BackupKey &other) const = default;
};

inline size_t qHash(const BackupKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.fileType, key.date.toJulianDay());
}

Q_DECLARE_METATYPE(BackupKey)
