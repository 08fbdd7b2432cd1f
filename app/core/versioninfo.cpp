#include "versioninfo.h"

#include "core/buildinfo.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace VersionInfo {

QString applicationVersion()
{
    return QStringLiteral(HYDRANT_VERSION_STRING);
}

QByteArray userAgent()
{
    return "Hydrant/" + applicationVersion().toUtf8();
}

bool hasKArchive()
{
    return HYDRANT_HAS_KARCHIVE != 0;
}

bool hasIsal()
{
    return HYDRANT_HAS_ISAL != 0;
}

bool hasNats()
{
    return HYDRANT_HAS_NATS != 0;
}

QUrl documentationUrl()
{
    return QUrl(QStringLiteral(HYDRANT_HOMEPAGE_URL "#readme"));
}

QString report()
{
    const QString karchive = hasKArchive()
        ? QCoreApplication::translate("VersionInfo", "built in (zip, tar, 7z, xz, bzip2, zstd)")
        : QCoreApplication::translate("VersionInfo", "not built in (gzip and plain JSON lines only)");
    return QCoreApplication::translate("VersionInfo", "Hydrant %1\nQt %2 (built with %3)\nKArchive: %4")
        .arg(applicationVersion(), QString::fromLatin1(qVersion()),
             QStringLiteral(HYDRANT_BUILD_QT_VERSION), karchive)
        // Library names and version numbers read the same in every language.
        + QStringLiteral("\nsimdjson " HYDRANT_SIMDJSON_VERSION "\nzlib " HYDRANT_ZLIB_VERSION)
        + (hasIsal() ? QStringLiteral("\nISA-L " HYDRANT_ISAL_VERSION)
                     : QLatin1Char('\n') +
                           QCoreApplication::translate(
                               "VersionInfo", "ISA-L: not built in (zlib inflates gzip files)"))
        + (hasNats() ? QStringLiteral("\nNATS C client " HYDRANT_NATS_VERSION)
                     : QLatin1Char('\n') +
                           QCoreApplication::translate(
                               "VersionInfo", "NATS: not built in (no team relay)"));
}

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Hydrant"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("hydrant.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Hydrant"));
    QCoreApplication::setApplicationVersion(applicationVersion());
}

} // namespace VersionInfo
