#include "downloadnotifier.h"

#include "backups/downloadqueue.h"

#include <QApplication>
#include <QIcon>
#include <QStringList>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace {

constexpr int messageMs = 10'000;

} // namespace

DownloadNotifier::DownloadNotifier(DownloadQueue *queue, std::function<bool()> trayAvailable,
                                   QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_trayAvailable(std::move(trayAvailable))
{
    m_hideTimer = new QTimer(this);
    m_hideTimer->setSingleShot(true);
    connect(m_hideTimer, &QTimer::timeout, this, [this] {
        if (m_tray)
            m_tray->hide();
    });
    connect(queue, &DownloadQueue::itemFinished, this, &DownloadNotifier::onFinished);
    connect(queue, &DownloadQueue::settled, this, &DownloadNotifier::onSettled);
}

bool DownloadNotifier::defaultTrayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

QString DownloadNotifier::summary(int done, int failed, int notAvailable)
{
    QStringList parts;
    if (done > 0)
        parts << tr("%n file(s) downloaded", nullptr, done);
    if (failed > 0)
        parts << tr("%n failed", nullptr, failed);
    if (notAvailable > 0)
        parts << tr("%n not available", nullptr, notAvailable);
    return parts.join(QStringLiteral(" · "));
}

void DownloadNotifier::onFinished(const BackupKey &key)
{
    const DownloadItem *item = m_queue->find(key);
    if (!item)
        return;
    switch (item->state) {
    case DownloadItem::State::Done:
        ++m_done;
        break;
    case DownloadItem::State::Failed:
        ++m_failed;
        break;
    case DownloadItem::State::NotAvailable:
        ++m_notAvailable;
        break;
    default:
        break; // cancelled by the user, who knows
    }
}

void DownloadNotifier::onSettled()
{
    const QString text = summary(m_done, m_failed, m_notAvailable);
    m_done = m_failed = m_notAvailable = 0;
    // Waiting for a password is not finished work; the page asks for it.
    if (text.isEmpty() || m_queue->isWaitingForCredentials() || !m_trayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/hydrant.svg")), this);
        m_tray->setToolTip(tr("Hydrant"));
        // A click on the message or the icon brings the window back.
        const auto raise = [] {
            for (QWidget *window : QApplication::topLevelWidgets()) {
                if (window->isWindow() && window->inherits("QMainWindow")) {
                    window->showNormal();
                    window->raise();
                    window->activateWindow();
                }
            }
        };
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, raise);
        connect(m_tray, &QSystemTrayIcon::activated, this, raise);
    }
    const QString title = tr("Downloads finished");
    m_tray->show();
    m_tray->showMessage(title, text, QSystemTrayIcon::Information, messageMs);
    // The icon is there for the message only.
    m_hideTimer->start(messageMs + 2000);
    emit notified(title, text);
}
