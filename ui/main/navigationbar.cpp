#include "navigationbar.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QToolButton>
#include <QVBoxLayout>

NavigationBar::NavigationBar(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(6, 8, 6, 8);
    m_layout->setSpacing(4);
    m_layout->addStretch();
    m_group->setExclusive(true);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Midlight);
    setAccessibleName(tr("Pages"));

    connect(m_group, &QButtonGroup::idClicked, this, &NavigationBar::pageSelected);
}

void NavigationBar::addPage(const QIcon &icon, const QString &title, const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setIcon(icon);
    button->setIconSize(QSize(32, 32));
    button->setText(title);
    button->setToolTip(toolTip);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    button->setFixedSize(84, 68);
    const int index = m_group->buttons().size();
    m_group->addButton(button, index);
    m_layout->insertWidget(index, button);
}

void NavigationBar::setCurrentPage(int index)
{
    if (QAbstractButton *button = m_group->button(index))
        button->setChecked(true);
}
