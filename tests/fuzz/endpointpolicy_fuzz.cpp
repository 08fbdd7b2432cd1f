// The endpoint rule (https always, plain http only to loopback, no credentials in the URL) on
// arbitrary URLs, the backup request URL built from an allowed base, and the download link of a
// 302 exactly as the backup resolver reads it from a Location header. The property: whatever
// the policy lets through is https, or http to a literal loopback address or to "localhost" (never
// to another name, even one that resolves to loopback); a request built from an allowed base keeps
// its scheme, host and port; a server's error text is kept short. Names are resolved by a stand-in
// that answers 127.0.0.1 for every name, so the fuzzer sends no DNS query.

#include "backups/backupresolver.h"
#include "fuzzinput.h"
#include "net/endpointpolicy.h"

#include <QHostAddress>
#include <QList>

namespace {

QList<QHostAddress> resolveEverythingToLoopback(const QString &)
{
    return {QHostAddress(QHostAddress::LocalHost)};
}

void checkAllowed(const QUrl &url)
{
    const EndpointPolicy::Resolver resolve = resolveEverythingToLoopback;
    const QString reason = EndpointPolicy::refusalReason(url, resolve);
    FUZZ_CHECK(EndpointPolicy::isAllowed(url, resolve) == reason.isEmpty());
    if (!reason.isEmpty())
        return;
    FUZZ_CHECK(url.isValid());
    FUZZ_CHECK(!url.host().isEmpty());
    FUZZ_CHECK(url.userInfo().isEmpty());
    FUZZ_CHECK(url.password().isEmpty());
    const QString scheme = url.scheme().toLower();
    FUZZ_CHECK(scheme == QLatin1String("https") || scheme == QLatin1String("http"));
    if (scheme == QLatin1String("http")) {
        const QString host = url.host();
        const QHostAddress address(host);
        FUZZ_CHECK(host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
                   (!address.isNull() && address.isLoopback()));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size > 16 * 1024)
        return 0;
    // Line 1: a configured base URL; line 2: a Location header value; the rest: an error body.
    const QByteArrayView data(reinterpret_cast<const char *>(bytes), qsizetype(size));
    QList<QByteArrayView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < data.size() && parts.size() < 2; ++i) {
        if (data[i] == '\n') {
            parts.append(data.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(data.sliced(start));
    const QByteArrayView baseText = parts.value(0);
    const QByteArrayView locationText = parts.value(1);
    const QByteArrayView body = parts.size() > 2 ? parts.value(2) : QByteArrayView();

    // Typed in a settings field (tolerant), or read from a saved profile (strict).
    const QString typed = QString::fromUtf8(baseText);
    const QUrl base(typed);
    const QUrl strictBase(typed.trimmed(), QUrl::StrictMode);
    checkAllowed(base);
    checkAllowed(strictBase);
    checkAllowed(QUrl::fromUserInput(typed));

    const BackupKey key{QStringLiteral("activity"), QDate(2024, 1, 2)};
    if (EndpointPolicy::isAllowed(base, resolveEverythingToLoopback)) {
        const QUrl request = BackupResolver::requestUrl(base, key);
        checkAllowed(request);
        FUZZ_CHECK(EndpointPolicy::isAllowed(request, resolveEverythingToLoopback));
        FUZZ_CHECK(request.scheme() == base.scheme());
        FUZZ_CHECK(request.host() == base.host());
        FUZZ_CHECK(request.port() == base.port());
        FUZZ_CHECK(request.path().endsWith(QLatin1String("/backups/activity/2024/01/02")));

        // The redirect target, resolved as BackupResolver::onFinished() does it.
        // The header may be read strictly (encoded) or tolerantly; check both readings.
        for (const QUrl &location :
             {QUrl::fromEncoded(locationText.toByteArray(), QUrl::StrictMode),
              QUrl(QString::fromLatin1(locationText.data(), locationText.size()))}) {
            const QUrl target = location.isRelative() ? request.resolved(location) : location;
            checkAllowed(target);
        }
    }

    const QString text = BackupResolver::serverText(body.toByteArray());
    FUZZ_CHECK(text.size() <= 501);
    return 0;
}
