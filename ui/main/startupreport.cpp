#include "startupreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

StartupReport::StartupReport()
{
    m_clock.start();
}

StartupReport *&StartupReport::instance()
{
    static StartupReport *report = nullptr;
    return report;
}

void StartupReport::startIfAsked()
{
    if (qEnvironmentVariableIsSet("HYDRANT_STARTUP_REPORT") && !instance())
        instance() = new StartupReport; // lives until the process ends
}

void StartupReport::mark(const char *what)
{
    if (StartupReport *report = instance())
        report->m_marks.emplace_back(what, report->m_clock.nsecsElapsed() / 1000);
}

void StartupReport::watch(QWidget *window)
{
    if (StartupReport *report = instance())
        window->installEventFilter(report);
}

bool StartupReport::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        // After this paint has reached the screen.
        QTimer::singleShot(0, this, [this] { report(); });
    }
    return QObject::eventFilter(watched, event);
}

void StartupReport::report()
{
    mark("first frame");
    std::printf("{\"first_frame_epoch_us\":%lld,\"marks_us\":{",
                static_cast<long long>(QDateTime::currentMSecsSinceEpoch()) * 1000);
    for (size_t i = 0; i < m_marks.size(); ++i)
        std::printf("%s\"%s\":%lld", i ? "," : "", m_marks[i].first,
                    static_cast<long long>(m_marks[i].second));
    std::printf("}}\n");
    std::fflush(stdout);
    QCoreApplication::exit(0);
}
