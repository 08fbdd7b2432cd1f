#include "feed/recorder.h"

#include "feed/gziptail.h"
#include "net/duplicatefilter.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimeZone>
#include <QTimer>

#include <zlib.h>

#include <algorithm>

// The user reads errors and warnings through errorOccurred()/warningOccurred() (the connection
// log, the CLI's stderr); the category repeats them for debugging only, so they are not said
// twice. QT_LOGGING_RULES="hydrant.feed.recorder.debug=true" turns it on.
Q_LOGGING_CATEGORY(lcRecorder, "hydrant.feed.recorder", QtInfoMsg)

namespace {

// Above this much compressed data the member is finished early, bounding memory at any rate.
constexpr qsizetype maxMemberBytes = 8 * 1024 * 1024;

// Room kept in front of a member's deflate data for its gzip header, which is written last
// (it holds the cursor of the member's last item, known only when the member is finished).
constexpr qsizetype headerRoom = 512;
// The FEXTRA subfields of a member's header (RFC 1952 §2.3.1.1): the resume cursor of its last
// item, and the stream it belongs to. gzip readers skip them.
constexpr char cursorSubfield[2] = {'H', 'c'};
constexpr char streamSubfield[2] = {'H', 's'};
constexpr qsizetype maxCursorLength = 200;

void appendLittleEndian(QByteArray &out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out += char((value >> (8 * i)) & 0xff);
}

void appendSubfield(QByteArray &extra, const char id[2], const QByteArray &data)
{
    extra += id[0];
    extra += id[1];
    appendLittleEndian(extra, quint32(data.size()), 2);
    extra += data;
}

/// The data of subfield \a id of a gzip FEXTRA field; empty when absent or malformed.
QByteArray subfield(const QByteArray &extra, const char id[2])
{
    qsizetype at = 0;
    while (at + 4 <= extra.size()) {
        const qsizetype length = uchar(extra[at + 2]) | (qsizetype(uchar(extra[at + 3])) << 8);
        if (at + 4 + length > extra.size())
            break;
        if (extra[at] == id[0] && extra[at + 1] == id[1])
            return extra.mid(at + 4, length);
        at += 4 + length;
    }
    return {};
}

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

/// Reads where the complete members of \a file end (up to GzipTail::searchSpan bytes of it).
GzipTail::Result readTail(QFile &file)
{
    qCDebug(lcRecorder).noquote() << "reading the end of" << QDir::toNativeSeparators(file.fileName());
    return GzipTail::inspect(file);
}

} // namespace

struct Recorder::InspectedTail
{
    QString path;
    qint64 size = 0;
    QDateTime modified;
    GzipTail::Result tail;

    /// The file at \a info is still the one that was read: same size, not written since.
    bool matches(const QFileInfo &info) const
    {
        return info.absoluteFilePath() == path && info.size() == size &&
               info.lastModified() == modified;
    }
};

struct Recorder::Deflater
{
    z_stream stream{};
    bool ready = false;

    explicit Deflater(int level)
    {
        // Raw deflate (windowBits -15): the recorder writes each member's gzip header and trailer
        // itself, so that the header can carry what is known only at the member's end.
        ready = deflateInit2(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) == Z_OK;
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
    // Read once: when the end was read to tell where the recording stopped (before connecting)
    // and the file has not changed since, that reading holds.
    const std::unique_ptr<InspectedTail> kept = std::move(m_inspected);
    const GzipTail::Result tail = kept && kept->matches(info) ? kept->tail : readTail(existing);
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
        tr("%1 ended in an incomplete gzip member (%2 bytes, cut off by a crash or power loss): "
           "those bytes were moved to %3, and the recording continues after the last complete "
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
    m_output.resize(headerRoom); // the header goes at its end when the member is finished
    m_crc = crc32(0, nullptr, 0);
    m_memberLength = 0;
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
    m_crc = crc32_z(m_crc, reinterpret_cast<const Bytef *>(message.raw.constData()),
                    size_t(message.raw.size()));
    m_crc = crc32_z(m_crc, reinterpret_cast<const Bytef *>("\n"), 1);
    m_memberLength += quint32(message.raw.size()) + 1; // ISIZE is the length modulo 2^32
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
    appendLittleEndian(m_output, quint32(m_crc), 4);
    appendLittleEndian(m_output, m_memberLength, 4);
    // The header, with the cursor of the member's last item, in the room kept before the data:
    // the items and the cursor after them reach the file in one write, so the recording alone
    // says where it stopped, whenever a run is killed (see lastRecordedPosition()).
    const QByteArray header = memberHeader(m_pendingCursor);
    const qsizetype start = headerRoom - header.size();
    std::copy(header.begin(), header.end(), m_output.begin() + start);
    const QByteArray member = QByteArray::fromRawData(m_output.constData() + start,
                                                      m_output.size() - start);
    QString reason;
    if (!writeAll(m_file, member, &reason)) {
        // Never leave half a member behind: later members would be unreadable after it.
        m_file.resize(m_fileSize);
        return fail(tr("Recording stopped: cannot write %1: %2.")
                        .arg(QDir::toNativeSeparators(m_file.fileName()), reason),
                    reason);
    }
    m_fileSize += member.size();
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

void Recorder::setStreamKey(const QByteArray &key)
{
    m_streamKey = key.left(64);
}

QByteArray Recorder::memberHeader(const QString &cursor) const
{
    QByteArray extra;
    if (!cursor.isEmpty() && cursor.size() <= maxCursorLength) {
        appendSubfield(extra, cursorSubfield, cursor.toLatin1());
        if (!m_streamKey.isEmpty())
            appendSubfield(extra, streamSubfield, m_streamKey);
    }
    QByteArray header;
    header.reserve(12 + extra.size());
    header += "\x1f\x8b\x08"; // ID1 ID2, CM deflate
    header += char(extra.isEmpty() ? 0 : 0x04); // FLG: FEXTRA
    appendLittleEndian(header, quint32(m_clock().toSecsSinceEpoch()), 4); // MTIME
    header += char(0);    // XFL
    header += char(0xff); // OS: unknown
    if (!extra.isEmpty()) {
        appendLittleEndian(header, quint32(extra.size()), 2);
        header += extra;
    }
    Q_ASSERT(header.size() <= headerRoom);
    return header;
}

Recorder::RecordedPosition Recorder::lastRecordedPosition(const QString &directory,
                                                          const QString &label)
{
    std::unique_ptr<InspectedTail> none;
    return findRecordedPosition(directory, label, none);
}

Recorder::RecordedPosition Recorder::recordedPosition()
{
    return findRecordedPosition(m_directory, m_label, m_inspected);
}

Recorder::RecordedPosition Recorder::findRecordedPosition(const QString &directory,
                                                          const QString &label,
                                                          std::unique_ptr<InspectedTail> &kept)
{
    // The newest day first; a file with no complete member yet sends us to the day before.
    const QDir dir(directory);
    const QStringList files =
        dir.entryList({sanitizedLabel(label) + QStringLiteral("_????_??_??.jsonl.gz")},
                      QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = 0; i < std::min<qsizetype>(files.size(), 3); ++i) {
        const QFileInfo info(dir.filePath(files.at(i)));
        GzipTail::Result tail;
        if (kept && kept->matches(info)) {
            tail = kept->tail;
        } else {
            QFile file(info.filePath());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            tail = readTail(file);
            if (i == 0 && !tail.readError) {
                kept = std::make_unique<InspectedTail>(
                    InspectedTail{info.absoluteFilePath(), tail.size, info.lastModified(), tail});
            }
        }
        if (tail.readError || tail.validLength == 0)
            continue;
        RecordedPosition position;
        position.cursor = QString::fromLatin1(subfield(tail.lastMemberExtra, cursorSubfield));
        position.streamKey = subfield(tail.lastMemberExtra, streamSubfield);
        position.writtenAt = QDateTime::fromSecsSinceEpoch(tail.lastMemberTime, QTimeZone::utc());
        position.path = info.filePath();
        return position;
    }
    return {};
}

void Recorder::close()
{
    flush();
    m_timer->stop();
    if (m_file.isOpen())
        m_file.close();
    m_deflater.reset();
}
