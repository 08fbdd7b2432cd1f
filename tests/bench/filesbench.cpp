// Benchmark driver for the Files page engine (tests/bench/bench_index.sh and bench_search.sh):
//   files_bench generate MEGABYTES [DAY]  deterministic StockTwits-like JSON lines (~2 KB) on
//                                         stdout, for day DAY after 2016-12-05 (default 0)
//   stdout files_bench index FILE                index it like the Files page does; time to first
//   rows,
//                                         full index time, jump latency; one JSON line
//   files_bench scan FILE [MB [REPEATS]] the pass's scanning side alone over the first MB
//                                         (default 256) inflated into memory; one JSON line
//   files_bench prefilter FILE WORD [MB]   the raw-line pre-filter alone over the first MB
//                                         (default 1), with each vector width; one JSON line
//   files_bench search FILE PATTERN       index (not timed), then a literal search; one JSON line
// Peak memory is measured from outside (/usr/bin/time -v).

#include "core/gzipinflater.h"
#include "core/inflateengine.h"
#include "core/processortime.h"
#include "files/filedocument.h"
#include "files/filedocumentmodel.h"
#include "files/filesearch.h"
#include "files/indexcache.h"
#include "files/linesplitter.h"
#include "message/fieldscanner.h"
#include "message/messageshape.h"
#include "message/rawlineprefilter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <random>
#include <string>
#include <vector>

namespace {

quint64 state = 0x2545F4914F6CDD1DULL;
quint64 next()
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

const char *const words[] = {
    "the",      "stock",      "is",       "going",    "to",      "moon",      "buy",     "sell",
    "earnings", "beat",       "miss",     "guidance", "short",   "squeeze",   "calls",   "puts",
    "support",  "resistance", "breakout", "volume",   "today",   "tomorrow",  "week",    "chart",
    "looks",    "strong",     "weak",     "bullish",  "bearish", "dip",       "rally",   "fed",
    "rates",    "inflation",  "CEO",      "product",  "launch",  "revenue",   "margin",  "growth",
    "long",     "holding",    "target",   "price",    "upgrade", "downgrade", "analyst", "options",
    "expiry",   "gap"};
const char *const symbols[] = {"AAPL", "TSLA",  "AMZN", "MSFT", "NVDA",  "SPY",   "QQQ", "AMD",
                               "META", "GOOGL", "NFLX", "BABA", "BTC.X", "ETH.X", "GME", "AMC",
                               "PLTR", "SOFI",  "F",    "NIO",  "INTC",  "DIS",   "BA",  "JPM",
                               "XOM",  "COIN",  "RIVN", "LCID", "SHOP",  "UBER"};
constexpr int wordCount = sizeof words / sizeof *words;
constexpr int symbolCount = sizeof symbols / sizeof *symbols;

void sentence(std::string &out, int n)
{
    for (int i = 0; i < n; ++i) {
        if (i)
            out += ' ';
        out += words[next() % wordCount];
    }
}

int generate(long long megabytes, int dayNumber)
{
    const long long target = megabytes * 1000 * 1000;
    const long long day = 1480896000 + dayNumber * 86400LL; // one day of messages from 2016-12-05
    long long written = 0;
    long long id = 70000000 + dayNumber * 10000000LL;
    state ^= quint64(dayNumber) * 0x9E3779B97F4A7C15ULL; // each day its own words
    std::string line, body, bio;
    line.reserve(8192);
    char buffer[4096];
    std::vector<char> out;
    out.reserve(1 << 20);
    while (written < target) {
        id += 1 + long(next() % 3);
        const long long t = day + written * 86400 / target;
        const time_t tt = time_t(t);
        struct tm g;
        gmtime_r(&tt, &g);
        char when[32];
        strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &g);
        body.clear();
        sentence(body, 8 + int(next() % 30));
        const int symbolsInMessage = 1 + int(next() % 3);
        int chosen[3];
        for (int s = 0; s < symbolsInMessage; ++s) {
            chosen[s] = int(next() % symbolCount);
            body += " $";
            body += symbols[chosen[s]];
        }
        bio.clear();
        sentence(bio, 6 + int(next() % 20));
        const int uid = int(next() % 800000);
        const int sentiment = int(next() % 3);
        line.clear();
        int n = std::snprintf(
            buffer, sizeof buffer,
            "{\"action\":\"create\",\"data\":{\"id\":%lld,\"body\":\"%s\",\"created_at\":\"%s\","
            "\"user\":{\"id\":%d,"
            "\"username\":\"trader%d\",\"name\":\"Trader "
            "%d\",\"avatar_url\":\"https://avatars.stocktwits.com/production/%d/thumb-1480%d.png\","
            "\"avatar_url_ssl\":\"https://avatars.stocktwits.com/production/%d/"
            "thumb-1480%d.png\",\"join_date\":\"201%d-0%d-1%d\","
            "\"official\":false,\"identity\":\"User\",\"classification\":[],\"bio\":\"%s\","
            "\"website_url\":null,"
            "\"location\":\"New "
            "York\",\"followers\":%d,\"following\":%d,\"ideas\":%d,\"watchlist_stocks_count\":%d,"
            "\"like_count\":%d,\"plus_tier\":\"\",\"premium_room\":\"\",\"trade_app\":false,"
            "\"trade_status\":null},"
            "\"source\":{\"id\":%d,\"title\":\"%s\",\"url\":\"https://stocktwits.com\"},",
            id, body.c_str(), when, uid, uid, uid, uid, uid, uid, uid, int(next() % 9),
            1 + int(next() % 9), int(next() % 9), bio.c_str(), int(next() % 100000),
            int(next() % 3000), int(next() % 20000), int(next() % 400), int(next() % 20000),
            1 + int(next() % 3), next() % 2 ? "StockTwits Web" : "StockTwits For iOS");
        line.append(buffer, size_t(n));
        line += "\"symbols\":[";
        for (int s = 0; s < symbolsInMessage; ++s) {
            const char *sym = symbols[chosen[s]];
            n = std::snprintf(
                buffer, sizeof buffer,
                "%s{\"id\":%d,\"symbol\":\"%s\",\"title\":\"%s "
                "Inc.\",\"aliases\":[],\"is_following\":false,"
                "\"watchlist_count\":%d,\"exchange\":\"NASDAQ\",\"sector\":\"Technology\","
                "\"industry\":\"Semiconductors\","
                "\"logo_url\":\"https://logos.stocktwits-cdn.com/%s.png\",\"trending\":%s}",
                s ? "," : "", 600 + chosen[s], sym, sym, int(next() % 900000), sym,
                next() % 5 ? "false" : "true");
            line.append(buffer, size_t(n));
        }
        n = std::snprintf(
            buffer, sizeof buffer,
            "],\"mentioned_users\":[],\"entities\":{\"chart\":null,\"sentiment\":%s},\"likes\":{"
            "\"total\":%d,"
            "\"user_ids\":[%d,%d]},\"conversation\":{\"parent_message_id\":%lld,\"in_reply_to_"
            "message_id\":%lld,"
            "\"parent\":false,\"replies\":%d},\"reshares\":{\"reshared_count\":%d,\"user_ids\":[]},"
            "\"structurable\":null,\"links\":[]}}\n",
            sentiment == 0   ? "null"
            : sentiment == 1 ? "{\"basic\":\"Bullish\"}"
                             : "{\"basic\":\"Bearish\"}",
            int(next() % 60), int(next() % 900000), int(next() % 900000), id - long(next() % 5000),
            id - long(next() % 5000), int(next() % 30), int(next() % 10));
        line.append(buffer, size_t(n));
        out.insert(out.end(), line.begin(), line.end());
        written += qint64(line.size());
        if (out.size() > (1u << 20) - 8192) {
            std::fwrite(out.data(), 1, out.size(), stdout);
            out.clear();
        }
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

bool openAndIndex(FileDocument &document, const QString &path, double *firstRowsMs, double *indexMs)
{
    FileDocumentModel model(&document);
    QElapsedTimer timer;
    bool firstSeen = false;
    QObject::connect(&document, &FileDocument::linesAdded, [&] {
        if (firstSeen)
            return;
        // First rows on screen: the model has rows and the first screenful is parsed.
        for (int row = 0; row < std::min(50, model.rowCount()); ++row)
            model.data(model.index(row, 4));
        *firstRowsMs = ms(timer);
        firstSeen = true;
    });
    QEventLoop loop;
    QObject::connect(&document, &FileDocument::indexingFinished, &loop, &QEventLoop::quit);
    timer.start();
    if (!document.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(document.errorString()));
        return false;
    }
    if (document.status() == FileDocument::Status::Indexing)
        loop.exec();
    *indexMs = ms(timer);
    return document.status() == FileDocument::Status::Ready;
}

/// \a countingHelpers: FileIndexer::Options::countingHelpers (-1: as the application has it).
int indexBenchmark(const QString &path, int countingHelpers)
{
    FileDocument document;
    document.setCacheEnabled(false);
    FileIndexer::Options options;
    options.countingHelpers = countingHelpers;
    document.setIndexerOptions(options);
    double firstRows = 0, indexTime = 0;
    if (!openAndIndex(document, path, &firstRows, &indexTime))
        return 1;
    const auto index = document.index();

    // Jump latency: a fresh model (empty cache) asked for one row anywhere, as a view does
    // after "go to line"; random lines all over the file.
    std::mt19937_64 random(5);
    std::vector<double> jumps;
    for (int i = 0; i < 200; ++i) {
        const auto model = std::make_unique<FileDocumentModel>(&document); // an empty row cache
        const int rows = model->rowCount();
        const int row = int(random() % quint64(rows));
        QElapsedTimer timer;
        timer.start();
        for (int r = row; r < std::min(row + 40, rows); ++r)
            model->data(model->index(r, 4)); // a screenful from the target row
        jumps.push_back(ms(timer));
    }
    std::sort(jumps.begin(), jumps.end());
    const double median = jumps[jumps.size() / 2];
    const double p95 = jumps[jumps.size() * 95 / 100];
    const double worst = jumps.back();
    const double seconds = indexTime / 1000.0;
    std::printf("{\"engine\":\"%s\",\"lines\":%lld,\"bytes_uncompressed\":%lld,\"bytes_"
                "compressed\":%lld,\"index_"
                "seconds\":%.3f,"
                "\"index_mb_per_s\":%.1f,\"first_rows_ms\":%.1f,\"jump_median_ms\":%.2f,\"jump_p95_"
                "ms\":%.2f,"
                "\"jump_max_ms\":%.2f,\"access_points\":%d,\"index_memory_bytes\":%lld,"
                "\"messages\":%lld,\"inflating_cpu_seconds\":%.3f,\"scanning_cpu_seconds\":%.3f,"
                "\"counting_helpers\":%d}\n",
                InflateEngine::name(InflateEngine::fastest()), index->lineCount(),
                index->outputDone(), index->inputTotal(), seconds,
                double(index->outputDone()) / 1e6 / seconds, firstRows, median, p95, worst,
                index->accessPoints().count(), index->memoryBytes(), index->statistics().messages(),
                index->passThreads().inflating, index->passThreads().scanning,
                index->passThreads().countingHelpers);
    return 0;
}

int searchBenchmark(const QString &path, const QString &pattern, MessageQuery::Syntax syntax)
{
    FileDocument document;
    document.setCacheEnabled(false);
    double firstRows = 0, indexTime = 0;
    if (!openAndIndex(document, path, &firstRows, &indexTime))
        return 1;
    FileSearch search(&document);
    // Case-sensitive, like the grep it is compared with.
    const MessageQuery query = MessageQuery::parse(pattern, syntax, true);
    QElapsedTimer timer;
    const double cpuBefore = ProcessorTime::process();
    timer.start();
    search.start(query);
    search.waitForFinished();
    const double seconds = ms(timer) / 1000.0;
    // The processor time the search took on all its threads: what a change to the work per
    // line shows even when the machine's speed varies between runs.
    const double cpuSeconds = ProcessorTime::process() - cpuBefore;
    std::printf("{\"engine\":\"%s\",\"pattern\":\"%s\",\"matches\":%lld,\"search_seconds\":%.3f,"
                "\"search_cpu_seconds\":%.3f,\"threads\":%d}\n",
                InflateEngine::name(InflateEngine::fastest()), qPrintable(pattern),
                search.matchCount(), seconds, cpuSeconds,
                std::clamp(QThread::idealThreadCount(), 1, 4));
    return 0;
}

/// Gives \a inflater the next piece of \a file when it asks for input; false once it ended or
/// failed.
bool keepInflating(GzipInflater &inflater, QFile &file, std::vector<unsigned char> &input,
                   GzipInflater::Event event)
{
    if (event == GzipInflater::Event::NeedsInput) {
        const qint64 n = file.read(reinterpret_cast<char *>(input.data()), qint64(input.size()));
        if (n > 0)
            inflater.setInput(input.data(), size_t(n));
        else
            inflater.endOfInput();
        return true;
    }
    return event != GzipInflater::Event::End && event != GzipInflater::Event::Error;
}

/// The index pass's inflating side alone: the whole file through GzipInflater with the indexer's
/// settings (CRC-32 checked, a block boundary and its window every 4 MiB unless told otherwise),
/// output discarded.
/// Shows what inflating costs apart from line splitting and statistics; with \a countLines, also
/// where every line starts (on the same thread), as a pass that left the statistics for later.
int inflateBenchmark(const QString &path, const QString &engineName, qint64 spacing,
                     bool countLines)
{
    const InflateEngine::Kind kind = engineName == QLatin1String("zlib") ? InflateEngine::Kind::Zlib
                                                                         : InflateEngine::fastest();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return 1;
    constexpr qint64 chunk = 1 << 20;
    std::vector<unsigned char> input(chunk), output(chunk);
    QElapsedTimer timer;
    timer.start();
    GzipInflater inflater(InflateEngine::create(kind));
    inflater.setKeepWindow(true);
    inflater.startAtMember(0);
    qint64 out = 0, lastPoint = 0;
    std::vector<qint64> lineStarts;
    int points = 1;
    bool stopping = false;
    for (;;) {
        const bool due = out - lastPoint >= spacing;
        if (due != stopping)
            inflater.setStopAtBlockEnd(stopping = due);
        const qint64 room = due ? chunk : std::min(chunk, lastPoint + spacing - out);
        const GzipInflater::Step step = inflater.inflate(output.data(), size_t(room));
        if (countLines) {
            // Where each line starts, as a pass that left the statistics for later would note.
            const char *p = reinterpret_cast<const char *>(output.data());
            const char *end = p + step.produced;
            while ((p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))))
                lineStarts.push_back(out + (++p - reinterpret_cast<const char *>(output.data())));
        }
        out += qint64(step.produced);
        if (step.event == GzipInflater::Event::BlockEnd && due) {
            const QByteArray window = inflater.window();
            ++points;
            lastPoint = out;
        }
        if (!keepInflating(inflater, file, input, step.event))
            break;
    }
    const double seconds = ms(timer) / 1000.0;
    std::printf("{\"engine\":\"%s\",\"bytes_uncompressed\":%lld,\"inflate_seconds\":%.3f,"
                "\"access_points\":%d,\"lines\":%lld,\"ok\":%s}\n",
                InflateEngine::name(kind), out, seconds, points, qint64(lineStarts.size()),
                inflater.error() == GzipInflater::Error::None ? "true" : "false");
    return inflater.error() == GzipInflater::Error::None ? 0 : 1;
}

/// The first \a megabytes of the file, inflated into memory (its whole content if shorter).
std::string inflatedStart(const QString &path, qint64 megabytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    constexpr qint64 chunk = 1 << 20;
    std::vector<unsigned char> input(chunk);
    std::string content(size_t(megabytes << 20), '\0');
    GzipInflater inflater;
    inflater.startAtMember(0);
    qint64 out = 0;
    while (out < qint64(content.size())) {
        const GzipInflater::Step step = inflater.inflate(
            reinterpret_cast<unsigned char *>(content.data()) + out, content.size() - size_t(out));
        out += qint64(step.produced);
        if (!keepInflating(inflater, file, input, step.event))
            break;
    }
    content.resize(size_t(out));
    return content;
}

/// The index pass's scanning side alone: the first MEGABYTES of the file are inflated into memory
/// (not timed), then fed to a LineSplitter in 1 MiB steps as the pass does (lines, line starts,
/// statistics of every line). Shows what scanning costs apart from inflating, on one thread, and
/// what of it simdjson's parse of the lines alone takes.
int scanBenchmark(const QString &path, qint64 megabytes, int repeats)
{
    std::string content = inflatedStart(path, megabytes);
    if (content.empty())
        return 1;
    constexpr qint64 chunk = 1 << 20;
    const qint64 out = qint64(content.size());
    // The pieces are read where they are, as the pass's scanning side reads them (the padding
    // after the last one lets the parser read past its end).
    content.append(size_t(FieldScanner::padding), ' ');
    // The fastest of several scans: what the code costs, less what the machine's neighbours took.
    double seconds = 0;
    qint64 lines = 0;
    qint64 activities = 0;
    for (int run = 0; run < std::max(1, repeats); ++run) {
        QElapsedTimer timer;
        timer.start();
        LineSplitter splitter;
        for (qint64 done = 0; done < out;) {
            const qint64 n = std::min(chunk, out - done);
            splitter.consume(content.data() + done, n);
            splitter.pendingStarts().clear();
            done += n;
        }
        splitter.finish();
        const double took = ms(timer) / 1000.0;
        seconds = run == 0 ? took : std::min(seconds, took);
        lines = splitter.lineCount();
        activities = splitter.statistics().activities();
    }
    // The JSON library alone on the same lines: each parsed where it is, nothing read from the
    // parse, no statistics. What is left of the scan beyond it is Hydrant's own.
    double parseSeconds = 0;
    simdjson::dom::parser parser;
    if (parser.allocate(FieldScanner::maxLineBytes, MessageShape::maxJsonDepth) != simdjson::SUCCESS)
        return 1;
    for (int run = 0; run < std::max(1, repeats); ++run) {
        QElapsedTimer timer;
        timer.start();
        qint64 parsed = 0;
        for (const char *line = content.data(), *end = content.data() + out; line < end;) {
            const char *next = static_cast<const char *>(std::memchr(line, '\n', size_t(end - line)));
            if (!next)
                next = end;
            simdjson::dom::element root;
            if (parser.parse(line, size_t(next - line), false).get(root) == simdjson::SUCCESS)
                ++parsed;
            line = next + 1;
        }
        const double took = ms(timer) / 1000.0;
        parseSeconds = run == 0 ? took : std::min(parseSeconds, took);
        if (parsed == 0)
            return 1;
    }
    std::printf("{\"bytes_uncompressed\":%lld,\"lines\":%lld,\"activities\":%lld,"
                "\"scan_seconds\":%.3f,\"scan_mb_per_s\":%.1f,\"parse_alone_seconds\":%.3f}\n",
                out, lines, activities, seconds, out / 1e6 / seconds, parseSeconds);
    return 0;
}

/// The raw-line pre-filter alone (RawLinePrefilter, what a search runs on every line before it
/// parses any): the lines of the file's first MEGABYTES (default 1: the lines a search scans are
/// those it has just inflated, still in the cache) scanned for WORD by each scan the processor
/// can run, repeatedly for about a second each; bytes of lines per second.
int prefilterBenchmark(const QString &path, const QByteArray &word, qint64 megabytes)
{
    const std::string content = inflatedStart(path, megabytes);
    std::vector<QByteArrayView> lines;
    qint64 bytes = 0;
    for (size_t start = 0; start < content.size();) {
        size_t end = content.find('\n', start);
        if (end == std::string::npos)
            end = content.size();
        lines.emplace_back(content.data() + start, qsizetype(end - start));
        bytes += qint64(end - start);
        start = end + 1;
    }
    const RawLinePrefilter filter({word.toLower()}, false);
    using Scan = RawLinePrefilter::Scan;
    const std::pair<Scan, const char *> scans[] = {{Scan::Bytewise, "bytewise"},
                                                   {Scan::Sse2, "sse2"},
                                                   {Scan::Avx2, "avx2"},
                                                   {Scan::Avx512, "avx512"}};
    std::string figures;
    qint64 rejected = 0;
    for (const auto &[scan, name] : scans) {
        if (!RawLinePrefilter::isAvailable(scan))
            continue;
        QElapsedTimer timer;
        timer.start();
        qint64 scanned = 0;
        do {
            rejected = 0;
            for (const QByteArrayView line : lines)
                rejected += filter.rejects(line, scan) ? 1 : 0;
            scanned += bytes;
        } while (timer.elapsed() < 1000);
        char figure[80];
        std::snprintf(figure, sizeof figure, "%s\"%s_gb_per_s\":%.2f", figures.empty() ? "" : ",",
                      name, scanned / 1e9 / (ms(timer) / 1000.0));
        figures += figure;
    }
    std::printf("{\"lines\":%lld,\"rejected\":%lld,%s}\n", qint64(lines.size()), rejected,
                figures.c_str());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args[1] == QLatin1String("generate"))
        return generate(args[2].toLongLong(), args.size() > 3 ? args[3].toInt() : 0);
    if (args.size() >= 3 && args[1] == QLatin1String("index"))
        return indexBenchmark(args[2], args.size() > 4 && args[3] == QLatin1String("--helpers")
                                           ? args[4].toInt()
                                           : -1);
    if (args.size() >= 3 && (args[1] == QLatin1String("inflate") || args[1] == QLatin1String("lines")))
        return inflateBenchmark(args[2], args.value(3),
                                args.size() > 4 ? args[4].toLongLong() << 20 : 4 << 20,
                                args[1] == QLatin1String("lines"));
    if (args.size() >= 3 && args[1] == QLatin1String("scan"))
        return scanBenchmark(args[2], args.size() > 3 ? args[3].toLongLong() : 256,
                             args.size() > 4 ? args[4].toInt() : 1);
    if (args.size() >= 4 && args[1] == QLatin1String("prefilter"))
        return prefilterBenchmark(args[2], args[3].toUtf8(),
                                  args.size() > 4 ? args[4].toLongLong() : 1);
    if (args.size() >= 4 && args[1] == QLatin1String("search"))
        return searchBenchmark(args[2], args[3],
                               args.size() < 5                            ? MessageQuery::Syntax::Phrase
                               : args[4] == QLatin1String("--fields") ? MessageQuery::Syntax::Query
                               : args[4] == QLatin1String("--regex")  ? MessageQuery::Syntax::Regex
                                                                      : MessageQuery::Syntax::Phrase);
    std::fprintf(
        stderr,
        "usage: files_bench generate MB [DAY] | index FILE [--helpers N] | inflate|lines FILE "
        "[zlib|isal [SPACING_MB]] | "
        "scan FILE [MB [REPEATS]] | prefilter FILE WORD [MB] | "
        "search FILE "
        "PATTERN [--fields|--regex]\n");
    return 2;
}
