#pragma once

#include <QtGlobal>

class QAbstractAxis;
class QFont;
class QValueAxis;

/// Axis labels that stay whole in a small chart (a narrow window, scale factor 2). Qt Charts
/// cuts a label that does not fit its share of the axis to "…" and hides one that overlaps its
/// neighbour; these rules ask for no more labels than fit, so every label shown can be read.
namespace ChartLabels {

/// Labels are never cut to "…" (a hidden label is better than a row of ellipses).
void keepWhole(QAbstractAxis *axis);

/// How many category rows (horizontal bars, one label each) fit \a plotHeight pixels with their
/// labels in \a font not overlapping: at least 1, at most \a wanted.
int rowsThatFit(const QFont &font, qreal plotHeight, int wanted);

/// Ticks on a seconds axis that ends at 0 (its labels look like "-120 s"): a round interval
/// (5, 10, 15, 30, 60 … seconds) whose labels, in the axis's font, fit \a plotWidth pixels.
void fitSecondsTicks(QValueAxis *axis, qreal plotWidth);

/// The interval fitSecondsTicks() chooses for \a span seconds across \a plotWidth pixels when
/// each label needs \a labelWidth pixels.
qreal secondsTickInterval(qreal span, qreal plotWidth, qreal labelWidth);

} // namespace ChartLabels
