#include "samplemonth.h"

#include "message/messagetimeparser.h"
#include "sampledata.h"

#include <QDateTime>
#include <QTemporaryDir>

namespace SampleMonth {

QByteArray iso(qint64 epoch)
{
    return MessageTimeParser::utcFromMSecs(epoch * 1000).toString(Qt::ISODate).toUtf8();
}

QByteArray gnipLine(qint64 n, qint64 epoch, const QByteArray &symbol)
{
    return "{\"id\":\"tag:search.twitter.com,2005:" +
           QByteArray::number(1860000000000000000LL + n) +
           "\",\"objectType\":\"activity\",\"verb\":\"post\",\"postedTime\":\"" + iso(epoch) +
           "\",\"actor\":{\"objectType\":\"person\",\"preferredUsername\":\"gnip" +
           QByteArray::number(n % 7) + "\"},\"body\":\"activity " + QByteArray::number(n) +
           " on $" + symbol + "\",\"twitter_entities\":{\"symbols\":[{\"text\":\"" + symbol +
           "\"}]}}";
}

Month::Month(const QTemporaryDir &dir)
    : m_dir(dir)
{
    for (int d = 1; d <= 30; ++d) {
        if (d == 13)
            continue;
        m_days.push_back(makeDay(d));
    }
    m_broken.path = SampleData::write(dir, QStringLiteral("2024-11-31.jsonl.gz"),
                                      QByteArray("\x00\x01\x02\x03 not gzip at all", 20));
    m_broken.whole = false;
}

Day Month::makeDay(int d)
{
    const qint64 start = november1 + (d - 1) * day;
    QByteArray data;
    for (int i = 0; i < linesPerDay; ++i) {
        const qint64 n = d * 1000 + i;
        const qint64 time = start + i * 3000 + 7;
        data += (d == 22 ? gnipLine(n, time, i % 3 ? "TSLA" : "AAPL")
                         : SampleData::stockTwitsLine(n, time, 8)) +
                '\n';
    }
    Day result;
    if (d == 22) {
        result.path = SampleData::write(m_dir, QStringLiteral("zz-gnip-activities.json.gz"),
                                        SampleData::gzip(data));
        result.lines = SampleData::lines(data);
    } else if (d == 17) {
        const QByteArray compressed = SampleData::gzip(data);
        const QByteArray cut = compressed.left(compressed.size() * 2 / 3);
        result.path = SampleData::write(m_dir, QStringLiteral("2024-11-17.jsonl.gz"), cut);
        QByteArray visible = SampleData::gunzip(cut);
        visible.truncate(visible.lastIndexOf('\n') + 1); // a cut-off line is not a line
        result.lines = SampleData::lines(visible);
        result.whole = false;
    } else {
        result.path = SampleData::write(
            m_dir, QStringLiteral("2024-11-%1.jsonl.gz").arg(d, 2, 10, QLatin1Char('0')),
            SampleData::gzip(data));
        result.lines = SampleData::lines(data);
    }
    return result;
}

std::vector<Day> Month::expected() const
{
    std::vector<Day> all = m_days;
    all.push_back(m_broken);
    return all;
}

qint64 Month::rows() const
{
    qint64 total = 0;
    for (const Day &d : m_days)
        total += qint64(d.lines.size());
    return total;
}

std::vector<Match> referenceScan(const std::vector<Day> &days, const MessageQuery &query)
{
    std::vector<Match> result;
    MessageQuery::LineMatcher matcher;
    for (size_t f = 0; f < days.size(); ++f) {
        for (size_t l = 0; l < days[f].lines.size(); ++l) {
            if (query.matchesLine(days[f].lines[l], matcher))
                result.push_back({int(f), qint64(l)});
        }
    }
    return result;
}

} // namespace SampleMonth
