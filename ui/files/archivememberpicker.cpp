#include "archivememberpicker.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

ArchiveMemberPicker::ArchiveMemberPicker(QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(tr("This archive holds several files. Choose the one to open:"), this);
    m_list = new QListWidget(this);
    auto *open = new QPushButton(tr("Open"), this);
    open->setDefault(true);
    connect(open, &QPushButton::clicked, this, &ArchiveMemberPicker::chooseCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &ArchiveMemberPicker::chooseCurrent);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addWidget(open, 0, Qt::AlignRight);
}

void ArchiveMemberPicker::setMembers(const QList<ArchiveAccess::Member> &members)
{
    m_list->clear();
    const QLocale locale;
    int first = -1;
    for (const ArchiveAccess::Member &member : members) {
        auto *item = new QListWidgetItem(
            tr("%1  (%2)").arg(member.path, locale.formattedDataSize(member.size)), m_list);
        item->setData(Qt::UserRole, member.path);
        if (!member.safe) {
            item->setFlags(Qt::NoItemFlags);
            item->setToolTip(tr("This name could lead outside the archive; it is not opened."));
        } else if (first < 0) {
            first = m_list->count() - 1;
        }
    }
    m_list->setCurrentRow(first);
}

void ArchiveMemberPicker::chooseCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (item && item->flags().testFlag(Qt::ItemIsEnabled))
        emit memberChosen(item->data(Qt::UserRole).toString());
}
