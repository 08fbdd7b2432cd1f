#pragma once

#include <QStyledItemDelegate>

/// Paints the Progress column of the download queue as a progress bar, with the state's word
/// ("Verifying", "Queued", ...) when there is no percentage to show.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
