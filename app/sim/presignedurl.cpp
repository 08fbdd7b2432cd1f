#include "presignedurl.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

namespace PresignedUrl {

namespace {

const QString algorithm = QStringLiteral("AWS4-HMAC-SHA256");

QByteArray signature(const QString &objectPath, const QString &date, const QString &expires,
                     const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(
               (objectPath + QLatin1Char('\n') + date + QLatin1Char('\n') + expires).toUtf8(),
               secret, QCryptographicHash::Sha256)
        .toHex();
}

QString amzDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

} // namespace

QUrl sign(const QUrl &storageBase, const QString &objectPath, qint64 issuedMs, int expirySeconds,
          const QByteArray &secret)
{
    const QString date = amzDate(issuedMs);
    const QString expires = QString::number(qMax(0, expirySeconds));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("X-Amz-Algorithm"), algorithm);
    query.addQueryItem(QStringLiteral("X-Amz-Credential"),
                       QStringLiteral("SIMULATOR/") + date.left(8) +
                           QStringLiteral("/us-east-1/s3/aws4_request"));
    query.addQueryItem(QStringLiteral("X-Amz-Date"), date);
    query.addQueryItem(QStringLiteral("X-Amz-Expires"), expires);
    query.addQueryItem(QStringLiteral("X-Amz-SignedHeaders"), QStringLiteral("host"));
    query.addQueryItem(QStringLiteral("X-Amz-Signature"),
                       QString::fromLatin1(signature(objectPath, date, expires, secret)));
    QUrl url = storageBase;
    url.setPath(objectPath);
    url.setQuery(query);
    return url;
}

Verdict verify(const QString &objectPath, const QUrlQuery &query, qint64 nowMs,
               const QByteArray &secret)
{
    const QString date = query.queryItemValue(QStringLiteral("X-Amz-Date"));
    const QString expires = query.queryItemValue(QStringLiteral("X-Amz-Expires"));
    const QString given = query.queryItemValue(QStringLiteral("X-Amz-Signature"));
    if (date.isEmpty() || expires.isEmpty() || given.isEmpty() ||
        query.queryItemValue(QStringLiteral("X-Amz-Algorithm")) != algorithm)
        return Verdict::Missing;
    if (given.toLatin1() != signature(objectPath, date, expires, secret))
        return Verdict::BadSignature;
    QDateTime issued = QDateTime::fromString(date, QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    issued.setTimeZone(QTimeZone::utc());
    if (!issued.isValid())
        return Verdict::BadSignature;
    if (nowMs >= issued.toMSecsSinceEpoch() + expires.toLongLong() * 1000)
        return Verdict::Expired;
    return Verdict::Valid;
}

} // namespace PresignedUrl
