#include "navigationbar.h"

#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

NavigationBar::NavigationBar(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);

    m_list->setViewMode(QListView::IconMode);
    m_list->setFlow(QListView::TopToBottom);
    m_list->setMovement(QListView::Static);
    m_list->setIconSize(QSize(36, 36));
    m_list->setGridSize(QSize(96, 76));
    m_list->setSpacing(0);
    m_list->setWrapping(false);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAccessibleName(tr("Pages"));
    setFixedWidth(100);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_list->setBackgroundRole(QPalette::AlternateBase);

    connect(m_list, &QListWidget::currentRowChanged, this, &NavigationBar::pageSelected);
}

void NavigationBar::addPage(const QIcon &icon, const QString &title, const QString &toolTip)
{
    auto *item = new QListWidgetItem(icon, title, m_list);
    item->setToolTip(toolTip);
    item->setTextAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    item->setSizeHint(QSize(96, 76));
}

void NavigationBar::setCurrentPage(int index)
{
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentRow(index);
}
