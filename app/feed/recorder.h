#pragma once

#include "message/message.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>

#include <functional>
#include <memory>

class DuplicateFilter;
class QTimer;

/// Writes the activities of a live stream to DIR/{label}_{yyyy}_{mm}_{dd}.jsonl.gz, one raw line
/// each, starting a new file at UTC midnight. Data goes to disk as complete gzip members at least
/// once a second (each written with a single write), so a crash loses at most the last second
/// and the file always decompresses. An existing file of the same day is appended to after its
/// tail is checked (GzipTail): a last member torn by a crash or power loss is moved to a side
/// file NAME.torn-{yyyyMMddTHHmmssZ} and the file cut back to its last complete member, so what
/// is appended stays readable. Activities already written (by id) are skipped, so reconnects and
/// backfill never duplicate a line.
///
/// A write error (disk full, permission denied, file too large) stops the recording at once:
/// the half-written member is cut off again, the file is closed, errorOccurred() says why in the
/// system's words, and every later append() is refused until a new Recorder is made.
/// Each member's gzip header carries, in its FEXTRA field (which every gzip reader skips), the
/// resume cursor of the member's last item and the stream it came from: the cursor reaches the
/// file in the same write as the items, so lastRecordedPosition() tells where a recording that
/// was killed at any moment stopped.
///
/// Not thread-safe: use it from the thread it lives in (a worker thread is fine).
class Recorder : public QObject
{
    Q_OBJECT

public:
    /// The current time in UTC; decides which day's file a message goes to.
    using WallClock = std::function<QDateTime()>;

    Recorder(const QString &directory, const QString &label, QObject *parent = nullptr);
    ~Recorder() override; ///< flushes and closes

    /// Replaces the wall clock (tests use it to cross midnight).
    void setClock(WallClock clock);
    /// Longest time data stays in memory before it is written (default 1000 ms).
    void setFlushIntervalMs(int milliseconds);
    /// zlib level 1–9 (default 1: the recorder must keep up with the firehose).
    void setCompressionLevel(int level);
    /// Names the stream in every member that carries a cursor (see ResumeState::streamKey()), so a
    /// cursor is never taken for another stream's.
    void setStreamKey(const QByteArray &key);

    /// Where a recording stopped: the cursor of the last item of its last complete member.
    struct RecordedPosition
    {
        QString cursor;       ///< empty: no cursor recorded (a Gnip stream, an older recording)
        QByteArray streamKey; ///< of the stream it belongs to; empty when not recorded
        QDateTime writtenAt;  ///< UTC, to the second
        QString path;         ///< the file it was read from
    };
    /// The position of the newest recording of \a label in \a directory (its newest day with a
    /// complete member). A torn last member does not count: its items are not in the recording.
    /// Reads up to the last GzipTail::searchSpan bytes of a file and inflates its last member:
    /// never call it on the GUI thread.
    static RecordedPosition lastRecordedPosition(const QString &directory, const QString &label);
    /// lastRecordedPosition() of this recorder's folder and label, read in the recorder's thread.
    /// The tail it reads is kept: opening the same file to append to it (unchanged since) does
    /// not read it again, nor does asking again.
    RecordedPosition recordedPosition();

    /// Appends the activities of \a batch; system and malformed lines are not recorded.
    /// Returns false once the recording has stopped on an error (see errorString()).
    bool append(const MessageBatch &batch);
    bool append(const Message &message);
    /// Writes everything appended so far as a complete gzip member.
    bool flush();
    /// Flushes and closes the current file; a later append() opens the file again.
    void close();

    bool isOpen() const { return m_file.isOpen(); }
    /// True after an error stopped the recording; nothing more is written.
    bool hasStopped() const { return m_stopped; }
    QString directory() const { return m_directory; }
    QString label() const { return m_label; }
    /// The file being written (empty before the first message).
    QString currentFilePath() const;
    quint64 messagesWritten() const { return m_written; } ///< flushed to disk
    quint64 messagesPending() const { return m_pending; } ///< appended, not yet on disk
    quint64 duplicatesSkipped() const { return m_duplicates; }
    qint64 fileSize() const { return m_fileSize; }
    QString errorString() const { return m_error; }
    /// The system's reason for the error that stopped the recording ("No space left on
    /// device"), without the file name; empty when it was not the system's.
    QString errorReason() const { return m_errorReason; }

    /// "{label}_{yyyy}_{mm}_{dd}.jsonl.gz" for a UTC date.
    static QString fileNameFor(const QString &label, QDate utcDate);
    /// The label reduced to characters that are safe in a file name on every platform.
    static QString sanitizedLabel(const QString &label);

signals:
    /// A file was opened (at the start, and after each midnight).
    void fileStarted(const QString &path);
    /// Everything appended so far is on disk.
    void flushed(quint64 messagesWritten);
    /// The resume cursor (Message::cursor) of the last item now on disk.
    void cursorWritten(const QString &cursor);
    /// The recording stopped: \a message is a sentence for the user, \a reason the system's
    /// own words (see errorReason()). Emitted once.
    void errorOccurred(const QString &message, const QString &reason);
    /// Something the user should know that did not stop the recording (a torn tail was set
    /// aside).
    void warningOccurred(const QString &message);

private:
    bool openFor(QDate day);
    /// Cuts a torn last member off the existing file at \a path into a side file.
    bool repairTail(const QString &path);
    bool compress(const char *data, size_t size, int mode);
    /// Stops the recording: closes the file, remembers and signals the error.
    bool fail(const QString &message, const QString &reason = {});
    void startMember();
    /// The gzip header of a member whose last item has \a cursor.
    QByteArray memberHeader(const QString &cursor) const;
    struct InspectedTail;
    /// lastRecordedPosition(), taking the newest file's tail from \a kept while that file is
    /// unchanged, and keeping it there when it had to be read.
    static RecordedPosition findRecordedPosition(const QString &directory, const QString &label,
                                                 std::unique_ptr<InspectedTail> &kept);

    struct Deflater;
    QString m_directory;
    QString m_label;
    WallClock m_clock;
    QFile m_file;
    QDate m_day;
    std::unique_ptr<Deflater> m_deflater;
    QByteArray m_output; ///< the member being built: room for its header, then deflate data
    quint32 m_crc = 0;          ///< CRC-32 of the member's uncompressed bytes
    quint32 m_memberLength = 0; ///< its uncompressed length, modulo 2^32
    QByteArray m_streamKey;
    bool m_memberOpen = false;
    QElapsedTimer m_memberAge;
    int m_flushIntervalMs = 1000;
    int m_level = 1;
    std::unique_ptr<DuplicateFilter> m_seen;
    /// The end of the recording's newest file as read last, for as long as it is unchanged.
    std::unique_ptr<InspectedTail> m_inspected;
    QTimer *m_timer;
    quint64 m_written = 0;
    quint64 m_pending = 0;
    quint64 m_duplicates = 0;
    qint64 m_fileSize = 0;
    QString m_error;
    QString m_pendingCursor; ///< of the last item appended
    QString m_writtenCursor; ///< of the last item on disk
    QString m_errorReason;
    bool m_stopped = false;
};
