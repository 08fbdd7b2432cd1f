#pragma once

#include <QWidget>

class QButtonGroup;
class QVBoxLayout;

/// The side bar on the left of the main window: one large, checkable button per page.
class NavigationBar : public QWidget
{
    Q_OBJECT

public:
    explicit NavigationBar(QWidget *parent = nullptr);

    void addPage(const QIcon &icon, const QString &title, const QString &toolTip);
    void setCurrentPage(int index);

signals:
    void pageSelected(int index);

private:
    QButtonGroup *m_group;
    QVBoxLayout *m_layout;
};
