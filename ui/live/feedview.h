#pragma once

#include <QTableView>

class FeedProxyModel;
class QPushButton;

/// The feed table. It follows the newest message while the user is at the newest end and has
/// not paused; once the user scrolls away, pauses, or clicks a row (or moves to one with the
/// keys), the rows they read stay put as messages keep arriving and old ones leave, and an
/// "↑ N new" pill over the column header (never over a row) jumps back.
class FeedView : public QTableView
{
    Q_OBJECT

public:
    explicit FeedView(QWidget *parent = nullptr);

    void setFeedModel(FeedProxyModel *model);
    FeedProxyModel *feedModel() const { return m_model; }

    bool isFollowing() const { return m_following; }
    bool isPaused() const { return m_paused; }
    /// Not following the newest message, paused or scrolled away: what the Pause check shows.
    bool isHeld() const { return m_paused || !m_following; }
    /// Messages that arrived since the view stopped following.
    int newMessageCount() const { return m_newCount; }

    /// Raw JSON lines of the selected rows, one per line, in view order.
    QByteArray selectedJson() const;

public slots:
    /// Stops (true) or resumes (false) following; resuming jumps to the newest message (also
    /// from a view that was only scrolled away).
    void setPaused(bool paused);
    /// Jumps to the newest message and follows it again (also ends a pause).
    void jumpToNewest();
    void copySelectionAsJson();
    void copySelectionAsText();

signals:
    void followingChanged(bool following);
    void pausedChanged(bool paused);
    void heldChanged(bool held);
    void newMessageCountChanged(int count);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void updateGeometries() override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setFollowing(bool following);
    void scrollToNewest();
    bool atNewestEnd() const;
    bool newestAtTop() const;
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onLiveRows(int count);
    void onScrolled();
    void updateButton();
    void placeButton();
    void updateHeld();

    FeedProxyModel *m_model = nullptr;
    QPushButton *m_newButton;
    bool m_following = true;
    bool m_paused = false;
    bool m_held = false; ///< last isHeld() announced
    bool m_adjusting = false; ///< the view, not the user, is moving the scroll bar
    int m_newCount = 0;
};
