#include "archiveaccess.h"

#include "core/buildinfo.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <zlib.h>

#include <functional>

#if HYDRANT_HAS_KARCHIVE
#include <K7Zip>
#include <KArchive>
#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KCompressionDevice>
#include <KFilterBase>
#include <KTar>
#include <KZip>
#endif

namespace {

#if HYDRANT_HAS_KARCHIVE
KCompressionDevice::CompressionType compressionFor(FileFormat::Kind kind)
{
    switch (kind) {
    case FileFormat::Gzip:
        return KCompressionDevice::GZip;
    case FileFormat::Xz:
        return KCompressionDevice::Xz;
    case FileFormat::Bzip2:
        return KCompressionDevice::BZip2;
    case FileFormat::Zstd:
        return KCompressionDevice::Zstd;
    default:
        return KCompressionDevice::None;
    }
}

QString tarMimeType(FileFormat::Kind kind)
{
    switch (kind) {
    case FileFormat::Gzip:
        return QStringLiteral("application/gzip");
    case FileFormat::Xz:
        return QStringLiteral("application/x-xz");
    case FileFormat::Bzip2:
        return QStringLiteral("application/x-bzip");
    case FileFormat::Zstd:
        return QStringLiteral("application/zstd");
    default:
        return QStringLiteral("application/x-tar");
    }
}

std::unique_ptr<KArchive> makeArchive(const QString &path, FileFormat::Kind kind)
{
    switch (kind) {
    case FileFormat::Zip:
        return std::make_unique<KZip>(path);
    case FileFormat::SevenZip:
        return std::make_unique<K7Zip>(path);
    case FileFormat::Tar:
        return std::make_unique<KTar>(path, QStringLiteral("application/x-tar"));
    case FileFormat::Gzip:
    case FileFormat::Xz:
    case FileFormat::Bzip2:
    case FileFormat::Zstd:
        return std::make_unique<KTar>(path, tarMimeType(kind));
    default:
        return nullptr;
    }
}

void collectFiles(const KArchiveDirectory *directory, const QString &prefix,
                  QList<ArchiveAccess::Member> &out, int depth)
{
    if (depth > 64)
        return;
    const QStringList names = directory->entries();
    for (const QString &name : names) {
        const KArchiveEntry *entry = directory->entry(name);
        if (!entry)
            continue;
        const QString path = prefix.isEmpty() ? name : prefix + QLatin1Char('/') + name;
        if (entry->isDirectory()) {
            collectFiles(static_cast<const KArchiveDirectory *>(entry), path, out, depth + 1);
        } else if (entry->isFile()) {
            const auto *file = static_cast<const KArchiveFile *>(entry);
            out.append({path, file->size(), ArchiveAccess::isSafeMemberPath(path)});
        }
    }
}

const KArchiveFile *findFile(const KArchiveDirectory *root, const QString &path)
{
    const KArchiveDirectory *directory = root;
    const QStringList parts = path.split(QLatin1Char('/'));
    for (int i = 0; i < parts.size(); ++i) {
        const KArchiveEntry *entry = directory->entry(parts[i]);
        if (!entry)
            return nullptr;
        if (i + 1 == parts.size())
            return entry->isFile() ? static_cast<const KArchiveFile *>(entry) : nullptr;
        if (!entry->isDirectory())
            return nullptr;
        directory = static_cast<const KArchiveDirectory *>(entry);
    }
    return nullptr;
}
#endif

} // namespace

struct ArchiveAccess::Private
{
#if HYDRANT_HAS_KARCHIVE
    std::unique_ptr<KArchive> archive;
    std::unique_ptr<QFile> input;
    std::unique_ptr<QIODevice> device;
    qint64 total = 0;
    std::function<qint64()> done;
#endif
};

bool ArchiveAccess::isAvailable()
{
    return HYDRANT_HAS_KARCHIVE != 0;
}

QString ArchiveAccess::missingMessage(FileFormat::Kind kind)
{
    return tr("This file is %1. Opening it needs the KArchive library (KDE Frameworks 6), which "
              "this build of Hydrant does not include. Use a build made with KArchive (for "
              "example on Debian 13: install libkf6archive-dev and configure with "
              "-DHYDRANT_WITH_KARCHIVE=ON), or convert the file to .jsonl.gz.")
        .arg(FileFormat::displayName(kind));
}

bool ArchiveAccess::zstdSupported()
{
#if HYDRANT_HAS_KARCHIVE
    std::unique_ptr<KFilterBase> filter(
        KCompressionDevice::filterForCompressionType(KCompressionDevice::Zstd));
    return filter != nullptr;
#else
    return false;
#endif
}

bool ArchiveAccess::isSafeMemberPath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')) ||
        (path.size() > 1 && path.at(1) == QLatin1Char(':')))
        return false;
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part == QLatin1String(".."))
            return false;
    }
    return true;
}

bool ArchiveAccess::compressedTar(const QString &path, FileFormat::Kind kind)
{
    QByteArray block(512, '\0');
    if (kind == FileFormat::Gzip) {
        // zlib is always there: peek at the first 512 decompressed bytes.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QByteArray head = file.read(64 * 1024);
        z_stream z{};
        if (inflateInit2(&z, 31) != Z_OK)
            return false;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(head.constData()));
        z.avail_in = uInt(head.size());
        z.next_out = reinterpret_cast<Bytef *>(block.data());
        z.avail_out = 512;
        int ret = Z_OK;
        while (z.avail_out > 0 && z.avail_in > 0 && ret == Z_OK)
            ret = inflate(&z, Z_NO_FLUSH);
        const bool full = z.avail_out == 0;
        inflateEnd(&z);
        return full && FileFormat::isTarHeader(block);
    }
#if HYDRANT_HAS_KARCHIVE
    KCompressionDevice device(path, compressionFor(kind));
    if (device.compressionType() == KCompressionDevice::None || !device.open(QIODevice::ReadOnly))
        return false;
    return device.read(block.data(), 512) == 512 && FileFormat::isTarHeader(block);
#else
    return false;
#endif
}

QList<ArchiveAccess::Member> ArchiveAccess::listMembers(const QString &path, FileFormat::Kind kind,
                                                        QString *error)
{
    QList<Member> members;
#if HYDRANT_HAS_KARCHIVE
    std::unique_ptr<KArchive> archive = makeArchive(path, kind);
    if (!archive || !archive->open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the archive: %1")
                     .arg(archive ? archive->errorString() : tr("unsupported format"));
        return members;
    }
    collectFiles(archive->directory(), QString(), members, 0);
#else
    Q_UNUSED(path);
    *error = missingMessage(kind);
#endif
    return members;
}

QList<ArchiveAccess::Member> ArchiveAccess::likelyJsonMembers(const QList<Member> &members)
{
    QList<Member> result;
    for (const Member &member : members) {
        const QString name = member.path.toLower();
        if (member.safe &&
            (name.endsWith(QLatin1String(".jsonl")) || name.endsWith(QLatin1String(".ndjson")) ||
             name.endsWith(QLatin1String(".json")) || name.endsWith(QLatin1String(".jsonl.gz")) ||
             name.endsWith(QLatin1String(".gz"))))
            result.append(member);
    }
    return result;
}

ArchiveAccess::ArchiveAccess()
    : d(std::make_unique<Private>())
{}

ArchiveAccess::~ArchiveAccess()
{
#if HYDRANT_HAS_KARCHIVE
    // The member device belongs to the archive's file: close it first.
    d->device.reset();
    d->archive.reset();
#endif
}

bool ArchiveAccess::openMember(const QString &path, FileFormat::Kind kind, const QString &member,
                               QString *error)
{
#if HYDRANT_HAS_KARCHIVE
    if (!isSafeMemberPath(member)) {
        *error = tr("The archive member name \"%1\" is not safe (absolute or leading outside the "
                    "archive); it is not opened.")
                     .arg(member);
        return false;
    }
    d->archive = makeArchive(path, kind);
    if (!d->archive || !d->archive->open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the archive: %1")
                     .arg(d->archive ? d->archive->errorString() : QString());
        return false;
    }
    const KArchiveFile *file = findFile(d->archive->directory(), member);
    if (!file) {
        *error = tr("The archive has no file named \"%1\".").arg(member);
        return false;
    }
    d->device.reset(file->createDevice());
    if (!d->device || (!d->device->isOpen() && !d->device->open(QIODevice::ReadOnly))) {
        *error = tr("Cannot read \"%1\" from the archive.").arg(member);
        return false;
    }
    d->total = file->size();
    QIODevice *device = d->device.get();
    d->done = [device] { return device->pos(); };
    return true;
#else
    Q_UNUSED(path);
    Q_UNUSED(member);
    *error = missingMessage(kind);
    return false;
#endif
}

bool ArchiveAccess::openCompressed(const QString &path, FileFormat::Kind kind, QString *error)
{
#if HYDRANT_HAS_KARCHIVE
    if (kind == FileFormat::Zstd && !zstdSupported()) {
        *error = tr("This file is zstd-compressed, but the KArchive library this build uses was "
                    "made without zstd support. Decompress it first (zstd -d FILE) or use a "
                    "KArchive built with zstd.");
        return false;
    }
    d->input = std::make_unique<QFile>(path);
    if (!d->input->open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the file: %1").arg(d->input->errorString());
        return false;
    }
    auto device = std::make_unique<KCompressionDevice>(d->input.get(), false, compressionFor(kind));
    if (device->compressionType() == KCompressionDevice::None ||
        !device->open(QIODevice::ReadOnly)) {
        *error = tr("KArchive cannot decompress %1.").arg(FileFormat::displayName(kind));
        return false;
    }
    d->device = std::move(device);
    d->total = d->input->size();
    QFile *input = d->input.get();
    d->done = [input] { return input->pos(); };
    return true;
#else
    Q_UNUSED(path);
    *error = missingMessage(kind);
    return false;
#endif
}

QIODevice *ArchiveAccess::device() const
{
#if HYDRANT_HAS_KARCHIVE
    return d->device.get();
#else
    return nullptr;
#endif
}

qint64 ArchiveAccess::progressTotal() const
{
#if HYDRANT_HAS_KARCHIVE
    return d->total;
#else
    return 0;
#endif
}

qint64 ArchiveAccess::progressDone() const
{
#if HYDRANT_HAS_KARCHIVE
    return d->done ? d->done() : 0;
#else
    return 0;
#endif
}
