#pragma once

#include <QWidget>

class QListWidget;

/// The side bar on the left of the main window: one large entry per page.
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
    QListWidget *m_list;
};
