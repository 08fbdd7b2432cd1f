#include "backupresolver.h"

#include "backups/backupnaming.h"
#include "net/endpointpolicy.h"
#include "net/tlstrust.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace {

constexpr qint64 maxErrorBody = 64 * 1024;

} // namespace

BackupResolver::BackupResolver(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    qRegisterMetaType<BackupResolver::Result>();
}

BackupResolver::~BackupResolver()
{
    abort();
}

QUrl BackupResolver::requestUrl(const QUrl &baseUrl, const BackupKey &key)
{
    QUrl url = baseUrl;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + BackupNaming::requestPath(key));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString BackupResolver::serverText(const QByteArray &body)
{
    const QByteArray trimmed = body.left(maxErrorBody).trimmed();
    if (trimmed.isEmpty())
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(trimmed);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        for (const char *field : {"message", "error", "detail", "errors"}) {
            const QJsonValue value = object.value(QLatin1String(field));
            if (value.isString())
                return value.toString().left(500);
            if (value.isObject() && value.toObject().value(QStringLiteral("message")).isString())
                return value.toObject().value(QStringLiteral("message")).toString().left(500);
        }
    }
    // Plain text or markup (object stores answer in XML): keep it short and on one line.
    QString text = QString::fromUtf8(trimmed).simplified();
    if (text.size() > 500)
        text = text.left(500) + QChar(0x2026);
    return text;
}

void BackupResolver::finishLater(const Result &result)
{
    // Always asynchronous, so callers see the same order of events for refusals and answers.
    QTimer::singleShot(0, this, [this, result] { emit finished(result); });
}

void BackupResolver::resolve(const QUrl &baseUrl, const ServiceCredentials &credentials,
                             const BackupKey &key)
{
    abort();
    if (const QString error = BackupNaming::keyError(key); !error.isEmpty()) {
        finishLater({Outcome::BadRequest, {}, 0, error});
        return;
    }
    if (const QString refusal = EndpointPolicy::refusalReason(baseUrl); !refusal.isEmpty()) {
        finishLater({Outcome::Refused, {}, 0, refusal});
        return;
    }
    m_requestUrl = requestUrl(baseUrl, key);
    QNetworkRequest request(m_requestUrl);
    // Follow the 302 ourselves: Qt's policies would carry the Authorization header along.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setRawHeader(
        "Authorization",
        "Basic " +
            (credentials.user + QLatin1Char(':') + credentials.password).toUtf8().toBase64());
    TlsTrust::apply(request);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &BackupResolver::onFinished);
}

void BackupResolver::abort()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void BackupResolver::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    Result result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString text = serverText(reply->read(maxErrorBody));
    const QString said = text.isEmpty() ? QString() : tr(" The service said: “%1”").arg(text);
    const int status = result.httpStatus;

    if (status == 0) {
        const auto error = reply->error();
        const bool tls = error == QNetworkReply::SslHandshakeFailedError;
        result.outcome = tls ? Outcome::Refused : Outcome::NetworkError;
        result.message = tls ? tr("The secure connection to %1 failed: %2")
                                   .arg(m_requestUrl.host(), reply->errorString())
                             : tr("The backup service at %1 could not be reached: %2")
                                   .arg(m_requestUrl.host(), reply->errorString());
    } else if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
        const QUrl target = location.isRelative() ? m_requestUrl.resolved(location) : location;
        if (location.isEmpty() || !target.isValid()) {
            result.outcome = Outcome::Unexpected;
            result.message =
                tr("The backup service answered %1 without a download link.").arg(status);
        } else if (const QString refusal = EndpointPolicy::refusalReason(target);
                   !refusal.isEmpty()) {
            result.outcome = Outcome::Refused;
            result.message = tr("The download link was not followed. %1").arg(refusal);
        } else {
            result.outcome = Outcome::Resolved;
            result.location = target;
        }
    } else if (status == 400) {
        result.outcome = Outcome::BadRequest;
        result.message =
            tr("The backup service refused the request (bad date or file type).") + said;
    } else if (status == 401) {
        result.outcome = Outcome::Unauthorized;
        result.message = tr("The user name or password was not accepted.") + said;
    } else if (status == 403) {
        result.outcome = Outcome::Forbidden;
        result.message = tr("This account may not download this file.") + said;
    } else if (status == 404) {
        result.outcome = Outcome::NotAvailable;
        result.message = tr("There is no file for this day.") + said;
    } else if (status == 429 || status >= 500) {
        result.outcome = Outcome::ServerError;
        result.message = tr("The backup service is having trouble (HTTP %1).").arg(status) + said;
    } else {
        result.outcome = Outcome::Unexpected;
        result.message =
            tr("The backup service answered HTTP %1 instead of a download link.").arg(status) +
            said;
    }
    emit finished(result);
}
