#pragma once

#include "core/appsettings.h"

#include <QWidget>

class DatasetView;
class FileView;
class QStackedWidget;
class QTabWidget;

/// The Files page: saved archives, one tab each, browsed through an index (see FileView), and
/// datasets, several daily files read as one in a tab of their own (see DatasetView).
/// Closing a tab stops its indexing, search and export at once.
class FilesPage : public QWidget
{
    Q_OBJECT

public:
    explicit FilesPage(QWidget *parent = nullptr);

    /// Opens \a path in a new tab, or shows its tab when it is already open.
    void openFile(const QString &path);
    /// Opens the files and folders in \a paths as one dataset in a new tab, or shows its tab
    /// when the same paths are already open.
    void openDataset(const QStringList &paths);
    /// Opens what the user chose (the Open dialog, a drop, the command line): one file in a
    /// tab of its own; a folder, or several files and folders, as one dataset.
    void open(const QStringList &paths);
    /// Tabs open (files and datasets).
    int openFileCount() const;
    /// The tab showing \a path, or the current one when \a path is empty (nullptr when that
    /// is a dataset).
    FileView *fileView(const QString &path = {}) const;
    /// The current tab when it shows a dataset, else nullptr.
    DatasetView *datasetView() const;

    /// The tabs as they are now (each one's files and selected row), to reopen them next time.
    QList<AppSettings::OpenTab> openTabs() const;
    /// The index of the tab shown (-1 without tabs).
    int currentTab() const;
    /// Reopens \a tabs at their rows and shows tab \a current of them. A file that is gone is
    /// left out; the paths left out are returned.
    QStringList reopen(const QList<AppSettings::OpenTab> &tabs, int current);

signals:
    void openFileDialogRequested();

private:
    void addTab(QWidget *view, const QString &title, const QString &toolTip);
    void closeTab(int index);

    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
};
