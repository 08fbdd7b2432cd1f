#include "indexcache.h"

#include "fileindex.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <atomic>

namespace {

constexpr quint32 magic = 0x48594458; // "HYDX"
constexpr quint32 version = 1;
std::atomic<qint64> minimumBytes{8 << 20};

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
    QDataStream stream(&file);
    quint32 fileMagic = 0, fileVersion = 0;
    QString storedKey;
    QByteArray compressed;
    stream >> fileMagic >> fileVersion >> storedKey;
    if (stream.status() != QDataStream::Ok || fileMagic != magic || fileVersion != version ||
        storedKey != key)
        return false;
    stream >> compressed;
    if (stream.status() != QDataStream::Ok)
        return false;
    const QByteArray data = qUncompress(compressed);
    if (data.isEmpty() || !index.deserialize(data)) {
        file.close();
        QFile::remove(file.fileName()); // unreadable: do not try again
        return false;
    }
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
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QDataStream stream(&file);
    stream << magic << version << key << qCompress(index.serialize(), 1);
    if (stream.status() != QDataStream::Ok || !file.commit())
        return false;
    trim(folder());
    return true;
}
