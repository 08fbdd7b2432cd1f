#pragma once

#include <QObject>

#include <functional>

class QAction;
class QTableView;
class QWidget;

/// Follow (klogg's and lnav's): keeps the newest rows of a table in view while rows are
/// appended to it, as a file or a dataset grows on disk. A table at the bottom when rows come
/// stays at the bottom; scrolling up stops following, scrolling back to the bottom (or the
/// Follow action, F) starts it again. The action shows the state in the owner's toolbar.
class TableFollower : public QObject
{
    Q_OBJECT

public:
    /// Whether rows appended now are growth of a file already read (not its first pass, whose
    /// rows come in batches while the user reads the top).
    using Growing = std::function<bool()>;

    /// Adds the Follow action to \a owner (its shortcut works anywhere inside it); \a table
    /// has its model set.
    TableFollower(QWidget *owner, QTableView *table, Growing growing);

    QAction *action() const { return m_action; }
    bool isFollowing() const;
    /// On: goes to the bottom and stays there as rows are appended.
    void setFollowing(bool following);

private:
    void onRowsInserted();
    bool isAtBottom() const;

    QTableView *m_table;
    Growing m_growing;
    QAction *m_action;
    bool m_wasAtBottom = false; ///< when the rows being inserted came
    bool m_scrolling = false;   ///< the follower itself scrolls
    bool m_keepFollowing = false; ///< while the model is reset
};
