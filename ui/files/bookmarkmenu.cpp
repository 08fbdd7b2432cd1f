#include "bookmarkmenu.h"

#include "common/viewaction.h"

#include <QLocale>
#include <QMenu>
#include <QToolButton>

BookmarkMenu::BookmarkMenu(QWidget *view, QWidget *toolbarParent, Calls calls)
    : QObject(view)
    , m_calls(std::move(calls))
    , m_toggle(addViewAction(view, tr("Bookmark"), QKeySequence(Qt::CTRL | Qt::Key_B),
                             tr("Bookmark the selected line, or remove its bookmark")))
    , m_button(new QToolButton(toolbarParent))
{
    connect(m_toggle, &QAction::triggered, this, [this] { m_calls.toggle(); });
    m_button->setText(tr("Bookmarks"));
    m_button->setToolTip(tr("Bookmark the selected line, or go to a bookmarked line"));
    m_button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_button);
    connect(menu, &QMenu::aboutToShow, this, &BookmarkMenu::populate);
    m_button->setMenu(menu);
}

void BookmarkMenu::populate()
{
    QMenu *menu = m_button->menu();
    menu->clear();
    menu->addAction(m_toggle);
    menu->addSeparator();
    const QList<qint64> rows = m_calls.rows();
    if (rows.isEmpty()) {
        menu->addAction(tr("No bookmarks yet (Ctrl+B bookmarks the selected line)"))
            ->setEnabled(false);
        return;
    }
    const QLocale locale;
    for (const qint64 row : rows) {
        const QString label =
            m_calls.labelPattern.arg(locale.toString(row + 1), m_calls.text(row).left(60));
        menu->addAction(label, this, [this, row] { m_calls.goTo(row); });
    }
    menu->addSeparator();
    menu->addAction(tr("Remove All Bookmarks"), this, [this] { m_calls.clear(); });
}
