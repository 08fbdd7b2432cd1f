#include "filespage.h"

#include "common/emptystate.h"

#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

FilesPage::FilesPage(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(m_stack))
{
    auto *empty = new EmptyState(
        QIcon(QStringLiteral(":/icons/page-files.svg")), tr("No file open"),
        tr("Open a saved archive (.jsonl.gz, .ndjson, .gz) with File → Open, "
           "or drop it on this window."),
        m_stack);
    connect(empty->addButton(tr("Open…")), &QPushButton::clicked, this,
            &FilesPage::openFileDialogRequested);

    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setMovable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &FilesPage::closeTab);

    m_stack->addWidget(empty);
    m_stack->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void FilesPage::openFile(const QString &path)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property("path").toString() == path) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    auto *view = new QLabel(tr("The archive viewer is not available in this build yet."), m_tabs);
    view->setAlignment(Qt::AlignCenter);
    view->setProperty("path", path);
    const int index = m_tabs->addTab(view, QFileInfo(path).fileName());
    m_tabs->setTabToolTip(index, path);
    m_tabs->setCurrentIndex(index);
    m_stack->setCurrentWidget(m_tabs);
}

int FilesPage::openFileCount() const
{
    return m_tabs->count();
}

void FilesPage::closeTab(int index)
{
    QWidget *view = m_tabs->widget(index);
    m_tabs->removeTab(index);
    view->deleteLater();
    if (m_tabs->count() == 0)
        m_stack->setCurrentIndex(0);
}
