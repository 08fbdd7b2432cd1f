#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

/// The temporary download links of the storage origin, shaped like pre-signed object-store URLs
/// (X-Amz-Date, X-Amz-Expires, X-Amz-Signature...) and really checked: a changed path or
/// query, or an expired link, is refused.
namespace PresignedUrl {

enum class Verdict { Valid, Missing, BadSignature, Expired };

/// A link to \a objectPath on \a storageBase, valid for \a expirySeconds from \a issuedMs.
QUrl sign(const QUrl &storageBase, const QString &objectPath, qint64 issuedMs, int expirySeconds,
          const QByteArray &secret);
Verdict verify(const QString &objectPath, const QUrlQuery &query, qint64 nowMs,
               const QByteArray &secret);

} // namespace PresignedUrl
