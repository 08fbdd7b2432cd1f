#include "linenumberheader.h"

#include "files/filedocumentmodel.h"

#include <QPainter>

LineNumberHeader::LineNumberHeader(QWidget *parent)
    : QHeaderView(Qt::Vertical, parent)
{
    // Fixed heights: millions of rows must not be measured one by one.
    setSectionResizeMode(QHeaderView::Fixed);
    setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setHighlightSections(true);
}

void LineNumberHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    QHeaderView::paintSection(painter, rect, logicalIndex);
    if (!model() ||
        !model()->headerData(logicalIndex, Qt::Vertical, FileDocumentModel::BookmarkRole).toBool())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const int size = std::min(rect.height() - 6, 10);
    const QRect marker(rect.left() + 4, rect.center().y() - size / 2, size, size);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xe8, 0xa3, 0x17));
    painter->drawEllipse(marker);
    painter->restore();
}
