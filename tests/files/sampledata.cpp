#include "sampledata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <zlib.h>

#include <cstring>
#include <ctime>

namespace {

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

const char *const words[] = {"the",      "stock",   "is",       "going", "to",      "moon",
                             "buy",      "sell",    "earnings", "beat",  "miss",    "guidance",
                             "short",    "squeeze", "calls",    "puts",  "support", "resistance",
                             "breakout", "volume",  "today",    "chart", "looks",   "strong",
                             "weak",     "dip",     "rally",    "fed",   "rates",   "growth"};
const char *const symbols[] = {"AAPL", "TSLA", "AMZN", "MSFT",  "NVDA", "SPY",
                               "QQQ",  "AMD",  "META", "GOOGL", "NFLX", "BTC.X"};

QByteArray isoTime(qint64 epoch)
{
    const time_t t = time_t(epoch);
    struct tm tm;
    gmtime_r(&t, &tm);
    char buffer[32];
    strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return QByteArray(buffer);
}

} // namespace

namespace SampleData {

QByteArray stockTwitsLine(qint64 n, qint64 epochSeconds, int bodyWords)
{
    quint64 r = mix(quint64(n));
    QByteArray body;
    for (int i = 0; i < bodyWords; ++i) {
        if (i)
            body += ' ';
        body += words[mix(r + quint64(i)) % (sizeof words / sizeof *words)];
    }
    const char *symbol = symbols[r % (sizeof symbols / sizeof *symbols)];
    const int sentiment = int((r >> 8) % 3);
    body += " $";
    body += symbol;
    const QByteArray user = "user" + QByteArray::number((r >> 16) % 1000);
    return QByteArray("{\"id\":") + QByteArray::number(100000000 + n) + ",\"body\":\"" + body +
           "\",\"created_at\":\"" + isoTime(epochSeconds) +
           "\",\"user\":{\"id\":" + QByteArray::number((r >> 16) % 1000) + ",\"username\":\"" +
           user + "\",\"name\":\"User " + QByteArray::number((r >> 16) % 1000) +
           "\",\"followers\":" + QByteArray::number((r >> 24) % 5000) +
           "},\"source\":{\"id\":1,\"title\":\"StockTwits "
           "Web\"},\"symbols\":[{\"id\":1,\"symbol\":\"" +
           symbol + "\",\"title\":\"" + symbol + " Inc.\"}],\"entities\":{\"sentiment\":" +
           (sentiment == 0   ? QByteArray("null")
            : sentiment == 1 ? QByteArray("{\"basic\":\"Bullish\"}")
                             : QByteArray("{\"basic\":\"Bearish\"}")) +
           "},\"likes\":{\"total\":" + QByteArray::number((r >> 32) % 50) + "}}";
}

QByteArray stockTwitsLines(int count, qint64 startTime, int step, const QByteArray &eol)
{
    QByteArray data;
    for (int i = 0; i < count; ++i)
        data += stockTwitsLine(i, startTime + qint64(i) * step) + eol;
    return data;
}

QByteArray gzip(const QByteArray &data, int level)
{
    return gzipMembers(data, {}, level);
}

QByteArray gzipMembers(const QByteArray &data, const std::vector<qint64> &cuts, int level)
{
    QByteArray out;
    std::vector<qint64> bounds{0};
    for (qint64 cut : cuts)
        bounds.push_back(cut);
    bounds.push_back(data.size());
    for (size_t i = 0; i + 1 < bounds.size(); ++i) {
        z_stream z{};
        deflateInit2(&z, level, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
        const qint64 size = bounds[i + 1] - bounds[i];
        QByteArray member(int(deflateBound(&z, uLong(size))) + 64, Qt::Uninitialized);
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData() + bounds[i]));
        z.avail_in = uInt(size);
        z.next_out = reinterpret_cast<Bytef *>(member.data());
        z.avail_out = uInt(member.size());
        deflate(&z, Z_FINISH);
        member.resize(int(z.total_out));
        deflateEnd(&z);
        out += member;
    }
    return out;
}

QByteArray gunzip(const QByteArray &compressed)
{
    QByteArray out;
    z_stream z{};
    inflateInit2(&z, 31);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    z.avail_in = uInt(compressed.size());
    char buffer[65536];
    int ret;
    do {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        ret = inflate(&z, Z_NO_FLUSH);
        out.append(buffer, int(sizeof buffer - z.avail_out));
    } while (ret == Z_OK);
    inflateEnd(&z);
    return out;
}

std::vector<qint64> lineStarts(const QByteArray &data)
{
    std::vector<qint64> starts;
    qint64 start = data.startsWith("\xef\xbb\xbf") ? 3 : 0;
    while (start < data.size()) {
        qint64 end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        bool blank = true;
        for (qint64 i = start; i < end && blank; ++i)
            blank = std::strchr(" \t\r\f\v", data[i]) != nullptr;
        if (!blank)
            starts.push_back(start);
        start = end + 1;
    }
    return starts;
}

std::vector<QByteArray> lines(const QByteArray &data)
{
    std::vector<QByteArray> result;
    for (const qint64 start : lineStarts(data)) {
        qint64 end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        QByteArray line = data.mid(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        result.push_back(line);
    }
    return result;
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(dir.path()).filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

QString dayName(const QString &pattern, int d)
{
    return pattern.arg(d, 2, 10, QLatin1Char('0'));
}

QByteArray dayLines(qint64 monthStart, int d, int count, int step, qint64 offset)
{
    return stockTwitsLines(count, monthStart + (d - 1) * daySeconds + offset, step);
}

void writeDays(const QTemporaryDir &dir, const QString &pattern, qint64 monthStart, int first,
               int last, int count, int step)
{
    for (int d = first; d <= last; ++d)
        write(dir, dayName(pattern, d), gzip(dayLines(monthStart, d, count, step)));
}

QString recordedDayName(int d)
{
    return dayName(QStringLiteral("rec_2024_11_%1.jsonl.gz"), d);
}

QByteArray recordedDayLines(int d, int count, int fromSlot)
{
    constexpr qint64 november2024 = 1730419200;
    return dayLines(november2024, d, count, 600, fromSlot * 600);
}

} // namespace SampleData
