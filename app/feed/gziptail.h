#pragma once

#include <QByteArray>
#include <QtGlobal>

class QIODevice;

/// Where the complete gzip members of a file end: what a recording opened for append may keep.
/// A crash or power loss in the middle of a write leaves an incomplete last member (or zeros)
/// behind, and anything appended after it would be unreadable to zcat and every gzip reader.
///
/// Only the tail is read: the last complete member is searched among the gzip headers of the
/// last searchSpan bytes (the recorder writes members of at most a few MiB, and a torn write is
/// at most one of them). Only when none is found there is the file read from its start. Every
/// candidate is verified by inflating it (CRC and length of each member).
class GzipTail
{
public:
    static constexpr qint64 searchSpan = 24 * 1024 * 1024;

    struct Result
    {
        qint64 size = 0;        ///< of the whole file
        qint64 validLength = 0; ///< end of the last complete member (0: there is none)
        bool readError = false; ///< the file could not be read; nothing is known
        /// The FEXTRA field (RFC 1952) of the last complete member's header; empty when none.
        QByteArray lastMemberExtra;
        quint32 lastMemberTime = 0; ///< that header's MTIME (seconds since 1970, UTC)
        bool isComplete() const { return !readError && validLength == size; }
    };

    /// Inspects \a device (open for reading, random access). Leaves its position anywhere.
    static Result inspect(QIODevice &device);
};
