#pragma once

#include <QString>

class FileIndex;

/// Finished indexes kept on disk in the cache folder (QStandardPaths::CacheLocation), so that
/// opening the same file again is instant. An entry is found by the file's path, size and
/// modification time, and trusted only when the file's content still matches it (a checksum of
/// its first and last 64 KiB and of the bytes around its access points, which hold the gzip member
/// trailers) and its whole payload passes its CRC-32; an entry that does not verify is deleted
/// and the file indexed again. The folder is trimmed to maxTotalBytes, oldest first.
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

    /// Bytes hashed at each end of the file for its content fingerprint.
    static constexpr qint64 edgeBytes = 64 << 10;

private:
    static QString entryPath(const QString &path, QString *key);
};
