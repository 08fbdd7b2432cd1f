#include "livecharts.h"

#include "common/chartlabels.h"
#include "feed/livestatistics.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QTimer>
#include <QValueAxis>

namespace {

constexpr int sentimentBinSeconds = 10;

QChartView *viewFor(QChart *chart, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    // Small enough that the three charts and the detail pane fit a 1024 px wide window.
    view->setMinimumSize(150, 140);
    return view;
}

} // namespace

LiveCharts::LiveCharts(const LiveStatistics *statistics, QWidget *parent)
    : QWidget(parent)
    , m_statistics(statistics)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_timer(new QTimer(this))
{
    const int window = statistics->windowSeconds();

    // Messages per second: x is seconds before now.
    QChart *rateChart = makeChart(tr("Messages per second"));
    m_rate = new QLineSeries(rateChart);
    m_rate->setName(tr("messages/s"));
    rateChart->addSeries(m_rate);
    m_rateX = new QValueAxis(rateChart);
    m_rateX->setRange(-window, 0);
    m_rateX->setLabelFormat(QStringLiteral("%d s"));
    m_rateX->setTickCount(6);
    m_rateY = new QValueAxis(rateChart);
    m_rateY->setLabelFormat(QStringLiteral("%d"));
    m_rateY->setRange(0, 10);
    rateChart->addAxis(m_rateX, Qt::AlignBottom);
    rateChart->addAxis(m_rateY, Qt::AlignLeft);
    m_rate->attachAxis(m_rateX);
    m_rate->attachAxis(m_rateY);
    rateChart->legend()->hide();
    ChartLabels::keepWhole(m_rateY);
    m_rateChart = rateChart;
    connect(rateChart, &QChart::plotAreaChanged, this,
            [this](const QRectF &area) { ChartLabels::fitSecondsTicks(m_rateX, area.width()); });

    // Top symbols.
    QChart *symbolChart = makeChart(tr("Top symbols, last %1 min").arg(window / 60));
    m_symbolSeries = new QHorizontalBarSeries(symbolChart);
    m_symbolSet = new QBarSet(tr("mentions"), m_symbolSeries);
    m_symbolSeries->append(m_symbolSet);
    m_symbolSeries->setBarWidth(0.7);
    symbolChart->addSeries(m_symbolSeries);
    m_symbolAxis = new QBarCategoryAxis(symbolChart);
    m_symbolValues = new QValueAxis(symbolChart);
    m_symbolValues->setLabelFormat(QStringLiteral("%d"));
    m_symbolValues->setTickCount(3);
    symbolChart->addAxis(m_symbolAxis, Qt::AlignLeft);
    symbolChart->addAxis(m_symbolValues, Qt::AlignBottom);
    m_symbolSeries->attachAxis(m_symbolAxis);
    m_symbolSeries->attachAxis(m_symbolValues);
    symbolChart->legend()->hide();
    ChartLabels::keepWhole(m_symbolValues);
    // Only as many symbols as have room for their labels: a bar without a name says nothing.
    connect(symbolChart, &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        const int rows = ChartLabels::rowsThatFit(m_symbolAxis->labelsFont(), area.height(),
                                                  topSymbolCount);
        if (rows != m_symbolRows) {
            m_symbolRows = rows;
            refresh();
        }
    });

    // Bullish share from 0 up, bearish share above it up to 100 %.
    QChart *sentimentChart = makeChart(tr("Bullish vs bearish"));
    m_zero = new QLineSeries(sentimentChart);
    m_bullishLine = new QLineSeries(sentimentChart);
    m_bearishTop = new QLineSeries(sentimentChart);
    m_bullish = new QAreaSeries(m_bullishLine, m_zero);
    m_bullish->setName(tr("Bullish %"));
    m_bullish->setColor(QColor(0x2e, 0x9d, 0x4f));
    m_bullish->setBorderColor(QColor(0x2e, 0x9d, 0x4f));
    m_bearish = new QAreaSeries(m_bearishTop, m_bullishLine);
    m_bearish->setName(tr("Bearish %"));
    m_bearish->setColor(QColor(0xd0, 0x43, 0x3b));
    m_bearish->setBorderColor(QColor(0xd0, 0x43, 0x3b));
    sentimentChart->addSeries(m_bullish);
    sentimentChart->addSeries(m_bearish);
    auto *sentimentX = m_sentimentX = new QValueAxis(sentimentChart);
    sentimentX->setRange(-window, 0);
    sentimentX->setLabelFormat(QStringLiteral("%d s"));
    sentimentX->setTickCount(6);
    auto *sentimentY = new QValueAxis(sentimentChart);
    sentimentY->setRange(0, 100);
    sentimentY->setLabelFormat(QStringLiteral("%d %%"));
    sentimentY->setTickCount(3);
    sentimentChart->addAxis(sentimentX, Qt::AlignBottom);
    sentimentChart->addAxis(sentimentY, Qt::AlignLeft);
    for (QAreaSeries *series : {m_bullish, m_bearish}) {
        series->attachAxis(sentimentX);
        series->attachAxis(sentimentY);
    }
    ChartLabels::keepWhole(sentimentY);
    m_sentimentChart = sentimentChart;
    connect(sentimentChart, &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        ChartLabels::fitSecondsTicks(m_sentimentX, area.width());
    });
    sentimentChart->legend()->setAlignment(Qt::AlignBottom);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(viewFor(rateChart, this), 3);
    layout->addWidget(viewFor(symbolChart, this), 2);
    layout->addWidget(viewFor(sentimentChart, this), 3);

    m_timer->setInterval(refreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_dirty && isVisible())
            refresh();
    });
    m_timer->start();
}

QChart *LiveCharts::makeChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    return chart;
}

void LiveCharts::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void LiveCharts::refresh()
{
    m_dirty = false;
    ++m_refreshes;
    const qint64 now = m_clock();
    const int window = m_statistics->windowSeconds();

    const std::vector<int> rates = m_statistics->messagesPerSecond(now);
    // The time axes grow with the data, a minute at a time, up to the whole window: a stream
    // that started seconds ago should not be a spike at the edge of five empty minutes.
    const auto first = std::find_if(rates.begin(), rates.end(), [](int n) { return n > 0; });
    const int age = first == rates.end() ? 0 : int(rates.end() - first);
    const int span = std::clamp((age + 59) / 60 * 60, 60, window);
    m_rateX->setRange(-span, 0);
    m_sentimentX->setRange(-span, 0);
    if (m_rateChart && m_sentimentChart) {
        ChartLabels::fitSecondsTicks(m_rateX, m_rateChart->plotArea().width());
        ChartLabels::fitSecondsTicks(m_sentimentX, m_sentimentChart->plotArea().width());
    }
    QList<QPointF> points;
    points.reserve(qsizetype(rates.size()));
    int peak = 0;
    // The current second is still filling: leave it out so the line does not dip at the end.
    for (size_t i = size_t(window - span); i + 1 < rates.size(); ++i) {
        points.append(QPointF(qreal(i) - qreal(window) + 1, rates[i]));
        peak = std::max(peak, rates[i]);
    }
    m_rate->replace(points);
    m_rateY->setRange(0, std::max(10.0, peak * 1.15));
    m_rateY->applyNiceNumbers();

    const auto top = m_statistics->topSymbols(m_symbolRows);
    QStringList names;
    QList<qreal> counts;
    int most = 1;
    // Horizontal bars grow upwards: add the least mentioned first so the top symbol is on top.
    for (auto it = top.crbegin(); it != top.crend(); ++it) {
        names.append(QLatin1Char('$') + it->first);
        counts.append(it->second);
        most = std::max(most, it->second);
    }
    m_symbolAxis->clear();
    // Symbols are never cut; the placeholder may be.
    m_symbolAxis->setTruncateLabels(names.isEmpty());
    m_symbolAxis->append(names.isEmpty() ? QStringList{tr("(none yet)")} : names);
    m_symbolSet->remove(0, m_symbolSet->count());
    m_symbolSet->append(counts.isEmpty() ? QList<qreal>{0} : counts);
    m_symbolValues->setRange(0, most * 1.1);
    m_symbolValues->applyNiceNumbers();

    const auto bins = m_statistics->sentiment(now, sentimentBinSeconds);
    QList<QPointF> zero, bullish, bearishTop;
    for (const auto &bin : bins) {
        // Steps, one flat stretch per bin: a share belongs to its whole bin, not to a point.
        const qreal start = qreal(bin.startMs - now) / 1000.0;
        const int total = bin.bullish + bin.bearish;
        const qreal share = total ? 100.0 * bin.bullish / total : 0;
        for (const qreal x : {start, start + sentimentBinSeconds}) {
            zero.append(QPointF(x, 0));
            bullish.append(QPointF(x, share));
            bearishTop.append(QPointF(x, total ? 100 : 0));
        }
    }
    m_zero->replace(zero);
    m_bullishLine->replace(bullish);
    m_bearishTop->replace(bearishTop);
}
