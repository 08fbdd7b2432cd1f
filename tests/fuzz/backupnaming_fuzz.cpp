// Validation of the path parts of a backup (file type and date, from users and saved state) and
// the names built from them. The property: whatever passes validation yields a request path of
// exactly four segments and a plain file name inside the download folder, both made only of the
// documented characters, and a file name maps back to exactly the key it was made from.

#include "backups/backupnaming.h"
#include "fuzzinput.h"
#include "net/backupprofile.h"

#include <QDir>

namespace {

/// The documented file-type alphabet, checked character by character (no regular expression).
bool documentedFileType(const QString &type)
{
    if (type.isEmpty() || type.size() > 64 || type.at(0) < QLatin1Char('a') ||
        type.at(0) > QLatin1Char('z'))
        return false;
    for (const QChar c : type) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') ||
                        c == QLatin1Char('-');
        if (!ok)
            return false;
    }
    return true;
}

bool plainAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || c == QLatin1Char('\\'))
            return false;
    }
    return true;
}

void checkKey(const BackupKey &key)
{
    const QDate today(2024, 3, 15);
    if (!BackupNaming::keyError(key, today).isEmpty())
        return;
    FUZZ_CHECK(documentedFileType(key.fileType));
    FUZZ_CHECK(key.date.isValid() && key.date <= today && key.date.year() >= 1);

    const QString path = BackupNaming::requestPath(key);
    FUZZ_CHECK(plainAscii(path));
    const QStringList segments = path.split(QLatin1Char('/'));
    FUZZ_CHECK(segments.size() == 5);
    for (const QString &segment : segments)
        FUZZ_CHECK(!segment.isEmpty() && segment != QLatin1String("..") &&
                   segment != QLatin1String("."));

    const QString name = BackupNaming::fileName(key);
    FUZZ_CHECK(plainAscii(name));
    FUZZ_CHECK(!name.contains(QLatin1Char('/')));
    FUZZ_CHECK(name.startsWith(QLatin1String("stocktwits_")) &&
               name.endsWith(QLatin1String(".gz")));
    const QString folder = QStringLiteral("/downloads/hydrant");
    FUZZ_CHECK(QDir::cleanPath(QDir(folder).filePath(name)) == folder + QLatin1Char('/') + name);
    FUZZ_CHECK(BackupNaming::partFileName(key) == name + QLatin1String(".part"));
    FUZZ_CHECK(BackupNaming::keyFromFileName(name) == key);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size > 4096)
        return 0;
    // Line 1: a file type; line 2: a date as typed; the whole input also as a file name.
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(bytes), qsizetype(size));
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    const QString type = newline < 0 ? text : text.left(newline);
    const QString dateText = newline < 0 ? QString() : text.mid(newline + 1);

    FUZZ_CHECK(BackupNaming::isValidFileType(type) == BackupNaming::fileTypeError(type).isEmpty());
    if (BackupNaming::isValidFileType(type))
        FUZZ_CHECK(documentedFileType(type));
    // An account accepts exactly the file types a download can fetch.
    FUZZ_CHECK(BackupProfile::isValidFileType(type) == BackupNaming::isValidFileType(type));

    const QDate date = BackupNaming::parseIsoDate(dateText);
    if (date.isValid()) {
        // Strict: the text (trimmed) is exactly the day written back.
        FUZZ_CHECK(date.toString(Qt::ISODate) == dateText.trimmed());
    }
    checkKey({type, date});
    checkKey({type, QDate(2024, 1, 2)});
    checkKey({text, QDate(2024, 1, 2)});
    FUZZ_CHECK(BackupProfile::isValidFileType(text) == BackupNaming::isValidFileType(text));

    const BackupKey fromName = BackupNaming::keyFromFileName(text);
    if (fromName.date.isValid()) {
        FUZZ_CHECK(BackupNaming::fileName(fromName) == text);
        checkKey(fromName);
    }
    return 0;
}
