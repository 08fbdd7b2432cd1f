#include "progressdelegate.h"

#include "backups/downloaditem.h"
#include "backups/downloadqueuemodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    // Background and selection as for any other cell.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const double progress = index.data(DownloadQueueModel::ProgressRole).toDouble();
    const auto state = DownloadItem::State(index.data(DownloadQueueModel::StateRole).toInt());
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 3, -2, -3);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    if (progress >= 0) {
        bar.progress = int(progress * 1000.0);
        bar.text = index.data(Qt::DisplayRole).toString();
    } else if (state == DownloadItem::State::Resolving ||
               state == DownloadItem::State::Downloading) {
        bar.progress = 0;
        bar.text = DownloadItem::stateName(state);
    } else {
        bar.progress = 0;
        bar.text = QString();
    }
    if (state == DownloadItem::State::Verifying)
        bar.text = DownloadItem::stateName(state);
    if (state == DownloadItem::State::Failed || state == DownloadItem::State::NotAvailable ||
        state == DownloadItem::State::Cancelled) {
        bar.progress = 0;
        bar.text = DownloadItem::stateName(state);
    }
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 120));
    return size;
}
