#include "backupresolver.h"

#include "backups/backupnaming.h"
#include "core/appsettings.h"
#include "core/versioninfo.h"
#include "net/endpointpolicy.h"
#include "net/httpstatusrule.h"
#include "net/tlstrust.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

namespace {

constexpr qint64 maxErrorBody = BackupResolver::maxBodyBytes;

BackupResolver::Outcome outcomeOf(HttpStatusRule::Meaning meaning)
{
    using Meaning = HttpStatusRule::Meaning;
    using Outcome = BackupResolver::Outcome;
    switch (meaning) {
    case Meaning::BadRequest:
        return Outcome::BadRequest;
    case Meaning::Unauthorized:
        return Outcome::Unauthorized;
    case Meaning::Forbidden:
        return Outcome::Forbidden;
    case Meaning::NotFound:
        return Outcome::NotAvailable;
    case Meaning::RateLimited:
    case Meaning::ServerTrouble:
        return Outcome::ServerError;
    default:
        return Outcome::Unexpected;
    }
}

} // namespace

BackupResolver::BackupResolver(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_connectMs(AppSettings::defaultStallTimeoutSeconds * 1000)
    , m_answerMs(AppSettings::defaultStallTimeoutSeconds * 1000)
{
    qRegisterMetaType<BackupResolver::Result>();
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &BackupResolver::onDeadline);
}

void BackupResolver::setDeadlines(int connectMs, int answerMs)
{
    m_connectMs = std::max(0, connectMs);
    m_answerMs = std::max(0, answerMs);
}

void BackupResolver::armDeadline(int milliseconds)
{
    if (milliseconds > 0)
        m_deadline->start(milliseconds);
    else
        m_deadline->stop();
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
    request.setRawHeader("User-Agent", VersionInfo::userAgent());
    TlsTrust::apply(request);
    m_sent = false;
    m_body.clear();
    m_reply = m_network->get(request);
    // Bounded memory: Qt reads no further ahead than this; the body is read as it comes.
    m_reply->setReadBufferSize(maxBodyBytes);
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        m_sent = true;
        armDeadline(m_answerMs); // first byte
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &BackupResolver::onHeaders);
    connect(m_reply, &QNetworkReply::readyRead, this, &BackupResolver::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &BackupResolver::onFinished);
    armDeadline(m_connectMs);
}

void BackupResolver::onHeaders()
{
    if (!m_reply)
        return;
    armDeadline(m_answerMs); // idle from here
    qint64 headerBytes = 0;
    for (const auto &pair : m_reply->rawHeaderPairs())
        headerBytes += pair.first.size() + pair.second.size() + 4;
    const qint64 locationBytes = m_reply->rawHeader("Location").size();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (locationBytes > maxLocationBytes) {
        fail(Outcome::Refused,
             tr("The backup service answered with a download link of %1, longer than the %2 "
                "Hydrant accepts; it was not followed.")
                 .arg(QLocale().formattedDataSize(locationBytes),
                      QLocale().formattedDataSize(maxLocationBytes)),
             status);
    } else if (headerBytes > maxHeaderBytes) {
        fail(Outcome::Refused,
             tr("The backup service answered with %1 of headers, more than the %2 Hydrant "
                "accepts; the answer was not used.")
                 .arg(QLocale().formattedDataSize(headerBytes),
                      QLocale().formattedDataSize(maxHeaderBytes)),
             status);
    }
}

void BackupResolver::onReadyRead()
{
    if (!m_reply)
        return;
    armDeadline(m_answerMs);
    m_body += m_reply->read(maxBodyBytes + 1 - m_body.size());
    if (m_body.size() > maxBodyBytes) {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        fail(Outcome::Unexpected,
             tr("The backup service sent an answer longer than %1; it was not read to the end.")
                 .arg(QLocale().formattedDataSize(maxBodyBytes)),
             status);
    }
}

void BackupResolver::onDeadline()
{
    if (!m_reply)
        return;
    const int seconds = std::max(1, ((m_sent ? m_answerMs : m_connectMs) + 999) / 1000);
    fail(Outcome::NetworkError,
         m_sent ? tr("The backup service at %1 accepted the request but did not answer within "
                     "%n second(s).",
                     nullptr, seconds)
                      .arg(m_requestUrl.host())
                : tr("The backup service at %1 could not be reached within %n second(s).",
                     nullptr, seconds)
                      .arg(m_requestUrl.host()));
}

void BackupResolver::fail(Outcome outcome, const QString &message, int status)
{
    abort();
    emit finished({outcome, {}, status, message});
}

void BackupResolver::abort()
{
    m_deadline->stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        // Deleting a reply stops its request too. abort() would set an error of its own, and
        // when the reply's own error (a 401 of a parallel request) is already on its way in, Qt
        // reports the second one ("Internal problem, this method must only be called once").
        reply->deleteLater();
    }
}

void BackupResolver::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_deadline->stop();
    reply->disconnect(this);
    reply->deleteLater();

    Result result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_body += reply->read(maxErrorBody + 1 - m_body.size());
    const QString text = serverText(m_body);
    m_body.clear();
    const QString said = HttpStatusRule::serverSaid(text);
    const int status = result.httpStatus;

    if (status == 0) {
        const auto error = reply->error();
        const bool tls = error == QNetworkReply::SslHandshakeFailedError;
        result.outcome = tls ? Outcome::Refused : Outcome::NetworkError;
        result.message = tls ? tr("The secure connection to %1 failed: %2")
                                   .arg(m_requestUrl.host(), reply->errorString())
                             : tr("The backup service at %1 could not be reached: %2")
                                   .arg(m_requestUrl.host(), reply->errorString());
    } else if (const HttpStatusRule::Verdict verdict =
                   HttpStatusRule::classify(HttpStatusRule::Server::BackupApi, status);
               verdict.meaning == HttpStatusRule::Meaning::Redirect) {
        // The raw header: Qt's parsed LocationHeader drops a relative link. A relative link is
        // resolved against the request URL, then checked like any other.
        const QByteArray raw = reply->rawHeader("Location").trimmed();
        const QUrl location = QUrl::fromEncoded(raw, QUrl::StrictMode);
        const QUrl target = location.isRelative() ? m_requestUrl.resolved(location) : location;
        if (raw.isEmpty() || location.isEmpty() || !target.isValid()) {
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
    } else {
        result.outcome = outcomeOf(verdict.meaning);
        result.message = verdict.sentence + said;
    }
    emit finished(result);
}
