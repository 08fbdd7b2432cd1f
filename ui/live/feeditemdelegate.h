#pragma once

#include "message/messagequery.h"

#include <QStyledItemDelegate>

/// Paints the feed's cells: sentiment as a coloured badge, symbols in the link colour and
/// malformed lines in italics, so the eye finds them while the feed scrolls; what a search or
/// filter looks for is highlighted in the text and author cells.
class FeedItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// Highlights what \a query's words, phrases and regular expressions find (an empty query:
    /// nothing). The view repaints.
    void setHighlight(const MessageQuery &query);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintSentiment(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const;
    /// Paints a text cell with its matches highlighted; false when it has none to show.
    bool paintHighlighted(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const;

    MessageQuery m_highlight;
};
