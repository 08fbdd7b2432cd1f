#include "backupspage.h"

#include "common/emptystate.h"

#include <QMenu>
#include <QVBoxLayout>

BackupsPage::BackupsPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(
        QIcon(QStringLiteral(":/icons/page-backups.svg")), tr("Daily backups"),
        tr("The backup download manager is not available in this build yet."), this));
}

void BackupsPage::setBackupEndpoint(const BackupEndpoint &endpoint)
{
    m_endpoint = endpoint;
}

void BackupsPage::populateMenu(QMenu *menu)
{
    menu->addAction(tr("&Download Selected Days"))->setEnabled(false);
}
