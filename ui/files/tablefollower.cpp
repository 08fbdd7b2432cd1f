#include "tablefollower.h"

#include "common/viewaction.h"

#include <QAction>
#include <QScrollBar>
#include <QTableView>

#include <utility>

TableFollower::TableFollower(QWidget *owner, QTableView *table, Growing growing)
    : QObject(owner)
    , m_table(table)
    , m_growing(std::move(growing))
{
    m_action = addViewAction(owner, tr("Follow"), QKeySequence(Qt::Key_F),
                             tr("Keep the newest lines in view while the file grows; scrolling "
                                "up stops following"));
    m_action->setCheckable(true);
    connect(m_action, &QAction::toggled, this, [this](bool on) {
        if (on)
            setFollowing(true);
    });
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        // The user scrolled: up stops following, down to the end starts it.
        if (!m_scrolling && !m_keepFollowing && m_growing())
            m_action->setChecked(value >= m_table->verticalScrollBar()->maximum());
    });
    // The table lays new rows out later than they are inserted: the range grows then, and a
    // following table goes along to its new end.
    connect(m_table->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_action->isChecked() && m_growing()) {
            m_scrolling = true;
            m_table->verticalScrollBar()->setValue(max);
            m_scrolling = false;
        }
    });
    QAbstractItemModel *model = m_table->model();
    Q_ASSERT(model); // the table has its model already
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this] { m_wasAtBottom = isAtBottom(); });
    connect(model, &QAbstractItemModel::rowsInserted, this, &TableFollower::onRowsInserted);
    // Rows numbered anew (a file read again, a day put between others): a following table
    // goes back to the end.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepFollowing = m_action->isChecked() && m_growing(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (std::exchange(m_keepFollowing, false))
            setFollowing(true);
    });
}

void TableFollower::onRowsInserted()
{
    if (m_growing() && (m_action->isChecked() || m_wasAtBottom))
        setFollowing(true);
}

bool TableFollower::isAtBottom() const
{
    const QScrollBar *bar = m_table->verticalScrollBar();
    return bar->value() >= bar->maximum();
}

bool TableFollower::isFollowing() const
{
    return m_action->isChecked();
}

void TableFollower::setFollowing(bool following)
{
    m_action->setChecked(following);
    if (!following)
        return;
    m_scrolling = true;
    m_table->scrollToBottom();
    m_scrolling = false;
}
