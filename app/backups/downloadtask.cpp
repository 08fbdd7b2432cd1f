#include "downloadtask.h"

#include "backups/backupnaming.h"
#include "backups/partfileverifier.h"
#include "core/appsettings.h"
#include "core/versioninfo.h"
#include "net/bandwidthlimit.h"
#include "net/clock.h"
#include "net/clocktimer.h"
#include "net/endpointpolicy.h"
#include "net/httpstatusrule.h"
#include "net/tlstrust.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

#include <cerrno>
#include <cstring>

namespace {

/// What arrives between two readyRead() calls is at most this much: memory stays flat however
/// big the file is.
constexpr qint64 readBufferSize = 1024 * 1024;
constexpr int maxStorageRedirects = 5;

struct ContentRange
{
    qint64 first = -1;
    qint64 total = -1;
};

/// "bytes 100-199/1000", "bytes */1000".
ContentRange parseContentRange(const QByteArray &value)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*bytes\\s+(?:(\\d+)-(\\d+)|\\*)/(\\d+|\\*)\\s*$"));
    const auto match = pattern.match(QString::fromLatin1(value));
    ContentRange range;
    if (!match.hasMatch())
        return range;
    if (match.hasCaptured(1))
        range.first = match.captured(1).toLongLong();
    if (match.captured(3) != QLatin1String("*"))
        range.total = match.captured(3).toLongLong();
    return range;
}

} // namespace

DownloadTask::DownloadTask(QNetworkAccessManager *network, const BackupEndpoint &endpoint,
                           const BackupKey &key, const QString &folder, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(endpoint)
    , m_key(key)
    , m_folder(folder)
    , m_stallTimeoutMs(AppSettings::defaultStallTimeoutSeconds * 1000)
{
    qRegisterMetaType<DownloadTask::Result>();
}

DownloadTask::~DownloadTask()
{
    abort();
}

QString DownloadTask::finalPath() const
{
    return QDir(m_folder).filePath(BackupNaming::fileName(m_key));
}

QString DownloadTask::partPath() const
{
    return QDir(m_folder).filePath(BackupNaming::partFileName(m_key));
}

DownloadTask::Phase DownloadTask::phaseOf(State state)
{
    switch (state) {
    case State::Idle:
    case State::Resolving:
        return Phase::Resolving;
    case State::Requesting:
    case State::Receiving:
    case State::Dropping:
        return Phase::Downloading;
    case State::Verifying:
    case State::Finished:
        return Phase::Verifying;
    }
    return Phase::Resolving;
}

void DownloadTask::setState(State state)
{
    if (m_state == state || m_state == State::Finished)
        return;
    const Phase before = phaseOf(m_state);
    m_state = state;
    if (state != State::Finished && phaseOf(state) != before)
        emit phaseChanged(phaseOf(state));
}

void DownloadTask::finishTransfer()
{
    m_file.close();
    setState(State::Verifying);
    m_verifier->setAvailable(m_written);
    m_verifier->setComplete();
}

void DownloadTask::start()
{
    // Validation happens before anything touches the network or the disk.
    if (const QString error = BackupNaming::keyError(m_key); !error.isEmpty()) {
        QTimer::singleShot(0, this, [this, error] { finish(Error::BadRequest, error); });
        return;
    }
    QTimer::singleShot(0, this, [this] {
        if (m_state == State::Finished)
            return;
        const QFileInfo existing(finalPath());
        if (existing.isFile()) {
            m_written = existing.size();
            m_total = m_written;
            finish(Error::None, tr("Already on disk."));
            return;
        }
        // An existing folder is used as it is: mkpath() would fail on it where its parent is
        // not writable, although the folder itself may be.
        if (!QFileInfo(m_folder).isDir() && !QDir().mkpath(m_folder)) {
            finish(Error::Disk,
                   tr("The folder %1 cannot be created: %2")
                       .arg(QDir::toNativeSeparators(m_folder),
                            QString::fromLocal8Bit(std::strerror(errno))));
            return;
        }
        m_written = QFileInfo(partPath()).size();
        m_initialWritten = m_written;
        resolve();
    });
}

void DownloadTask::abort()
{
    setState(State::Finished);
    if (m_resolver)
        m_resolver->abort();
    dropReply();
    stopVerifier();
    if (m_file.isOpen())
        m_file.close();
}

void DownloadTask::resolve()
{
    setState(State::Resolving);
    if (!m_resolver) {
        m_resolver = new BackupResolver(m_network, this);
        if (m_resolverConnectMs >= 0)
            m_resolver->setDeadlines(m_resolverConnectMs, m_resolverAnswerMs);
        else if (m_stallTimeoutMs > 0)
            m_resolver->setDeadlines(m_stallTimeoutMs, m_stallTimeoutMs);
        connect(m_resolver, &BackupResolver::finished, this, &DownloadTask::onResolved);
    }
    m_resolver->resolve(m_endpoint.baseUrl, m_endpoint.credentials, m_key);
}

void DownloadTask::setResolverDeadlines(int connectMs, int answerMs)
{
    m_resolverConnectMs = connectMs;
    m_resolverAnswerMs = answerMs;
}

void DownloadTask::onResolved(const BackupResolver::Result &result)
{
    if (m_state == State::Finished)
        return;
    using O = BackupResolver::Outcome;
    switch (result.outcome) {
    case O::Resolved:
        m_link = result.location;
        m_redirects = 0;
        startTransfer();
        return;
    case O::BadRequest:
        return finish(Error::BadRequest, result.message, result.httpStatus);
    case O::Unauthorized:
        return finish(Error::Unauthorized, result.message, result.httpStatus);
    case O::NotAvailable:
        return finish(Error::NotAvailable, result.message, result.httpStatus);
    case O::Forbidden:
        return finish(Error::Forbidden, result.message, result.httpStatus);
    case O::ServerError:
        return finish(Error::Server, result.message, result.httpStatus);
    case O::NetworkError:
        return finish(Error::Network, result.message, result.httpStatus);
    case O::Refused:
        return finish(Error::Refused, result.message, result.httpStatus);
    case O::Unexpected:
        return finish(Error::Unexpected, result.message, result.httpStatus);
    }
}

bool DownloadTask::openPartFile()
{
    if (m_file.isOpen())
        return true;
    m_file.setFileName(partPath());
    // Unbuffered: every write reaches the OS at once, where the verifier thread reads it back.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        const QFileInfo folder(m_folder);
        if (!folder.isDir())
            m_diskError = tr("The download folder %1 does not exist.")
                              .arg(QDir::toNativeSeparators(m_folder));
        else if (m_file.error() == QFileDevice::PermissionsError || !folder.isWritable())
            m_diskError = tr("Permission denied: Hydrant may not write into %1. Choose another "
                             "download folder or change its permissions.")
                              .arg(QDir::toNativeSeparators(m_folder));
        else
            m_diskError = tr("%1 cannot be written: %2")
                              .arg(QDir::toNativeSeparators(partPath()), m_file.errorString());
        return false;
    }
    return true;
}

void DownloadTask::startVerifier()
{
    stopVerifier();
    m_verifier = new PartFileVerifier(partPath(), this);
    connect(m_verifier, &PartFileVerifier::finished, this, &DownloadTask::onVerified);
    m_verifier->setAvailable(m_written);
    m_verifier->start();
}

void DownloadTask::stopVerifier()
{
    if (!m_verifier)
        return;
    m_verifier->disconnect(this);
    m_verifier->cancel();
    m_verifier->deleteLater();
    m_verifier = nullptr;
}

void DownloadTask::dropReply()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        // Deleting a reply stops its request too. abort() would set an error of its own, and
        // when the reply's own error (a 401 of a parallel request) is already on its way in, Qt
        // reports the second one ("Internal problem, this method must only be called once").
        reply->deleteLater();
    }
}

void DownloadTask::startTransfer()
{
    if (!openPartFile()) {
        finish(Error::Disk, m_diskError);
        return;
    }
    m_written = m_file.size();
    m_startOffset = m_written;
    if (!m_verifier)
        startVerifier();
    setState(State::Requesting);
    emit progress(m_written, m_total);

    QNetworkRequest request(m_link);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // The bytes are the .gz file itself: no transparent decompression by Qt.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setRawHeader("User-Agent", VersionInfo::userAgent());
    // Deliberately no Authorization header: the link is pre-signed and on another host.
    if (m_written > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_written) + '-');
    if (m_stallTimeoutMs > 0)
        request.setTransferTimeout(m_stallTimeoutMs);
    TlsTrust::apply(request);

    m_status = 0;
    m_restart = false;
    m_reply = m_network->get(request);
    m_reply->setReadBufferSize(replyBufferSize());
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &DownloadTask::onHeaders);
    connect(m_reply, &QNetworkReply::readyRead, this, &DownloadTask::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &DownloadTask::onTransferFinished);
}

void DownloadTask::restartFromZero()
{
    // Truncate only with the verifier stopped: it must not read bytes that are going away.
    stopVerifier();
    if (m_written > 0)
        m_threwAway = true;
    m_file.resize(0);
    m_written = 0;
    m_startOffset = 0;
    startVerifier();
}

void DownloadTask::onHeaders()
{
    if (!m_reply)
        return;
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_status == 206) {
        const ContentRange range = parseContentRange(m_reply->rawHeader("Content-Range"));
        if (range.first != m_written) {
            // Not the bytes we asked for: throw the answer away and start from zero.
            m_restart = true;
            setState(State::Dropping);
            m_reply->abort();
            return;
        }
        m_total = range.total;
        setState(State::Receiving);
    } else if (m_status == 200) {
        // A server that ignores Range sends the whole file: start NAME.part over.
        if (m_written > 0)
            restartFromZero();
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        m_total = length.isValid() ? length.toLongLong() : -1;
        setState(State::Receiving);
    }
    emit progress(m_written, m_total);
}

void DownloadTask::setBandwidthLimit(BandwidthLimit *limit, Clock *clock)
{
    m_limit = limit;
    m_clock = clock;
    if (!m_throttle && clock) {
        m_throttle = clock->createTimer(this);
        connect(m_throttle, &ClockTimer::timeout, this, &DownloadTask::onReadyRead);
    }
}

qint64 DownloadTask::replyBufferSize() const
{
    // Under a limit Qt holds no more than a burst for us, so the body cannot all arrive (and
    // the reply finish) faster than the limit lets it be read.
    if (m_limit && m_limit->isLimited())
        return std::clamp<qint64>(m_limit->rate() / 4, 16 * 1024, readBufferSize);
    return readBufferSize;
}

void DownloadTask::bandwidthLimitChanged()
{
    if (m_throttle)
        m_throttle->stop();
    if (m_reply)
        m_reply->setReadBufferSize(replyBufferSize());
    onReadyRead();
}

void DownloadTask::onReadyRead()
{
    if (!m_reply || m_state != State::Receiving)
        return;
    // Under a limit, only what it allows now: the rest waits in the reply's buffer, which, once
    // full, stops reading the socket, so the server slows down. A finished reply is drained
    // whatever the limit: its bytes are all here already.
    const bool limited = m_limit && m_clock && m_limit->isLimited() && !m_reply->isFinished();
    qint64 allowed = m_reply->bytesAvailable();
    if (limited)
        allowed = m_limit->take(allowed, m_clock->now());
    qint64 added = 0;
    while (allowed > 0 && m_reply->bytesAvailable() > 0) {
        const QByteArray chunk = m_reply->read(std::min(readBufferSize, allowed));
        if (chunk.isEmpty())
            break;
        allowed -= chunk.size();
        m_transferred += chunk.size();
        if (m_total < 0 && m_written + added + chunk.size() > m_maxUnknownLengthBody) {
            // No Content-Length: the body could go on for ever. Stop at the limit, say so.
            m_tooLongError =
                tr("The storage host sent more than %1 without saying how long the file is; the "
                   "download was stopped and its partial file deleted.")
                    .arg(QLocale().formattedDataSize(m_maxUnknownLengthBody));
            setState(State::Dropping);
            m_reply->abort();
            return;
        }
        errno = 0;
        if (m_file.write(chunk) != chunk.size()) {
            m_diskError = diskErrorMessage(errno);
            setState(State::Dropping);
            m_reply->abort();
            return;
        }
        added += chunk.size();
    }
    if (limited && m_reply->bytesAvailable() > 0 && !m_throttle->isActive())
        m_throttle->start(std::max(std::chrono::milliseconds(1), m_limit->waitFrom(m_clock->now())));
    if (added == 0)
        return;
    m_written += added;
    if (m_verifier)
        m_verifier->setAvailable(m_written);
    emit progress(m_written, m_total);
}

QString DownloadTask::diskErrorMessage(int osError) const
{
    // Qt often has no words for a failed write ("Unknown error"): the OS's reason is the truth.
    const QString reason = osError != 0 ? QString::fromLocal8Bit(std::strerror(osError))
                                        : m_file.errorString();
    if (osError == ENOSPC || osError == EDQUOT ||
        (osError == 0 && m_file.error() == QFileDevice::ResourceError))
        return tr("The disk is full: %1 could not be written (%2). Free some space or choose "
                  "another download folder; the download resumes where it stopped.")
            .arg(QDir::toNativeSeparators(partPath()), reason);
    if (osError == EACCES || osError == EPERM ||
        (osError == 0 && m_file.error() == QFileDevice::PermissionsError))
        return tr("Permission denied while writing %1.").arg(QDir::toNativeSeparators(partPath()));
    return tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(partPath()), reason);
}

void DownloadTask::onTransferFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_state == State::Finished)
        return;
    if (m_state == State::Receiving)
        onReadyRead(); // whatever arrived with the end of the body
    reply = m_reply;
    if (!reply || m_state == State::Finished)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const bool receiving = m_state == State::Receiving;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString text = BackupResolver::serverText(receiving ? QByteArray() : reply->readAll());
    const QString said = HttpStatusRule::serverSaid(text);
    const HttpStatusRule::Verdict verdict =
        HttpStatusRule::classify(HttpStatusRule::Server::BackupStorage, status);

    if (!m_diskError.isEmpty())
        return finish(Error::Disk, m_diskError);
    if (!m_corruptError.isEmpty())
        return finish(Error::Corrupt, m_corruptError);
    if (!m_tooLongError.isEmpty()) {
        stopVerifier();
        m_file.close();
        QFile::remove(partPath());
        if (m_written > 0)
            m_threwAway = true;
        m_written = 0;
        return finish(Error::TooLarge, m_tooLongError, status);
    }
    if (m_restart) {
        // Not the bytes asked for: start over from zero, but as a new try under the queue's
        // policy (with its wait), never in a loop here.
        restartFromZero();
        return finish(Error::Network,
                      tr("The storage host answered with other bytes than the ones asked for; "
                         "the download starts over from zero."),
                      status);
    }
    // A storage host that ignores Range makes every cut cost the whole file again: say so.
    const QString restarted =
        m_threwAway ? tr(" The storage host ignored the request to resume, so the download "
                         "started over from zero.")
                    : QString();
    if (status == 0 || (receiving && reply->error() != QNetworkReply::NoError)) {
        return finish(Error::Network,
                      tr("The download from %1 was interrupted after %2: %3")
                              .arg(m_link.host(), QLocale().formattedDataSize(m_written),
                                   reply->errorString()) +
                          restarted,
                      status);
    }
    if (verdict.meaning == HttpStatusRule::Meaning::Success) {
        if (m_total >= 0 && m_written < m_total)
            return finish(Error::Network,
                          tr("The connection closed after %1 of %2.")
                                  .arg(QLocale().formattedDataSize(m_written),
                                       QLocale().formattedDataSize(m_total)) +
                              restarted,
                          status);
        finishTransfer();
        return;
    }
    if (status == 416) {
        // Everything was already in NAME.part (the process stopped before the rename).
        const ContentRange range = parseContentRange(reply->rawHeader("Content-Range"));
        if (range.total >= 0 && range.total == m_written) {
            m_total = range.total;
            finishTransfer();
            return;
        }
        restartFromZero();
        return finish(Error::Network,
                      tr("The storage host refused to resume the download (HTTP 416); it starts "
                         "over from zero."),
                      status);
    }
    if (verdict.meaning == HttpStatusRule::Meaning::Redirect) {
        // The storage may itself redirect (another replica); follow it, still without credentials.
        const QUrl location =
            QUrl::fromEncoded(reply->rawHeader("Location").trimmed(), QUrl::StrictMode);
        const QUrl target = m_link.resolved(location);
        const QString refusal = EndpointPolicy::refusalReason(target);
        if (location.isEmpty() || !refusal.isEmpty() || ++m_redirects > maxStorageRedirects)
            return finish(Error::Refused,
                          tr("The storage redirected the download somewhere it cannot be "
                             "followed. %1")
                              .arg(refusal),
                          status);
        m_link = target;
        startTransfer();
        return;
    }
    if (verdict.retry == HttpStatusRule::Retry::RenewLink) {
        // Ask the service for a fresh link and continue from where NAME.part stops.
        if (++m_renewals > m_maxRenewals)
            return finish(Error::ExpiredLink,
                          tr("The download link keeps expiring (HTTP %1).").arg(status) + said,
                          status);
        m_file.close();
        resolve();
        return;
    }
    const bool retryable = verdict.retry == HttpStatusRule::Retry::Backoff ||
                           verdict.retry == HttpStatusRule::Retry::RateLimitBackoff;
    return finish(retryable ? Error::Server : Error::Unexpected, verdict.sentence + said, status);
}

void DownloadTask::onVerified(const GzipVerifier::Result &result)
{
    if (m_state == State::Finished)
        return;
    if (!result.ok) {
        // Never keep bytes known to be bad: the next attempt starts from zero.
        m_corruptError =
            tr("The downloaded file failed verification and was deleted. %1").arg(result.error);
        dropReply();
        stopVerifier();
        m_file.close();
        QFile::remove(partPath());
        m_threwAway = true;
        m_written = 0;
        return finish(Error::Corrupt, m_corruptError);
    }
    if (m_state != State::Verifying)
        return; // cannot happen: a good verdict needs setComplete()
    stopVerifier();
    const QString target = finalPath();
    if (QFileInfo::exists(target)) {
        // Another process finished the same day meanwhile; its file was verified too.
        QFile::remove(partPath());
    } else if (!QFile::rename(partPath(), target)) {
        return finish(Error::Disk,
                      tr("%1 cannot be renamed to %2: %3")
                          .arg(QDir::toNativeSeparators(partPath()), QFileInfo(target).fileName(),
                               QFile(partPath()).errorString()));
    }
    m_written = QFileInfo(target).size();
    m_total = m_written;
    finish(Error::None, QString());
}

qint64 DownloadTask::bytesVerified() const
{
    return m_verifier ? m_verifier->verifiedBytes() : 0;
}

void DownloadTask::finish(Error error, const QString &message, int httpStatus)
{
    if (m_state == State::Finished)
        return;
    Result result;
    result.error = error;
    result.message = message;
    result.httpStatus = httpStatus;
    result.threwAwayProgress = m_threwAway;
    result.keptProgress = !m_threwAway && m_initialWritten >= 0 && m_written > m_initialWritten;
    result.bytesTransferred = m_transferred;
    result.fileSize = m_total;
    if (error == Error::None) {
        result.filePath = finalPath();
        result.bytes = m_written;
    }
    abort();
    emit finished(result);
}
