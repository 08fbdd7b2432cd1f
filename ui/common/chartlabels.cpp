#include "chartlabels.h"

#include <QAbstractAxis>
#include <QFontMetricsF>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ChartLabels {

void keepWhole(QAbstractAxis *axis)
{
    axis->setTruncateLabels(false);
}

int rowsThatFit(const QFont &font, qreal plotHeight, int wanted)
{
    // A label is drawn as rich text, a little taller than one line of the font.
    const qreal rowHeight = QFontMetricsF(font).height() + 3;
    const int rows = int(std::floor(plotHeight / rowHeight));
    return std::clamp(rows, 1, std::max(1, wanted));
}

qreal secondsTickInterval(qreal span, qreal plotWidth, qreal labelWidth)
{
    static constexpr qreal steps[] = {5, 10, 15, 20, 30, 60, 120, 300, 600, 1800, 3600};
    // Room for the label and a gap the width of a few characters.
    const qreal needed = labelWidth * 1.4;
    for (const qreal step : steps) {
        if (span <= 0 || plotWidth <= 0 || plotWidth * step / span >= needed)
            return step;
    }
    return std::max(span, qreal(1));
}

void fitSecondsTicks(QValueAxis *axis, qreal plotWidth)
{
    keepWhole(axis);
    const qreal span = axis->max() - axis->min();
    // The widest label is the one furthest from 0.
    const QString widest = QStringLiteral("-%1 s").arg(qRound(std::max(std::abs(axis->min()),
                                                                       std::abs(axis->max()))));
    const qreal labelWidth = QFontMetricsF(axis->labelsFont()).horizontalAdvance(widest);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(secondsTickInterval(span, plotWidth, labelWidth));
}

} // namespace ChartLabels
