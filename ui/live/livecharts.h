#pragma once

#include <QWidget>

#include <functional>

class LiveStatistics;
class QAreaSeries;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QHorizontalBarSeries;
class QLineSeries;
class QTimer;
class QValueAxis;

/// The Live page's three charts over LiveStatistics: messages per second over the last five
/// minutes, the ten most mentioned symbols in that window, and the bullish/bearish share over
/// time. They redraw from a timer (at most twice a second, and only while visible), never per
/// message, so their cost does not grow with the stream's rate.
class LiveCharts : public QWidget
{
    Q_OBJECT

public:
    static constexpr int refreshIntervalMs = 500;
    /// The most symbols the Top symbols chart shows (fewer when it is too short to label them).
    static constexpr int topSymbolCount = 10;

    explicit LiveCharts(const LiveStatistics *statistics, QWidget *parent = nullptr);

    /// New data arrived: the next timer tick redraws.
    void markDirty() { m_dirty = true; }
    /// Redraws now (tests and screenshots).
    void refresh();
    int refreshCount() const { return m_refreshes; }
    /// The Top symbols chart's category axis (for tests).
    QBarCategoryAxis *symbolAxis() const { return m_symbolAxis; }

    /// Milliseconds since the epoch; injectable for tests.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QChart *makeChart(const QString &title);

    const LiveStatistics *m_statistics;
    std::function<qint64()> m_clock;
    bool m_dirty = true;
    int m_refreshes = 0;
    QTimer *m_timer;
    int m_symbolRows = topSymbolCount;

    QChart *m_rateChart = nullptr;
    QChart *m_sentimentChart = nullptr;

    QLineSeries *m_rate;
    QValueAxis *m_rateX;
    QValueAxis *m_rateY;
    QValueAxis *m_sentimentX;
    QHorizontalBarSeries *m_symbolSeries;
    QBarSet *m_symbolSet;
    QBarCategoryAxis *m_symbolAxis;
    QValueAxis *m_symbolValues;
    QLineSeries *m_bullishLine;
    QLineSeries *m_bearishTop;
    QLineSeries *m_zero;
    QAreaSeries *m_bullish;
    QAreaSeries *m_bearish;
};
