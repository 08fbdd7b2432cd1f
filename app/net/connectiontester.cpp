#include "connectiontester.h"

#include "net/clock.h"
#include "net/connectratelimiter.h"
#include "net/endpointpolicy.h"
#include "net/httpstatusrule.h"
#include "net/httpstreamconnection.h"
#include "net/streamrequest.h"
#include "net/tlstrust.h"

#include <QDate>
#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

using namespace std::chrono_literals;

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_timeoutTimer(new QTimer(this))
{
    qRegisterMetaType<ConnectionTester::Result>();
    m_timeoutTimer->setSingleShot(true);
    connect(m_timeoutTimer, &QTimer::timeout, this, [this] {
        cancel();
        finish({Outcome::NetworkError,
                0,
                {},
                tr("No answer from %1 within %2 s.").arg(m_host).arg(m_timeout.count() / 1000)});
    });
}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

void ConnectionTester::testStream(const StreamEndpoint &endpoint)
{
    cancel();
    if (const QString refusal = EndpointPolicy::refusalReason(endpoint.url); !refusal.isEmpty()) {
        finish({Outcome::Refused, 0, {}, refusal});
        return;
    }
    if (!endpoint.credentials.isComplete()) {
        finish({Outcome::Refused, 0, {}, tr("Enter the user name and the password first.")});
        return;
    }
    // A test is a connection request like any other: it spends the account's budget.
    auto limiter = ConnectRateLimiter::forAccount(endpoint.url.host(), endpoint.credentials.user);
    const auto wait = limiter->tryAcquire(Clock::system()->now());
    if (wait > 0ms) {
        finish({Outcome::RateLimited,
                0,
                {},
                tr("Hydrant already made %1 connection requests for this account in the last "
                   "minute, the most the service allows. Try again in %2 s.")
                    .arg(limiter->maxRequests())
                    .arg(QLocale().toString((wait.count() + 999) / 1000))});
        return;
    }
    // The stream's own transport: exactly one connection request, never a hidden repeat.
    m_kind = Kind::Stream;
    m_host = endpoint.url.host();
    m_body.clear();
    m_tlsErrors.clear();
    m_stream = new HttpStreamConnection(this);
    connect(m_stream, &HttpStreamConnection::responseStarted, this, [this] {
        if (m_stream->response().status() == 200) {
            // The stream never ends: the answer's head is all the test needs.
            cancel();
            finish({Outcome::Connected,
                    200,
                    {},
                    tr("Connected: %1 accepted the credentials and started the stream.")
                        .arg(m_host)});
        }
    });
    connect(m_stream, &HttpStreamConnection::bodyReceived, this, [this](const QByteArray &bytes) {
        m_body += bytes.left(maxBody - m_body.size());
    });
    connect(m_stream, &HttpStreamConnection::finished, this, [this] {
        HttpStreamConnection *stream = m_stream;
        const int status = stream->response().hasHead() ? stream->response().status() : 0;
        const bool tlsFailed = stream->outcome() == HttpStreamConnection::Outcome::TlsFailed;
        const QString errorText = stream->errorString();
        m_tlsErrors = stream->tlsErrors();
        cancel();
        report(status, tlsFailed, errorText);
    });
    m_stream->open(endpoint.url, StreamRequest::headers(endpoint));
    m_timeoutTimer->start(m_timeout);
}

void ConnectionTester::testBackups(const BackupEndpoint &endpoint)
{
    cancel();
    QUrl url = endpoint.baseUrl;
    if (const QString refusal = EndpointPolicy::refusalReason(url); !refusal.isEmpty()) {
        finish({Outcome::Refused, 0, {}, refusal});
        return;
    }
    if (!endpoint.credentials.isComplete()) {
        finish({Outcome::Refused, 0, {}, tr("Enter the user name and the password first.")});
        return;
    }
    const QDate day = QDate::currentDate().addDays(-1);
    const QString type = endpoint.fileTypes.value(0, QStringLiteral("activity"));
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(
        path +
        QStringLiteral("/backups/%1/%2").arg(type, day.toString(QStringLiteral("yyyy/MM/dd"))));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", StreamRequest::basicAuthorization(endpoint.credentials));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    TlsTrust::apply(request);
    startBackups(request, url.host());
}

void ConnectionTester::startBackups(const QNetworkRequest &request, const QString &host)
{
    m_kind = Kind::Backups;
    m_host = host;
    m_body.clear();
    m_tlsErrors.clear();
    // A fresh connection each time, so a CA trusted since the last test takes effect.
    m_network->clearConnectionCache();
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ConnectionTester::onFinished);
    connect(m_reply, &QIODevice::readyRead, this, [this] {
        if (m_reply && m_body.size() < maxBody)
            m_body += m_reply->read(maxBody - m_body.size());
        else if (m_reply)
            m_reply->readAll();
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_tlsErrors.append(error.errorString()); // reported, never ignored
    });
    m_timeoutTimer->start(m_timeout);
}

void ConnectionTester::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_body += reply->read(std::max<qint64>(0, maxBody - m_body.size()));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool tlsFailed =
        reply->error() == QNetworkReply::SslHandshakeFailedError || !m_tlsErrors.isEmpty();
    const QString errorText = reply->errorString();
    cancel();
    report(status, tlsFailed, errorText);
}

void ConnectionTester::report(int status, bool tlsFailed, const QString &errorText)
{
    Result result;
    result.httpStatus = status;
    result.serverMessage = StreamRequest::serverMessage(m_body);
    const QString said = HttpStatusRule::serverSaid(result.serverMessage);

    if (status == 0) {
        if (tlsFailed) {
            result.outcome = Outcome::TlsError;
            result.summary =
                tr("TLS error: the secure connection to %1 failed (%2).")
                    .arg(m_host,
                         m_tlsErrors.isEmpty() ? errorText : m_tlsErrors.join(QLatin1String("; ")));
        } else {
            result.outcome = Outcome::NetworkError;
            result.summary = tr("Network error: %1").arg(errorText);
        }
        finish(result);
        return;
    }

    // What the status means is the service's rule; the test only says it in a word first.
    const bool backups = m_kind == Kind::Backups;
    const HttpStatusRule::Verdict verdict = HttpStatusRule::classify(
        backups ? HttpStatusRule::Server::BackupApi : HttpStatusRule::Server::Stream, status);
    using Meaning = HttpStatusRule::Meaning;
    if (backups && (verdict.meaning == Meaning::Redirect || status == 200)) {
        result.outcome = Outcome::Connected;
        result.summary =
            tr("Connected: %1 accepted the credentials and offered yesterday's file.").arg(m_host);
    } else if (backups && verdict.meaning == Meaning::NotFound) {
        result.outcome = Outcome::Connected;
        result.summary =
            tr("Connected: %1 accepted the credentials (there is no file for yesterday).")
                .arg(m_host) +
            said;
    } else if (verdict.meaning == Meaning::Unauthorized) {
        result.outcome = Outcome::BadCredentials;
        result.summary = tr("Bad credentials: %1").arg(verdict.sentence) + said;
    } else if (verdict.meaning == Meaning::NotAcceptable) {
        result.outcome = Outcome::CompressionRefused;
        result.summary = tr("Compression refused: %1").arg(verdict.sentence) + said;
    } else if (verdict.meaning == Meaning::RateLimited) {
        result.outcome = Outcome::RateLimited;
        result.summary = tr("Rate limited: %1 Wait a minute and try again.").arg(verdict.sentence) +
                         said;
    } else {
        result.outcome = Outcome::ServerError;
        result.summary = verdict.sentence + said;
    }
    finish(result);
}

void ConnectionTester::cancel()
{
    m_timeoutTimer->stop();
    if (m_stream) {
        HttpStreamConnection *stream = m_stream;
        m_stream = nullptr;
        stream->disconnect(this);
        stream->abort();
        stream->deleteLater(); // possibly inside one of its own signals
    }
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void ConnectionTester::finish(Result result)
{
    // Delivered from the event loop, so a caller may connect after starting the test.
    QMetaObject::invokeMethod(
        this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
}

ConnectionTester::Result ConnectionTester::testStreamBlocking(const StreamEndpoint &endpoint)
{
    QEventLoop loop;
    Result outcome;
    const auto connection =
        connect(this, &ConnectionTester::finished, &loop, [&](const Result &result) {
            outcome = result;
            loop.quit();
        });
    testStream(endpoint);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    disconnect(connection);
    return outcome;
}
