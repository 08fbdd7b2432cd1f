#pragma once

#include <QStyledItemDelegate>

/// Paints the feed's cells: sentiment as a coloured badge, symbols in the link colour and
/// malformed lines in italics, so the eye finds them while the feed scrolls.
class FeedItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
