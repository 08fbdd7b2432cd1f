#include "partfileverifier.h"

#include <QCoreApplication>
#include <QFile>

#include <vector>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace {

/// Verification is catch-up work: while bytes still arrive it must not take the CPU from the
/// transfer. On Linux nice values are per thread, so this lowers only the verifier's priority;
/// with the CPU otherwise idle it runs just as fast.
void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
#endif
}

} // namespace

PartFileVerifier::PartFileVerifier(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    qRegisterMetaType<GzipVerifier::Result>();
}

PartFileVerifier::~PartFileVerifier()
{
    cancel();
}

void PartFileVerifier::start()
{
    if (m_thread.joinable())
        return;
    m_thread = std::thread([this] { run(); });
}

void PartFileVerifier::setAvailable(qint64 bytes)
{
    {
        std::lock_guard lock(m_mutex);
        m_available = bytes;
    }
    m_wake.notify_one();
}

void PartFileVerifier::setComplete()
{
    {
        std::lock_guard lock(m_mutex);
        m_complete = true;
    }
    m_wake.notify_one();
}

void PartFileVerifier::cancel()
{
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

qint64 PartFileVerifier::verifiedBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_verified;
}

void PartFileVerifier::run()
{
    lowerThisThreadsPriority();
    GzipVerifier verifier;
    auto deliver = [this](const GzipVerifier::Result &result) {
        QMetaObject::invokeMethod(
            this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
    };
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        GzipVerifier::Result result;
        result.error = QCoreApplication::translate("GzipVerifier", "The file cannot be read: %1")
                           .arg(file.errorString());
        deliver(result);
        return;
    }
    std::vector<char> buffer(1024 * 1024);
    qint64 position = 0;
    for (;;) {
        qint64 available = 0;
        bool complete = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_cancelled || m_complete || m_available > position; });
            if (m_cancelled)
                return;
            available = m_available;
            complete = m_complete;
            m_verified = position;
        }
        while (position < available) {
            const qint64 want = std::min<qint64>(qint64(buffer.size()), available - position);
            const qint64 n = file.read(buffer.data(), want);
            if (n <= 0) {
                GzipVerifier::Result result = verifier.result();
                result.ok = false;
                result.error =
                    QCoreApplication::translate("GzipVerifier", "The file cannot be read: %1")
                        .arg(n < 0 ? file.errorString()
                                   : QCoreApplication::translate("GzipVerifier",
                                                                 "it is shorter than expected"));
                deliver(result);
                return;
            }
            position += n;
            if (!verifier.feed(buffer.data(), n)) {
                deliver(verifier.result());
                return;
            }
            std::lock_guard lock(m_mutex);
            if (m_cancelled)
                return;
            m_verified = position;
        }
        if (complete) {
            bool atEnd = false;
            {
                // setAvailable() may have moved on since the wait; only finish at the very end.
                std::lock_guard lock(m_mutex);
                atEnd = m_available <= position;
            }
            if (atEnd) {
                deliver(verifier.finish());
                return;
            }
        }
    }
}
