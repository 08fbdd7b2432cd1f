#pragma once

#include <QString>

class FileIndex;

/// Finished indexes kept on disk in the cache folder (QStandardPaths::CacheLocation), keyed by
/// the file's path, size and modification time, so that opening the same file again is instant.
/// The folder is trimmed to maxTotalBytes, oldest first.
class IndexCache
{
public:
    static constexpr qint64 maxTotalBytes = 512LL << 20;

    /// Files whose decompressed content is smaller than this are not worth caching.
    static qint64 minimumContentBytes();
    static void setMinimumContentBytes(qint64 bytes);

    /// Fills \a index from the cache when an entry matches the file as it is now.
    static bool load(const QString &path, FileIndex &index);
    /// Stores a finished index (Complete, Truncated or Damaged).
    static bool save(const QString &path, const FileIndex &index);
    static QString folder();

private:
    static QString entryPath(const QString &path, QString *key);
};
