#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QToolButton;
class QWidget;

/// The bookmarks of a file's or a dataset's tab, in one place: the Bookmark action (Ctrl+B, on
/// the selected row, again to remove it) and the Bookmarks button, whose menu holds that action,
/// every bookmark ("Line 12: the text…") to go to, and Remove All Bookmarks.
class BookmarkMenu : public QObject
{
    Q_OBJECT

public:
    struct Calls
    {
        std::function<void()> toggle;                ///< on the selected row
        std::function<QList<qint64>()> rows;         ///< the bookmarked rows, in order
        std::function<QString(qint64 row)> text;     ///< what a row's message says
        /// "Line %1: %2" or "Row %1: %2": a bookmark's number (from 1) and the start of its text.
        QString labelPattern;
        std::function<void(qint64 row)> goTo;
        std::function<void()> clear;
    };

    /// The action is added to \a view (its shortcut works anywhere in it); the button is made
    /// for \a toolbarParent.
    BookmarkMenu(QWidget *view, QWidget *toolbarParent, Calls calls);

    QAction *toggleAction() const { return m_toggle; }
    QToolButton *button() const { return m_button; }

private:
    void populate();

    Calls m_calls;
    QAction *m_toggle;
    QToolButton *m_button;
};
