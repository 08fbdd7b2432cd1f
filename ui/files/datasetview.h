#pragma once

#include "message/messagequery.h"

#include <QStringList>
#include <QWidget>


class BookmarkMenu;
class Dataset;
class DatasetModel;
class DatasetSearch;
class ExportNotice;
class FileExporter;
class FileSearchBar;
class FileStatisticsView;
class MessageDetailView;
class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QVBoxLayout;
class SearchResultsModel;

/// A dataset in the Files page: several daily files (a folder, files chosen together, days of
/// the Backups calendar) read as one. While the files are indexed (each by its own document,
/// from the index cache where it can) the status row counts them; then the table shows every
/// file's rows in time order, each row's number telling its file and line. A search in the
/// query language runs over every file and fills the results pane in time order; a click on a
/// result goes to its row. Banners name the files that could not be read or end early; the
/// Statistics tab covers the whole range; Export writes search results or selected rows of
/// every file into one .jsonl.gz or CSV file. Closing the view stops all of it at once.
class TableFollower;

class DatasetView : public QWidget
{
    Q_OBJECT

public:
    /// Opens the files and folders in \a paths (absolute) as one dataset.
    explicit DatasetView(const QStringList &paths, QWidget *parent = nullptr);
    ~DatasetView() override;

    /// What was opened (absolutePaths() of what was given).
    QStringList paths() const { return m_paths; }
    /// \a paths made absolute and clean (no trailing '/'): a dataset's paths as compared.
    static QStringList absolutePaths(const QStringList &paths);
    /// The tab title: the folder's name, or how many files there are.
    QString title() const;

    Dataset *dataset() const { return m_dataset; }
    DatasetModel *model() const { return m_model; }
    DatasetSearch *search() const { return m_search; }
    SearchResultsModel *resultsModel() const { return m_resultsModel; }
    QTableView *table() const { return m_table; }
    /// The bar that says what the last export wrote.
    ExportNotice *exportNotice() const { return m_exportNotice; }
    QTableView *resultsTable() const { return m_resultsTable; }
    FileSearchBar *searchBar() const { return m_searchBar; }
    QLineEdit *searchEdit() const;
    MessageDetailView *detail() const { return m_detail; }
    FileStatisticsView *statisticsView() const { return m_statistics; }
    QStringList bannerTexts() const;
    QString statusText() const;
    /// What the search bar says beside the buttons (the count of matches, or the query's error).
    QString searchSummary() const;

    /// The selected row (0-based), or -1.
    qint64 currentRow() const;
    /// Whether the view keeps the newest rows in view as the dataset grows (TableFollower).
    bool isFollowing() const;
    QAction *followAction() const;

public slots:
    /// Selects row \a row (0-based), scrolls it into the middle and shows it in the detail.
    void goToRow(qint64 row);
    /// Goes to \a row once every file is indexed (a reopened tab's position).
    void startAt(qint64 row);
    /// Searches for \a text in the query language (as if typed in the search box).
    void startSearch(const QString &text);
    void nextResult();
    void previousResult();
    void askGoToRow();
    void askGoToTime();
    /// Goes to the first message at or after \a time; false when there is none.
    bool goToTime(const QDateTime &time);
    void askExport();
    void setFollowing(bool following);

signals:
    void titleChanged(const QString &title);

private:
    QWidget *createToolbar();
    QWidget *createMessagesTab();
    QLayout *createStatusRow();
    void onProgress(int done, int total);
    void onFinished();
    /// The finished dataset grew or was put in order anew.
    void onChanged();
    void updateBanners();
    void updateStatus();
    void updateResultsLabel();
    void showRow(int row);
    void runSearch(const MessageQuery &query);

    QStringList m_paths;
    Dataset *m_dataset;
    DatasetModel *m_model;
    DatasetSearch *m_search;
    SearchResultsModel *m_resultsModel;
    FileExporter *m_exporter;
    /// A search asked for while the files were being indexed.
    qint64 m_startRow = -1; ///< where startAt() asked to go, until the files are indexed

    FileSearchBar *m_searchBar = nullptr;
    QAction *m_goToRowAction = nullptr;
    BookmarkMenu *m_bookmarks = nullptr;
    QAction *m_goToTimeAction = nullptr;
    QAction *m_exportAction = nullptr;
    TableFollower *m_follower = nullptr;
    QWidget *m_bannerBox = nullptr;
    QVBoxLayout *m_bannerLayout = nullptr;
    QStringList m_bannerTexts;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_resultsTable = nullptr;
    QLabel *m_resultsTitle = nullptr;
    MessageDetailView *m_detail = nullptr;
    QLabel *m_detailInfo = nullptr;
    FileStatisticsView *m_statistics = nullptr;
    QTimer *m_statisticsRefresh = nullptr; // while indexing, at most a few merges a second
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_stopIndexing = nullptr;
    ExportNotice *m_exportNotice = nullptr;
    QProgressBar *m_exportProgress = nullptr;
    QPushButton *m_cancelExport = nullptr;
};
