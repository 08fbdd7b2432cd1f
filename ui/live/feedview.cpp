#include "feedview.h"

#include "feed/feedmodel.h"
#include "feed/feedproxymodel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>

FeedView::FeedView(QWidget *parent)
    : QTableView(parent)
    , m_newButton(new QPushButton(this))
{
    // Per item: the scroll value is the top row, which makes keeping rows in place exact.
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setTextElideMode(Qt::ElideRight);
    verticalHeader()->hide();
    // Fixed row heights: nothing is measured per row, whatever the row count.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
    // Tab leaves the feed for the next control; the arrow keys move between rows.
    setTabKeyNavigation(false);

    m_newButton->hide();
    m_newButton->setObjectName(QStringLiteral("newMessagesPill"));
    m_newButton->setCursor(Qt::PointingHandCursor);
    m_newButton->setFocusPolicy(Qt::NoFocus); // Ctrl+End does the same from the keyboard
    connect(m_newButton, &QPushButton::clicked, this, &FeedView::jumpToNewest);

    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &FeedView::onScrolled);

    auto *copy = new QAction(tr("Copy as JSON"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &FeedView::copySelectionAsJson);
    addAction(copy);
}

void FeedView::setFeedModel(FeedProxyModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::rowsInserted, this, &FeedView::onRowsInserted);
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &FeedView::onRowsAboutToBeRemoved);
    connect(model, &FeedProxyModel::liveRowsInserted, this, &FeedView::onLiveRows);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_following)
            scrollToNewest();
    });
    connect(model, &QAbstractItemModel::layoutChanged, this, [this] {
        if (m_following)
            scrollToNewest();
        updateButton();
    });
    // Newest first, like a social feed; the header and the model must agree on it.
    sortByColumn(FeedModel::TimeColumn, Qt::DescendingOrder);
    model->sort(FeedModel::TimeColumn, Qt::DescendingOrder);
}

bool FeedView::newestAtTop() const
{
    return m_model && m_model->isArrivalOrder() && m_model->sortOrder() == Qt::DescendingOrder;
}

bool FeedView::atNewestEnd() const
{
    const QScrollBar *bar = verticalScrollBar();
    return newestAtTop() ? bar->value() == bar->minimum() : bar->value() >= bar->maximum();
}

void FeedView::scrollToNewest()
{
    if (!m_model || !m_model->isArrivalOrder())
        return;
    m_adjusting = true;
    if (newestAtTop())
        verticalScrollBar()->setValue(verticalScrollBar()->minimum());
    else
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    m_adjusting = false;
}

void FeedView::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    if (following && m_newCount) {
        m_newCount = 0;
        emit newMessageCountChanged(0);
    }
    updateButton();
    emit followingChanged(following);
    updateHeld();
}

void FeedView::updateHeld()
{
    if (isHeld() == m_held)
        return;
    m_held = isHeld();
    emit heldChanged(m_held);
}

void FeedView::setPaused(bool paused)
{
    if (!paused) {
        jumpToNewest();
        return;
    }
    if (m_paused)
        return;
    m_paused = true;
    emit pausedChanged(true);
    setFollowing(false);
    updateHeld();
}

void FeedView::jumpToNewest()
{
    if (m_paused) {
        m_paused = false;
        emit pausedChanged(false);
    }
    if (m_model && !m_model->isArrivalOrder())
        sortByColumn(FeedModel::TimeColumn, Qt::AscendingOrder);
    setFollowing(true);
    // The scroll range follows the new rows only once the layout ran.
    doItemsLayout();
    scrollToNewest();
    updateHeld();
}

void FeedView::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || !m_model)
        return;
    const int count = last - first + 1;
    if (m_following) {
        // Later, once the view has laid the rows out and the scroll range grew.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_following)
                    scrollToNewest();
            },
            Qt::QueuedConnection);
        return;
    }
    // Rows landing above what the user reads push it down: keep the same rows in view.
    if (m_model->isArrivalOrder() && first == 0) {
        m_adjusting = true;
        verticalScrollBar()->setMaximum(verticalScrollBar()->maximum() + count);
        verticalScrollBar()->setValue(verticalScrollBar()->value() + count);
        m_adjusting = false;
    }
}

void FeedView::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || !m_model || m_following)
        return;
    // Evicted rows above the viewport: move up with the content so the same rows stay visible.
    const int top = verticalScrollBar()->value();
    if (first < top) {
        const int above = std::min(last, top - 1) - first + 1;
        m_adjusting = true;
        verticalScrollBar()->setValue(top - above);
        m_adjusting = false;
    }
}

void FeedView::onLiveRows(int count)
{
    if (m_following || !m_model || !m_model->isArrivalOrder())
        return;
    m_newCount += count;
    emit newMessageCountChanged(m_newCount);
    updateButton();
}

void FeedView::onScrolled()
{
    if (m_adjusting || !m_model)
        return;
    // The user moved: follow again only at the newest end and when not paused.
    setFollowing(!m_paused && m_model->isArrivalOrder() && atNewestEnd());
}

void FeedView::updateButton()
{
    const bool show = !m_following && m_newCount > 0 && m_model && m_model->isArrivalOrder();
    if (show) {
        const QString count = QLocale().toString(m_newCount);
        m_newButton->setText(newestAtTop() ? tr("↑ %1 new").arg(count) : tr("↓ %1 new").arg(count));
        m_newButton->setToolTip(tr("Jump to the newest message and follow the stream again"));
        placeButton();
    }
    m_newButton->setVisible(show);
    if (show)
        m_newButton->raise();
}

void FeedView::placeButton()
{
    // Over the column header, never over a row: the rows stay readable and clickable under it
    // (the header is there all the time, so nothing moves when the pill comes and goes). Its
    // arrow says where the newest message is.
    const QHeaderView *header = horizontalHeader();
    const QRect area = viewport()->geometry();
    const QRect strip = header->isVisible()
                            ? header->geometry()
                            : QRect(area.left(), area.top() - 1, area.width(), 0);
    const int height = std::max(strip.height() - 2, fontMetrics().height());
    if (height != m_newButton->height() || m_newButton->styleSheet().isEmpty()) {
        m_newButton->setStyleSheet(
            QStringLiteral("QPushButton { background: palette(highlight); color: "
                           "palette(highlighted-text); border: none; border-radius: %1px;"
                           " padding: 0px 14px; font-weight: 600; }")
                .arg(height / 2));
    }
    m_newButton->setFixedHeight(height);
    m_newButton->setFixedWidth(
        std::min(m_newButton->sizeHint().width(), std::max(area.width() - 8, 0)));
    const int width = m_newButton->width();
    int x = area.center().x() - width / 2;
    if (header->isVisible() && !header->isSectionHidden(FeedModel::TextColumn)) {
        // Over the Text column's header, beside its centred title when there is room: every
        // column title stays readable.
        const int left = strip.left() + header->sectionViewportPosition(FeedModel::TextColumn);
        const int size = header->sectionSize(FeedModel::TextColumn);
        const QString title = model() ? model()->headerData(FeedModel::TextColumn,
                                                            Qt::Horizontal).toString()
                                      : QString();
        const int titleWidth = header->fontMetrics().horizontalAdvance(title) + 16;
        x = (size - titleWidth) / 2 >= width + 8 ? left + size - width - 8
                                                 : left + (size - width) / 2;
    }
    x = std::clamp(x, area.left() + 4, std::max(area.left() + 4, area.right() - width - 4));
    const int y = strip.top() + (strip.height() - height) / 2;
    m_newButton->move(x, y);
}

void FeedView::updateGeometries()
{
    QTableView::updateGeometries();
    if (m_newButton->isVisible())
        placeButton();
}

void FeedView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    updateButton();
}

void FeedView::mousePressEvent(QMouseEvent *event)
{
    // A row the user points at stays under the pointer: stop following before selecting it.
    if (indexAt(event->position().toPoint()).isValid())
        setPaused(true);
    QTableView::mousePressEvent(event);
}

void FeedView::keyPressEvent(QKeyEvent *event)
{
    // Moving to a row with the keys holds the feed the same way.
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Home:
    case Qt::Key_End:
        if (!(event->modifiers() & Qt::ControlModifier) && m_model && m_model->rowCount() > 0)
            setPaused(true);
        break;
    default:
        break;
    }
    QTableView::keyPressEvent(event);
}

QByteArray FeedView::selectedJson() const
{
    if (!m_model)
        return {};
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QByteArray json;
    for (const QModelIndex &index : std::as_const(rows)) {
        if (const Message *m = m_model->messageAt(index.row()))
            json += m->raw + '\n';
    }
    return json;
}

void FeedView::copySelectionAsJson()
{
    const QByteArray json = selectedJson();
    if (!json.isEmpty())
        QApplication::clipboard()->setText(QString::fromUtf8(json));
}

void FeedView::copySelectionAsText()
{
    if (!m_model)
        return;
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &index : std::as_const(rows)) {
        QStringList cells;
        for (int column = 0; column < m_model->columnCount(); ++column)
            cells.append(m_model->index(index.row(), column).data().toString());
        lines.append(cells.join(QLatin1Char('\t')));
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void FeedView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (index.isValid() && !selectionModel()->isRowSelected(index.row(), {}))
        selectRow(index.row());
    QMenu menu(this);
    QAction *json = menu.addAction(tr("Copy as JSON"), this, &FeedView::copySelectionAsJson);
    json->setShortcut(QKeySequence::Copy);
    menu.addAction(tr("Copy as text"), this, &FeedView::copySelectionAsText);
    const bool any = selectionModel()->hasSelection();
    for (QAction *action : menu.actions())
        action->setEnabled(any);
    menu.addSeparator();
    menu.addAction(tr("Jump to newest"), this, &FeedView::jumpToNewest);
    menu.exec(event->globalPos());
}
