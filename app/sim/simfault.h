#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

/// One fault the simulator injects into its answers. A fault applies to the next `times` stream
/// connections or requests of its target service (-1: all of them, until cleared).
struct SimFault
{
    enum Kind {
        DropAfterBytes,     ///< close after `amount` body bytes (stream: compressed bytes;
                            ///< Firestream: event-stream bytes before compression; storage:
                            ///< file bytes)
        DropAfterMessages,  ///< stream: close after `amount` messages
        Stall,              ///< keep the socket open but send nothing more after `amount` messages
                            ///< (stream) or bytes (storage); the backups API never answers
        ServiceUnavailable, ///< answer 503 instead of serving
        RateLimited,        ///< stream: answer 429 (as when the connect budget is spent)
        CutLine,       ///< stream: after `amount` messages send half of the next line, then close
        MalformedLine, ///< stream: after `amount` messages send one line that is not JSON
        ForcedDisconnect, ///< stream: after `amount` messages send an in-stream error and close
        Throttle,         ///< stream or storage: at most `amount` body bytes per second
        ExpireLinks,      ///< backups: issued download links expire after `amount` seconds
        RefuseRange,      ///< storage: ignore Range and answer 200 with the whole file
        Corrupt,          ///< storage: one byte of every transfer is wrong (the byte at file
                          ///< offset `amount`, default the middle of the file)
        EndlessBody,      ///< storage: no Content-Length; the whole file, then bytes without end
        HugeLocation,     ///< backups: the 302's Location is `amount` bytes long (default 120 KiB)
        RangeIgnoredCut,  ///< storage: ignore Range, answer 200 and close after `amount` bytes
                          ///< (default half the file)
        RelativeLocation, ///< backups: the 302's Location is a relative reference
                          ///< (`//host:port/path?query`, resolved against the API's URL)
        UnauthorizedClose, ///< backups: answer 401 with a body ended by closing the connection
                           ///< (no Content-Length), whatever the credentials
    };
    enum Target { Stream, Backups, Storage };

    Kind kind = DropAfterMessages;
    Target target = Stream;
    qint64 amount = 0;
    int times = -1;

    static SimFault make(Kind kind, qint64 amount = 0, int times = -1);
    static SimFault make(Kind kind, Target target, qint64 amount = 0, int times = -1);
    /// The service a kind applies to when none is named.
    static Target defaultTarget(Kind kind);

    /// Parses `[stream:|backups:|storage:]KIND[=AMOUNT][,times=N]`, e.g.
    /// `drop-after-messages=500`, `storage:drop-after-bytes=4M,times=1`, `unavailable,times=3`.
    /// AMOUNT accepts k, M and G suffixes (powers of 1024).
    static std::optional<SimFault> parse(const QString &spec, QString *error = nullptr);
    /// The spelling parse() accepts, for --help.
    static QString syntaxHelp();
    QString toString() const;

    Q_DECLARE_TR_FUNCTIONS(SimFault)
};
