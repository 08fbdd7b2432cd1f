#include "datasetview.h"

#include "bookmarkmenu.h"
#include "common/messagedetailview.h"
#include "common/viewaction.h"
#include "exportdialog.h"
#include "exportnotice.h"
#include "feed/feedmodel.h"
#include "files/dataset.h"
#include "files/datasetmodel.h"
#include "files/datasetsearch.h"
#include "files/filesearch.h"
#include "files/exportrequest.h"
#include "files/filedocument.h"
#include "files/fileexporter.h"
#include "core/displaytimezone.h"
#include "files/searchresultsmodel.h"
#include "filesearchbar.h"
#include "filestatisticsview.h"
#include "gototimedialog.h"
#include "linetable.h"
#include "message/messagequery.h"
#include "message/messagetimeparser.h"
#include "problembanner.h"
#include "tablefollower.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <utility>

namespace {

/// Banners shown one per file; beyond that, one more says how many others have problems.
constexpr int maxFileBanners = 3;

int clampedCount(qint64 count)
{
    return int(std::min<qint64>(count, INT_MAX));
}

} // namespace

DatasetView::DatasetView(const QStringList &paths, QWidget *parent)
    : QWidget(parent)
    , m_paths(absolutePaths(paths))
    , m_dataset(new Dataset(this))
    , m_model(new DatasetModel(m_dataset, this))
    , m_search(new DatasetSearch(m_dataset, this))
    , m_resultsModel(new SearchResultsModel(m_model, m_search, this))
    , m_exporter(new FileExporter(nullptr, this))
{
    QWidget *toolbar = createToolbar();
    m_bannerBox = new QWidget(this);
    m_bannerLayout = new QVBoxLayout(m_bannerBox);
    m_bannerLayout->setContentsMargins(8, 4, 8, 0);
    m_bannerLayout->setSpacing(4);
    m_bannerBox->hide();

    m_statistics = new FileStatisticsView(this);
    connect(m_statistics, &FileStatisticsView::lineActivated, this, [this](qint64 row) {
        m_tabs->setCurrentIndex(0);
        goToRow(row);
    });
    connect(m_statistics, &FileStatisticsView::symbolActivated, this,
            [this](const QString &symbol) {
                m_tabs->setCurrentIndex(0);
                startSearch(QStringLiteral("symbol:") + symbol);
            });
    // Every file's figures are merged for the chart: while the files are indexed that is done
    // a few times a second, not once per file finished (which grows with the square of the
    // number of files).
    m_statisticsRefresh = new QTimer(this);
    m_statisticsRefresh->setSingleShot(true);
    m_statisticsRefresh->setInterval(250);
    connect(m_statisticsRefresh, &QTimer::timeout, this, [this] {
        if (!m_dataset->isFinished())
            m_statistics->setStatistics(m_dataset->statistics());
    });
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createMessagesTab(), tr("Messages"));
    m_tabs->addTab(m_statistics, tr("Statistics"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_bannerBox);
    layout->addWidget(m_tabs, 1);
    QLayout *statusRow = createStatusRow();
    layout->addWidget(m_exportNotice);
    layout->addLayout(statusRow);

    connect(m_search, &DatasetSearch::resultsAdded, this, &DatasetView::updateResultsLabel);
    connect(m_search, &DatasetSearch::progressChanged, this, &DatasetView::updateResultsLabel);
    connect(m_search, &DatasetSearch::finished, this, [this] {
        m_searchBar->setSearching(false);
        updateResultsLabel();
    });
    connect(m_dataset, &Dataset::progressChanged, this, &DatasetView::onProgress);
    connect(m_dataset, &Dataset::finished, this, &DatasetView::onFinished);
    connect(DisplayTimeZone::instance(), &DisplayTimeZone::changed, this, [this] {
        if (m_dataset->isFinished())
            updateStatus();
    });
    connect(m_dataset, &Dataset::grew, this, [this](qint64 previousRows) {
        onChanged();
        // A finished search takes in the rows the dataset gains.
        if (m_search->searchAddedRows(previousRows)) {
            m_searchBar->setSearching(true);
            updateResultsLabel();
        }
    });
    connect(m_dataset, &Dataset::reordered, this, [this] {
        onChanged();
        // The results were rows of the old numbering: the search runs again.
        const MessageQuery query = m_search->query();
        if (m_dataset->isFinished() && query.isValid() && !query.isEmpty())
            runSearch(query);
    });

    // Files that grow and folders that gain files (a recordings folder) update in place.
    m_follower = new TableFollower(this, m_table, [this] { return m_dataset->isFinished(); });
    if (auto *bar = qobject_cast<QToolBar *>(toolbar))
        bar->insertAction(m_exportAction, m_follower->action());
    m_dataset->setWatching(true);
    if (!m_dataset->open(m_paths)) {
        m_progress->hide();
        m_stopIndexing->hide();
        m_bannerTexts = {Dataset::nothingToOpenMessage(m_paths)};
        m_bannerLayout->addWidget(new ProblemBanner(m_bannerTexts.front(), true, m_bannerBox));
        m_bannerBox->show();
        return;
    }
    if (!m_dataset->isFinished())
        onProgress(0, m_dataset->fileCount());
}

QStringList DatasetView::absolutePaths(const QStringList &paths)
{
    QStringList absolute;
    for (const QString &path : paths)
        absolute << QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return absolute;
}

DatasetView::~DatasetView()
{
    // Stop the workers before the models they report to go away.
    m_exporter->cancel();
    m_search->cancel();
    m_dataset->cancel();
    // The tables outlive this body (QWidget's destructor hides them, and they ask their models
    // for header sizes): they get no model before the search they show goes away.
    m_resultsTable->setModel(nullptr);
    m_table->setModel(nullptr);
    delete m_exporter;
    delete m_search;
}

namespace {

/// What the names of \a paths begin with, up to and with the last '_', '-' or '.' they share
/// ("stocktwits_message_2024_01_" for three January days); empty when that says little.
QString sharedNameStart(const QStringList &paths)
{
    if (paths.size() < 2)
        return {};
    QString shared = QFileInfo(paths.front()).fileName();
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        qsizetype n = 0;
        while (n < shared.size() && n < name.size() && shared[n] == name[n])
            ++n;
        shared.truncate(n);
    }
    while (!shared.isEmpty() && !QStringLiteral("_-.").contains(shared.back()))
        shared.chop(1);
    return shared.size() >= 4 ? shared : QString();
}

} // namespace

QString DatasetView::title() const
{
    if (m_paths.size() == 1 && QFileInfo(m_paths.front()).isDir())
        return QDir(m_paths.front()).dirName();
    const int files = std::max(m_dataset->fileCount(), int(m_paths.size()));
    if (const QString start = sharedNameStart(m_paths); !start.isEmpty())
        //: The title of a tab showing several files whose names begin alike, read as one
        //: dataset: "stocktwits_message_2024_01_* (3 files)".
        return tr("%1* (%n file(s))", nullptr, files).arg(start);
    //: The title of a tab showing several files read as one dataset.
    return tr("%n file(s)", nullptr, files);
}

QWidget *DatasetView::createToolbar()
{
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The search input of a file's tab; its shortcuts work anywhere in the view.
    m_searchBar = new FileSearchBar(toolbar);
    addActions(m_searchBar->shortcutActions());
    connect(m_searchBar, &FileSearchBar::searchRequested, this, &DatasetView::runSearch);
    connect(m_searchBar, &FileSearchBar::cancelRequested, m_search, &DatasetSearch::cancel);
    connect(m_searchBar, &FileSearchBar::nextRequested, this, &DatasetView::nextResult);
    connect(m_searchBar, &FileSearchBar::previousRequested, this, &DatasetView::previousResult);

    m_goToRowAction = addViewAction(this, tr("Go to Row…"), QKeySequence(Qt::CTRL | Qt::Key_G),
                                    tr("Go to a row by its number, counted across the files"));
    m_goToTimeAction =
        addViewAction(this, tr("Go to Time…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
                      tr("Go to the first message at or after a time"));
    m_exportAction =
        addViewAction(this, tr("Export…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                      tr("Write search results or selected rows of every file to one "
                         ".jsonl.gz or CSV file"));
    connect(m_goToRowAction, &QAction::triggered, this, &DatasetView::askGoToRow);
    connect(m_goToTimeAction, &QAction::triggered, this, &DatasetView::askGoToTime);
    connect(m_exportAction, &QAction::triggered, this, &DatasetView::askExport);

    m_bookmarks = new BookmarkMenu(
        this, toolbar,
        {[this] {
             const qint64 row = currentRow();
             if (row < 0)
                 return;
             m_model->setBookmarked(int(row), !m_model->isBookmarked(int(row)));
             showRow(int(row));
         },
         [this] { return m_model->bookmarks(); },
         [this](qint64 row) {
             return FeedModel::displayText(m_model->message(int(row)), FeedModel::TextColumn);
         },
         //: A bookmark of a dataset: its row, then the start of its text.
         tr("Row %1: %2"), [this](qint64 row) { goToRow(row); },
         [this] { m_model->clearBookmarks(); }});

    // Go to Row… and Go to Time… share one button, as in a file's tab.
    auto *goToButton = new QToolButton(toolbar);
    goToButton->setText(tr("Go To"));
    goToButton->setToolTip(tr("Go to a row by its number, or to a time"));
    goToButton->setPopupMode(QToolButton::InstantPopup);
    auto *goToMenu = new QMenu(goToButton);
    goToMenu->addAction(m_goToRowAction);
    goToMenu->addAction(m_goToTimeAction);
    goToButton->setMenu(goToMenu);

    toolbar->addWidget(m_searchBar);
    toolbar->addSeparator();
    toolbar->addWidget(goToButton);
    toolbar->addWidget(m_bookmarks->button());
    toolbar->addSeparator();
    toolbar->addAction(m_exportAction);
    return toolbar;
}

QWidget *DatasetView::createMessagesTab()
{
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    LineTable::setUp(m_table, QAbstractItemView::ExtendedSelection, LineTable::mainColumnsKey());
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showRow(current.isValid() ? current.row() : -1); });

    auto *detailBox = new QWidget(this);
    m_detail = new MessageDetailView(detailBox);
    m_detailInfo = new QLabel(detailBox);
    m_detailInfo->setWordWrap(true);
    m_detailInfo->setForegroundRole(QPalette::PlaceholderText);
    m_detailInfo->setContentsMargins(8, 4, 8, 0);
    connect(m_detail, &MessageDetailView::symbolActivated, this,
            [this](const QString &symbol) { startSearch(QStringLiteral("symbol:") + symbol); });
    connect(m_detail, &MessageDetailView::authorActivated, this,
            [this](const QString &author) { startSearch(QStringLiteral("user:") + author); });
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailInfo);
    detailLayout->addWidget(m_detail, 1);

    auto *resultsBox = new QWidget(this);
    m_resultsTitle = new QLabel(FileSearch::resultsTitleOf({}, {}, 0, 0), resultsBox);
    m_resultsTitle->setContentsMargins(8, 4, 8, 2);
    m_resultsTable = new QTableView(resultsBox);
    m_resultsTable->setModel(m_resultsModel);
    LineTable::setUp(m_resultsTable, QAbstractItemView::SingleSelection,
                     LineTable::resultColumnsKey());
    const auto jumpToResult = [this](const QModelIndex &index) {
        if (index.isValid())
            goToRow(m_resultsModel->lineAt(index.row()));
    };
    connect(m_resultsTable, &QAbstractItemView::clicked, this, jumpToResult);
    connect(m_resultsTable, &QAbstractItemView::activated, this, jumpToResult);
    auto *resultsLayout = new QVBoxLayout(resultsBox);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->setSpacing(0);
    resultsLayout->addWidget(m_resultsTitle);
    resultsLayout->addWidget(m_resultsTable, 1);

    QSplitter *tables = LineTable::withResults(m_table, resultsBox, this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(tables);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({940, 330});
    return splitter;
}

QLayout *DatasetView::createStatusRow()
{
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(180);
    m_progress->setMaximumHeight(14);
    m_status = new QLabel(this);
    m_stopIndexing = new QPushButton(tr("Stop indexing"), this);
    m_stopIndexing->setToolTip(
        tr("Stop indexing the files; the files indexed so far are shown, the others are not"));
    connect(m_stopIndexing, &QPushButton::clicked, m_dataset, &Dataset::cancel);

    m_exportNotice = new ExportNotice(this);
    m_exportProgress = new QProgressBar(this);
    m_exportProgress->setMaximumWidth(140);
    m_exportProgress->setMaximumHeight(14);
    m_exportProgress->setRange(0, 1000);
    m_exportProgress->setFormat(tr("Export %p%"));
    m_exportProgress->hide();
    m_cancelExport = new QPushButton(tr("Cancel export"), this);
    m_cancelExport->hide();
    connect(m_cancelExport, &QPushButton::clicked, m_exporter, &FileExporter::cancel);
    connect(m_exporter, &FileExporter::progressChanged, this, [this](qint64 done, qint64 total) {
        m_exportProgress->setValue(total > 0 ? int(1000 * done / total) : 0);
    });
    connect(m_exporter, &FileExporter::finished, this, [this](bool ok, const QString &error) {
        m_exportProgress->hide();
        m_cancelExport->hide();
        m_exportAction->setEnabled(true);
        m_exportNotice->exportFinished(ok, error, m_exporter->wasCancelled());
    });

    auto *row = new QHBoxLayout;
    row->setContentsMargins(8, 3, 8, 3);
    row->addWidget(m_progress);
    row->addWidget(m_status, 1);
    row->addWidget(m_stopIndexing);
    row->addWidget(m_exportProgress);
    row->addWidget(m_cancelExport);
    return row;
}

void DatasetView::onProgress(int done, int total)
{
    if (m_dataset->isFinished())
        return;
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    if (done > 0 && !m_statisticsRefresh->isActive())
        m_statisticsRefresh->start();
    //: While the files of a dataset are indexed: "Indexing 3 of 30 files…".
    m_status->setText(
        tr("Indexing %1 of %n file(s)…", nullptr, total).arg(QLocale().toString(done)));
}

void DatasetView::onFinished()
{
    m_progress->hide();
    m_stopIndexing->hide();
    updateStatus();
    updateBanners();
    m_statistics->setStatistics(m_dataset->statistics());
    emit titleChanged(title());
    if (m_startRow >= 0)
        goToRow(std::exchange(m_startRow, -1));
    else if (m_model->rowCount() > 0 && currentRow() < 0)
        goToRow(0);
}

void DatasetView::onChanged()
{
    // While the files are indexed, rows come in as they are found; the status line says how
    // far indexing is and the statistics follow the files (onProgress()).
    if (m_dataset->isFinished()) {
        updateStatus();
        updateBanners();
        m_statistics->setStatistics(m_dataset->statistics());
        emit titleChanged(title());
    }
    if (m_model->rowCount() > 0 && currentRow() < 0)
        goToRow(0);
}

bool DatasetView::isFollowing() const
{
    return m_follower->isFollowing();
}

QAction *DatasetView::followAction() const
{
    return m_follower->action();
}

void DatasetView::setFollowing(bool following)
{
    m_follower->setFollowing(following);
}

void DatasetView::updateStatus()
{
    const QLocale locale;
    const int files = m_dataset->fileCount();
    int cached = 0;
    for (int file = 0; file < files; ++file) {
        const FileDocument *document = m_dataset->document(file);
        cached += document && document->loadedFromCache() ? 1 : 0;
    }
    QStringList parts;
    parts << tr("%n file(s)", nullptr, files);
    parts << tr("%Ln line(s)", nullptr, clampedCount(m_dataset->rowCount()));
    const FileStatistics stats = m_dataset->statistics();
    if (stats.firstTime() != ScannedFields::noTime) {
        const auto day = [&locale](qint64 seconds) {
            const QDateTime time = MessageTimeParser::utcFromMSecs(seconds * 1000);
            return locale.toString(DisplayTimeZone::toDisplay(time).date(), QLocale::ShortFormat);
        };
        //: The days a dataset covers and their time zone: "11/1/24 to 11/30/24 (UTC)".
        parts << tr("%1 to %2 (%3)")
                     .arg(day(stats.firstTime()), day(stats.lastTime()),
                          DisplayTimeZone::abbreviation(
                              MessageTimeParser::utcFromMSecs(stats.firstTime() * 1000)));
    }
    if (cached > 0)
        parts << tr("%n from the index cache", nullptr, cached);
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void DatasetView::updateBanners()
{
    while (QLayoutItem *item = m_bannerLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_bannerTexts.clear();
    for (int file = 0; file < m_dataset->fileCount(); ++file) {
        const QString problem = m_dataset->problem(file);
        const QString name = QFileInfo(m_dataset->path(file)).fileName();
        if (problem.isEmpty())
            continue;
        // Each banner names its file, once (some problems name it themselves).
        //: A file of a dataset and what is wrong with it.
        m_bannerTexts << (problem.contains(name) ? problem : tr("%1: %2").arg(name, problem));
    }
    // A few files get a banner each; many are summed up in one, the list in its tooltip.
    const qsizetype shown =
        m_bannerTexts.size() > maxFileBanners ? maxFileBanners - 1 : m_bannerTexts.size();
    for (qsizetype i = 0; i < shown; ++i)
        m_bannerLayout->addWidget(new ProblemBanner(m_bannerTexts[i], true, m_bannerBox));
    if (shown < m_bannerTexts.size()) {
        const int others = int(m_bannerTexts.size() - shown);
        auto *banner = new ProblemBanner(
            tr("%n more file(s) have problems (hover here for the list).", nullptr, others), true,
            m_bannerBox);
        banner->setToolTip(m_bannerTexts.mid(shown).join(QLatin1Char('\n')));
        m_bannerLayout->addWidget(banner);
    }
    m_bannerBox->setVisible(!m_bannerTexts.isEmpty());
}

QStringList DatasetView::bannerTexts() const
{
    return m_bannerTexts;
}

QString DatasetView::statusText() const
{
    return m_status->text();
}

QString DatasetView::searchSummary() const
{
    return m_searchBar->summaryText();
}

QLineEdit *DatasetView::searchEdit() const
{
    return m_searchBar->queryEdit();
}

qint64 DatasetView::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void DatasetView::startAt(qint64 row)
{
    if (m_dataset->isFinished())
        goToRow(row); // at most the last row
    else
        m_startRow = row;
}

void DatasetView::goToRow(qint64 row)
{
    if (m_model->rowCount() == 0 || row < 0)
        return;
    row = std::min<qint64>(row, m_model->rowCount() - 1);
    const QModelIndex index = m_model->index(int(row), 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    // Only the rows scroll: the columns the user looks at stay where they are.
    const int column = m_table->horizontalScrollBar()->value();
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_table->horizontalScrollBar()->setValue(column);
}

void DatasetView::showRow(int row)
{
    if (row < 0) {
        m_detail->clear();
        m_detailInfo->clear();
        return;
    }
    const qint64 length = m_model->lineLength(row);
    m_detail->setMessage(m_model->message(row), length);
    const QLocale locale;
    //: The selected row of a dataset: its number, its file and line, its size.
    QString info = tr("Row %1 · %2 · %3")
                       .arg(locale.toString(qint64(row) + 1), m_model->origin(row),
                            locale.formattedDataSize(length));
    if (m_model->isBookmarked(row))
        info += tr(" · bookmarked");
    m_detailInfo->setText(info);
}

void DatasetView::startSearch(const QString &text)
{
    m_searchBar->searchFor(text);
}

void DatasetView::runSearch(const MessageQuery &query)
{
    LineTable::highlight(m_table, query);
    LineTable::highlight(m_resultsTable, query);
    m_detail->setHighlight(query);
    // An invalid query searches nothing: the previous results go, they answered another query.
    m_search->start(query);
    m_searchBar->setSearching(m_search->isRunning());
    updateResultsLabel();
}

void DatasetView::updateResultsLabel()
{
    // The search bar says an invalid query's problem where the user typed; the pane says why
    // it is empty.
    const MessageQuery query = m_search->query();
    if (query.isValid())
        m_searchBar->setSummary(m_search->summary());
    m_resultsTitle->setText(FileSearch::resultsTitleOf(query, m_search->summary(),
                                                       qint64(m_search->results().size()),
                                                       m_search->matchCount()));
}

void DatasetView::nextResult()
{
    if (const int row = m_resultsModel->nextRow(currentRow()); row >= 0) {
        m_resultsTable->selectRow(row);
        goToRow(m_resultsModel->lineAt(row));
    }
}

void DatasetView::previousResult()
{
    if (const int row = m_resultsModel->previousRow(currentRow()); row >= 0) {
        m_resultsTable->selectRow(row);
        goToRow(m_resultsModel->lineAt(row));
    }
}

void DatasetView::askGoToRow()
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    bool ok = false;
    const int row = QInputDialog::getInt(
        this, tr("Go to Row"), tr("Row (1 to %1):").arg(QLocale().toString(rows)),
        int(std::max<qint64>(currentRow(), 0)) + 1, 1, rows, 1, &ok);
    if (ok)
        goToRow(row - 1);
}

bool DatasetView::goToTime(const QDateTime &time)
{
    const qint64 row = m_dataset->firstRowAtOrAfter(time.toSecsSinceEpoch());
    if (row < 0)
        return false;
    goToRow(row);
    return true;
}

void DatasetView::askGoToTime()
{
    if (m_model->rowCount() == 0)
        return;
    const FileStatistics stats = m_dataset->statistics();
    if (stats.firstTime() == ScannedFields::noTime) {
        QMessageBox::information(this, tr("Go to Time"),
                                 tr("The messages of these files carry no time stamps."));
        return;
    }
    const QDateTime first = MessageTimeParser::utcFromMSecs(stats.firstTime() * 1000);
    const Message current = m_model->message(int(std::max<qint64>(currentRow(), 0)));
    GoToTimeDialog dialog(current.time.isValid() ? current.time : first, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.time().isValid())
        return;
    if (!goToTime(dialog.time()))
        QMessageBox::information(this, tr("Go to Time"), tr("No message is that late."));
}

void DatasetView::askExport()
{
    if (m_exporter->isRunning() || !m_dataset->isFinished())
        return;
    const QItemSelection selection = m_table->selectionModel()->selection();
    const std::vector<qint64> selected = ExportRequest::selectedLines(selection);
    // Beside the folder the files are in, never in it: the export is no day of the dataset.
    const QFileInfo first(m_paths.value(0));
    const QString folder = first.isDir() ? first.absoluteFilePath() : first.absolutePath();
    const QList<qint64> bookmarked = m_model->bookmarks();
    const std::vector<qint64> bookmarks(bookmarked.begin(), bookmarked.end());
    ExportDialog dialog(qint64(m_search->results().size()), qint64(selected.size()),
                        qint64(bookmarks.size()),
                        ExportRequest::to(ExportRequest::suggestedDestination(folder)), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportRequest request = dialog.request();
    const std::vector<qint64> &rows =
        request.lines == ExportRequest::Lines::SearchResults ? m_search->results()
        : request.lines == ExportRequest::Lines::Bookmarks   ? bookmarks
                                                             : selected;
    std::vector<FileExporter::Part> parts = FileExporter::partsOf(*m_dataset, rows);
    if (parts.empty())
        return;
    m_exportProgress->setValue(0);
    m_exportProgress->show();
    m_cancelExport->show();
    m_exportAction->setEnabled(false);
    qint64 rowCount = 0;
    for (const FileExporter::Part &part : parts)
        rowCount += qint64(part.lines.size());
    m_exportNotice->exportStarted(rowCount, request.destination);
    m_exporter->start(std::move(parts), request);
}
