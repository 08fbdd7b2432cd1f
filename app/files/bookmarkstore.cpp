#include "bookmarkstore.h"

#include "core/appsettings.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QFileInfo>

QString BookmarkStore::key(const QString &path, const QString &member)
{
    const QFileInfo info(path);
    const QString identity = QStringLiteral("%1|%2|%3|%4")
                                 .arg(info.absoluteFilePath())
                                 .arg(info.size())
                                 .arg(info.lastModified().toMSecsSinceEpoch())
                                 .arg(member);
    return QStringLiteral("files/bookmarks/") +
           QString::fromLatin1(
               QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QList<int> BookmarkStore::load(const QString &path, const QString &member)
{
    QDataStream stream(AppSettings::uiState(key(path, member)));
    QList<int> lines;
    stream >> lines;
    return stream.status() == QDataStream::Ok ? lines : QList<int>();
}

void BookmarkStore::save(const QString &path, const QString &member, const QList<int> &lines)
{
    QByteArray data;
    if (!lines.isEmpty()) {
        QDataStream stream(&data, QIODevice::WriteOnly);
        stream << lines;
    }
    AppSettings::setUiState(key(path, member), data);
}
