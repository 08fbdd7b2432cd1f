#pragma once

#include "files/filedocument.h"

#include <QWidget>

class ArchiveMemberPicker;
class BookmarkMenu;
class EmptyState;
class FileDocumentModel;
class ExportNotice;
class FileExporter;
class FileSearch;
class FileSearchBar;
class FileStatisticsView;
class MessageDetailView;
class MessageQuery;
class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QToolBar;
class QToolButton;
class QVBoxLayout;
class SearchResultsModel;
class TableFollower;

/// One open file in the Files page: the table of its lines (rows parsed as they scroll into
/// view), the search bar (FileSearchBar) whose results fill a second pane while the search runs,
/// the detail of the selected message, statistics, bookmarks, go to line or time, and export.
/// Banners say what is wrong with a damaged file; the status row shows indexing progress with
/// an ETA. The view lays these out and wires them to the document, its search and its exporter,
/// which decide (FileDocument, FileSearch, ExportRequest, FileDocumentModel's bookmarks).
/// Closing the view stops indexing, searching and exporting at once.
class FileView : public QWidget
{
    Q_OBJECT

public:
    explicit FileView(const QString &path, QWidget *parent = nullptr);
    ~FileView() override;

    QString path() const { return m_path; }
    /// The tab title: the file name, and the archive member once one is open.
    QString title() const;

    FileDocument *document() const { return m_document; }
    FileDocumentModel *model() const { return m_model; }
    FileSearch *search() const { return m_search; }
    SearchResultsModel *resultsModel() const { return m_resultsModel; }
    QTableView *table() const { return m_table; }
    /// The bar that says what the last export wrote.
    ExportNotice *exportNotice() const { return m_exportNotice; }
    QTableView *resultsTable() const { return m_resultsTable; }
    MessageDetailView *detail() const { return m_detail; }
    FileStatisticsView *statisticsView() const { return m_statistics; }
    FileSearchBar *searchBar() const { return m_searchBar; }
    QLineEdit *searchEdit() const;
    QStringList bannerTexts() const;
    QString statusText() const;

    /// The selected line (0-based), or -1.
    qint64 currentLine() const;
    /// Whether the view keeps the newest lines in view as the file grows.
    bool isFollowing() const;
    QAction *followAction() const;

public slots:
    /// Selects line \a line (0-based), scrolls it into the middle and shows it in the detail.
    void goToLine(qint64 line);
    /// Goes to \a line as soon as the index reaches it (a reopened tab's position).
    void startAt(qint64 line);
    /// Searches for \a text in the query language (what a click on a symbol does).
    void startSearch(const QString &text);
    void nextResult();
    void previousResult();
    void toggleBookmark();
    void askGoToLine();
    void askGoToTime();
    /// Goes to the first message at or after \a time; false when there is none.
    bool goToTime(const QDateTime &time);
    void askExport();
    /// Follows the file as it grows (klogg's and lnav's follow): the view goes to the bottom
    /// and stays there while lines are appended. Scrolling up stops following; scrolling back
    /// to the bottom starts it again.
    void setFollowing(bool following);

signals:
    void titleChanged(const QString &title);

private:
    QWidget *createContent();
    QToolBar *createToolbar();
    void createActions();
    void onStatusChanged(FileDocument::Status status);
    void onProgress();
    void onIndexingFinished();
    void updateBanners();
    void updateResultsLabel();
    void updateStatistics();
    void showLine(const QModelIndex &current);
    void loadWholeLine();
    void runSearch(const MessageQuery &query);

    QString m_path;
    FileDocument *m_document;
    FileDocumentModel *m_model;
    FileSearch *m_search;
    SearchResultsModel *m_resultsModel;
    FileExporter *m_exporter;

    QStackedWidget *m_stack;
    QWidget *m_content;
    EmptyState *m_errorPage = nullptr;
    QWidget *m_openingPage = nullptr;
    ArchiveMemberPicker *m_memberPicker = nullptr;

    QVBoxLayout *m_bannerLayout;
    QList<QLabel *> m_banners;
    FileSearchBar *m_searchBar;
    QAction *m_goToLineAction;
    qint64 m_startLine = -1; ///< where startAt() asked to go, until the index reaches it
    QAction *m_goToTimeAction;
    QAction *m_exportAction;
    TableFollower *m_follower = nullptr;
    BookmarkMenu *m_bookmarks;

    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    QTableView *m_table;
    QTableView *m_resultsTable;
    QLabel *m_resultsTitle;
    MessageDetailView *m_detail;
    QLabel *m_detailInfo;
    QPushButton *m_wholeLineButton;
    FileStatisticsView *m_statistics;

    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_stopIndexing;
    ExportNotice *m_exportNotice;
    QProgressBar *m_exportProgress;
    QPushButton *m_cancelExport;
    QTimer *m_statisticsTimer;
};
