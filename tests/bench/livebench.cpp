// Live page benchmark: the whole page (FeedModel ring, filter proxy, table, charts, detail) shown
// offscreen and connected to a stream; measures the messages per second it takes in, the longest
// stall of the GUI thread (a 5 ms timer probe) and the peak resident memory. Applies a filter to
// the full ring mid-run and clears it again, as a user would. The password comes on stdin.
//
//   live_bench --url URL --user USER [--duration S] [--warmup S] [--ring ROWS]
//              [--target N] [--screenshot FILE] < password
//   live_bench --synthetic [--target N] [--message-size BYTES] ...
//
// --synthetic leaves the network out: a worker thread generates the simulator's messages,
// normalises them and hands the page a batch every 50 ms at --target messages/s, which measures
// the page's own share of the budget.

#include "core/appsettings.h"
#include "core/processortime.h"
#include "feed/feedinbox.h"
#include "feed/feedmodel.h"
#include "feed/feedproxymodel.h"
#include "live/feedview.h"
#include "live/livepage.h"
#include "message/messagenormalizer.h"
#include "net/firehoseclient.h"
#include "sim/messagegenerator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <atomic>
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

/// Feeds the page from its own thread as the stream client would: normalised batches at a rate.
class SyntheticStream : public QThread
{
public:
    SyntheticStream(LivePage *page, double rate, int messageSize)
        : m_page(page)
        , m_rate(rate)
        , m_size(messageSize)
    {}
    void stop() { m_stop = true; }

protected:
    void run() override
    {
        const MessageGenerator generator(1, m_size);
        MessageNormalizer normalizer;
        normalizer.setSharesRepeats(true); // as the stream client's
        QElapsedTimer clock;
        clock.start();
        // Into the page's inbox from this thread, as the stream client hands batches over: as
        // soon as it holds defaultMaxBatchSize, and what is left at each tick.
        const auto deliver = [this](MessageBatch &batch) {
            if (!batch.empty())
                m_page->inbox()->push(batch);
            batch.clear();
        };
        qint64 next = 0;
        while (!m_stop) {
            const qint64 due = qint64(m_rate * double(clock.elapsed()) / 1000.0);
            MessageBatch batch;
            batch.reserve(size_t(FirehoseClient::defaultMaxBatchSize));
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (; next < due; ++next) {
                // As a line the stream client cut from what it read: a view, copied into the
                // message at its own size.
                const QByteArray line =
                    generator.message(quint64(next), 1'000'000 + next, now, MessageShape::StockTwits);
                batch.push_back(normalizer.normalize(QByteArrayView(line)));
                if (batch.size() >= size_t(FirehoseClient::defaultMaxBatchSize))
                    deliver(batch);
            }
            deliver(batch);
            QThread::msleep(50);
        }
    }

private:
    LivePage *m_page;
    double m_rate;
    int m_size;
    std::atomic<bool> m_stop{false};
};

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
    const QCommandLineOption syntheticOption(
        QStringLiteral("synthetic"), QStringLiteral("Generate messages in-process, no network."));
    const QCommandLineOption sizeOption(QStringLiteral("message-size"),
                                        QStringLiteral("Synthetic message size (default 2000)."),
                                        QStringLiteral("bytes"), QStringLiteral("2000"));
    const QCommandLineOption sortOption(
        QStringLiteral("sort"),
        QStringLiteral("Sort the table by this column (0 Time ... 6 Source), descending."),
        QStringLiteral("column"));
    parser.addOptions({urlOption, userOption, durationOption, warmupOption, ringOption,
                       targetOption, shotOption, syntheticOption, sizeOption, sortOption});
    parser.process(app);

    const bool synthetic = parser.isSet(syntheticOption);
    std::string password;
    if (!synthetic)
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
    if (synthetic) {
        // The page wants an endpoint to show its content; nothing connects to it.
        endpoint.url = QUrl(QStringLiteral("http://127.0.0.1:9/synthetic.json"));
        endpoint.credentials = {QStringLiteral("synthetic"), QStringLiteral("synthetic")};
    }
    if (!endpoint.isValid()) {
        std::fprintf(stderr, "live_bench: --url, --user and a password on stdin are needed\n");
        return 2;
    }

    const double baselineMiB = procStatusMiB("VmRSS");
    LivePage page;
    page.resize(1280, 800);
    page.show();
    page.setStreamEndpoint(endpoint);
    if (parser.isSet(sortOption))
        page.feedView()->sortByColumn(parser.value(sortOption).toInt(), Qt::DescendingOrder);
    QApplication::processEvents();
    // What the page itself takes (widgets, charts, fonts) with its ring still empty.
    const double pageMiB = procStatusMiB("VmRSS");
    SyntheticStream generator(&page, target, parser.value(sizeOption).toInt());
    if (synthetic)
        generator.start();
    else
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
        if (gap > 50) {
            ++stallsOverBudget;
            std::fprintf(stderr, "stall of %lld ms ending at %.2f s\n", static_cast<long long>(gap),
                         double(clock.elapsed()) / 1000.0);
        }
    });
    sinceTick.start();
    probe.start();

    // What the page took into its ring, not what reached its inbox: a page that falls behind
    // drops the oldest waiting batches (they would leave a full ring at once), and those count
    // as not taken in.
    quint64 takenAtStart = 0;
    quint64 droppedAtStart = 0;
    double cpuAtStart = 0;
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
    qint64 reportedHalfSecond = -1;
    QObject::connect(&schedule, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        if (!measuring && now >= warmupMs) {
            measuring = true;
            takenAtStart = page.feedModel()->nextSerial();
            droppedAtStart = page.inbox()->dropped();
            cpuAtStart = ProcessorTime::thread();
            startMs = now;
            sinceTick.restart();
        }
        // Halfway: filter the full ring, as a user typing a query would; later clear it.
        if (measuring && !filtered && now >= warmupMs + (endMs - warmupMs) / 2) {
            filtered = true;
            filterStartMs = now;
            std::fprintf(stderr, "filter applied at %.2f s\n", double(now) / 1000.0);
            page.setFilterText(QStringLiteral("sentiment:bullish -@nobody /\\$[A-Z]{3}/"));
        }
        if (filtered && !cleared && now >= warmupMs + (endMs - warmupMs) * 3 / 4) {
            cleared = true;
            page.setFilterText(QString());
            std::fprintf(stderr, "filter cleared at %.2f s\n", double(now) / 1000.0);
        }
        // What was taken in so far, every half second: a run that falls behind shows when.
        if (measuring && now / 500 != reportedHalfSecond) {
            reportedHalfSecond = now / 500;
            std::fprintf(
                stderr, "%.1f s: %llu taken in, %lld waiting\n", double(now) / 1000.0,
                static_cast<unsigned long long>(page.feedModel()->nextSerial() - takenAtStart),
                static_cast<long long>(page.inbox()->pendingCount()));
        }
        if (now >= endMs)
            app.quit();
    });
    schedule.start();
    app.exec();
    const double guiCpu = ProcessorTime::thread() - cpuAtStart;
    const double seconds = double(std::max<qint64>(clock.elapsed() - startMs, 1)) / 1000.0;
    const quint64 received = page.feedModel()->nextSerial() - takenAtStart;
    const quint64 dropped = page.inbox()->dropped() - droppedAtStart;
    const double rate = double(received) / seconds;
    // The stream stops and what still waits enters the ring, as when a user disconnects: the
    // memory below is the ring's, not that of batches on their way.
    generator.stop();
    generator.wait();
    page.disconnectStream();
    const double peakMiB = procStatusMiB("VmHWM");
    const double endMiB = procStatusMiB("VmRSS");
    const int rows = page.feedModel()->rowCount();
    qint64 bytes = 0;
    const int sampled = std::min(rows, 1000);
    for (int row = 0; row < sampled; ++row)
        bytes += page.feedModel()->messageAt(row).raw.size();
    const double messageBytes = sampled ? double(bytes) / sampled : 0;
    if (parser.isSet(shotOption)) {
        page.feedView()->selectRow(1);
        QApplication::processEvents();
        page.grab().save(parser.value(shotOption));
    }

    // Memory the page holds per message in its ring, against the message's raw bytes (budget
    // 1.5 x): everything resident beyond what the process held before the page.
    const double heldBytesPerMessage =
        rows > 0 ? (endMiB - baselineMiB) * 1048576.0 / double(rows) : 0.0;
    const double memoryRatio = messageBytes > 0 ? heldBytesPerMessage / messageBytes : 0.0;
    // The same without the page's own memory: what each message in the ring costs.
    const double ringBytesPerMessage =
        rows > 0 ? (endMiB - pageMiB) * 1048576.0 / double(rows) : 0.0;
    const double ringRatio = messageBytes > 0 ? ringBytesPerMessage / messageBytes : 0.0;
    const bool sustained = rate >= target * 0.98 && dropped == 0;
    std::printf("live page%s, ring %d rows, %.0f s measured after %.0f s warm-up\n",
                synthetic ? " (synthetic in-process stream, no network)" : "", ring, seconds,
                warmup);
    std::printf("  messages taken in    %.0f /s (target %.0f /s, ratio %.2f) of ~%.0f bytes, %llu "
                "dropped waiting — %s\n",
                rate, target, rate / target, messageBytes, static_cast<unsigned long long>(dropped),
                sustained ? "sustained" : "NOT sustained");
    std::printf("  rows in the ring     %d\n", rows);
    std::printf("  GUI thread busy      %.0f %% of one core, %.1f µs of CPU per message\n",
                100.0 * guiCpu / seconds, received ? 1e6 * guiCpu / double(received) : 0.0);
    std::printf("  longest GUI stall    %lld ms (budget 50 ms; %d probe gaps over budget)\n",
                static_cast<long long>(longestStallMs), stallsOverBudget);
    std::printf("  re-filter of ring    %lld ms in slices, %d matching rows\n",
                static_cast<long long>(refilterMs), filteredRows);
    std::printf("  memory               peak %.0f MiB resident, %.0f MiB at the end "
                "(%.0f MiB before the page, %.0f MiB with the page and an empty ring)\n",
                peakMiB, endMiB, baselineMiB, pageMiB);
    std::printf("  memory per message   %.0f bytes held per message in the ring, %.2f x its raw "
                "bytes (budget 1.5 x); the ring alone, without the page's own memory: %.0f "
                "bytes, %.2f x\n",
                heldBytesPerMessage, memoryRatio, ringBytesPerMessage, ringRatio);
    std::printf("{\"benchmark\":\"%s\",\"messages_per_second\":%.0f,"
                "\"target_messages_per_second\":%.0f,\"ratio\":%.3f,\"message_bytes\":%.0f,"
                "\"ring_rows\":%d,\"longest_stall_ms\":%lld,\"stall_budget_ms\":50,"
                "\"stalls_over_budget\":%d,\"gui_cpu_percent\":%.0f,\"refilter_ms\":%lld,\"peak_"
                "rss_mib\":%.0f,"
                "\"end_rss_mib\":%.0f,\"baseline_rss_mib\":%.0f,\"held_bytes_per_message\":%.0f,"
                "\"memory_vs_raw\":%.2f,\"page_rss_mib\":%.0f,\"ring_bytes_per_message\":%.0f,"
                "\"ring_memory_vs_raw\":%.2f,\"dropped\":%llu,\"sustained\":%s,\"seconds\":%.1f}\n",
                synthetic ? "live-synthetic" : "live", rate, target, rate / target, messageBytes,
                rows, static_cast<long long>(longestStallMs), stallsOverBudget,
                100.0 * guiCpu / seconds, static_cast<long long>(refilterMs), peakMiB, endMiB,
                baselineMiB, heldBytesPerMessage, memoryRatio, pageMiB, ringBytesPerMessage,
                ringRatio, static_cast<unsigned long long>(dropped), sustained ? "true" : "false",
                seconds);
    return 0;
}
