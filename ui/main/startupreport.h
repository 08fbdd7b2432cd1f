#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <utility>
#include <vector>

class QWidget;

/// Where the time to the first frame goes, for the start-up benchmark (tests/bench/
/// bench_startup.sh): with HYDRANT_STARTUP_REPORT set, the window's first paint prints one JSON
/// line — the wall-clock time of that frame and the marks passed on the way — and quits.
class StartupReport : public QObject
{
public:
    /// Starts the report when the environment asks for one (call first thing in main()).
    static void startIfAsked();
    /// Records how long after main() began \a what was reached; nothing without a report.
    static void mark(const char *what);
    /// Watches \a window for its first paint; nothing without a report.
    static void watch(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StartupReport();
    static StartupReport *&instance();
    void report();

    QElapsedTimer m_clock;
    std::vector<std::pair<const char *, qint64>> m_marks;
    bool m_reported = false;
};
