#pragma once

#include <QByteArrayView>
#include <QString>

/// What a file holds, decided from its first bytes rather than its name, and what Hydrant
/// can do with it in this build.
class FileFormat
{
public:
    enum Kind {
        Empty,     ///< zero bytes
        Gzip,      ///< one or more gzip members (may hold a tar: see isTarHeader)
        PlainText, ///< uncompressed text, read as JSON lines
        Zip,
        Tar,
        SevenZip,
        Xz,
        Bzip2,
        Zstd,
        Binary, ///< none of the above and not text
    };

    /// Bytes to read from the start of a file for detect(): enough for the tar magic at 257.
    static constexpr int headerSize = 4096;

    static Kind detect(QByteArrayView head);
    /// True when \a block (the first 512 bytes of a stream) is a POSIX/GNU tar header.
    static bool isTarHeader(QByteArrayView block);
    /// A short name for messages ("gzip", "zip archive", ...).
    static QString displayName(Kind kind);
    /// True when opening this kind needs the KArchive library.
    static bool needsKArchive(Kind kind);
    /// True for archives holding several files (the user picks a member).
    static bool isContainer(Kind kind);
    /// The kind the file name suggests (by extension), or Binary when the name says nothing.
    static Kind expectedFromName(const QString &fileName);
};
