#include "feeditemdelegate.h"

#include "common/matchhighlight.h"
#include "feed/feedmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QTextLayout>

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

void FeedItemDelegate::setHighlight(const MessageQuery &query)
{
    m_highlight = query;
    if (auto *view = qobject_cast<QAbstractItemView *>(parent()))
        view->viewport()->update();
}

void FeedItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    if (index.column() == FeedModel::SentimentColumn) {
        paintSentiment(painter, option, index);
        return;
    }
    if ((index.column() == FeedModel::TextColumn || index.column() == FeedModel::AuthorColumn) &&
        !m_highlight.isEmpty() && paintHighlighted(painter, option, index))
        return;
    QStyledItemDelegate::paint(painter, option, index);
}

bool FeedItemDelegate::paintHighlighted(QPainter *painter, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const auto spans = m_highlight.highlights(text);
    if (spans.empty())
        return false;
    // The cell without its text (background, selection, focus), then the text with its matches.
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                           .adjusted(margin, 0, -margin, 0);
    // One line, elided as the plain cell would be; matches past the ellipsis are not shown.
    QString shown = opt.fontMetrics.elidedText(text, opt.textElideMode, area.width());
    const qsizetype visible = shown == text ? text.size() : shown.size() - 1;
    shown.replace(QLatin1Char('\n'), QLatin1Char(' ')); // a row is one line
    QList<QTextLayout::FormatRange> formats;
    for (const auto &[start, length] : spans) {
        if (start >= visible)
            break;
        QTextLayout::FormatRange range;
        range.start = int(start);
        range.length = int(std::min(length, visible - start));
        range.format.setBackground(MatchHighlight::background());
        range.format.setForeground(MatchHighlight::foreground());
        formats.append(range);
    }
    QTextLayout layout(shown, opt.font);
    layout.setFormats(formats);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(area.width());
    layout.endLayout();

    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setClipRect(area);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Enabled ? QPalette::Normal
                                                                         : QPalette::Disabled,
                                      selected ? QPalette::HighlightedText : QPalette::Text));
    layout.draw(painter, QPointF(area.left(), area.top() + (area.height() - line.height()) / 2));
    painter->restore();
    return true;
}

void FeedItemDelegate::paintSentiment(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
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
