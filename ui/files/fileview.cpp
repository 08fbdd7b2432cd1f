#include "fileview.h"

#include "bookmarkmenu.h"
#include "linetable.h"
#include "problembanner.h"
#include "tablefollower.h"

#include "common/emptystate.h"
#include "common/messagedetailview.h"
#include "common/messagecolumns.h"
#include "common/viewaction.h"
#include "core/appsettings.h"
#include "exportdialog.h"
#include "exportnotice.h"
#include "feed/feedmodel.h"
#include "message/messagenormalizer.h"
#include "message/messagetimeparser.h"
#include "files/exportrequest.h"
#include "files/filedocumentmodel.h"
#include "files/fileexporter.h"
#include "files/filesearch.h"
#include "files/linereader.h"
#include "files/searchresultsmodel.h"
#include "files/timenavigator.h"
#include "archivememberpicker.h"
#include "filesearchbar.h"
#include "filestatisticsview.h"
#include "gototimedialog.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
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
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

FileView::FileView(const QString &path, QWidget *parent)
    : QWidget(parent)
    , m_path(path)
    , m_document(new FileDocument(this))
    , m_model(new FileDocumentModel(m_document, this))
    , m_search(new FileSearch(m_document, this))
    , m_resultsModel(new SearchResultsModel(m_model, m_search, this))
    , m_exporter(new FileExporter(m_document, this))
{
    createActions();
    m_stack = new QStackedWidget(this);
    m_content = createContent();
    m_stack->addWidget(m_content);

    m_errorPage = new EmptyState(QIcon(QStringLiteral(":/icons/page-files.svg")),
                                 tr("This file cannot be opened"), QString(), m_stack);
    m_stack->addWidget(m_errorPage);

    auto *opening = new QLabel(tr("Reading the list of files in the archive…"), m_stack);
    opening->setAlignment(Qt::AlignCenter);
    m_openingPage = opening;
    m_stack->addWidget(m_openingPage);
    m_memberPicker = new ArchiveMemberPicker(m_stack);
    connect(m_memberPicker, &ArchiveMemberPicker::memberChosen, m_document,
            &FileDocument::openMember);
    m_stack->addWidget(m_memberPicker);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_statisticsTimer = new QTimer(this);
    m_statisticsTimer->setSingleShot(true);
    m_statisticsTimer->setInterval(1000);
    connect(m_statisticsTimer, &QTimer::timeout, this, &FileView::updateStatistics);

    connect(m_document, &FileDocument::statusChanged, this, &FileView::onStatusChanged);
    connect(m_document, &FileDocument::progressChanged, this, &FileView::onProgress);
    connect(m_document, &FileDocument::indexingFinished, this, &FileView::onIndexingFinished);
    connect(m_document, &FileDocument::statisticsChanged, this, [this] {
        if (!m_statisticsTimer->isActive())
            m_statisticsTimer->start();
    });
    connect(m_document, &FileDocument::linesAdded, this, [this] {
        // The line asked for by startAt() once it is there; else the first line as soon as
        // there is one, so the detail pane is not empty.
        if (m_startLine >= 0 && m_model->rowCount() > m_startLine)
            goToLine(std::exchange(m_startLine, -1));
        else if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            goToLine(0);
        // A finished search takes in the lines a growing file gains.
        if (m_search->searchAddedLines()) {
            m_searchBar->setSearching(true);
            updateResultsLabel();
        }
    });

    m_model->setBookmarksKept(true);
    // A file that grows on disk (a recording being written) grows on screen.
    m_document->setWatching(true);
    m_document->open(path);
    if (m_document->status() == FileDocument::Status::Failed ||
        m_document->status() == FileDocument::Status::Ready)
        onStatusChanged(m_document->status());
    if (m_document->status() == FileDocument::Status::Ready)
        onIndexingFinished();
}

FileView::~FileView()
{
    // Stop the workers before the models they report to go away.
    m_exporter->cancel();
    m_search->cancel();
    m_document->cancel();
    // The tables outlive this body (QWidget's destructor hides them, and they ask their models
    // for header sizes): they get no model before the search they show goes away.
    m_resultsTable->setModel(nullptr);
    m_table->setModel(nullptr);
    delete m_exporter;
    delete m_search;
}

QLineEdit *FileView::searchEdit() const
{
    return m_searchBar->queryEdit();
}

QString FileView::title() const
{
    const QString name = QFileInfo(m_path).fileName();
    return m_document->memberPath().isEmpty()
               ? name
               : name + QStringLiteral(" › ") +
                     m_document->memberPath().section(QLatin1Char('/'), -1);
}

void FileView::createActions()
{
    const auto make = [this](const QString &text, const QKeySequence &keys, const QString &tip) {
        return addViewAction(this, text, keys, tip);
    };
    m_goToLineAction = make(tr("Go to Line…"), QKeySequence(Qt::CTRL | Qt::Key_G),
                            tr("Go to a line by its number"));
    m_goToTimeAction = make(tr("Go to Time…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
                            tr("Go to the first message at or after a time"));
    m_exportAction =
        make(tr("Export…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
             tr("Write search results, selected rows or bookmarks to .jsonl.gz or CSV"));
    connect(m_goToLineAction, &QAction::triggered, this, &FileView::askGoToLine);
    connect(m_goToTimeAction, &QAction::triggered, this, &FileView::askGoToTime);
    connect(m_exportAction, &QAction::triggered, this, &FileView::askExport);
}

QToolBar *FileView::createToolbar()
{
    auto *toolbar = new QToolBar(m_content);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->setIconSize(QSize(16, 16));

    // The search input is a widget of its own; its shortcuts work anywhere in the view.
    m_searchBar = new FileSearchBar(toolbar);
    addActions(m_searchBar->shortcutActions());
    connect(m_searchBar, &FileSearchBar::searchRequested, this, &FileView::runSearch);
    connect(m_searchBar, &FileSearchBar::cancelRequested, m_search, &FileSearch::cancel);
    connect(m_searchBar, &FileSearchBar::nextRequested, this, &FileView::nextResult);
    connect(m_searchBar, &FileSearchBar::previousRequested, this, &FileView::previousResult);

    m_bookmarks = new BookmarkMenu(
        this, toolbar,
        {[this] { toggleBookmark(); },
         [this] {
             const QList<int> rows = m_model->bookmarks();
             return QList<qint64>(rows.begin(), rows.end());
         },
         [this](qint64 row) {
             return FeedModel::displayText(m_model->message(int(row)), FeedModel::TextColumn);
         },
         tr("Line %1: %2"), [this](qint64 row) { goToLine(row); },
         [this] { m_model->clearBookmarks(); }});

    // Go to Line… and Go to Time… share one button, so the toolbar fits 1024 px in every
    // language; their shortcuts work without it.
    auto *goToButton = new QToolButton(toolbar);
    goToButton->setObjectName(QStringLiteral("goToButton"));
    goToButton->setText(tr("Go To"));
    goToButton->setToolTip(tr("Go to a line by its number, or to a time"));
    goToButton->setPopupMode(QToolButton::InstantPopup);
    auto *goToMenu = new QMenu(goToButton);
    goToMenu->addAction(m_goToLineAction);
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

QWidget *FileView::createContent()
{
    auto *content = new QWidget(this);
    m_content = content;
    QToolBar *toolbar = createToolbar();

    auto *banners = new QWidget(content);
    m_bannerLayout = new QVBoxLayout(banners);
    m_bannerLayout->setContentsMargins(8, 4, 8, 0);
    m_bannerLayout->setSpacing(4);

    // The table of lines.
    m_table = new QTableView(content);
    m_table->setModel(m_model);
    // A file that grows on disk grows on screen; its first pass is not growth.
    m_follower = new TableFollower(this, m_table, [this] {
        return m_document->status() == FileDocument::Status::Ready;
    });
    toolbar->insertAction(m_exportAction, m_follower->action());
    MessageColumnSizer *tableColumns = LineTable::setUp(
        m_table, QAbstractItemView::ExtendedSelection, LineTable::mainColumnsKey());
    // Lines that are messages get the message columns (Text takes the spare width, the widths
    // the user drags are remembered); other lines one column each of a plain width.
    const auto sizeColumns = [](QTableView *view, MessageColumnSizer *sizer) {
        QHeaderView *header = view->horizontalHeader();
        header->setStretchLastSection(false);
        if (view->model()->columnCount() != FeedModel::ColumnCount) {
            header->setSectionResizeMode(QHeaderView::Interactive);
            header->setDefaultSectionSize(160);
            return;
        }
        sizer->apply();
    };
    sizeColumns(m_table, tableColumns);
    connect(m_model, &QAbstractItemModel::modelReset, m_table,
            [this, sizeColumns, tableColumns] { sizeColumns(m_table, tableColumns); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showLine(current); });

    // The detail of the selected line.
    auto *detailBox = new QWidget(content);
    m_detail = new MessageDetailView(detailBox);
    m_detailInfo = new QLabel(detailBox);
    m_detailInfo->setWordWrap(true);
    m_detailInfo->setForegroundRole(QPalette::PlaceholderText);
    m_wholeLineButton = new QPushButton(tr("Show the whole line"), detailBox);
    m_wholeLineButton->hide();
    connect(m_wholeLineButton, &QPushButton::clicked, this, &FileView::loadWholeLine);
    connect(m_detail, &MessageDetailView::symbolActivated, this,
            [this](const QString &symbol) { startSearch(QStringLiteral("symbol:") + symbol); });
    connect(m_detail, &MessageDetailView::authorActivated, this,
            [this](const QString &author) { startSearch(QStringLiteral("user:") + author); });
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *detailBar = new QHBoxLayout;
    detailBar->setContentsMargins(8, 4, 8, 0);
    detailBar->addWidget(m_detailInfo, 1);
    detailBar->addWidget(m_wholeLineButton);
    detailLayout->addLayout(detailBar);
    detailLayout->addWidget(m_detail, 1);

    // The search results: klogg's second pane.
    auto *resultsBox = new QWidget(content);
    m_resultsTitle = new QLabel(FileSearch::resultsTitleOf({}, {}, 0, 0), resultsBox);
    m_resultsTitle->setContentsMargins(8, 4, 8, 2);
    m_resultsTable = new QTableView(resultsBox);
    m_resultsTable->setModel(m_resultsModel);
    MessageColumnSizer *resultColumns = LineTable::setUp(
        m_resultsTable, QAbstractItemView::SingleSelection, LineTable::resultColumnsKey());
    sizeColumns(m_resultsTable, resultColumns);
    connect(m_resultsModel, &QAbstractItemModel::modelReset, m_resultsTable,
            [this, sizeColumns, resultColumns] { sizeColumns(m_resultsTable, resultColumns); });
    const auto jumpToResult = [this](const QModelIndex &index) {
        if (index.isValid())
            goToLine(m_resultsModel->lineAt(index.row()));
    };
    connect(m_resultsTable, &QAbstractItemView::clicked, this, jumpToResult);
    connect(m_resultsTable, &QAbstractItemView::activated, this, jumpToResult);
    auto *resultsLayout = new QVBoxLayout(resultsBox);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->setSpacing(0);
    resultsLayout->addWidget(m_resultsTitle);
    resultsLayout->addWidget(m_resultsTable, 1);

    QSplitter *tableSplitter = LineTable::withResults(m_table, resultsBox, content);

    m_splitter = new QSplitter(Qt::Horizontal, content);
    m_splitter->addWidget(tableSplitter);
    m_splitter->addWidget(detailBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({940, 330});

    m_statistics = new FileStatisticsView(content);
    connect(m_statistics, &FileStatisticsView::lineActivated, this, [this](qint64 line) {
        m_tabs->setCurrentIndex(0);
        goToLine(line);
    });
    connect(m_statistics, &FileStatisticsView::symbolActivated, this,
            [this](const QString &symbol) {
                m_tabs->setCurrentIndex(0);
                startSearch(QStringLiteral("symbol:") + symbol);
            });

    m_tabs = new QTabWidget(content);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_splitter, tr("Messages"));
    m_tabs->addTab(m_statistics, tr("Statistics"));

    // Status row: indexing progress, then what the file is.
    m_progress = new QProgressBar(content);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(180);
    m_progress->setMaximumHeight(14);
    m_status = new QLabel(content);
    m_stopIndexing = new QPushButton(tr("Stop indexing"), content);
    m_stopIndexing->setToolTip(
        tr("Stop reading the file; the lines indexed so far stay available"));
    connect(m_stopIndexing, &QPushButton::clicked, m_document, &FileDocument::cancel);
    m_exportNotice = new ExportNotice(content);
    m_exportProgress = new QProgressBar(content);
    m_exportProgress->setMaximumWidth(140);
    m_exportProgress->setMaximumHeight(14);
    m_exportProgress->setFormat(tr("Export %p%"));
    m_exportProgress->hide();
    m_cancelExport = new QPushButton(tr("Cancel export"), content);
    m_cancelExport->hide();
    connect(m_cancelExport, &QPushButton::clicked, m_exporter, &FileExporter::cancel);
    connect(m_exporter, &FileExporter::progressChanged, this, [this](qint64 done, qint64 total) {
        m_exportProgress->setRange(0, 1000);
        m_exportProgress->setValue(total > 0 ? int(1000 * done / total) : 0);
    });
    connect(m_exporter, &FileExporter::finished, this, [this](bool ok, const QString &error) {
        m_exportProgress->hide();
        m_cancelExport->hide();
        m_exportAction->setEnabled(true);
        m_exportNotice->exportFinished(ok, error, m_exporter->wasCancelled());
    });

    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(8, 3, 8, 3);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_stopIndexing);
    statusRow->addWidget(m_exportProgress);
    statusRow->addWidget(m_cancelExport);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(banners);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_exportNotice);
    layout->addLayout(statusRow);

    connect(m_search, &FileSearch::resultsAdded, this, &FileView::updateResultsLabel);
    connect(m_search, &FileSearch::progressChanged, this, &FileView::updateResultsLabel);
    connect(m_search, &FileSearch::finished, this, [this] {
        m_searchBar->setSearching(false);
        updateResultsLabel();
    });
    return content;
}

void FileView::onStatusChanged(FileDocument::Status status)
{
    switch (status) {
    case FileDocument::Status::Closed:
    case FileDocument::Status::Indexing:
    case FileDocument::Status::Ready:
        m_stack->setCurrentWidget(m_content);
        break;
    case FileDocument::Status::Opening:
        m_stack->setCurrentWidget(m_openingPage);
        break;
    case FileDocument::Status::NeedsMember:
        m_memberPicker->setMembers(m_document->archiveMembers());
        m_stack->setCurrentWidget(m_memberPicker);
        break;
    case FileDocument::Status::Failed:
        m_errorPage->setText(m_document->errorString().toHtmlEscaped());
        m_stack->setCurrentWidget(m_errorPage);
        break;
    }
    emit titleChanged(title());
    updateBanners();
    onProgress();
}

void FileView::onProgress()
{
    const bool indexing = m_document->isIndexing();
    m_progress->setVisible(indexing);
    m_stopIndexing->setVisible(indexing);
    m_progress->setValue(int(1000 * m_document->indexingProgress()));
    m_status->setText(m_document->statusText());
}

void FileView::startAt(qint64 line)
{
    const FileDocument::Status status = m_document->status();
    const bool passEnded = status != FileDocument::Status::Opening &&
                           status != FileDocument::Status::Indexing;
    if (m_model->rowCount() > line || passEnded)
        goToLine(line); // at most the last line
    else
        m_startLine = line;
}

void FileView::onIndexingFinished()
{
    if (m_startLine >= 0)
        goToLine(std::exchange(m_startLine, -1)); // the file is shorter now: its last line
    onProgress();
    updateBanners();
    updateStatistics();
}

void FileView::updateBanners()
{
    for (QLabel *banner : std::as_const(m_banners))
        banner->deleteLater();
    m_banners.clear();
    const QList<FileDocument::Problem> problems = m_document->problems();
    for (const FileDocument::Problem &problem : problems) {
        if (m_document->status() == FileDocument::Status::Failed ||
            m_document->status() == FileDocument::Status::NeedsMember)
            break; // those have a page of their own
        QLabel *banner = new ProblemBanner(problem.text, problem.endsEarly, m_content);
        m_bannerLayout->addWidget(banner);
        m_banners.append(banner);
    }
    m_bannerLayout->parentWidget()->setVisible(!m_banners.isEmpty());
}

QStringList FileView::bannerTexts() const
{
    QStringList texts;
    for (const QLabel *banner : m_banners)
        texts << banner->text();
    return texts;
}

QString FileView::statusText() const
{
    return m_status->text();
}

void FileView::updateStatistics()
{
    if (const auto index = m_document->index())
        m_statistics->setStatistics(index->statistics());
}

bool FileView::isFollowing() const
{
    return m_follower->isFollowing();
}

QAction *FileView::followAction() const
{
    return m_follower->action();
}

void FileView::setFollowing(bool following)
{
    m_follower->setFollowing(following);
}

qint64 FileView::currentLine() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void FileView::goToLine(qint64 line)
{
    if (m_model->rowCount() == 0 || line < 0)
        return;
    line = std::min<qint64>(line, m_model->rowCount() - 1);
    const QModelIndex index = m_model->index(int(line), 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    // Only the rows scroll: the columns the user looks at stay where they are.
    const int column = m_table->horizontalScrollBar()->value();
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_table->horizontalScrollBar()->setValue(column);
}

void FileView::showLine(const QModelIndex &current)
{
    if (!current.isValid()) {
        m_detail->clear();
        m_detailInfo->clear();
        m_wholeLineButton->hide();
        return;
    }
    const int row = current.row();
    const Message message = m_model->message(row);
    const qint64 length = m_model->lineLength(row);
    m_detail->setMessage(message, length);
    const QLocale locale;
    QString info =
        tr("Line %1 · %2").arg(locale.toString(qint64(row) + 1), locale.formattedDataSize(length));
    const bool cut = length > message.raw.size();
    if (cut)
        info +=
            tr(" — the table shows its first %1").arg(locale.formattedDataSize(message.raw.size()));
    if (m_model->isBookmarked(row))
        info += tr(" · bookmarked");
    m_detailInfo->setText(info);
    m_wholeLineButton->setVisible(cut);
}

void FileView::loadWholeLine()
{
    const qint64 line = currentLine();
    if (line < 0)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QByteArray whole;
    const bool ok = m_document->lineReader().readWholeLine(line, whole);
    if (ok) {
        MessageNormalizer normalizer;
        m_detail->setMessage(normalizer.normalize(whole));
        m_wholeLineButton->hide();
        m_detailInfo->setText(
            tr("Line %1 · %2, shown whole")
                .arg(QLocale().toString(line + 1), QLocale().formattedDataSize(whole.size())));
    }
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(this, tr("Show the whole line"),
                             tr("The line could not be read in full."));
}

void FileView::startSearch(const QString &text)
{
    m_searchBar->searchFor(text);
}

void FileView::runSearch(const MessageQuery &query)
{
    // An invalid query searches nothing: the previous results go, they answered another query.
    m_search->start(query);
    LineTable::highlight(m_table, query);
    LineTable::highlight(m_resultsTable, query);
    m_detail->setHighlight(query);
    m_searchBar->setSearching(m_search->isRunning());
    updateResultsLabel();
}

void FileView::updateResultsLabel()
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

void FileView::nextResult()
{
    if (const int row = m_resultsModel->nextRow(currentLine()); row >= 0) {
        m_resultsTable->selectRow(row);
        goToLine(m_resultsModel->lineAt(row));
    }
}

void FileView::previousResult()
{
    if (const int row = m_resultsModel->previousRow(currentLine()); row >= 0) {
        m_resultsTable->selectRow(row);
        goToLine(m_resultsModel->lineAt(row));
    }
}

void FileView::toggleBookmark()
{
    const qint64 line = currentLine();
    if (line < 0)
        return;
    m_model->setBookmarked(int(line), !m_model->isBookmarked(int(line)));
    m_table->verticalHeader()->viewport()->update();
    showLine(m_table->currentIndex());
}

void FileView::askGoToLine()
{
    if (m_model->rowCount() == 0)
        return;
    bool ok = false;
    const int line = QInputDialog::getInt(
        this, tr("Go to Line"), tr("Line (1 to %1):").arg(QLocale().toString(m_model->rowCount())),
        int(std::max<qint64>(currentLine(), 0)) + 1, 1, m_model->rowCount(), 1, &ok);
    if (ok)
        goToLine(line - 1);
}

bool FileView::goToTime(const QDateTime &time)
{
    const qint64 line = TimeNavigator::firstLineAtOrAfter(*m_document, time.toSecsSinceEpoch());
    if (line < 0)
        return false;
    goToLine(line);
    return true;
}

void FileView::askGoToTime()
{
    const auto index = m_document->index();
    if (!index || m_model->rowCount() == 0)
        return;
    const FileStatistics stats = index->statistics();
    if (stats.firstTime() == ScannedFields::noTime) {
        QMessageBox::information(this, tr("Go to Time"),
                                 tr("The messages of this file carry no time stamps."));
        return;
    }
    const QDateTime first = MessageTimeParser::utcFromMSecs(stats.firstTime() * 1000);
    const Message current = m_model->message(int(std::max<qint64>(currentLine(), 0)));
    GoToTimeDialog dialog(current.time.isValid() ? current.time : first, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QDateTime time = dialog.time();
    if (!time.isValid())
        return;
    if (!goToTime(time))
        QMessageBox::information(this, tr("Go to Time"), tr("No message is that late."));
}

void FileView::askExport()
{
    if (m_exporter->isRunning())
        return;
    const QItemSelection selection = m_table->selectionModel()->selection();
    qint64 selected = 0;
    for (const QItemSelectionRange &range : selection)
        selected += range.height();
    ExportDialog dialog(qint64(m_search->results().size()), selected, m_model->bookmarks().size(),
                        ExportRequest::to(ExportRequest::suggestedDestination(m_path)), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportRequest request = dialog.request();
    std::vector<qint64> lines;
    switch (request.lines) {
    case ExportRequest::Lines::SearchResults:
        lines = m_search->results();
        break;
    case ExportRequest::Lines::Selection:
        lines = ExportRequest::selectedLines(selection);
        break;
    case ExportRequest::Lines::Bookmarks:
        for (const int row : m_model->bookmarks())
            lines.push_back(row);
        break;
    case ExportRequest::Lines::Matching:
        break; // the command line's choice
    }
    if (lines.empty())
        return;
    m_exportProgress->setValue(0);
    m_exportProgress->show();
    m_cancelExport->show();
    m_exportAction->setEnabled(false);
    m_exportNotice->exportStarted(qint64(lines.size()), request.destination);
    m_exporter->start(std::move(lines), request);
}
