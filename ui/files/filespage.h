#pragma once

#include <QWidget>

class FileView;
class QStackedWidget;
class QTabWidget;

/// The Files page: saved archives, one tab each, browsed through an index (see FileView).
/// Closing a tab stops its indexing, search and export at once.
class FilesPage : public QWidget
{
    Q_OBJECT

public:
    explicit FilesPage(QWidget *parent = nullptr);

    /// Opens \a path in a new tab, or shows its tab when it is already open.
    void openFile(const QString &path);
    int openFileCount() const;
    /// The tab showing \a path, or the current one when \a path is empty.
    FileView *fileView(const QString &path = {}) const;

signals:
    void openFileDialogRequested();

private:
    void closeTab(int index);

    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
};
