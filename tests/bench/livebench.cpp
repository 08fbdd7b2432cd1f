// Live page benchmark: the whole page (FeedModel ring, filter proxy, table, charts, detail) shown
// offscreen and connected to a stream; measures the messages per second it takes in, the longest
// stall of the GUI thread (a 5 ms timer probe) and the peak resident memory. Applies a filter to
// the full ring mid-run and clears it again, as a user would. The password comes on stdin.
//
//   live_bench --url URL --user USER [--duration S] [--warmup S] [--ring ROWS]
//              [--target N] [--screenshot FILE] < password

#include "core/appsettings.h"
#include "feed/feedmodel.h"
#include "feed/feedproxymodel.h"
#include "live/feedview.h"
#include "live/livepage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>

namespace {

/// A field of /proc/self/status in MiB (VmRSS, VmHWM); -1 where there is no /proc.
double procStatusMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray wanted = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(wanted))
            return line.mid(wanted.size()).trimmed().split(' ').front().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    // Settings of this run only: never the user's, never a previous run's layout.
    QTemporaryDir home;
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, (home.path() + QLatin1Char('/') + QLatin1String(variable)).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hydrant-live-bench"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption urlOption(QStringLiteral("url"), QStringLiteral("Stream URL."),
                                       QStringLiteral("url"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("User name."),
                                        QStringLiteral("user"));
    const QCommandLineOption durationOption(QStringLiteral("duration"),
                                            QStringLiteral("Measured seconds (default 20)."),
                                            QStringLiteral("s"), QStringLiteral("20"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup"),
                                          QStringLiteral("Seconds before measuring (default 3)."),
                                          QStringLiteral("s"), QStringLiteral("3"));
    const QCommandLineOption ringOption(QStringLiteral("ring"),
                                        QStringLiteral("Ring size (default 100000)."),
                                        QStringLiteral("rows"), QStringLiteral("100000"));
    const QCommandLineOption targetOption(QStringLiteral("target"),
                                          QStringLiteral("Messages/s to sustain (default 50000)."),
                                          QStringLiteral("n"), QStringLiteral("50000"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Save the page as PNG at the end."),
                                        QStringLiteral("file"));
    parser.addOptions({urlOption, userOption, durationOption, warmupOption, ringOption,
                       targetOption, shotOption});
    parser.process(app);

    std::string password;
    std::getline(std::cin, password);
    const double duration = parser.value(durationOption).toDouble();
    const double warmup = parser.value(warmupOption).toDouble();
    const int ring = parser.value(ringOption).toInt();
    const double target = parser.value(targetOption).toDouble();

    AppSettings::setFeedRingSize(ring);
    AppSettings::setRecordingFolder(home.filePath(QStringLiteral("recordings")));

    StreamEndpoint endpoint;
    endpoint.profileName = QStringLiteral("bench");
    endpoint.url = QUrl(parser.value(urlOption));
    endpoint.credentials = {parser.value(userOption), QString::fromStdString(password)};
    if (!endpoint.isValid()) {
        std::fprintf(stderr, "live_bench: --url, --user and a password on stdin are needed\n");
        return 2;
    }

    const double baselineMiB = procStatusMiB("VmRSS");
    LivePage page;
    page.resize(1280, 800);
    page.show();
    page.setStreamEndpoint(endpoint);
    page.connectStream();

    // The probe: a 5 ms timer on the GUI thread; any longer gap between ticks is a stall.
    QElapsedTimer sinceTick;
    QElapsedTimer clock;
    clock.start();
    bool measuring = false;
    qint64 longestStallMs = 0;
    int stallsOverBudget = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 gap = sinceTick.restart();
        if (!measuring)
            return;
        longestStallMs = std::max(longestStallMs, gap);
        stallsOverBudget += gap > 50;
    });
    sinceTick.start();
    probe.start();

    quint64 receivedAtStart = 0;
    qint64 startMs = 0;
    qint64 filterStartMs = -1;
    qint64 refilterMs = -1;
    int filteredRows = 0;
    QObject::connect(page.proxyModel(), &FeedProxyModel::filteringChanged, [&](bool filtering) {
        if (!filtering && filterStartMs >= 0 && refilterMs < 0) {
            refilterMs = clock.elapsed() - filterStartMs;
            filteredRows = page.proxyModel()->rowCount();
        }
    });

    const qint64 warmupMs = qint64(warmup * 1000);
    const qint64 endMs = warmupMs + qint64(duration * 1000);
    QTimer schedule;
    schedule.setInterval(100);
    bool filtered = false, cleared = false;
    QObject::connect(&schedule, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        if (!measuring && now >= warmupMs) {
            measuring = true;
            receivedAtStart = page.messagesReceived();
            startMs = now;
            sinceTick.restart();
        }
        // Halfway: filter the full ring, as a user typing a query would; later clear it.
        if (measuring && !filtered && now >= warmupMs + (endMs - warmupMs) / 2) {
            filtered = true;
            filterStartMs = now;
            page.setFilterText(QStringLiteral("sentiment:bullish -@nobody /\\$[A-Z]{3}/"));
        }
        if (filtered && !cleared && now >= warmupMs + (endMs - warmupMs) * 3 / 4) {
            cleared = true;
            page.setFilterText(QString());
        }
        if (now >= endMs)
            app.quit();
    });
    schedule.start();
    app.exec();

    const double seconds = std::max<qint64>(clock.elapsed() - startMs, 1) / 1000.0;
    const quint64 received = page.messagesReceived() - receivedAtStart;
    const double rate = received / seconds;
    const double peakMiB = procStatusMiB("VmHWM");
    const int rows = page.feedModel()->rowCount();
    qint64 bytes = 0;
    for (int row = 0; row < std::min(rows, 1000); ++row)
        bytes += page.feedModel()->messageAt(row).raw.size();
    const double messageBytes = rows ? double(bytes) / std::min(rows, 1000) : 0;
    if (parser.isSet(shotOption)) {
        page.feedView()->selectRow(1);
        QApplication::processEvents();
        page.grab().save(parser.value(shotOption));
    }

    const bool sustained = rate >= target * 0.98;
    std::printf("live page, ring %d rows, %.0f s measured after %.0f s warm-up\n", ring, seconds,
                warmup);
    std::printf("  messages received    %.0f /s (target %.0f /s, ratio %.2f) of ~%.0f bytes — %s\n",
                rate, target, rate / target, messageBytes,
                sustained ? "sustained" : "NOT sustained");
    std::printf("  rows in the ring     %d\n", rows);
    std::printf("  longest GUI stall    %lld ms (budget 50 ms; %d probe gaps over budget)\n",
                static_cast<long long>(longestStallMs), stallsOverBudget);
    std::printf("  re-filter of ring    %lld ms in slices, %d matching rows\n",
                static_cast<long long>(refilterMs), filteredRows);
    std::printf("  memory               peak %.0f MiB resident (%.0f MiB before the page)\n",
                peakMiB, baselineMiB);
    std::printf(
        "{\"benchmark\":\"live\",\"messages_per_second\":%.0f,\"target_messages_per_second\":%.0f,"
        "\"ratio\":%.3f,\"message_bytes\":%.0f,\"ring_rows\":%d,\"longest_stall_ms\":%lld,"
        "\"stall_budget_ms\":50,\"stalls_over_budget\":%d,\"refilter_ms\":%lld,\"peak_rss_mib\":%."
        "0f,"
        "\"baseline_rss_mib\":%.0f,\"seconds\":%.1f}\n",
        rate, target, rate / target, messageBytes, rows, static_cast<long long>(longestStallMs),
        stallsOverBudget, static_cast<long long>(refilterMs), peakMiB, baselineMiB, seconds);
    return 0;
}
