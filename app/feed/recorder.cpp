#include "feed/recorder.h"

#include "net/duplicatefilter.h"

#include <QDir>
#include <QTimer>

#include <zlib.h>

namespace {

// Above this much compressed data the member is finished early, bounding memory at any rate.
constexpr qsizetype maxMemberBytes = 8 * 1024 * 1024;

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

bool Recorder::fail(const QString &message)
{
    m_error = message;
    emit errorOccurred(message);
    return false;
}

bool Recorder::openFor(QDate day)
{
    close();
    if (!QDir().mkpath(m_directory))
        return fail(tr("Cannot create the recording folder %1.")
                        .arg(QDir::toNativeSeparators(m_directory)));
    m_file.setFileName(QDir(m_directory).filePath(fileNameFor(m_label, day)));
    // Unbuffered: each member reaches the file in one write, never half in a buffer.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return fail(tr("Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
    m_fileSize = m_file.size();
    m_day = day;
    m_deflater = std::make_unique<Deflater>(m_level);
    if (!m_deflater->ready) {
        m_file.close();
        return fail(tr("Cannot start the gzip compressor."));
    }
    m_timer->start();
    emit fileStarted(m_file.fileName());
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
            return fail(tr("The gzip compressor failed."));
    } while (z.avail_in > 0 || (mode == Z_FINISH && result != Z_STREAM_END));
    return true;
}

bool Recorder::append(const Message &message)
{
    if (!message.isActivity())
        return true;
    const QDate today = m_clock().toUTC().date();
    if (!m_file.isOpen() || today != m_day) {
        if (!openFor(today))
            return false;
    }
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
    bool ok = true;
    for (const Message &message : batch)
        ok = append(message) && ok;
    return ok;
}

bool Recorder::flush()
{
    if (!m_memberOpen || !m_file.isOpen())
        return true;
    m_memberOpen = false;
    if (!compress(nullptr, 0, Z_FINISH))
        return false;
    const qint64 written = m_file.write(m_output);
    if (written != m_output.size()) {
        // Never leave half a member behind: later members would be unreadable after it.
        const QString reason = m_file.errorString();
        m_file.resize(m_fileSize);
        m_pending = 0;
        m_output.clear();
        return fail(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), reason));
    }
    m_fileSize += written;
    m_written += m_pending;
    m_pending = 0;
    m_output.clear();
    emit flushed(m_written);
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
