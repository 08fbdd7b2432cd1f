#include "indexcache.h"

#include "fileindex.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <zlib.h>

#include <algorithm>
#include <atomic>

namespace {

constexpr quint32 magic = 0x48594458; // "HYDX"
constexpr quint32 version = 3; // 3: the content fingerprint is CRC-32 and Adler-32
std::atomic<qint64> minimumBytes{8 << 20};

// The fingerprint samples this many bytes around each chosen offset, at most maxSamples of them
// (evenly spaced ones and the access points' compressed offsets).
constexpr qint64 sampleBytes = 64;
constexpr int evenSamples = 64;
constexpr int maxSamples = 256;

QList<qint64> sampleOffsets(qint64 size, const std::vector<qint64> &pointOffsets)
{
    QList<qint64> offsets;
    if (size <= 2 * IndexCache::edgeBytes)
        return offsets; // the ends cover it all
    for (int i = 1; i < evenSamples; ++i)
        offsets.append(size / evenSamples * i);
    // Around each access point: at a member start the 8 bytes before are the previous
    // member's trailer (its CRC-32 and length).
    const size_t points = pointOffsets.size();
    const size_t step = std::max<size_t>(1, points / size_t(maxSamples - evenSamples));
    for (size_t i = 0; i < points && offsets.size() < maxSamples; i += step) {
        if (pointOffsets[i] > 0 && pointOffsets[i] < size)
            offsets.append(std::max<qint64>(0, pointOffsets[i] - sampleBytes / 2));
    }
    return offsets;
}

/// A checksum of the file's size, its first and last edgeBytes and sampleBytes at each of
/// \a samples; empty when the file cannot be read. It tells a changed file from the one indexed
/// (nobody forges it: the cache is the user's own), so it is zlib's CRC-32 and Adler-32 of the
/// same bytes, 64 bits together: SHA-256 made opening a month of cached days take longer than
/// searching it.
QByteArray fingerprint(const QString &path, const QList<qint64> &samples)
{
    QFile file(path);
    // Unbuffered: each sample is one read of its own bytes, not of a 16 KiB buffer (a month of
    // small days read a third of every file that way).
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    const qint64 size = file.size();
    uLong crc = crc32(0, nullptr, 0);
    uLong adler = adler32(0, nullptr, 0);
    const auto addBytes = [&](const char *data, qint64 length) {
        crc = crc32_z(crc, reinterpret_cast<const Bytef *>(data), size_t(length));
        adler = adler32_z(adler, reinterpret_cast<const Bytef *>(data), size_t(length));
    };
    const QByteArray sizeText = QByteArray::number(size);
    addBytes(sizeText.constData(), sizeText.size());
    QByteArray buffer;
    const auto add = [&](qint64 offset, qint64 length) {
        if (!file.seek(offset))
            return false;
        buffer.resize(length);
        if (file.read(buffer.data(), length) != length)
            return false;
        addBytes(buffer.constData(), length);
        return true;
    };
    const qint64 head = std::min(size, IndexCache::edgeBytes);
    const qint64 tailStart = std::max(head, size - IndexCache::edgeBytes);
    if (!add(0, head) || !add(tailStart, size - tailStart))
        return {};
    for (const qint64 offset : samples) {
        if (offset < 0 || offset >= size || !add(offset, std::min(sampleBytes, size - offset)))
            return {};
    }
    QByteArray result;
    QDataStream(&result, QIODevice::WriteOnly) << quint32(crc) << quint32(adler);
    return result;
}

quint32 checksum(const QByteArray &bytes)
{
    return quint32(crc32_z(crc32(0, nullptr, 0), reinterpret_cast<const Bytef *>(bytes.constData()),
                           size_t(bytes.size())));
}

void trim(const QString &folder)
{
    QDir dir(folder);
    QFileInfoList entries = dir.entryInfoList({QStringLiteral("*.idx")}, QDir::Files, QDir::Time);
    qint64 total = 0;
    for (const QFileInfo &entry : entries) {
        total += entry.size();
        if (total > IndexCache::maxTotalBytes)
            QFile::remove(entry.absoluteFilePath());
    }
}

} // namespace

qint64 IndexCache::minimumContentBytes()
{
    return minimumBytes.load();
}

void IndexCache::setMinimumContentBytes(qint64 bytes)
{
    minimumBytes.store(bytes);
}

QString IndexCache::folder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("file-index"));
}

QString IndexCache::entryPath(const QString &path, QString *key)
{
    const QFileInfo info(path);
    *key = QStringLiteral("%1\n%2\n%3")
               .arg(info.canonicalFilePath())
               .arg(info.size())
               .arg(info.lastModified().toMSecsSinceEpoch());
    const QByteArray hash =
        QCryptographicHash::hash(key->toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(folder()).filePath(QString::fromLatin1(hash) + QStringLiteral(".idx"));
}

bool IndexCache::load(const QString &path, FileIndex &index)
{
    QString key;
    QFile file(entryPath(path, &key));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // Anything that does not verify is deleted, so that the fresh index replaces it.
    const auto reject = [&file] {
        file.close();
        QFile::remove(file.fileName());
        return false;
    };
    QDataStream stream(&file);
    quint32 fileMagic = 0, fileVersion = 0, storedChecksum = 0;
    stream >> fileMagic >> fileVersion;
    if (stream.status() != QDataStream::Ok || fileMagic != magic || fileVersion != version)
        return reject();
    QByteArray body;
    stream >> storedChecksum >> body;
    if (stream.status() != QDataStream::Ok || !stream.atEnd() || checksum(body) != storedChecksum)
        return reject();

    QDataStream fields(body);
    QString storedKey;
    QList<qint64> samples;
    QByteArray storedFingerprint, compressed;
    fields >> storedKey;
    quint32 sampleCount = 0;
    fields >> sampleCount;
    if (fields.status() != QDataStream::Ok || storedKey != key || sampleCount > maxSamples)
        return reject();
    for (quint32 i = 0; i < sampleCount; ++i) {
        qint64 offset = 0;
        fields >> offset;
        samples.append(offset);
    }
    fields >> storedFingerprint >> compressed;
    if (fields.status() != QDataStream::Ok || !fields.atEnd() || storedFingerprint.isEmpty() ||
        fingerprint(path, samples) != storedFingerprint)
        return reject();
    const QByteArray data = qUncompress(compressed);
    if (data.isEmpty() || !index.deserialize(data))
        return reject();
    // Touch it so trimming keeps recently used entries.
    file.close();
    file.open(QIODevice::ReadWrite);
    file.setFileTime(QDateTime::currentDateTime(), QFileDevice::FileModificationTime);
    return true;
}

bool IndexCache::save(const QString &path, const FileIndex &index)
{
    const FileIndex::State state = index.state();
    if (state != FileIndex::State::Complete && state != FileIndex::State::Truncated &&
        state != FileIndex::State::Damaged)
        return false;
    if (index.outputDone() < minimumContentBytes())
        return false;
    QString key;
    const QString target = entryPath(path, &key);
    if (!QDir().mkpath(folder()))
        return false;
    // The compressed offsets of the access points, where the file's content is sampled.
    std::vector<qint64> pointOffsets;
    for (const qint64 out : index.accessPoints().offsets()) {
        GzipAccessPoint point;
        if (index.accessPoints().pointAtOrBefore(out, point))
            pointOffsets.push_back(point.in);
    }
    const QList<qint64> samples = sampleOffsets(QFileInfo(path).size(), pointOffsets);
    const QByteArray contentFingerprint = fingerprint(path, samples);
    if (contentFingerprint.isEmpty())
        return false;
    QByteArray body;
    {
        QDataStream fields(&body, QIODevice::WriteOnly);
        fields << key << quint32(samples.size());
        for (const qint64 offset : samples)
            fields << offset;
        fields << contentFingerprint << qCompress(index.serialize(), 1);
        if (fields.status() != QDataStream::Ok)
            return false;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QDataStream stream(&file);
    stream << magic << version << checksum(body) << body;
    if (stream.status() != QDataStream::Ok || !file.commit())
        return false;
    trim(folder());
    return true;
}
