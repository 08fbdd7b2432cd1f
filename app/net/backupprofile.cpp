#include "backupprofile.h"

#include "net/endpointpolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

bool BackupProfile::isValidFileType(const QString &type)
{
    // "\z", not "$": "$" also matches before a final "\n".
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}\\z"));
    return pattern.match(type).hasMatch();
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
        if (!isValidFileType(type))
            return QCoreApplication::translate(
                       "BackupProfile", "“%1” is not a valid file type: use letters, digits, "
                                        "- and _ only.")
                .arg(type);
    }
    if (user.trimmed().isEmpty())
        return QCoreApplication::translate("BackupProfile", "Enter the user name.");
    return {};
}
