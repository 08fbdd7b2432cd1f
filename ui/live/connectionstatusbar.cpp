#include "connectionstatusbar.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QTimer>

#include <limits>

namespace {

QLabel *field(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QPixmap light(const QColor &color, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return pixmap;
}

} // namespace

ConnectionStatusBar::ConnectionStatusBar(QWidget *parent)
    : QWidget(parent)
    , m_light(new QLabel(this))
    , m_state(field(this))
    , m_rate(field(this))
    , m_lastByte(field(this))
    , m_duplicates(field(this))
    , m_reconnects(field(this))
    , m_resume(field(this))
    , m_oversized(field(this))
    , m_recording(field(this))
    , m_ticker(new QTimer(this))
{
    m_state->setMinimumWidth(120);
    m_state->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_recording->setCursor(Qt::PointingHandCursor);
    m_recording->installEventFilter(this);
    m_rate->setToolTip(tr("Messages per second over the last second"));
    m_lastByte->setToolTip(
        tr("Time since the last byte (data or heartbeat); 30 s without one is a stall"));
    m_duplicates->setToolTip(
        tr("Activities dropped because their id was already seen (backfill after a reconnect)"));
    m_reconnects->setToolTip(tr("Connection attempts after the first"));
    m_oversized->setToolTip(tr("Lines longer than the “Longest line” preference, dropped from "
                               "the stream"));
    m_oversized->setStyleSheet(QStringLiteral("color: #d0433b;"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(14);
    layout->addWidget(m_light);
    layout->addWidget(m_state, 1);
    layout->addWidget(m_rate);
    layout->addWidget(m_lastByte);
    layout->addWidget(m_duplicates);
    layout->addWidget(m_reconnects);
    layout->addWidget(m_resume);
    layout->addWidget(m_oversized);
    layout->addWidget(m_recording);

    // The countdown and "time since last byte" move between updates from the client.
    m_ticker->setInterval(250);
    connect(m_ticker, &QTimer::timeout, this, &ConnectionStatusBar::refresh);
    m_ticker->start();
    refresh();
}

QColor ConnectionStatusBar::stateColor(FirehoseClient::State state)
{
    switch (state) {
    case FirehoseClient::State::Connected:
        return QColor(0x2e, 0xa0, 0x4f);
    case FirehoseClient::State::Connecting:
    case FirehoseClient::State::WaitingToReconnect:
    case FirehoseClient::State::Stalled:
        return QColor(0xe0, 0xa0, 0x1e);
    case FirehoseClient::State::RateLimited:
        return QColor(0xe0, 0x6c, 0x1e);
    case FirehoseClient::State::AuthFailed:
    case FirehoseClient::State::Failed:
        return QColor(0xd0, 0x3b, 0x33);
    case FirehoseClient::State::Disconnected:
        break;
    }
    return QColor(0x9a, 0x9a, 0x9a);
}

void ConnectionStatusBar::setStatus(const FirehoseClient::Status &status)
{
    m_status = status;
    refresh();
}

void ConnectionStatusBar::setStatistics(const StreamStatistics &statistics)
{
    m_statistics = statistics;
    m_haveStatistics = true;
    m_statisticsAge.start();
    refresh();
}

void ConnectionStatusBar::setResumePosition(const LiveSession::ResumePosition &position)
{
    m_position = position;
    refresh();
}

QString ConnectionStatusBar::shortCursor(const QString &cursor)
{
    constexpr qsizetype shown = 8;
    return cursor.size() <= shown + 1 ? cursor : QStringLiteral("…") + cursor.right(shown);
}

void ConnectionStatusBar::setRecording(const QString &path, quint64 written)
{
    m_recordingPath = path;
    m_recorded = written;
    if (!path.isEmpty())
        m_recordingError.clear();
    refresh();
}

void ConnectionStatusBar::setRecordingError(const QString &message, const QString &reason)
{
    m_recordingError = message;
    m_recordingErrorReason = reason;
    refresh();
}

QString ConnectionStatusBar::stateText() const
{
    return m_state->text();
}

QString ConnectionStatusBar::resumeText() const
{
    return m_resume->isHidden() ? QString() : m_resume->text();
}

QString ConnectionStatusBar::recordingText() const
{
    return m_recording->isHidden() ? QString() : m_recording->text();
}

void ConnectionStatusBar::refresh()
{
    const QLocale locale;
    m_light->setPixmap(light(stateColor(m_status.state), 12, devicePixelRatioF()));

    QString state = FirehoseClient::stateName(m_status.state);
    if (m_status.reason.startsWith(state))
        state = m_status.reason; // "Connected to host" says it all
    else if (!m_status.reason.isEmpty())
        state += QStringLiteral(" — ") + m_status.reason;
    const bool waiting = m_status.state == FirehoseClient::State::WaitingToReconnect ||
                         m_status.state == FirehoseClient::State::RateLimited ||
                         m_status.state == FirehoseClient::State::Stalled;
    if (waiting && m_status.nextAttemptAt.isValid()) {
        const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_status.nextAttemptAt);
        const int seconds = int((std::max<qint64>(ms, 0) + 999) / 1000);
        state += QStringLiteral(" · ") + tr("retrying in %1 s").arg(seconds);
    }
    m_state->setText(state);
    m_state->setToolTip(m_status.serverMessage.isEmpty()
                            ? state
                            : tr("%1\n\nThe server said: %2").arg(state, m_status.serverMessage));

    const bool live = m_status.state != FirehoseClient::State::Disconnected;
    m_rate->setVisible(m_haveStatistics);
    m_lastByte->setVisible(m_haveStatistics && live);
    m_duplicates->setVisible(m_haveStatistics);
    m_reconnects->setVisible(m_haveStatistics);
    if (m_haveStatistics) {
        m_rate->setText(
            tr("%1 msg/s").arg(locale.toString(qRound64(m_statistics.messagesPerSecond))));
        if (m_statistics.msSinceLastByte < 0) {
            m_lastByte->setText(tr("no data yet"));
        } else {
            const qint64 ms = m_statistics.msSinceLastByte + (live ? m_statisticsAge.elapsed() : 0);
            m_lastByte->setText(tr("last byte %1 s ago").arg(locale.toString(ms / 1000.0, 'f', 1)));
        }
        m_duplicates->setText(
            tr("duplicates: %1").arg(locale.toString(m_statistics.duplicatesDropped)));
        m_reconnects->setText(tr("reconnects: %1").arg(locale.toString(m_statistics.reconnects)));
    }
    const LiveSession::ResumePosition &position = m_position;
    m_resume->setVisible(!position.isEmpty());
    if (!position.isEmpty()) {
        const QString at = shortCursor(position.cursor);
        QString text, tip = tr("Resume position: %1. A reconnect or a new start continues after "
                               "this item.")
                                .arg(position.cursor);
        if (!position.gapAfter.isEmpty()) {
            text = tr("seq %1 · gap after %2", "resume cursor; the service could not continue")
                       .arg(at, shortCursor(position.gapAfter));
            tip += QLatin1Char('\n') + tr("The service could not continue after item %1: the "
                                          "items after it are missing.")
                                           .arg(position.gapAfter);
        } else if (!position.resumedFrom.isEmpty()) {
            text = position.cursor == position.resumedFrom
                       ? tr("resumed from seq %1", "resume cursor").arg(at)
                       : tr("seq %1 · resumed from %2", "resume cursor")
                             .arg(at, shortCursor(position.resumedFrom));
            tip += QLatin1Char('\n') + tr("This connection continued after item %1: nothing "
                                          "was lost or repeated.")
                                           .arg(position.resumedFrom);
        } else {
            text = tr("seq %1", "resume cursor: the last item's sequence id").arg(at);
        }
        m_resume->setText(text);
        m_resume->setToolTip(tip);
        m_resume->setStyleSheet(position.gapAfter.isEmpty()
                                    ? QString()
                                    : QStringLiteral("color: #d0433b;"));
    }

    m_oversized->setVisible(m_haveStatistics && m_statistics.oversizedLines > 0);
    if (m_statistics.oversizedLines > 0)
        m_oversized->setText(tr(
            "%n too long", "lines dropped for exceeding the length limit",
            int(std::min<qint64>(m_statistics.oversizedLines, std::numeric_limits<int>::max()))));

    if (!m_recordingError.isEmpty()) {
        m_recording->setText(m_recordingErrorReason.isEmpty()
                                 ? tr("● REC stopped")
                                 : tr("● REC stopped: %1").arg(m_recordingErrorReason));
        m_recording->setStyleSheet(QStringLiteral("color: #d0433b; font-weight: 600;"));
        m_recording->setToolTip(m_recordingError);
        m_recording->show();
    } else if (!m_recordingPath.isEmpty()) {
        m_recording->setText(
            tr("● REC %1 · %2")
                .arg(QFileInfo(m_recordingPath).fileName(), locale.toString(m_recorded)));
        m_recording->setStyleSheet(QStringLiteral("color: #d0433b; font-weight: 600;"));
        m_recording->setToolTip(
            tr("Recording to %1 — %2 messages on disk. Click to open it in the Files page.")
                .arg(QDir::toNativeSeparators(m_recordingPath), locale.toString(m_recorded)));
        m_recording->show();
    } else {
        m_recording->hide();
    }
}

bool ConnectionStatusBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_recording && event->type() == QEvent::MouseButtonRelease)
        emit recordingClicked();
    return QWidget::eventFilter(watched, event);
}
