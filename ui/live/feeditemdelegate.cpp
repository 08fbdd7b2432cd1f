#include "feeditemdelegate.h"

#include "feed/feedmodel.h"

#include <QApplication>
#include <QPainter>

namespace {

QColor sentimentColor(int sentiment)
{
    return sentiment == int(Message::Sentiment::Bullish) ? QColor(0x2e, 0x9d, 0x4f)
                                                         : QColor(0xd0, 0x43, 0x3b);
}

} // namespace

void FeedItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(FeedModel::KindRole).toInt() == int(Message::Kind::Malformed)) {
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, QColor(0xb0, 0x3a, 0x2e));
    } else if (index.column() == FeedModel::SymbolsColumn) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
        option->font.setWeight(QFont::DemiBold);
    }
}

void FeedItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    if (index.column() != FeedModel::SentimentColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row background and selection first, then a pill instead of plain text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    QFont font = opt.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(font);
    const int width = std::min(metrics.horizontalAdvance(text) + 14, option.rect.width() - 4);
    const int height = std::min(metrics.height() + 2, option.rect.height() - 2);
    const QRect pill(option.rect.left() + 4, option.rect.center().y() - height / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(sentimentColor(index.data(FeedModel::SentimentRole).toInt()));
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter,
                      metrics.elidedText(text, Qt::ElideRight, pill.width() - 6));
    painter->restore();
}
