#include "backupprofile.h"

#include "net/endpointpolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

QString BackupProfile::fileTypeError(const QString &type)
{
    // "\z", not "$": "$" also matches before a final "\n", which would let "activity\n" through.
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_-]{0,63}\\z"));
    // The sentences keep the context they were first written and translated in.
    if (type.isEmpty())
        return QCoreApplication::translate("BackupNaming", "The file type is empty.");
    if (!pattern.match(type).hasMatch())
        return QCoreApplication::translate(
                   "BackupNaming",
                   "“%1” is not a valid file type: use a lower-case letter followed by up to 63 "
                   "lower-case letters, digits, “_” or “-”.")
            .arg(type.left(80));
    if (type.startsWith(QLatin1String("symbols_")))
        return QCoreApplication::translate(
                   "BackupNaming",
                   "“%1” is not a valid file type: names beginning with “symbols_” are the symbol "
                   "backups': give the metric as a symbol metric.")
            .arg(type.left(80));
    return {};
}

QStringList BackupProfile::listFromText(const QString &text)
{
    QStringList names;
    for (const QString &part : text.split(QLatin1Char(','))) {
        if (const QString name = part.trimmed(); !name.isEmpty())
            names.append(name);
    }
    return names;
}

QString BackupProfile::metricError(const QString &metric)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}\\z"));
    if (metric.isEmpty())
        return QCoreApplication::translate("BackupNaming", "The symbol backup metric is empty.");
    if (!pattern.match(metric).hasMatch())
        return QCoreApplication::translate(
                   "BackupNaming",
                   "“%1” is not a valid symbol backup metric: use a letter or digit followed by up "
                   "to 63 letters, digits, “_” or “-”.")
            .arg(metric.left(80));
    return {};
}

QString BackupProfile::validationError() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("BackupProfile", "The account needs a name.");
    if (const QString refusal = EndpointPolicy::refusalReason(url()); !refusal.isEmpty())
        return refusal;
    if (fileTypes.isEmpty())
        return QCoreApplication::translate("BackupProfile",
                                           "List at least one file type (for example activity).");
    for (const QString &type : fileTypes) {
        if (const QString error = fileTypeError(type); !error.isEmpty())
            return error;
    }
    for (const QString &metric : symbolMetrics) {
        if (const QString error = metricError(metric); !error.isEmpty())
            return error;
    }
    if (user.trimmed().isEmpty())
        return QCoreApplication::translate("BackupProfile", "Enter the user name.");
    return {};
}
