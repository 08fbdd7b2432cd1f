#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

/// Facts about this build that the user may need when reporting a problem:
/// the Hydrant version, the Qt version in use and which optional components are built in.
namespace VersionInfo {

QString applicationVersion();
/// "Hydrant/VERSION": the User-Agent of every request Hydrant sends (stream and backups alike).
QByteArray userAgent();
/// True when this build can open zip/tar/7z containers and xz/bzip2/zstd files through KArchive.
bool hasKArchive();
/// True when bulk gzip data (index, search, export, download verification) is inflated by ISA-L.
bool hasIsal();
/// True when this build has the team relay on NATS JetStream (`hydrant-cli relay`,
/// `hydrant-cli stream --service nats`).
bool hasNats();
/// Where the user documentation (the README) is read online: Help → Documentation.
QUrl documentationUrl();
/// Several lines for `--version` and the About dialog.
QString report();
/// Sets organisation and application names, so QSettings and QStandardPaths agree everywhere.
void applyApplicationIdentity();

} // namespace VersionInfo
