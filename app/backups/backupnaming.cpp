#include "backupnaming.h"

#include "net/backupprofile.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace BackupNaming {

namespace {

// A symbol backup's label: "symbols/{metric}".
const QLatin1String symbolsPrefix("symbols/");

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

} // namespace

QString fileTypeError(const QString &fileType)
{
    return BackupProfile::fileTypeError(fileType);
}

QString metricError(const QString &metric)
{
    return BackupProfile::metricError(metric);
}

QString typeLabel(const BackupKey &key)
{
    return key.isSymbols() ? symbolsPrefix + key.fileType : key.fileType;
}

QStringList labelsOf(const BackupEndpoint &endpoint)
{
    QStringList labels = endpoint.fileTypes;
    for (const QString &metric : endpoint.symbolMetrics)
        labels.append(typeLabel({metric, {}, BackupKey::Family::Symbols}));
    return labels;
}

BackupKey keyOf(const QString &label, const QDate &day)
{
    if (label.startsWith(symbolsPrefix))
        return {label.mid(symbolsPrefix.size()), day, BackupKey::Family::Symbols};
    return {label, day};
}

QString labelError(const QString &label)
{
    const BackupKey key = keyOf(label, {});
    return key.isSymbols() ? metricError(key.fileType) : fileTypeError(key.fileType);
}

bool isValidFileType(const QString &fileType)
{
    return fileTypeError(fileType).isEmpty();
}

QString dateError(const QDate &date, const QDate &today)
{
    if (!date.isValid())
        return QCoreApplication::translate("BackupNaming", "The date is not a real calendar day.");
    // Year 1 .. 9999 keeps the four-digit path part honest.
    if (date.year() < 1 || date.year() > 9999)
        return QCoreApplication::translate("BackupNaming", "The year must have four digits.");
    if (today.isValid() && date > today)
        return QCoreApplication::translate("BackupNaming",
                                           "%1 is in the future: no backup exists for it yet.")
            .arg(QLocale().toString(date, QLocale::ShortFormat));
    return {};
}

QString keyError(const BackupKey &key, const QDate &today)
{
    if (const QString error = key.isSymbols() ? metricError(key.fileType)
                                              : fileTypeError(key.fileType);
        !error.isEmpty())
        return error;
    return dateError(key.date, today);
}

QDate parseIsoDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    // QDate(y, m, d) is invalid for impossible days such as 2023-02-29.
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

QString requestPath(const BackupKey &key)
{
    Q_ASSERT(keyError(key, {}).isEmpty());
    return QString(key.isSymbols() ? QStringLiteral("symbols/backups/%1/%2/%3/%4")
                                   : QStringLiteral("backups/%1/%2/%3/%4"))
        .arg(key.fileType, QStringLiteral("%1").arg(key.date.year(), 4, 10, QLatin1Char('0')),
             twoDigits(key.date.month()), twoDigits(key.date.day()));
}

QString fileName(const BackupKey &key)
{
    Q_ASSERT(keyError(key, {}).isEmpty());
    return QString(key.isSymbols() ? QStringLiteral("stocktwits_symbols_%1_%2_%3_%4.gz")
                                   : QStringLiteral("stocktwits_%1_%2_%3_%4.gz"))
        .arg(key.fileType, QStringLiteral("%1").arg(key.date.year(), 4, 10, QLatin1Char('0')),
             twoDigits(key.date.month()), twoDigits(key.date.day()));
}

QString partFileName(const BackupKey &key)
{
    return fileName(key) + QStringLiteral(".part");
}

BackupKey keyFromFileName(const QString &name)
{
    // Symbol backups first: "stocktwits_symbols_{metric}_..." (a daily type cannot start with
    // "symbols_", so the two never meet).
    static const QRegularExpression symbols(QStringLiteral(
        "^stocktwits_symbols_([A-Za-z0-9][A-Za-z0-9_-]{0,63})_(\\d{4})_(\\d{2})_(\\d{2})\\.gz\\z"));
    if (const auto match = symbols.match(name); match.hasMatch()) {
        BackupKey key{match.captured(1),
                      QDate(match.captured(2).toInt(), match.captured(3).toInt(),
                            match.captured(4).toInt()),
                      BackupKey::Family::Symbols};
        return key.date.isValid() ? key : BackupKey{};
    }
    static const QRegularExpression pattern(
        QStringLiteral("^stocktwits_([a-z][a-z0-9_-]{0,63})_(\\d{4})_(\\d{2})_(\\d{2})\\.gz\\z"));
    const auto match = pattern.match(name);
    if (!match.hasMatch())
        return {};
    BackupKey key{match.captured(1), QDate(match.captured(2).toInt(), match.captured(3).toInt(),
                                           match.captured(4).toInt())};
    if (!key.date.isValid())
        return {};
    return key;
}

} // namespace BackupNaming
