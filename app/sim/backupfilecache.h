#pragma once

#include "backupfile.h"

#include <QMutex>

#include <list>

/// The generated backup files the storage origin is serving or served recently, bounded by the
/// memory their distinct segments take. Thread-safe; a file in use stays alive while a
/// transfer holds it, even when evicted.
class BackupFileCache
{
public:
    BackupFileCache(const MessageGenerator &generator, qint64 budgetBytes);

    std::shared_ptr<const BackupFile> file(const BackupFile::Parameters &parameters);
    qint64 memoryBytes() const;

private:
    const MessageGenerator &m_generator;
    const qint64 m_budget;
    mutable QMutex m_mutex;
    std::list<std::shared_ptr<const BackupFile>> m_files; // most recently used first
};
