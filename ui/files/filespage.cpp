#include "filespage.h"

#include "common/emptystate.h"
#include "datasetview.h"
#include "fileview.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

FilesPage::FilesPage(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(m_stack))
{
    auto *empty =
        new EmptyState(QIcon(QStringLiteral(":/icons/page-files.svg")), tr("No file open"),
                       tr("Open a saved archive (.jsonl.gz, .ndjson, .gz) with File → Open, "
                          "or drop it on this window. Several files, or a folder of daily "
                          "files, open together as one dataset."),
                       m_stack);
    connect(empty->addButton(tr("Open…")), &QPushButton::clicked, this,
            &FilesPage::openFileDialogRequested);

    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setMovable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &FilesPage::closeTab);

    auto *closeAction = new QAction(tr("Close Tab"), this);
    closeAction->setShortcut(QKeySequence::Close);
    closeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(closeAction, &QAction::triggered, this, [this] {
        if (m_tabs->count() > 0)
            closeTab(m_tabs->currentIndex());
    });
    addAction(closeAction);

    m_stack->addWidget(empty);
    m_stack->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void FilesPage::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *view = qobject_cast<FileView *>(m_tabs->widget(i));
        if (view && view->path() == absolute) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    auto *view = new FileView(absolute, m_tabs);
    addTab(view, view->title(), absolute);
    connect(view, &FileView::titleChanged, this, [this, view](const QString &title) {
        const int at = m_tabs->indexOf(view);
        if (at >= 0)
            m_tabs->setTabText(at, title);
    });
}

void FilesPage::openDataset(const QStringList &paths)
{
    const QStringList absolute = DatasetView::absolutePaths(paths);
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *open = qobject_cast<DatasetView *>(m_tabs->widget(i));
        if (open && open->paths() == absolute) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    auto *view = new DatasetView(absolute, m_tabs);
    QStringList shown;
    for (const QString &path : view->paths())
        shown << QDir::toNativeSeparators(path);
    addTab(view, view->title(), shown.join(QLatin1Char('\n')));
    connect(view, &DatasetView::titleChanged, this, [this, view](const QString &title) {
        const int at = m_tabs->indexOf(view);
        if (at >= 0)
            m_tabs->setTabText(at, title);
    });
}

void FilesPage::open(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (paths.size() == 1 && !QFileInfo(paths.front()).isDir())
        openFile(paths.front());
    else
        openDataset(paths);
}

void FilesPage::addTab(QWidget *view, const QString &title, const QString &toolTip)
{
    const int index = m_tabs->addTab(view, title);
    m_tabs->setTabToolTip(index, toolTip);
    m_tabs->setCurrentIndex(index);
    m_stack->setCurrentWidget(m_tabs);
}

int FilesPage::openFileCount() const
{
    return m_tabs->count();
}

FileView *FilesPage::fileView(const QString &path) const
{
    if (path.isEmpty())
        return qobject_cast<FileView *>(m_tabs->currentWidget());
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *view = qobject_cast<FileView *>(m_tabs->widget(i));
        if (view && view->path() == absolute)
            return view;
    }
    return nullptr;
}

DatasetView *FilesPage::datasetView() const
{
    return qobject_cast<DatasetView *>(m_tabs->currentWidget());
}

QList<AppSettings::OpenTab> FilesPage::openTabs() const
{
    QList<AppSettings::OpenTab> tabs;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *file = qobject_cast<FileView *>(m_tabs->widget(i)))
            tabs.append({{file->path()}, std::max<qint64>(file->currentLine(), 0)});
        else if (auto *dataset = qobject_cast<DatasetView *>(m_tabs->widget(i)))
            tabs.append({dataset->paths(), std::max<qint64>(dataset->currentRow(), 0)});
    }
    return tabs;
}

int FilesPage::currentTab() const
{
    return m_tabs->currentIndex();
}

QStringList FilesPage::reopen(const QList<AppSettings::OpenTab> &tabs, int current)
{
    QStringList gone;
    QWidget *shown = nullptr;
    for (int i = 0; i < tabs.size(); ++i) {
        QStringList existing;
        for (const QString &path : tabs[i].paths) {
            if (QFileInfo::exists(path))
                existing << path;
            else
                gone << path;
        }
        if (existing.isEmpty())
            continue;
        // A dataset stays a dataset even when only one of its files is left.
        if (tabs[i].paths.size() == 1)
            open(existing);
        else
            openDataset(existing);
        QWidget *view = m_tabs->currentWidget();
        if (auto *file = qobject_cast<FileView *>(view))
            file->startAt(tabs[i].row);
        else if (auto *dataset = qobject_cast<DatasetView *>(view))
            dataset->startAt(tabs[i].row);
        if (i == current)
            shown = view;
    }
    if (shown)
        m_tabs->setCurrentWidget(shown);
    return gone;
}

void FilesPage::closeTab(int index)
{
    QWidget *view = m_tabs->widget(index);
    m_tabs->removeTab(index);
    // Deleted now, not later: its destructor stops the indexing, search and export threads.
    delete view;
    if (m_tabs->count() == 0)
        m_stack->setCurrentIndex(0);
}
