// Member names of archives (zip, tar, 7z), which come from the file and so from anyone, and the
// content-based format detection that decides how a file is opened. The property: a name judged
// safe, joined to any folder, stays inside that folder on every platform's reading (no "..",
// no absolute path, no drive letter, no backslash, no control character); the JSON-member
// pick never offers an unsafe name; detection never reads outside the bytes it is given.

#include "files/archiveaccess.h"
#include "files/fileformat.h"
#include "fuzzinput.h"

#include <QDir>

namespace {

void checkName(const QString &name)
{
    const bool safe = ArchiveAccess::isSafeMemberPath(name);
    const ArchiveAccess::Member member{name, 1, safe};
    const QList<ArchiveAccess::Member> picked = ArchiveAccess::likelyJsonMembers({member});
    if (!safe) {
        FUZZ_CHECK(picked.isEmpty());
        return;
    }
    FUZZ_CHECK(!name.isEmpty());
    FUZZ_CHECK(!name.startsWith(QLatin1Char('/')));
    FUZZ_CHECK(!name.contains(QLatin1Char('\\')));
    FUZZ_CHECK(!(name.size() > 1 && name.at(1) == QLatin1Char(':')));
    for (const QChar c : name)
        FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7f);
    for (const QString &part : name.split(QLatin1Char('/')))
        FUZZ_CHECK(part != QLatin1String(".."));

    const QString folder = QStringLiteral("/home/user/Downloads/archive");
    const QString joined = QDir::cleanPath(folder + QLatin1Char('/') + name);
    FUZZ_CHECK(joined == folder || joined.startsWith(folder + QLatin1Char('/')));
    // The same with Windows separators: backslashes are refused, so the join cannot climb.
    QString windows = QStringLiteral("C:\\Users\\u\\archive\\") + name;
    windows = QDir::cleanPath(windows.replace(QLatin1Char('\\'), QLatin1Char('/')));
    FUZZ_CHECK(windows == QLatin1String("C:/Users/u/archive") ||
               windows.startsWith(QLatin1String("C:/Users/u/archive/")));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QByteArrayView data(reinterpret_cast<const char *>(bytes), qsizetype(size));
    // Names as zip stores them (UTF-8) and as old tar files do (Latin-1 bytes).
    checkName(QString::fromUtf8(data));
    checkName(QString::fromLatin1(data));
    // Several names, one per line, as a listing delivers them.
    for (const QByteArray &line : data.toByteArray().split('\n'))
        checkName(QString::fromUtf8(line));

    const FileFormat::Kind kind = FileFormat::detect(data);
    FUZZ_CHECK(kind >= FileFormat::Empty && kind <= FileFormat::Binary);
    FUZZ_CHECK((kind == FileFormat::Empty) == data.isEmpty());
    FUZZ_CHECK(!FileFormat::displayName(kind).isEmpty());
    if (FileFormat::isTarHeader(data))
        FUZZ_CHECK(data.size() >= 512);
    FileFormat::expectedFromName(QString::fromUtf8(data));
    return 0;
}
