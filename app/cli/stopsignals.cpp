#include "stopsignals.h"

#include <QSocketNotifier>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {

int pipeEnds[2] = {-1, -1};
std::atomic<bool> signalSeen{false};

void onSignal(int)
{
    const int savedErrno = errno;
    signalSeen.store(true);
    const char byte = 1;
    // A full pipe already holds a wake-up; nothing is lost by a failed write.
    [[maybe_unused]] const auto written = ::write(pipeEnds[1], &byte, 1);
    errno = savedErrno;
}

} // namespace

StopSignals::StopSignals(QObject *parent)
    : QObject(parent)
{
    signalSeen.store(false);
    if (::pipe(pipeEnds) == 0) {
        for (const int end : pipeEnds) {
            ::fcntl(end, F_SETFL, ::fcntl(end, F_GETFL) | O_NONBLOCK);
            ::fcntl(end, F_SETFD, FD_CLOEXEC);
        }
        m_notifier = new QSocketNotifier(pipeEnds[0], QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &StopSignals::onReadable);
    }
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

StopSignals::~StopSignals()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    delete m_notifier;
    for (int &end : pipeEnds) {
        if (end >= 0)
            ::close(end);
        end = -1;
    }
}

bool StopSignals::received() const
{
    return signalSeen.load();
}

void StopSignals::onReadable()
{
    char buffer[64];
    while (::read(pipeEnds[0], buffer, sizeof buffer) > 0) {
    }
    if (!m_emitted) {
        m_emitted = true;
        emit stopRequested();
    }
}
