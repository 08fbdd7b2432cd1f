#include "fileformat.h"

#include <QCoreApplication>

#include <cstring>

namespace {

bool startsWith(QByteArrayView head, const char *magic, qsizetype size)
{
    return head.size() >= size && std::memcmp(head.data(), magic, size_t(size)) == 0;
}

// Text when no NUL byte and few control characters (tabs and line ends excepted) appear.
bool looksLikeText(QByteArrayView head)
{
    qsizetype control = 0;
    for (const char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0)
            return false;
        if (u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f')
            ++control;
    }
    return control * 100 <= head.size();
}

} // namespace

FileFormat::Kind FileFormat::detect(QByteArrayView head)
{
    if (head.isEmpty())
        return Empty;
    if (startsWith(head, "\x1f\x8b\x08", 3))
        return Gzip;
    if (startsWith(head, "PK\x03\x04", 4) || startsWith(head, "PK\x05\x06", 4))
        return Zip;
    if (startsWith(head, "7z\xbc\xaf\x27\x1c", 6))
        return SevenZip;
    if (startsWith(head,
                   "\xfd"
                   "7zXZ\x00",
                   6))
        return Xz;
    if (startsWith(head, "BZh", 3) && head.size() > 3 && head[3] >= '1' && head[3] <= '9')
        return Bzip2;
    if (startsWith(head, "\x28\xb5\x2f\xfd", 4))
        return Zstd;
    if (isTarHeader(head))
        return Tar;
    if (looksLikeText(head))
        return PlainText;
    return Binary;
}

bool FileFormat::isTarHeader(QByteArrayView block)
{
    if (block.size() < 512)
        return false;
    // "ustar\0" (POSIX) or "ustar  \0" (GNU) at offset 257, and a valid header checksum.
    if (std::memcmp(block.data() + 257, "ustar", 5) != 0)
        return false;
    unsigned long stored = 0;
    for (int i = 148; i < 156; ++i) {
        const char c = block[i];
        if (c >= '0' && c <= '7')
            stored = stored * 8 + unsigned(c - '0');
    }
    unsigned long sum = 0;
    for (int i = 0; i < 512; ++i)
        sum += (i >= 148 && i < 156) ? ' ' : static_cast<unsigned char>(block[i]);
    return sum == stored;
}

QString FileFormat::displayName(Kind kind)
{
    switch (kind) {
    case Empty:
        return QCoreApplication::translate("FileFormat", "an empty file");
    case Gzip:
        return QCoreApplication::translate("FileFormat", "gzip-compressed data");
    case PlainText:
        return QCoreApplication::translate("FileFormat", "plain text");
    case Zip:
        return QCoreApplication::translate("FileFormat", "a zip archive");
    case Tar:
        return QCoreApplication::translate("FileFormat", "a tar archive");
    case SevenZip:
        return QCoreApplication::translate("FileFormat", "a 7z archive");
    case Xz:
        return QCoreApplication::translate("FileFormat", "xz-compressed data");
    case Bzip2:
        return QCoreApplication::translate("FileFormat", "bzip2-compressed data");
    case Zstd:
        return QCoreApplication::translate("FileFormat", "zstd-compressed data");
    case Binary:
        break;
    }
    return QCoreApplication::translate("FileFormat", "binary data of an unknown kind");
}

bool FileFormat::needsKArchive(Kind kind)
{
    return kind == Zip || kind == Tar || kind == SevenZip || kind == Xz || kind == Bzip2 ||
           kind == Zstd;
}

bool FileFormat::isContainer(Kind kind)
{
    return kind == Zip || kind == Tar || kind == SevenZip;
}

FileFormat::Kind FileFormat::expectedFromName(const QString &fileName)
{
    const QString name = fileName.toLower();
    const auto ends = [&name](const char *suffix) { return name.endsWith(QLatin1String(suffix)); };
    if (ends(".tar.gz") || ends(".tgz") || ends(".gz"))
        return Gzip;
    if (ends(".jsonl") || ends(".ndjson") || ends(".json") || ends(".txt") || ends(".log"))
        return PlainText;
    if (ends(".zip"))
        return Zip;
    if (ends(".tar"))
        return Tar;
    if (ends(".7z"))
        return SevenZip;
    if (ends(".xz") || ends(".txz"))
        return Xz;
    if (ends(".bz2") || ends(".tbz2"))
        return Bzip2;
    if (ends(".zst") || ends(".zstd"))
        return Zstd;
    return Binary;
}
