#include "feed/livesession.h"

#include "feed/feedinbox.h"
#include "feed/feedmodel.h"
#include "feed/recorder.h"
#include "net/connectratelimiter.h"
#include "net/resumerule.h"
#include "net/resumestate.h"

#include <utility>

#include <QDateTime>
#include <QDir>
#include <QMetaMethod>
#include <QThread>
#include <QTimer>

namespace {

/// Messages moved into the model per event-loop turn; the rest follow in the next turns, so
/// painting and input run between them even when the stream bursts.
constexpr qsizetype messagesPerTurn = 10'000;
/// The shortest time between two turns that move messages into the model: each turn makes the
/// feed repaint its rows, and a fast stream hands over a batch every few milliseconds. Thirty
/// turns a second is more than an eye follows, and leaves the window's thread the time to
/// take 150 000 messages a second.
constexpr qint64 minimumDrainIntervalMs = 33;

} // namespace

LiveSession::LiveSession(int feedCapacity, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<MessageBatch>();
    qRegisterMetaType<StreamEvent>();
    qRegisterMetaType<StreamStatistics>();
    qRegisterMetaType<LiveSession::ResumePosition>();

    m_model = new FeedModel(feedCapacity, this);
    m_model->setKeepEvicted(true); // see releaseOnClientThread()
    m_inbox = new FeedInbox(m_model->capacity(), this);
    m_inbox->setStatistics(&m_statistics);
    m_drainTimer = new QTimer(this);
    m_drainTimer->setSingleShot(true);
    QObject::connect(m_drainTimer, &QTimer::timeout, this, [this] { drain(messagesPerTurn); });
    QObject::connect(m_inbox, &FeedInbox::messagesAvailable, this, &LiveSession::scheduleDrain);
}

LiveSession::~LiveSession()
{
    // Stop the client first, then close the recorder behind every batch already sent to it.
    // Blocking calls are safe because the workers never wait on this thread.
    stopClient();
    setRecording(false);
    for (QThread *thread : {m_clientThread, m_recorderThread}) {
        if (thread) {
            thread->quit();
            thread->wait();
        }
    }
}

QString LiveSession::recordingLabel(const StreamEndpoint &endpoint)
{
    // A Gnip URL ends in the stream's label (".../prod.json"); StockTwits' streams are told
    // apart by their whole path ("/stream" and "/symbols/stream" are different streams).
    QString path = endpoint.url.path();
    if (path.endsWith(QLatin1String(".json")))
        path.chop(5);
    QString label = endpoint.service == StreamServiceKind::Gnip
                        ? path.section(QLatin1Char('/'), -1)
                        : path.split(QLatin1Char('/'), Qt::SkipEmptyParts).join(QLatin1Char('_'));
    if (label.isEmpty())
        label = endpoint.profileName;
    if (label.isEmpty())
        label = QStringLiteral("stream");
    return Recorder::sanitizedLabel(label);
}

void LiveSession::setEndpoint(const StreamEndpoint &endpoint)
{
    // A team relay's stream is named by its servers, stream and subject, not by one URL.
    const bool sameStream = endpoint.url == m_endpoint.url &&
                            endpoint.credentials.user == m_endpoint.credentials.user &&
                            endpoint.relay.servers == m_endpoint.relay.servers &&
                            endpoint.relay.stream == m_endpoint.relay.stream &&
                            endpoint.relay.subjectPrefix == m_endpoint.relay.subjectPrefix;
    const bool sameCursor = endpoint.url == m_endpoint.url && endpoint.service == m_endpoint.service;
    // A password typed for this account stays while the account does.
    StreamEndpoint next = endpoint;
    if (sameStream && next.credentials.password.isEmpty())
        next.credentials.password = m_endpoint.credentials.password;
    const bool reconnect = isActive() && !sameStream;
    // A team relay is read by another kind of client than the HTTP streams.
    if (m_client && m_clientIsRelay != next.isRelay()) {
        m_wantConnected = false;
        dropClient();
    }
    m_endpoint = next;
    m_connectWhenPasswordGiven = false;
    if (!sameCursor) {
        setResumePosition({}); // the client forgets another stream's cursor too
        const QMutexLocker lock(&m_recorderMutex);
        if (Recorder *recorder = m_recorder) {
            QMetaObject::invokeMethod(
                recorder,
                [recorder, key = ResumeState::streamKey(endpoint.service, endpoint.url)] {
                    recorder->setStreamKey(key);
                },
                Qt::QueuedConnection);
        }
    }
    if (!hasAccount())
        disconnectStream();
    else if (reconnect)
        connectStream();
}

bool LiveSession::hasAccount() const
{
    return m_endpoint.hasAccount();
}

void LiveSession::setPassword(const QString &password)
{
    m_endpoint.credentials.password = password;
    if (std::exchange(m_connectWhenPasswordGiven, false) && !password.isEmpty())
        connectStream();
}

void LiveSession::applySettings()
{
    setFeedCapacity(AppSettings::feedRingSize());
    setStallTimeout(std::chrono::milliseconds(qint64(AppSettings::stallTimeoutSeconds()) * 1000));
    setMaxLineLength(AppSettings::maxLineBytes());
}

void LiveSession::setStallTimeout(std::chrono::milliseconds timeout)
{
    m_stallTimeout = timeout;
}

void LiveSession::setFeedCapacity(int messages)
{
    m_model->setCapacity(messages);
    if (m_backlogLimit <= 0)
        m_inbox->setCapacity(m_model->capacity());
}

void LiveSession::setBacklogLimit(qsizetype messages)
{
    m_backlogLimit = messages;
    m_inbox->setCapacity(messages > 0 ? messages : m_model->capacity());
}

void LiveSession::setMessageLimit(qint64 activities)
{
    m_limit.store(std::max<qint64>(0, activities));
}

void LiveSession::setConnectRateLimiter(std::shared_ptr<ConnectRateLimiter> limiter)
{
    m_limiter = std::move(limiter);
}

void LiveSession::setRecordingLabel(const QString &label)
{
    m_recordingLabel = label;
}

bool LiveSession::isActive() const
{
    return m_wantConnected && !(m_status.state == FirehoseClient::State::AuthFailed ||
                                m_status.state == FirehoseClient::State::Failed);
}

StreamStatistics LiveSession::streamStatistics() const
{
    if (!m_client)
        return {};
    StreamStatistics statistics;
    StreamSource *client = m_client;
    QMetaObject::invokeMethod(
        client, [client, &statistics] { statistics = client->statistics(); },
        Qt::BlockingQueuedConnection);
    return statistics;
}

quint64 LiveSession::messagesReceived() const
{
    return m_inbox->received();
}

bool LiveSession::ensureClient()
{
    if (m_client)
        return true;
    StreamSource *client = m_endpoint.isRelay() ? StreamSource::create(m_endpoint.service)
                                                : new FirehoseClient;
    if (!client)
        return false;
    if (!m_clientThread) {
        m_clientThread = new QThread(this);
        m_clientThread->setObjectName(QStringLiteral("firehose"));
        m_clientThread->start();
    }
    m_client = client;
    m_clientIsRelay = m_endpoint.isRelay();
    m_client->moveToThread(m_clientThread);
    QObject::connect(m_clientThread, &QThread::finished, m_client, &QObject::deleteLater);
    // Straight into the inbox (and to the recorder's thread) from the client's thread: no queued
    // event per batch through this thread, and a consumer that falls behind cannot make the
    // backlog grow beyond its limit, nor hold the recording back.
    QObject::connect(
        m_client, &StreamSource::messagesReceived, m_client,
        [this](const MessageBatch &batch) { deliver(batch); }, Qt::DirectConnection);
    QObject::connect(m_client, &StreamSource::connectionEvent, this,
                     &LiveSession::connectionEvent);
    QObject::connect(m_client, &StreamSource::statisticsUpdated, this,
                     &LiveSession::statisticsUpdated);
    QObject::connect(m_client, &StreamSource::resumeGap, this, [this](const QString &cursor) {
        ResumePosition position = m_position;
        position.resumedFrom.clear();
        position.gapAfter = cursor;
        setResumePosition(position);
    });
    // The full status (countdown, server text) is read in the client's thread, then sent here.
    QObject::connect(
        m_client, &StreamSource::stateChanged, m_client,
        [this, client] {
            const FirehoseClient::Status status = client->status();
            QMetaObject::invokeMethod(
                this,
                [this, client, status] {
                    if (client == m_client)
                        onStatus(status);
                },
                Qt::QueuedConnection);
        },
        Qt::DirectConnection);
    return true;
}

void LiveSession::dropClient()
{
    if (!m_client)
        return;
    stopClient();
    drainAll();
    StreamSource *client = std::exchange(m_client, nullptr);
    QMetaObject::invokeMethod(client, &QObject::deleteLater, Qt::QueuedConnection);
}

void LiveSession::deliver(const MessageBatch &batch)
{
    const qint64 limit = m_limit.load();
    if (limit > 0) {
        if (m_limitHit)
            return;
        size_t take = batch.size();
        for (size_t i = 0; i < batch.size(); ++i) {
            if (batch[i].kind != Message::Kind::Malformed)
                ++m_delivered;
            if (m_delivered >= limit) {
                take = i + 1;
                m_limitHit = true;
                QMetaObject::invokeMethod(
                    this,
                    [this] {
                        disconnectStream();
                        emit limitReached();
                    },
                    Qt::QueuedConnection);
                break;
            }
        }
        if (take < batch.size()) {
            ingest(MessageBatch(batch.begin(), batch.begin() + qsizetype(take)));
            return;
        }
    }
    ingest(batch);
}

void LiveSession::ingest(const MessageBatch &batch)
{
    {
        const QMutexLocker lock(&m_recorderMutex);
        if (Recorder *recorder = m_recorder) {
            QMetaObject::invokeMethod(
                recorder, [recorder, batch] { recorder->append(batch); }, Qt::QueuedConnection);
        }
    }
    m_inbox->push(batch);
}

void LiveSession::drain(qsizetype maxMessages)
{
    if (m_backlogLimit <= 0)
        m_inbox->setCapacity(m_model->capacity());
    MessageBatch batch = m_inbox->take(maxMessages);
    if (!batch.empty()) {
        for (auto it = batch.crbegin(); it != batch.crend(); ++it) {
            if (!it->cursor.isEmpty()) {
                if (it->cursor != m_position.cursor) {
                    ResumePosition position = m_position;
                    position.cursor = it->cursor;
                    setResumePosition(position);
                }
                break;
            }
        }
        if (isSignalConnected(QMetaMethod::fromSignal(&LiveSession::messagesArrived))) {
            m_model->appendBatch(batch);
            emit messagesArrived(batch);
        } else {
            m_model->appendBatch(std::move(batch)); // no copy of each message for no one
        }
        releaseOnClientThread(m_model->takeEvicted());
    }
    m_sinceDrain.start();
    if (m_inbox->pendingCount() > 0)
        scheduleDrain();
}

void LiveSession::scheduleDrain()
{
    if (m_drainTimer->isActive())
        return;
    const qint64 since = m_sinceDrain.isValid() ? m_sinceDrain.elapsed() : minimumDrainIntervalMs;
    m_drainTimer->start(int(std::max<qint64>(0, minimumDrainIntervalMs - since)));
}

void LiveSession::drainAll()
{
    while (m_inbox->pendingCount() > 0)
        drain(messagesPerTurn);
    m_drainTimer->stop();
}

void LiveSession::releaseOnClientThread(MessageBatch spent)
{
    // Freed here, each free of a message's text waited for the allocator's lock that the
    // client's thread holds while it allocates the next ones: a tenth of both threads' time at
    // 150 000 messages a second. A call queued to that thread takes them there, at its next
    // turn, before it has built much of its next batch.
    if (spent.empty() || !m_client)
        return; // destroyed here
    auto batch = std::make_shared<MessageBatch>(std::move(spent));
    QMetaObject::invokeMethod(
        m_client, [batch]() mutable { batch.reset(); }, Qt::QueuedConnection);
}

void LiveSession::connectStream()
{
    if (!hasAccount())
        return;
    if (needsPassword()) {
        m_connectWhenPasswordGiven = true;
        emit passwordNeeded({});
        return;
    }
    if (!ensureClient()) {
        FirehoseClient::Status status;
        status.state = FirehoseClient::State::Failed;
        status.reason = tr("This Hydrant was built without NATS: it cannot read a team relay.");
        emit connectionEvent({QDateTime::currentDateTimeUtc(), StreamEvent::Kind::Error,
                              status.reason});
        onStatus(status);
        return;
    }
    if (m_backlogLimit <= 0)
        m_inbox->setCapacity(m_model->capacity());
    m_wantConnected = true;
    const quint64 request = ++m_connectRequest;
    Recorder *recorder = currentRecorder();
    if (recorder && m_resumeCursor.isEmpty() && m_position.cursor.isEmpty() &&
        ResumeRule(m_endpoint.service, m_endpoint.url).resumes()) {
        // Where the recording stopped is read where the file is written, in the recorder's
        // thread (up to the last 24 MiB of it, the last block inflated): never here, where it
        // would hold the window. The connection starts when the answer is back.
        QMetaObject::invokeMethod(
            recorder,
            [this, recorder, request] {
                const Recorder::RecordedPosition recorded = recorder->recordedPosition();
                QMetaObject::invokeMethod(
                    this, [this, request, recorded] { onRecordedPosition(request, recorded); },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
        return;
    }
    startClient();
}

void LiveSession::startClient()
{
    const StreamEndpoint endpoint = m_endpoint;
    const std::chrono::milliseconds stall = m_stallTimeout;
    StreamSource *client = m_client;
    QMetaObject::invokeMethod(
        m_client,
        [this, client, endpoint, stall, limiter = m_limiter, maxLine = m_maxLineLength,
         cursor = std::exchange(m_resumeCursor, QString())] {
            m_delivered = 0;
            m_limitHit = false;
            if (limiter)
                client->setConnectRateLimiter(limiter);
            client->setEndpoint(endpoint);
            if (!cursor.isEmpty())
                client->setResumeCursor(cursor);
            client->setStallTimeout(stall);
            client->setMaxLineLength(maxLine);
            client->start();
        },
        Qt::QueuedConnection);
}

Recorder *LiveSession::currentRecorder() const
{
    const QMutexLocker lock(&m_recorderMutex);
    return m_recorder;
}

std::optional<ResumeState>
LiveSession::resumeStateOf(const Recorder::RecordedPosition &recorded) const
{
    if (recorded.cursor.isEmpty() ||
        recorded.streamKey != ResumeState::streamKey(m_endpoint.service, m_endpoint.url))
        return std::nullopt;
    const ResumeRule rule(m_endpoint.service, m_endpoint.url);
    return ResumeState{m_endpoint.service, ResumeState::comparableUrl(m_endpoint.url, rule),
                       recorded.cursor, recorded.writtenAt};
}

std::optional<ResumeState> LiveSession::recordedResumeState() const
{
    Recorder *recorder = currentRecorder();
    if (!recorder)
        return std::nullopt;
    Recorder::RecordedPosition recorded;
    QMetaObject::invokeMethod(
        recorder, [recorder, &recorded] { recorded = recorder->recordedPosition(); },
        Qt::BlockingQueuedConnection);
    return resumeStateOf(recorded);
}

void LiveSession::onRecordedPosition(quint64 request, const Recorder::RecordedPosition &recorded)
{
    if (request != m_connectRequest || !m_wantConnected)
        return; // disconnected, or connected again, meanwhile
    const ResumeRule rule(m_endpoint.service, m_endpoint.url);
    if (const std::optional<ResumeState> state = resumeStateOf(recorded);
        state && rule.resumes() && m_resumeCursor.isEmpty() && m_position.cursor.isEmpty()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const ResumeState::Decision decision = state->decide(rule, now);
        if (!decision.cursor.isEmpty()) {
            m_resumeCursor = decision.cursor;
        } else if (!decision.gap.isEmpty()) {
            emit connectionEvent({now, StreamEvent::Kind::Warning, decision.gap});
            ResumePosition position = m_position;
            position.gapAfter = state->cursor;
            setResumePosition(position);
        }
    }
    startClient();
}

void LiveSession::setMaxLineLength(qsizetype bytes)
{
    m_maxLineLength = bytes;
}

void LiveSession::stopClient()
{
    if (m_client)
        QMetaObject::invokeMethod(m_client, &StreamSource::stop, Qt::BlockingQueuedConnection);
}

void LiveSession::disconnectStream()
{
    m_wantConnected = false;
    ++m_connectRequest;
    m_connectWhenPasswordGiven = false;
    // The client hands over its last batch as it stops; then nothing received stays behind.
    stopClient();
    drainAll();
    if (Recorder *recorder = currentRecorder()) {
        quint64 written = 0;
        QMetaObject::invokeMethod(
            recorder,
            [recorder, &written] {
                recorder->flush();
                written = recorder->messagesWritten();
            },
            Qt::BlockingQueuedConnection);
        m_recorded = written;
        emit recordingProgress(m_recordingPath, written);
    }
}

void LiveSession::setResumePosition(const ResumePosition &position)
{
    if (position == m_position)
        return;
    m_position = position;
    emit resumePositionChanged(position);
}

void LiveSession::onStatus(const FirehoseClient::Status &status)
{
    m_status = status;
    if (status.state == FirehoseClient::State::Connected) {
        // A new connection: it resumed after status.resumedFrom (or started live), and any gap
        // said of an earlier one is in the connection log.
        ResumePosition position = m_position;
        position.resumedFrom = status.resumedFrom;
        position.gapAfter.clear();
        if (position.cursor.isEmpty())
            position.cursor = status.resumedFrom;
        setResumePosition(position);
    } else {
        // Between connections nothing is resumed yet; the cursor is where the next one goes on.
        ResumePosition position = m_position;
        position.resumedFrom.clear();
        setResumePosition(position);
    }
    emit statusChanged(status);
    if (status.state == FirehoseClient::State::AuthFailed && status.httpStatus == 401 &&
        m_wantConnected) {
        // The stored (or typed) password was refused: ask again, once per refusal.
        m_endpoint.credentials.password.clear();
        m_connectWhenPasswordGiven = true;
        emit passwordNeeded(status.reason);
    }
}

bool LiveSession::setRecording(bool recording, const QString &folder)
{
    if (recording == isRecording())
        return true;
    if (recording) {
        if (!m_recorderThread) {
            m_recorderThread = new QThread(this);
            m_recorderThread->setObjectName(QStringLiteral("recorder"));
            m_recorderThread->start();
        }
        const QString label =
            m_recordingLabel.isEmpty() ? recordingLabel(m_endpoint) : m_recordingLabel;
        auto *recorder = new Recorder(folder, label);
        if (m_recordingFlushMs > 0)
            recorder->setFlushIntervalMs(m_recordingFlushMs);
        recorder->setStreamKey(ResumeState::streamKey(m_endpoint.service, m_endpoint.url));
        recorder->moveToThread(m_recorderThread);
        QObject::connect(m_recorderThread, &QThread::finished, recorder, &QObject::deleteLater);
        QObject::connect(recorder, &Recorder::fileStarted, this,
                         [this, recorder](const QString &path) {
                             if (m_recorder != recorder)
                                 return;
                             m_recordingPath = path;
                             emit recordingStarted(path);
                         });
        QObject::connect(recorder, &Recorder::cursorWritten, this,
                         [this, recorder](const QString &cursor) {
                             if (m_recorder == recorder)
                                 emit recordingCursor(cursor);
                         });
        QObject::connect(recorder, &Recorder::flushed, this,
                         [this, recorder](quint64 written) {
                             if (m_recorder != recorder)
                                 return;
                             m_recorded = written;
                             emit recordingProgress(m_recordingPath, written);
                         });
        // The recorder has stopped itself: release it, so the session no longer counts as
        // recording, then say why.
        QObject::connect(recorder, &Recorder::errorOccurred, this,
                         [this, recorder](const QString &message, const QString &reason) {
                             if (m_recorder == recorder)
                                 setRecording(false);
                             m_recordingError = message;
                             emit recordingFailed(message, reason);
                         });
        QObject::connect(recorder, &Recorder::warningOccurred, this,
                         &LiveSession::recordingWarning);
        m_recordingPath.clear();
        m_recordingError.clear();
        m_recorded = 0;
        const QMutexLocker lock(&m_recorderMutex);
        m_recorder = recorder;
        return true;
    }

    Recorder *recorder = nullptr;
    {
        const QMutexLocker lock(&m_recorderMutex);
        recorder = std::exchange(m_recorder, nullptr);
    }
    // Everything already handed to the recorder is queued before this: it is written first.
    quint64 written = 0;
    QString path, error;
    QMetaObject::invokeMethod(
        recorder,
        [recorder, &written, &path, &error] {
            recorder->close();
            written = recorder->messagesWritten();
            path = recorder->currentFilePath();
            error = recorder->errorString();
            recorder->deleteLater();
        },
        Qt::BlockingQueuedConnection);
    m_recorded = written;
    if (!path.isEmpty())
        m_recordingPath = path;
    if (!error.isEmpty())
        m_recordingError = error;
    emit recordingStopped(m_recordingPath, written);
    return true;
}

void LiveSession::clearFeed()
{
    m_inbox->clear();
    m_model->clear();
}
