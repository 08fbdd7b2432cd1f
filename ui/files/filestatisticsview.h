#pragma once

#include "files/filestatistics.h"

#include <QWidget>

#include <vector>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QPieSeries;
class QPushButton;
class QValueAxis;

/// The Statistics tab of a file: messages per hour (per minute once an hour is opened), the
/// most frequent symbols and the bullish/bearish share, from the indexing pass. A click on a
/// bar goes to its first message; a double click on an hour shows its minutes; a click on a
/// symbol searches for it.
class FileStatisticsView : public QWidget
{
    Q_OBJECT

public:
    /// The most symbols the Top symbols chart shows (fewer when it is too short to label them).
    static constexpr int topSymbolCount = 15;

    explicit FileStatisticsView(QWidget *parent = nullptr);

    void setStatistics(const FileStatistics &statistics);
    /// Shows the minutes of the hour starting at \a hourStart (UTC seconds); zoomOut() goes back.
    void zoomToHour(qint64 hourStart);
    void zoomOut();
    bool isZoomed() const { return m_zoomHour >= 0; }

    /// Bars of the time chart and the first line each one jumps to (for tests).
    int barCount() const { return int(m_barLines.size()); }
    qint64 barLine(int bar) const { return m_barLines.at(size_t(bar)); }
    qint64 barStart(int bar) const { return m_barStarts.at(size_t(bar)); }
    QBarSet *timeBars() const { return m_timeSet; }
    QBarSet *symbolBars() const { return m_symbolSet; }
    QStringList symbols() const { return m_symbols; }
    QBarCategoryAxis *symbolAxis() const { return m_symbolAxis; }

signals:
    void lineActivated(qint64 line);
    void symbolActivated(const QString &symbol);

private:
    void rebuildTimeChart();
    void rebuildSymbolChart();
    void rebuildSentimentChart();
    void updateSummary();
    static QChart *makeChart();

    FileStatistics m_statistics;
    qint64 m_zoomHour = -1;
    int m_symbolRows = topSymbolCount;
    std::vector<qint64> m_barLines;
    std::vector<qint64> m_barStarts;
    QStringList m_symbols;

    QLabel *m_summary;
    QLabel *m_timeTitle;
    QPushButton *m_backButton;
    QChartView *m_timeView;
    QBarSet *m_timeSet;
    QBarCategoryAxis *m_timeAxis;
    QValueAxis *m_countAxis;
    QChartView *m_symbolView;
    QBarSet *m_symbolSet;
    QBarCategoryAxis *m_symbolAxis;
    QValueAxis *m_symbolCountAxis;
    QChartView *m_sentimentView;
    QPieSeries *m_sentiment;
};
