#include "feed/recorder.h"

#include "feed/gziptail.h"
#include "net/duplicatefilter.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

#include <zlib.h>

// The user reads errors and warnings through errorOccurred()/warningOccurred() (the connection
// log, the CLI's stderr); the category repeats them for debugging only, so they are not said
// twice. QT_LOGGING_RULES="hydrant.feed.recorder.debug=true" turns it on.
Q_LOGGING_CATEGORY(lcRecorder, "hydrant.feed.recorder", QtInfoMsg)

namespace {

// Above this much compressed data the member is finished early, bounding memory at any rate.
constexpr qsizetype maxMemberBytes = 8 * 1024 * 1024;

/// Writes all of \a data. A write the system cuts short (the disk filled up in the middle) sets
/// no error in QFile, so the rest is written again: that second write fails with the reason.
bool writeAll(QFile &file, const QByteArray &data, QString *reason)
{
    qint64 done = 0;
    while (done < data.size()) {
        const qint64 written = file.write(data.constData() + done, data.size() - done);
        if (written <= 0) {
            *reason = file.error() != QFileDevice::NoError
                          ? file.errorString()
                          : Recorder::tr("the system accepted only %1 of %2 bytes")
                                .arg(done)
                                .arg(data.size());
            return false;
        }
        done += written;
    }
    return true;
}

/// Copies bytes [from, end) of \a source to a new file \a target.
bool copyTail(QFile &source, qint64 from, const QString &target, QString *reason)
{
    QFile side(target);
    if (!side.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *reason = side.errorString();
        return false;
    }
    if (!source.seek(from)) {
        *reason = source.errorString();
        return false;
    }
    QByteArray buffer;
    while (!source.atEnd()) {
        buffer = source.read(1024 * 1024);
        if (buffer.isEmpty() && source.error() != QFileDevice::NoError) {
            *reason = source.errorString();
            return false;
        }
        if (!writeAll(side, buffer, reason))
            return false;
    }
    return side.flush();
}

} // namespace

struct Recorder::Deflater
{
    z_stream stream{};
    bool ready = false;

    explicit Deflater(int level)
    {
        // windowBits 15 + 16: a gzip header and trailer around every member.
        ready = deflateInit2(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    }
    ~Deflater()
    {
        if (ready)
            deflateEnd(&stream);
    }
};

Recorder::Recorder(const QString &directory, const QString &label, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_label(sanitizedLabel(label))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_seen(std::make_unique<DuplicateFilter>())
    , m_timer(new QTimer(this))
{
    // Half the interval: data appended just after a tick is still written within the interval.
    m_timer->setInterval(m_flushIntervalMs / 2);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_memberOpen)
            flush();
    });
}

Recorder::~Recorder()
{
    close();
}

void Recorder::setClock(WallClock clock)
{
    m_clock = std::move(clock);
}

void Recorder::setFlushIntervalMs(int milliseconds)
{
    m_flushIntervalMs = std::max(10, milliseconds);
    m_timer->setInterval(m_flushIntervalMs / 2);
}

void Recorder::setCompressionLevel(int level)
{
    m_level = std::clamp(level, 1, 9);
}

QString Recorder::sanitizedLabel(const QString &label)
{
    QString safe;
    safe.reserve(label.size());
    for (const QChar c : label) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
                        c == QLatin1Char('_') || c == QLatin1Char('.');
        safe += ok ? c : QLatin1Char('_');
    }
    while (safe.startsWith(QLatin1Char('.')))
        safe.remove(0, 1);
    safe = safe.left(100);
    return safe.isEmpty() ? QStringLiteral("stream") : safe;
}

QString Recorder::fileNameFor(const QString &label, QDate utcDate)
{
    return QStringLiteral("%1_%2.jsonl.gz")
        .arg(sanitizedLabel(label), utcDate.toString(QStringLiteral("yyyy_MM_dd")));
}

QString Recorder::currentFilePath() const
{
    return m_file.fileName();
}

bool Recorder::fail(const QString &message, const QString &reason)
{
    if (m_stopped)
        return false;
    m_stopped = true;
    m_error = message;
    m_errorReason = reason;
    m_timer->stop();
    m_memberOpen = false;
    m_output.clear();
    m_pending = 0;
    if (m_file.isOpen())
        m_file.close();
    m_deflater.reset();
    qCDebug(lcRecorder).noquote() << message;
    emit errorOccurred(message, reason);
    return false;
}

bool Recorder::openFor(QDate day)
{
    close();
    if (!QDir().mkpath(m_directory))
        return fail(tr("Recording stopped: cannot create the recording folder %1.")
                        .arg(QDir::toNativeSeparators(m_directory)));
    const QString path = QDir(m_directory).filePath(fileNameFor(m_label, day));
    if (!repairTail(path))
        return false;
    m_file.setFileName(path);
    // Unbuffered: each member reaches the file in one write, never half in a buffer.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return fail(tr("Recording stopped: cannot open %1: %2.")
                        .arg(QDir::toNativeSeparators(path), m_file.errorString()),
                    m_file.errorString());
    m_fileSize = m_file.size();
    m_day = day;
    m_deflater = std::make_unique<Deflater>(m_level);
    if (!m_deflater->ready)
        return fail(tr("Recording stopped: the gzip compressor could not be started."));
    m_timer->start();
    emit fileStarted(m_file.fileName());
    return true;
}

bool Recorder::repairTail(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.size() == 0)
        return true; // new, or not a regular file (a device, a pipe): nothing to check
    QFile existing(path);
    if (!existing.open(QIODevice::ReadOnly))
        return true; // opening it for writing will say why, if it cannot be written either
    const GzipTail::Result tail = GzipTail::inspect(existing);
    if (tail.readError)
        return fail(tr("Recording stopped: cannot read the end of %1 to append to it: %2.")
                        .arg(QDir::toNativeSeparators(path), existing.errorString()),
                    existing.errorString());
    if (tail.isComplete())
        return true;

    const QString stamp = m_clock().toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString sidePath = QStringLiteral("%1.torn-%2").arg(path, stamp);
    for (int n = 2; QFileInfo::exists(sidePath); ++n)
        sidePath = QStringLiteral("%1.torn-%2-%3").arg(path, stamp).arg(n);
    QString reason;
    if (!copyTail(existing, tail.validLength, sidePath, &reason))
        return fail(
            tr("Recording stopped: %1 ends in an incomplete gzip member, and it cannot "
               "be set aside in %2: %3.")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(sidePath), reason),
            reason);
    existing.close();
    QFile truncated(path);
    if (!truncated.resize(tail.validLength))
        return fail(tr("Recording stopped: cannot cut the incomplete end off %1: %2.")
                        .arg(QDir::toNativeSeparators(path), truncated.errorString()),
                    truncated.errorString());
    const QString message =
        tr("%1 ended in an incomplete gzip member (%2 bytes, cut off by a crash or power loss). "
           "Those bytes were moved to %3; the recording continues after the last complete "
           "member.")
            .arg(QDir::toNativeSeparators(path))
            .arg(tail.size - tail.validLength)
            .arg(QDir::toNativeSeparators(sidePath));
    qCDebug(lcRecorder).noquote() << message;
    emit warningOccurred(message);
    return true;
}

void Recorder::startMember()
{
    deflateReset(&m_deflater->stream);
    m_output.clear();
    m_memberOpen = true;
    m_memberAge.start();
}

bool Recorder::compress(const char *data, size_t size, int mode)
{
    z_stream &z = m_deflater->stream;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = uInt(size);
    int result = Z_OK;
    do {
        const qsizetype before = m_output.size();
        const uInt room = uInt(std::max<size_t>(64 * 1024, size / 2 + 1024));
        m_output.resize(before + room);
        z.next_out = reinterpret_cast<Bytef *>(m_output.data() + before);
        z.avail_out = room;
        result = deflate(&z, mode);
        m_output.resize(before + qsizetype(room - z.avail_out));
        if (result == Z_STREAM_ERROR)
            return fail(tr("Recording stopped: the gzip compressor failed."));
    } while (z.avail_in > 0 || (mode == Z_FINISH && result != Z_STREAM_END));
    return true;
}

bool Recorder::append(const Message &message)
{
    if (m_stopped)
        return false;
    if (!message.isActivity())
        return true;
    const QDate today = m_clock().toUTC().date();
    if (!m_file.isOpen() || today != m_day) {
        if (!openFor(today))
            return false;
    }
    // Set before the write: a flush inside this call already holds this item.
    if (!message.cursor.isEmpty())
        m_pendingCursor = message.cursor;
    if (m_seen->isDuplicate(message.id)) {
        ++m_duplicates;
        return true;
    }
    if (!m_memberOpen)
        startMember();
    if (!compress(message.raw.constData(), size_t(message.raw.size()), Z_NO_FLUSH) ||
        !compress("\n", 1, Z_NO_FLUSH))
        return false;
    ++m_pending;
    if (m_output.size() > maxMemberBytes || m_memberAge.elapsed() >= m_flushIntervalMs)
        return flush();
    return true;
}

bool Recorder::append(const MessageBatch &batch)
{
    for (const Message &message : batch) {
        if (!append(message))
            return false;
    }
    return true;
}

bool Recorder::flush()
{
    if (m_stopped)
        return false;
    if (!m_memberOpen || !m_file.isOpen())
        return true;
    m_memberOpen = false;
    if (!compress(nullptr, 0, Z_FINISH))
        return false;
    QString reason;
    if (!writeAll(m_file, m_output, &reason)) {
        // Never leave half a member behind: later members would be unreadable after it.
        m_file.resize(m_fileSize);
        return fail(tr("Recording stopped: cannot write %1: %2.")
                        .arg(QDir::toNativeSeparators(m_file.fileName()), reason),
                    reason);
    }
    m_fileSize += m_output.size();
    m_written += m_pending;
    m_pending = 0;
    m_output.clear();
    emit flushed(m_written);
    if (m_pendingCursor != m_writtenCursor) {
        m_writtenCursor = m_pendingCursor;
        emit cursorWritten(m_writtenCursor);
    }
    return true;
}

void Recorder::close()
{
    flush();
    m_timer->stop();
    if (m_file.isOpen())
        m_file.close();
    m_deflater.reset();
}
