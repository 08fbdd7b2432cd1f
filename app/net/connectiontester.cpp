#include "connectiontester.h"

#include "net/clock.h"
#include "net/connectratelimiter.h"
#include "net/endpointpolicy.h"
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
{
    qRegisterMetaType<ConnectionTester::Result>();
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
    start(Kind::Stream, StreamRequest::make(endpoint), endpoint.url.host());
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
    start(Kind::Backups, request, url.host());
}

void ConnectionTester::start(Kind kind, const QNetworkRequest &request, const QString &host)
{
    m_kind = kind;
    m_host = host;
    m_body.clear();
    m_tlsErrors.clear();
    // A fresh connection each time, so a CA trusted since the last test takes effect.
    m_network->clearConnectionCache();
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ConnectionTester::onMetaData);
    connect(m_reply, &QNetworkReply::finished, this, &ConnectionTester::onFinished);
    connect(m_reply, &QIODevice::readyRead, this, [this] {
        if (m_reply && m_body.size() < 64 * 1024)
            m_body += m_reply->read(64 * 1024 - m_body.size());
        else if (m_reply)
            m_reply->readAll();
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_tlsErrors.append(error.errorString()); // reported, never ignored
    });
    auto *timer = new QTimer(m_reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this] {
        cancel();
        finish({Outcome::NetworkError,
                0,
                {},
                tr("No answer from %1 within %2 s.").arg(m_host).arg(m_timeout.count() / 1000)});
    });
    timer->start(int(m_timeout.count()));
}

void ConnectionTester::onMetaData()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_kind == Kind::Stream && status == 200) {
        // The stream never ends: the answer's head is all the test needs.
        cancel();
        finish({Outcome::Connected,
                200,
                {},
                tr("Connected: %1 accepted the credentials and started the stream.").arg(m_host)});
    }
}

void ConnectionTester::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_body += reply->read(std::max<qint64>(0, 64 * 1024 - m_body.size()));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    cancel();

    Result result;
    result.httpStatus = status;
    result.serverMessage = StreamRequest::serverMessage(m_body);
    const QString said = result.serverMessage.isEmpty()
                             ? QString()
                             : tr(" The server said: “%1”").arg(result.serverMessage);

    if (status == 0) {
        if (error == QNetworkReply::SslHandshakeFailedError || !m_tlsErrors.isEmpty()) {
            result.outcome = Outcome::TlsError;
            result.summary =
                tr("TLS error: the secure connection to %1 failed (%2).")
                    .arg(m_host,
                         m_tlsErrors.isEmpty() ? errorText : m_tlsErrors.join(QLatin1String("; ")));
        } else {
            result.outcome = Outcome::NetworkError;
            result.summary = tr("Network error: %1").arg(errorText);
        }
    } else if (status == 401) {
        result.outcome = Outcome::BadCredentials;
        result.summary =
            tr("Bad credentials: the server refused the user name or password (HTTP 401).") + said;
    } else if (status == 406) {
        result.outcome = Outcome::CompressionRefused;
        result.summary =
            tr("Compression refused: the server did not accept the request's compression "
               "settings (HTTP 406).") +
            said;
    } else if (status == 420 || status == 429) {
        result.outcome = Outcome::RateLimited;
        result.summary =
            tr("Rate limited: too many connection requests for this account (HTTP %1); "
               "wait a minute and try again.")
                .arg(status) +
            said;
    } else if (m_kind == Kind::Backups &&
               (status == 302 || status == 303 || status == 307 || status == 200)) {
        result.outcome = Outcome::Connected;
        result.summary =
            tr("Connected: %1 accepted the credentials and offered yesterday's file.").arg(m_host);
    } else if (m_kind == Kind::Backups && status == 404) {
        result.outcome = Outcome::Connected;
        result.summary =
            tr("Connected: %1 accepted the credentials (there is no file for yesterday).")
                .arg(m_host) +
            said;
    } else {
        result.outcome = Outcome::ServerError;
        result.summary = tr("The server answered HTTP %1.").arg(status) + said;
    }
    finish(result);
}

void ConnectionTester::cancel()
{
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
