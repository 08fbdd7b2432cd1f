#include "livepage.h"

#include "common/emptystate.h"

#include <QMenu>
#include <QVBoxLayout>

LivePage::LivePage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new EmptyState(
        QIcon(QStringLiteral(":/icons/page-live.svg")), tr("Live stream"),
        tr("The realtime feed is not available in this build yet."), this));
}

void LivePage::setStreamEndpoint(const StreamEndpoint &endpoint)
{
    m_endpoint = endpoint;
}

void LivePage::populateMenu(QMenu *menu)
{
    menu->addAction(tr("&Connect"))->setEnabled(false);
}
