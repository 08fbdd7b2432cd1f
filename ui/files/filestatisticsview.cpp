#include "filestatisticsview.h"

#include "common/chartlabels.h"
#include "core/displaytimezone.h"
#include "message/messagetimeparser.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QValueAxis>
#include <QVBoxLayout>

namespace {

/// A time of the statistics (seconds since the epoch) in the zone the window shows times in.
QString shown(qint64 seconds, const QString &format)
{
    return DisplayTimeZone::format(MessageTimeParser::utcFromMSecs(seconds * 1000), format);
}

/// The zone's name at a time of the statistics.
QString zoneAt(qint64 seconds)
{
    return DisplayTimeZone::abbreviation(MessageTimeParser::utcFromMSecs(seconds * 1000));
}

// A round axis maximum a little above the largest bar.
qreal niceMax(qreal value)
{
    if (value <= 0)
        return 1;
    qreal step = 1;
    while (step * 10 <= value)
        step *= 10;
    for (const qreal factor : {1.0, 2.0, 5.0, 10.0}) {
        if (step * factor >= value * 1.05)
            return step * factor;
    }
    return step * 10;
}

} // namespace

QChart *FileStatisticsView::makeChart()
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

FileStatisticsView::FileStatisticsView(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    connect(DisplayTimeZone::instance(), &DisplayTimeZone::changed, this, [this] {
        rebuildTimeChart();
        updateSummary();
    });
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Messages over time.
    m_timeTitle = new QLabel(this);
    QFont titleFont = m_timeTitle->font();
    titleFont.setWeight(QFont::DemiBold);
    m_timeTitle->setFont(titleFont);
    m_backButton = new QPushButton(tr("Back to hours"), this);
    m_backButton->hide();
    connect(m_backButton, &QPushButton::clicked, this, &FileStatisticsView::zoomOut);
    auto *hint = new QLabel(
        tr("Click a bar to go to its first message; double-click an hour to see its minutes."),
        this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    // Wraps rather than widen the window (it is long in some languages).
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    QChart *timeChart = makeChart();
    m_timeSet = new QBarSet(tr("Messages"));
    m_timeSet->setColor(QColor(0x3b, 0x7d, 0xd8));
    auto *timeSeries = new QBarSeries;
    timeSeries->setBarWidth(0.9);
    timeSeries->append(m_timeSet);
    timeChart->addSeries(timeSeries);
    m_timeAxis = new QBarCategoryAxis;
    m_countAxis = new QValueAxis;
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    ChartLabels::keepWhole(m_countAxis);
    timeChart->addAxis(m_timeAxis, Qt::AlignBottom);
    timeChart->addAxis(m_countAxis, Qt::AlignLeft);
    timeSeries->attachAxis(m_timeAxis);
    timeSeries->attachAxis(m_countAxis);
    m_timeView = new QChartView(timeChart, this);
    m_timeView->setRenderHint(QPainter::Antialiasing);
    m_timeView->setMinimumHeight(200);
    connect(m_timeSet, &QBarSet::clicked, this, [this](int bar) {
        if (bar >= 0 && bar < barCount() && m_barLines[size_t(bar)] >= 0)
            emit lineActivated(m_barLines[size_t(bar)]);
    });
    connect(m_timeSet, &QBarSet::doubleClicked, this, [this](int bar) {
        if (!isZoomed() && bar >= 0 && bar < barCount())
            zoomToHour(m_barStarts[size_t(bar)]);
    });

    // Top symbols.
    QChart *symbolChart = makeChart();
    m_symbolSet = new QBarSet(tr("Messages"));
    m_symbolSet->setColor(QColor(0x7a, 0x5c, 0xc9));
    auto *symbolSeries = new QHorizontalBarSeries;
    symbolSeries->setBarWidth(0.8);
    symbolSeries->append(m_symbolSet);
    symbolChart->addSeries(symbolSeries);
    m_symbolAxis = new QBarCategoryAxis;
    QFont symbolFont = m_symbolAxis->labelsFont();
    symbolFont.setPointSizeF(7.5);
    m_symbolAxis->setLabelsFont(symbolFont);
    ChartLabels::keepWhole(m_symbolAxis);
    m_symbolCountAxis = new QValueAxis;
    m_symbolCountAxis->setLabelFormat(QStringLiteral("%d"));
    m_symbolCountAxis->setTickCount(3);
    symbolChart->addAxis(m_symbolAxis, Qt::AlignLeft);
    symbolChart->addAxis(m_symbolCountAxis, Qt::AlignBottom);
    symbolSeries->attachAxis(m_symbolAxis);
    symbolSeries->attachAxis(m_symbolCountAxis);
    symbolChart->setTitle(tr("Top symbols (click one to search for it)"));
    // Only as many symbols as have room for their labels: every bar is named.
    connect(symbolChart, &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        const int rows =
            ChartLabels::rowsThatFit(m_symbolAxis->labelsFont(), area.height(), topSymbolCount);
        if (rows != m_symbolRows) {
            m_symbolRows = rows;
            rebuildSymbolChart();
        }
    });
    m_symbolView = new QChartView(symbolChart, this);
    m_symbolView->setRenderHint(QPainter::Antialiasing);
    connect(m_symbolSet, &QBarSet::clicked, this, [this](int bar) {
        // Bars run bottom-up: the most frequent symbol is drawn at the top.
        const int index = int(m_symbols.size()) - 1 - bar;
        if (index >= 0 && index < m_symbols.size())
            emit symbolActivated(m_symbols[index]);
    });

    // Sentiment share.
    QChart *sentimentChart = makeChart();
    sentimentChart->legend()->show();
    sentimentChart->legend()->setAlignment(Qt::AlignBottom);
    sentimentChart->setTitle(tr("Sentiment"));
    m_sentiment = new QPieSeries;
    m_sentiment->setHoleSize(0.45);
    sentimentChart->addSeries(m_sentiment);
    m_sentimentView = new QChartView(sentimentChart, this);
    m_sentimentView->setRenderHint(QPainter::Antialiasing);

    auto *timeHeader = new QHBoxLayout;
    timeHeader->addWidget(m_timeTitle);
    timeHeader->addWidget(hint, 1);
    timeHeader->addWidget(m_backButton);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_symbolView, 3);
    bottom->addWidget(m_sentimentView, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(timeHeader);
    layout->addWidget(m_timeView, 3);
    layout->addLayout(bottom, 2);

    rebuildTimeChart();
    rebuildSymbolChart();
    rebuildSentimentChart();
    updateSummary();
}

void FileStatisticsView::setStatistics(const FileStatistics &statistics)
{
    m_statistics = statistics;
    rebuildTimeChart();
    rebuildSymbolChart();
    rebuildSentimentChart();
    updateSummary();
}

void FileStatisticsView::zoomToHour(qint64 hourStart)
{
    m_zoomHour = hourStart;
    rebuildTimeChart();
}

void FileStatisticsView::zoomOut()
{
    m_zoomHour = -1;
    rebuildTimeChart();
}

void FileStatisticsView::rebuildTimeChart()
{
    std::map<qint64, FileStatistics::Bucket> buckets;
    QString labelFormat;
    if (isZoomed()) {
        for (qint64 minute = m_zoomHour; minute < m_zoomHour + 3600; minute += 60)
            buckets[minute] = FileStatistics::Bucket{};
        const auto &minutes = m_statistics.minutes();
        for (auto it = minutes.lower_bound(m_zoomHour);
             it != minutes.end() && it->first < m_zoomHour + 3600; ++it)
            buckets[it->first] = it->second;
        labelFormat = QStringLiteral(":mm");
        //: The hour a chart of minutes shows and its time zone: "2024-03-04 15:00 CET".
        m_timeTitle->setText(tr("Messages per minute, %1 %2")
                                 .arg(shown(m_zoomHour, QStringLiteral("yyyy-MM-dd HH:mm")),
                                      zoneAt(m_zoomHour)));
    } else {
        buckets = m_statistics.hours();
        // Hours without messages between the first and the last still get a (zero) bar.
        if (!buckets.empty() && buckets.rbegin()->first - buckets.begin()->first <= 14 * 86400) {
            for (qint64 hour = buckets.begin()->first; hour < buckets.rbegin()->first; hour += 3600)
                buckets.try_emplace(hour);
        }
        const bool oneDay =
            buckets.empty() || buckets.rbegin()->first - buckets.begin()->first < 86400;
        // Hours start on the hour in UTC; in a zone half an hour off they are labelled HH:mm.
        const QDateTime first = MessageTimeParser::utcFromMSecs(
            buckets.empty() ? 0 : buckets.begin()->first * 1000);
        const bool wholeHours = DisplayTimeZone::timeZone().offsetFromUtc(first) % 3600 == 0;
        const QString hour = wholeHours ? QStringLiteral("HH") : QStringLiteral("HH:mm");
        labelFormat = oneDay ? hour : QStringLiteral("MM-dd ") + hour;
        //: The title of the chart of messages per hour, with the zone of its hours.
        m_timeTitle->setText(
            tr("Messages per hour (%1)").arg(zoneAt(buckets.empty() ? 0 : buckets.begin()->first)));
    }
    m_backButton->setVisible(isZoomed());

    m_barLines.clear();
    m_barStarts.clear();
    QStringList labels;
    QList<qreal> values;
    qreal highest = 0;
    for (const auto &[start, bucket] : buckets) {
        QString label = shown(start, labelFormat);
        // Category labels must be unique.
        while (labels.contains(label))
            label += QLatin1Char(' ');
        labels.append(label);
        values.append(qreal(bucket.count));
        highest = std::max(highest, qreal(bucket.count));
        m_barLines.push_back(bucket.firstLine);
        m_barStarts.push_back(start);
    }
    m_timeSet->remove(0, m_timeSet->count());
    m_timeSet->append(values);
    m_timeAxis->clear();
    m_timeAxis->append(labels);
    m_countAxis->setRange(0, niceMax(highest));
    // Many bars: fewer, smaller labels.
    QFont font = m_timeAxis->labelsFont();
    font.setPointSizeF(labels.size() > 30 ? 7 : 8);
    m_timeAxis->setLabelsFont(font);
    m_timeAxis->setLabelsAngle(labels.size() > 30 ? -90 : 0);
}

void FileStatisticsView::rebuildSymbolChart()
{
    const auto top = m_statistics.topSymbols(m_symbolRows);
    m_symbols.clear();
    QStringList labels;
    QList<qreal> values;
    qreal highest = 0;
    // Bottom-up, so the most frequent symbol is at the top.
    for (auto it = top.crbegin(); it != top.crend(); ++it) {
        labels.append(QLatin1Char('$') + it->first);
        values.append(qreal(it->second));
        highest = std::max(highest, qreal(it->second));
    }
    for (const auto &entry : top)
        m_symbols.append(entry.first);
    m_symbolSet->remove(0, m_symbolSet->count());
    m_symbolSet->append(values);
    m_symbolAxis->setCategories(labels);
    m_symbolCountAxis->setRange(0, niceMax(highest));
}

void FileStatisticsView::rebuildSentimentChart()
{
    m_sentiment->clear();
    const qint64 bullish = m_statistics.bullish();
    const qint64 bearish = m_statistics.bearish();
    const qint64 none = std::max<qint64>(0, m_statistics.activities() - bullish - bearish);
    const qint64 total = std::max<qint64>(1, bullish + bearish + none);
    const QLocale locale;
    const auto add = [&](const QString &name, qint64 count, const QColor &color) {
        auto *slice = m_sentiment->append(
            QStringLiteral("%1 %2 %").arg(
                name, locale.toString(100.0 * double(count) / double(total), 'f', 1)),
            qreal(count));
        slice->setColor(color);
        slice->setBorderColor(color.lighter(130));
    };
    add(tr("Bullish"), bullish, QColor(0x2e, 0x9d, 0x4f));
    add(tr("Bearish"), bearish, QColor(0xd0, 0x43, 0x3b));
    add(tr("No sentiment"), none, QColor(0x9a, 0xa0, 0xa6));
}

void FileStatisticsView::updateSummary()
{
    const QLocale locale;
    QStringList parts;
    parts << tr("%1 messages").arg(locale.toString(m_statistics.messages()));
    if (m_statistics.malformed() > 0)
        parts << tr("%1 malformed lines").arg(locale.toString(m_statistics.malformed()));
    if (m_statistics.systemMessages() > 0)
        parts << tr("%1 system messages").arg(locale.toString(m_statistics.systemMessages()));
    if (m_statistics.firstTime() != ScannedFields::noTime)
        //: The time a file covers and its time zone: "from 2024-03-04 09:30:00 to … CET".
        parts << tr("from %1 to %2 %3")
                     .arg(shown(m_statistics.firstTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                          shown(m_statistics.lastTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                          zoneAt(m_statistics.firstTime()));
    if (!m_statistics.timesMonotonic())
        parts << tr("times are not in order");
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}
