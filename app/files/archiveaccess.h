#pragma once

#include "fileformat.h"
#include <QCoreApplication>

#include <QList>
#include <QString>

#include <memory>

class QIODevice;

/// Everything Hydrant does with KArchive, behind one class so the rest of the code does not
/// depend on it: listing the members of zip/tar/7z containers (compressed tars included),
/// reading one member, and reading xz/bzip2/zstd single files. Without KArchive in the build
/// every call fails with a message that says how to get a build with it.
///
/// Member names come from the archive and are only displayed and matched, never used to build
/// a path; names that could escape a folder (absolute, "..", backslashes, control characters)
/// are marked unsafe and refused.
class ArchiveAccess
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveAccess)

public:
    struct Member
    {
        QString path; ///< as stored in the archive, '/'-separated
        qint64 size = 0;
        bool safe = true;
    };

    static bool isAvailable();
    /// Why a file of \a kind cannot be opened in a build without KArchive, and how to get one.
    static QString missingMessage(FileFormat::Kind kind);
    /// True when the KArchive in use can decompress zstd.
    static bool zstdSupported();
    static bool isSafeMemberPath(const QString &path);
    /// True when \a path (gzip, xz, bzip2 or zstd) decompresses to a tar archive.
    static bool compressedTar(const QString &path, FileFormat::Kind kind);
    /// The file members of a container; \a kind is its outer format (Gzip etc. for compressed
    /// tars).
    static QList<Member> listMembers(const QString &path, FileFormat::Kind kind, QString *error);
    /// Members worth opening as JSON lines (by name), to pick one without asking.
    static QList<Member> likelyJsonMembers(const QList<Member> &members);

    ArchiveAccess();
    ~ArchiveAccess();
    ArchiveAccess(const ArchiveAccess &) = delete;
    ArchiveAccess &operator=(const ArchiveAccess &) = delete;

    /// Opens member \a member of a container for reading.
    bool openMember(const QString &path, FileFormat::Kind kind, const QString &member,
                    QString *error);
    /// Opens an xz, bzip2 or zstd file for reading its decompressed content.
    bool openCompressed(const QString &path, FileFormat::Kind kind, QString *error);
    /// The decompressed content; valid after a successful open.
    QIODevice *device() const;
    /// Progress of reading: bytes done out of a total (compressed or decompressed, whichever
    /// is known).
    qint64 progressTotal() const;
    qint64 progressDone() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
