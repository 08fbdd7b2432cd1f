#include "backupfilecache.h"

BackupFileCache::BackupFileCache(const MessageGenerator &generator, qint64 budgetBytes)
    : m_generator(generator)
    , m_budget(budgetBytes)
{}

std::shared_ptr<const BackupFile> BackupFileCache::file(const BackupFile::Parameters &parameters)
{
    QMutexLocker locker(&m_mutex);
    for (auto it = m_files.begin(); it != m_files.end(); ++it) {
        const BackupFile::Parameters &p = (*it)->parameters();
        if (p.type == parameters.type && p.day == parameters.day &&
            p.targetSize == parameters.targetSize && p.multiMember == parameters.multiMember &&
            p.seed == parameters.seed && p.compressionLevel == parameters.compressionLevel &&
            p.distinctBytes == parameters.distinctBytes) {
            m_files.splice(m_files.begin(), m_files, it);
            return m_files.front();
        }
    }
    // Generated under the lock: two requests for the same new day must not both pay for it.
    auto file = BackupFile::build(parameters, m_generator);
    m_files.push_front(file);
    qint64 total = 0;
    for (auto it = m_files.begin(); it != m_files.end();) {
        const qint64 bytes = (*it)->memoryBytes();
        if (it != m_files.begin() && total + bytes > m_budget) {
            it = m_files.erase(it);
        } else {
            total += bytes;
            ++it;
        }
    }
    return file;
}

qint64 BackupFileCache::memoryBytes() const
{
    QMutexLocker locker(&m_mutex);
    qint64 total = 0;
    for (const auto &file : m_files)
        total += file->memoryBytes();
    return total;
}
