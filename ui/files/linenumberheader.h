#pragma once

#include <QHeaderView>

/// The vertical header of the Files page's tables: line numbers, with a marker on bookmarked
/// lines (FileDocumentModel::BookmarkRole on the header).
class LineNumberHeader : public QHeaderView
{
    Q_OBJECT

public:
    explicit LineNumberHeader(QWidget *parent = nullptr);

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
};
