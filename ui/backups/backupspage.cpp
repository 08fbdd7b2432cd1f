#include "backupspage.h"

#include "common/desktopopener.h"
#include "backups/backupcalendar.h"
#include "backups/progressdelegate.h"
#include "common/desktopopener.h"
#include "common/emptystate.h"
#include "common/flowlayout.h"
#include "common/passworddialog.h"

#include "backups/backupcatalogue.h"
#include "backups/backupnaming.h"
#include "backups/backupsession.h"
#include "backups/downloadqueue.h"
#include "backups/downloadqueuemodel.h"
#include "core/appsettings.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

BackupsPage::BackupsPage(QWidget *parent)
    : BackupsPage(nullptr, parent)
{}

BackupsPage::BackupsPage(BackupSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    if (!m_session) {
        m_session = new BackupSession(BackupCatalogue::defaultStatePath());
        m_ownsSession = true;
    }
    m_queue = m_session->queue();
    m_catalogue = m_session->catalogue();
    m_model = m_session->model();

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    m_totalsTimer = new QTimer(this);
    m_totalsTimer->setInterval(500);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_empty = new EmptyState(
        QIcon(QStringLiteral(":/icons/page-backups.svg")), tr("Daily backups"),
        //: %1 is the command hydrant --demo
        tr("No backup service is set up yet. Add a backup account under Settings → Accounts… "
           "(base URL, user name and file types), or try the calendar and downloads in the demo "
           "(or start Hydrant with %1): it runs against a built-in simulator, no account needed.")
            .arg(EmptyState::command(QStringLiteral("hydrant --demo"))),
        m_stack);
    connect(m_empty->addButton(tr("Try the demo")), &QPushButton::clicked, this,
            &BackupsPage::demoRequested);
    m_downloadAction = new QAction(QIcon::fromTheme(QStringLiteral("download")),
                                   tr("&Download Selected Days"), this);
    m_downloadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_downloadAction->setToolTip(tr("Queue every selected file type for every selected day"));
    connect(m_downloadAction, &QAction::triggered, this, &BackupsPage::downloadSelected);
    m_openSelectedAction = new QAction(tr("&Open Selected Days"), this);
    m_openSelectedAction->setToolTip(
        tr("Open the downloaded files of the selected days in the Files page, as one dataset"));
    m_openSelectedAction->setEnabled(false);
    connect(m_openSelectedAction, &QAction::triggered, this, &BackupsPage::openSelectedDays);
    m_pauseAllAction = new QAction(tr("&Pause All"), this);
    connect(m_pauseAllAction, &QAction::triggered, m_queue, &DownloadQueue::pauseAll);
    m_resumeAllAction = new QAction(tr("&Resume All"), this);
    connect(m_resumeAllAction, &QAction::triggered, m_queue, &DownloadQueue::resumeAll);
    m_retryAction = new QAction(tr("Re&try"), this);
    m_retryAction->setToolTip(tr("Retry the selected downloads, or every failed one when none "
                                 "is selected"));
    connect(m_retryAction, &QAction::triggered, this, &BackupsPage::retrySelectedOrFailed);
    m_cancelAction = new QAction(tr("&Cancel"), this);
    m_cancelAction->setToolTip(tr("Stop the selected downloads and delete what they downloaded"));
    connect(m_cancelAction, &QAction::triggered, this, &BackupsPage::cancelSelected);
    // The download order: queued days start from the top.
    const auto addMoveAction = [this](const QString &text, QKeyCombination key,
                                      DownloadQueue::Move where) {
        auto *action = new QAction(text, this);
        action->setShortcut(QKeySequence(key));
        // While the focus is on this page (the Backups menu shows the same action).
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, [this, where] {
            m_queue->move(selectedKeys(), where);
            if (const QModelIndexList rows = m_table->selectionModel()->selectedRows();
                !rows.isEmpty())
                m_table->scrollTo(rows.first());
        });
        return action;
    };
    m_moveUpAction = addMoveAction(tr("Move &Up"), Qt::CTRL | Qt::SHIFT | Qt::Key_Up,
                                   DownloadQueue::Move::Up);
    m_moveDownAction = addMoveAction(tr("Move Do&wn"), Qt::CTRL | Qt::SHIFT | Qt::Key_Down,
                                     DownloadQueue::Move::Down);
    m_moveToTopAction = addMoveAction(tr("Move to &Top"), Qt::CTRL | Qt::SHIFT | Qt::Key_Home,
                                      DownloadQueue::Move::ToTop);
    m_moveToBottomAction = addMoveAction(tr("Move to &Bottom"),
                                         Qt::CTRL | Qt::SHIFT | Qt::Key_End,
                                         DownloadQueue::Move::ToBottom);
    m_moveUpAction->setToolTip(tr("Download the selected days sooner"));
    m_moveDownAction->setToolTip(tr("Download the selected days later"));
    m_clearAction = new QAction(tr("C&lear Finished"), this);
    connect(m_clearAction, &QAction::triggered, m_queue, &DownloadQueue::clearFinished);
    m_hideNotAvailableAction = new QAction(tr("&Hide Not Available"), this);
    m_hideNotAvailableAction->setCheckable(true);
    m_hideNotAvailableAction->setToolTip(
        tr("Hide the days the service has no file for from the queue"));
    m_hideNotAvailableAction->setChecked(
        AppSettings::uiState(QStringLiteral("backups/hideNotAvailable")) == "1");
    connect(m_hideNotAvailableAction, &QAction::toggled, this, [this](bool hide) {
        AppSettings::setUiState(QStringLiteral("backups/hideNotAvailable"), hide ? "1" : "0");
        applyRowFilter();
    });

    m_stack->addWidget(m_empty);
    m_stack->addWidget(createContent());
    layout->addWidget(m_stack);

    connect(m_queue, &DownloadQueue::itemChanged, this, &BackupsPage::scheduleCalendarRefresh);
    connect(m_queue, &DownloadQueue::itemsAdded, this, &BackupsPage::scheduleCalendarRefresh);
    connect(m_queue, &DownloadQueue::itemsRemoved, this, &BackupsPage::scheduleCalendarRefresh);
    // Rows are the model's: hidden Not available rows follow it. A day that turns out to be
    // missing hides as it finishes.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                applyRowFilter(topLeft.row(), bottomRight.row());
            });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { applyRowFilter(); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { applyRowFilter(); });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] { applyRowFilter(); });
    // Rows cleared from the queue take their counts out of the summary at once.
    connect(m_queue, &DownloadQueue::itemsRemoved, this, [this] {
        m_totalsLabel->clear();
        updateTotals();
    });
    connect(m_catalogue, &BackupCatalogue::changed, this, &BackupsPage::scheduleCalendarRefresh);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        m_calendar->refreshStates();
        updateSelectionSummary();
        updateTotals();
        updateActions();
    });
    connect(m_totalsTimer, &QTimer::timeout, this, &BackupsPage::updateTotals);
    // Queued: the prompt never opens from inside the queue's code.
    connect(m_queue, &DownloadQueue::credentialsRequired, this, &BackupsPage::askForPassword,
            Qt::QueuedConnection);
    connect(m_queue, &DownloadQueue::stateSaveFailed, this,
            [this](const QString &message) { m_totalsLabel->setText(message); });
    connect(m_session, &BackupSession::stateProblem, this,
            [this](const QString &message) { m_totalsLabel->setText(message); });
    connect(m_session, &BackupSession::downloadFolderChanged, this,
            &BackupsPage::updateFolderLabel);

    updateFolderLabel();
    updateActions();
    updateTotals();
}

BackupsPage::~BackupsPage()
{
    AppSettings::setUiState(QStringLiteral("backups/queueColumns"),
                            m_table->horizontalHeader()->saveState());
    m_queue->saveState();
    // Nothing the session says may reach this page any more; the views go before its model.
    m_session->disconnect(this);
    m_queue->disconnect(this);
    m_catalogue->disconnect(this);
    delete m_stack;
    if (m_ownsSession)
        delete m_session;
}

QWidget *BackupsPage::createContent()
{
    auto *content = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(content);

    m_banner = new QFrame(content);
    m_banner->setObjectName(QStringLiteral("credentialsBanner"));
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x4a, 0x35, 0x00));
    m_banner->setPalette(bannerPalette);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    auto *bannerButton = new QPushButton(tr("Enter &Password…"), m_banner);
    connect(bannerButton, &QPushButton::clicked, this,
            [this] { askForPassword(m_bannerText->text()); });
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(bannerButton);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *splitter = new QSplitter(Qt::Horizontal, content);
    splitter->setObjectName(QStringLiteral("backupsSplitter"));
    splitter->addWidget(createCalendarPanel());
    splitter->addWidget(createQueuePanel());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    return content;
}

QWidget *BackupsPage::createCalendarPanel()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 6, 0);

    m_calendar = new BackupCalendar(panel);
    m_calendar->setObjectName(QStringLiteral("backupCalendar"));
    m_calendar->setMinimumSize(320, 240);
    m_calendar->setStateProvider([this](const QDate &date) {
        return BackupDayStatus::dayState(date, selectedFileTypes(), *m_catalogue, *m_queue);
    });
    connect(m_calendar, &BackupCalendar::rangeChanged, this, &BackupsPage::updateSelectionSummary);
    connect(m_calendar, &BackupCalendar::dayContextMenuRequested, this, &BackupsPage::showDayMenu);
    connect(m_calendar, &QCalendarWidget::activated, this, [this] { downloadSelected(); });
    layout->addWidget(m_calendar);

    // Legend: the colours of the calendar, with words.
    auto *legend = new QGridLayout;
    legend->setHorizontalSpacing(12);
    using S = BackupDayStatus::State;
    const QList<S> states{S::OnDisk,       S::Partial, S::InProgress,
                          S::NotAvailable, S::Failed,  S::NotChecked};
    for (int i = 0; i < states.size(); ++i) {
        auto *swatch = new QLabel(panel);
        swatch->setFixedSize(14, 6);
        const QColor color = BackupCalendar::stateColor(states[i]);
        swatch->setStyleSheet(
            color.isValid() ? QStringLiteral("background:%1;border-radius:2px;").arg(color.name())
                            : QStringLiteral("border:1px solid palette(mid);border-radius:2px;"));
        auto *text = new QLabel(BackupDayStatus::name(states[i]), panel);
        auto *row = new QHBoxLayout;
        row->addWidget(swatch);
        row->addWidget(text);
        row->addStretch();
        legend->addLayout(row, i / 2, i % 2);
    }
    layout->addLayout(legend);

    m_typeBox = new QGroupBox(tr("File types"), panel);
    m_typeLayout = new QVBoxLayout(m_typeBox);
    layout->addWidget(m_typeBox);

    m_selectionLabel = new QLabel(panel);
    m_selectionLabel->setWordWrap(true);
    layout->addWidget(m_selectionLabel);

    auto *buttons = new QHBoxLayout;
    auto *monthButton = new QPushButton(tr("Select &Month"), panel);
    monthButton->setToolTip(tr("Select every day of the month on show (up to today)"));
    connect(monthButton, &QPushButton::clicked, m_calendar, &BackupCalendar::selectShownMonth);
    m_downloadButton = new QPushButton(tr("&Download Selected"), panel);
    m_downloadButton->setObjectName(QStringLiteral("downloadSelectedButton"));
    m_downloadButton->setDefault(true);
    connect(m_downloadButton, &QPushButton::clicked, this, &BackupsPage::downloadSelected);
    m_openSelectedButton = new QPushButton(tr("&Open Selected"), panel);
    m_openSelectedButton->setObjectName(QStringLiteral("openSelectedButton"));
    m_openSelectedButton->setToolTip(m_openSelectedAction->toolTip());
    m_openSelectedButton->setEnabled(false);
    connect(m_openSelectedButton, &QPushButton::clicked, this, &BackupsPage::openSelectedDays);
    m_tabOrder << m_calendar << monthButton << m_openSelectedButton << m_downloadButton;
    buttons->addWidget(monthButton);
    buttons->addStretch();
    buttons->addWidget(m_openSelectedButton);
    buttons->addWidget(m_downloadButton);
    layout->addLayout(buttons);

    auto *folderRow = new QHBoxLayout;
    m_folderLabel = new QLabel(panel);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folderLabel->setMinimumWidth(120);
    m_folderLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_folderLabel->installEventFilter(this);
    auto *folderButton = new QPushButton(tr("C&hange…"), panel);
    folderButton->setToolTip(tr("Choose the folder downloads are saved in"));
    connect(folderButton, &QPushButton::clicked, this, &BackupsPage::chooseFolder);
    m_tabOrder << folderButton;
    folderRow->addWidget(new QLabel(tr("Save to:"), panel));
    folderRow->addWidget(m_folderLabel, 1);
    folderRow->addWidget(folderButton);
    layout->addLayout(folderRow);
    layout->addStretch();
    return panel;
}

QWidget *BackupsPage::createQueuePanel()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 0, 0, 0);

    auto *title = new QLabel(tr("<b>Download queue</b>"), panel);
    layout->addWidget(title);
    // The queue's buttons are the Backups menu's actions; in a narrow window (or a long
    // language) they take a second row rather than widen the window.
    auto *buttons = new QWidget(panel);
    auto *flow = new FlowLayout(buttons, 2);
    for (QAction *action : {m_pauseAllAction, m_resumeAllAction, m_retryAction, m_cancelAction,
                            m_clearAction, m_hideNotAvailableAction}) {
        auto *button = new QToolButton(buttons);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        flow->addWidget(button);
        m_tabOrder << button;
    }
    layout->addWidget(buttons);

    m_table = new QTableView(panel);
    m_table->setObjectName(QStringLiteral("downloadQueueView"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(DownloadQueueModel::ProgressColumn,
                                      new ProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    // Tab leaves the queue for the next control; the arrow keys move between rows.
    m_table->setTabKeyNavigation(false);
    m_tabOrder << m_table;
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    // The state column says why a download failed: it takes the spare width; the figures fit
    // their text.
    QHeaderView *queueHeader = m_table->horizontalHeader();
    queueHeader->setStretchLastSection(false);
    queueHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    queueHeader->setSectionResizeMode(DownloadQueueModel::StateColumn, QHeaderView::Stretch);
    queueHeader->setSectionResizeMode(DownloadQueueModel::ProgressColumn, QHeaderView::Fixed);
    queueHeader->resizeSection(DownloadQueueModel::ProgressColumn,
                               m_table->fontMetrics().horizontalAdvance(QStringLiteral("100.0%")) * 2);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &BackupsPage::showRowMenu);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString path = index.data(DownloadQueueModel::FilePathRole).toString();
        if (QFileInfo::exists(path))
            emit openFileRequested(path);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BackupsPage::updateActions);
    const QByteArray header = AppSettings::uiState(QStringLiteral("backups/queueColumns"));
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    layout->addWidget(m_table, 1);

    // What to do when the queue is empty, over the empty table.
    m_queueHint = new QLabel(tr("Select days on the calendar (click, shift-click or drag, or "
                                "“Select Month”) and press “Download Selected”."),
                             m_table->viewport());
    m_queueHint->setWordWrap(true);
    m_queueHint->setAlignment(Qt::AlignCenter);
    m_queueHint->setEnabled(false);
    m_queueHint->setGeometry(QRect(QPoint(20, 20), QSize(420, 80)));
    m_table->viewport()->installEventFilter(this);

    auto *totals = new QHBoxLayout;
    m_totalProgress = new QProgressBar(panel);
    m_totalProgress->setRange(0, 1000);
    m_totalProgress->setTextVisible(true);
    m_totalProgress->hide();
    m_totalsLabel = new QLabel(panel);
    m_totalsLabel->setObjectName(QStringLiteral("queueTotals"));
    totals->addWidget(m_totalProgress, 1);
    totals->addWidget(m_totalsLabel, 2);
    layout->addLayout(totals);
    m_typeWarning = new QLabel(panel);
    m_typeWarning->setObjectName(QStringLiteral("typeNotFoundWarning"));
    m_typeWarning->setWordWrap(true);
    m_typeWarning->hide();
    layout->addWidget(m_typeWarning);
    return panel;
}

void BackupsPage::populateMenu(QMenu *menu)
{
    menu->addAction(m_downloadAction);
    menu->addAction(m_openSelectedAction);
    menu->addSeparator();
    menu->addAction(m_pauseAllAction);
    menu->addAction(m_resumeAllAction);
    menu->addAction(m_retryAction);
    menu->addAction(m_cancelAction);
    menu->addSeparator();
    menu->addAction(m_moveUpAction);
    menu->addAction(m_moveDownAction);
    menu->addAction(m_moveToTopAction);
    menu->addAction(m_moveToBottomAction);
    menu->addSeparator();
    menu->addAction(m_clearAction);
    menu->addAction(m_hideNotAvailableAction);
}

void BackupsPage::setBackupEndpoint(const BackupEndpoint &endpoint)
{
    m_session->setEndpoint(endpoint);
    // A saved account shows its queue even while its password is unknown: the queue asks.
    if (!endpoint.hasAccount()) {
        m_stack->setCurrentWidget(m_empty);
        updateActions();
        return;
    }
    m_banner->hide();
    rebuildTypeChoices();
    m_stack->setCurrentIndex(1);
    scheduleCalendarRefresh();
    m_totalsTimer->start();
}

BackupEndpoint BackupsPage::backupEndpoint() const
{
    return m_session->endpoint();
}

QString BackupsPage::downloadFolder() const
{
    return m_session->downloadFolder();
}

void BackupsPage::setDownloadFolder(const QString &folder)
{
    m_session->setDownloadFolder(folder);
}

void BackupsPage::updateFolderLabel()
{
    if (!m_folderLabel)
        return;
    const QString path = QDir::toNativeSeparators(m_session->downloadFolder());
    const int width = std::max(80, m_folderLabel->width());
    m_folderLabel->setText(m_folderLabel->fontMetrics().elidedText(path, Qt::ElideMiddle, width));
    m_folderLabel->setToolTip(path);
}

bool BackupsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        if (watched == m_folderLabel)
            updateFolderLabel();
        else if (m_table && watched == m_table->viewport())
            m_queueHint->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    }
    return QWidget::eventFilter(watched, event);
}

void BackupsPage::chooseFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Save Backups In"),
                                                             m_session->downloadFolder(),
                                                             QFileDialog::ShowDirsOnly |
                                                                 QFileDialog::DontResolveSymlinks);
    if (chosen.isEmpty())
        return;
    if (m_session->isSimulator() || m_session->isDownloadFolderOverridden()) {
        setDownloadFolder(chosen);
        return;
    }
    AppSettings::setDownloadFolder(chosen);
    m_session->applySettings();
}

QStringList BackupsPage::selectedFileTypes() const
{
    QStringList types;
    for (QCheckBox *check : m_typeChecks) {
        if (check->isChecked())
            types.append(check->property("fileType").toString());
    }
    return types;
}

void BackupsPage::rebuildTypeChoices()
{
    const QStringList previous = selectedFileTypes();
    qDeleteAll(m_typeChecks);
    m_typeChecks.clear();
    for (const QString &type : BackupNaming::labelsOf(m_session->endpoint())) {
        auto *check = new QCheckBox(m_typeBox);
        check->setProperty("fileType", type);
        const QString error = BackupNaming::labelError(type);
        if (error.isEmpty()) {
            check->setText(type);
            // At first the daily files are ticked; the symbol backups are an extra to ask for.
            const bool symbols = BackupNaming::keyOf(type, {}).isSymbols();
            check->setChecked(previous.isEmpty() ? !symbols : previous.contains(type));
        } else {
            // Shown, but never used: the account lists a type Hydrant cannot request safely.
            check->setText(type.left(40));
            check->setEnabled(false);
            check->setToolTip(error);
        }
        connect(check, &QCheckBox::toggled, this, [this] {
            m_calendar->refreshStates();
            updateSelectionSummary();
        });
        m_typeLayout->addWidget(check);
        m_typeChecks.append(check);
    }
    // Tab goes from the file types to the calendar, then to the buttons and the queue (the
    // boxes are made after the rest of the page, which would put them last).
    QWidget *before = nullptr;
    for (QWidget *widget : QList<QWidget *>(m_typeChecks.cbegin(), m_typeChecks.cend()) + m_tabOrder) {
        if (before)
            setTabOrder(before, widget);
        before = widget;
    }
    updateSelectionSummary();
}

void BackupsPage::updateSelectionSummary()
{
    const int days = int(m_calendar->selectedDays().size());
    const int types = int(selectedFileTypes().size());
    const QLocale locale;
    QString text;
    if (days == 1)
        text =
            tr("%1 selected").arg(locale.toString(m_calendar->rangeStart(), QLocale::LongFormat));
    else
        text = tr("%1 – %2 selected")
                   .arg(locale.toString(m_calendar->rangeStart(), QLocale::ShortFormat),
                        locale.toString(m_calendar->rangeEnd(), QLocale::ShortFormat));
    text += QLatin1Char(' ') + tr("(%n file(s))", nullptr, days * types);
    m_selectionLabel->setText(text);
    const bool canDownload = m_session->hasAccount() && days > 0 && types > 0;
    m_downloadButton->setEnabled(canDownload);
    if (m_downloadAction)
        m_downloadAction->setEnabled(canDownload);
    const bool canOpen = !selectedFilesOnDisk().isEmpty();
    m_openSelectedButton->setEnabled(canOpen);
    m_openSelectedAction->setEnabled(canOpen);
}

QStringList BackupsPage::typesActedOn() const
{
    const QStringList selected = selectedFileTypes();
    return selected.isEmpty() ? BackupNaming::labelsOf(m_session->endpoint()) : selected;
}

QStringList BackupsPage::selectedFilesOnDisk(const QString &type) const
{
    QStringList paths;
    if (!BackupNaming::labelError(type).isEmpty())
        return paths;
    for (const QDate &day : m_calendar->selectedDays()) {
        const BackupKey key = BackupNaming::keyOf(type, day);
        if (m_catalogue->isOnDisk(key))
            paths << m_catalogue->filePath(key);
    }
    return paths;
}

QStringList BackupsPage::selectedFilesOnDisk() const
{
    QStringList paths;
    for (const QString &type : typesActedOn())
        paths << selectedFilesOnDisk(type);
    return paths;
}

void BackupsPage::openSelectedDays()
{
    // One dataset per file type, each a timeline of one kind (likes and follows, messages);
    // the download folder opened as a whole merges them by time.
    bool opened = false;
    for (const QString &type : typesActedOn()) {
        const QStringList paths = selectedFilesOnDisk(type);
        if (paths.isEmpty())
            continue;
        emit openFilesRequested(paths);
        opened = true;
    }
    if (!opened)
        tell(tr("None of the selected days is downloaded yet."));
}

void BackupsPage::downloadSelected()
{
    const QStringList types = selectedFileTypes();
    const QList<QDate> days = m_calendar->selectedDays();
    if (!m_session->hasAccount() || types.isEmpty() || days.isEmpty())
        return;
    QList<BackupKey> keys;
    for (const QDate &day : days) {
        for (const QString &type : types)
            keys.append(BackupNaming::keyOf(type, day));
    }
    const auto result = m_queue->enqueue(keys);
    QStringList parts;
    parts << tr("%n file(s) queued.", nullptr, result.added);
    if (result.skipped > 0)
        parts << tr("%n already on disk.", nullptr, result.skipped);
    if (result.alreadyQueued > 0)
        parts << tr("%n already in the queue.", nullptr, result.alreadyQueued);
    if (!result.refused.isEmpty())
        parts << result.refused.first();
    m_totalsLabel->setText(parts.join(QLatin1Char(' ')));
    m_totalsTimer->start();
}

void BackupsPage::updateTotals()
{
    if (!m_totalsLabel)
        return;
    const auto totals = m_queue->totals();
    const QLocale locale;
    m_totalProgress->setVisible(m_queue->count() > 0);
    m_queueHint->setVisible(m_queue->count() == 0);
    const DownloadQueueModel::Overall overall = m_model->overall();
    m_totalProgress->setValue(int(overall.fraction * 1000));
    if (overall.files == 0)
        m_totalProgress->setFormat(QString());
    else if (overall.sizesKnown)
        m_totalProgress->setFormat(tr("%1 of %2")
                                       .arg(locale.formattedDataSize(overall.bytesReceived),
                                            locale.formattedDataSize(overall.bytesTotal)));
    else
        m_totalProgress->setFormat(
            tr("%1 so far").arg(locale.formattedDataSize(overall.bytesReceived)));
    QStringList parts;
    if (m_queue->isWaitingForCredentials())
        parts << tr("Paused: the service needs the password.");
    if (totals.active > 0)
        parts << tr("%n running", nullptr, totals.active)
              << tr("%1/s").arg(locale.formattedDataSize(qint64(totals.bytesPerSecond)));
    if (totals.queued > 0)
        parts << tr("%n queued", nullptr, totals.queued);
    if (totals.paused > 0)
        parts << tr("%n paused", nullptr, totals.paused);
    if (totals.done > 0)
        parts << tr("%n done", nullptr, totals.done);
    if (totals.notAvailable > 0)
        parts << tr("%n not available", nullptr, totals.notAvailable);
    if (totals.failed > 0)
        parts << tr("%n failed", nullptr, totals.failed);
    if (!parts.isEmpty())
        m_totalsLabel->setText(parts.join(QStringLiteral(" · ")));
    // A type that is 404 on every day asked for is almost always a wrong name: say so plainly.
    QStringList warnings;
    for (const QString &type : m_queue->typesNotFound()) {
        int days = 0;
        for (const DownloadItem &item : m_queue->items())
            days += BackupNaming::typeLabel(item.key) == type ? 1 : 0;
        warnings << DownloadQueue::typeNotFoundMessage(type, days);
    }
    m_typeWarning->setText(warnings.join(QLatin1Char('\n')));
    m_typeWarning->setVisible(!warnings.isEmpty());
    if (!m_queue->hasPendingWork())
        m_totalsTimer->stop();
}

void BackupsPage::updateActions()
{
    if (!m_clearAction)
        return;
    const auto totals = m_queue->totals();
    const bool any = m_queue->count() > 0;
    m_pauseAllAction->setEnabled(totals.active + totals.queued > 0);
    m_resumeAllAction->setEnabled(totals.paused > 0 || m_queue->isWaitingForCredentials());
    m_clearAction->setEnabled(totals.done + totals.notAvailable + totals.cancelled > 0);
    const bool rows = !selectedKeys().isEmpty();
    m_retryAction->setEnabled(any && (rows || totals.failed > 0));
    m_cancelAction->setEnabled(any && rows);
    // Only while the queue is on screen: its shortcuts must not move rows the user cannot see.
    for (QAction *action : {m_moveUpAction, m_moveDownAction, m_moveToTopAction,
                            m_moveToBottomAction})
        action->setEnabled(rows && isVisible());
}

void BackupsPage::scheduleCalendarRefresh()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

QList<BackupKey> BackupsPage::selectedKeys() const
{
    if (!m_table)
        return {};
    QModelIndexList shown;
    const QModelIndexList indexes = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : indexes) {
        if (!m_table->isRowHidden(index.row()))
            shown.append(index);
    }
    return m_model->keys(shown);
}

void BackupsPage::cancelSelected()
{
    QList<BackupKey> keys;
    qint64 downloaded = 0;
    for (const BackupKey &key : selectedKeys()) {
        const DownloadItem *item = m_queue->find(key);
        if (!item || item->isFinished())
            continue;
        keys << key;
        downloaded += std::max<qint64>(0, item->bytesReceived);
    }
    if (keys.isEmpty())
        return;
    if (downloaded > 0) {
        // What is on disk stays (NAME.part) until the user says to throw it away.
        QMessageBox box(QMessageBox::Question, tr("Cancel Downloads"),
                        tr("Cancel %n download(s) and delete the %1 already downloaded?", nullptr,
                           int(keys.size()))
                            .arg(QLocale().formattedDataSize(downloaded)),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("cancelQuestion"));
        box.setInformativeText(tr("Pause keeps what was downloaded, to carry on later."));
        QPushButton *discard = box.addButton(tr("Cancel and Delete"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("Keep Downloading"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != discard)
            return;
    }
    // The queue may have moved on while the question was open: the keys still name the same
    // downloads (one that finished or left meanwhile is left alone).
    for (const BackupKey &key : std::as_const(keys))
        m_queue->cancel(key);
}

void BackupsPage::retrySelectedOrFailed()
{
    QList<BackupKey> keys = selectedKeys();
    if (keys.isEmpty()) {
        for (const DownloadItem &item : m_queue->items()) {
            if (item.state == DownloadItem::State::Failed)
                keys << item.key;
        }
        tell(keys.isEmpty() ? tr("Nothing to retry: select a download, or wait for one to fail.")
                            : tr("Retrying %n failed download(s).", nullptr, int(keys.size())));
    }
    for (const BackupKey &key : std::as_const(keys))
        m_queue->retry(key);
    m_totalsTimer->start();
}

void BackupsPage::applyRowFilter(int first, int last)
{
    if (!m_table || !m_hideNotAvailableAction)
        return;
    const bool hide = m_hideNotAvailableAction->isChecked();
    first = std::max(first, 0);
    last = last < 0 ? m_model->rowCount() - 1 : std::min(last, m_model->rowCount() - 1);
    for (int row = first; row <= last; ++row) {
        const auto state =
            DownloadItem::State(m_model->index(row, 0).data(DownloadQueueModel::StateRole).toInt());
        const bool hidden = hide && state == DownloadItem::State::NotAvailable;
        if (m_table->isRowHidden(row) != hidden)
            m_table->setRowHidden(row, hidden);
    }
}

void BackupsPage::tell(const QString &text)
{
    m_totalsLabel->setText(text);
    if (auto *window = qobject_cast<QMainWindow *>(this->window()))
        window->statusBar()->showMessage(text, 8000);
}

void BackupsPage::showInFileManager(const QString &path)
{
    if (!DesktopOpener::showInFileManager(path)) {
        const QFileInfo info(path);
        tell(tr("No file manager could show %1: open the folder %2 yourself.")
                 .arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())));
    }
}

void BackupsPage::deleteFile(const QString &type, const QDate &date)
{
    const BackupKey key = BackupNaming::keyOf(type, date);
    const QString path = m_catalogue->filePath(key);
    const auto answer =
        QMessageBox::question(this, tr("Delete File"),
                              tr("Delete %1 from the disk? It can be downloaded again later.")
                                  .arg(QDir::toNativeSeparators(path)),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!m_catalogue->deleteFile(key, &error))
        QMessageBox::warning(this, tr("Delete File"), error);
}

void BackupsPage::addFileActions(QMenu *menu, const QString &type, const QDate &date)
{
    const BackupKey key = BackupNaming::keyOf(type, date);
    const QString path = m_catalogue->filePath(key);
    const bool onDisk = QFileInfo::exists(path);
    const std::optional<DownloadItem::State> queued = m_queue->stateOf(key);
    menu->addAction(tr("Open in Files Page"), this, [this, path] { emit openFileRequested(path); })
        ->setEnabled(onDisk);
    menu->addAction(tr("Show in File Manager"), this, [this, path] { showInFileManager(path); });
    if (queued) {
        const auto state = *queued;
        if (state == DownloadItem::State::Paused)
            menu->addAction(tr("Resume"), this, [this, key] { m_queue->resume(key); });
        else if (!DownloadItem::isFinished(state))
            menu->addAction(tr("Pause"), this, [this, key] { m_queue->pause(key); });
        if (state == DownloadItem::State::Failed || state == DownloadItem::State::NotAvailable ||
            state == DownloadItem::State::Cancelled ||
            (state == DownloadItem::State::Done && !onDisk))
            menu->addAction(tr("Retry"), this, [this, key] { m_queue->retry(key); });
        if (!DownloadItem::isFinished(state))
            menu->addAction(tr("Cancel"), this, [this, key] { m_queue->cancel(key); });
    } else if (!onDisk) {
        menu->addAction(tr("Download"), this, [this, key] { m_queue->enqueue({key}); });
    }
    menu->addSeparator();
    menu->addAction(tr("Delete File…"), this, [this, type, date] { deleteFile(type, date); })
        ->setEnabled(onDisk);
}

void BackupsPage::showDayMenu(const QDate &date, const QPoint &globalPos)
{
    const QStringList types = typesActedOn();
    QMenu menu(this);
    menu.addSection(QLocale().toString(date, QLocale::LongFormat));
    if (!m_calendar->selectedDays().contains(date))
        m_calendar->selectRange(date, date);
    menu.addAction(m_downloadAction);
    menu.addAction(m_openSelectedAction);
    for (const QString &type : types) {
        if (!BackupNaming::labelError(type).isEmpty())
            continue;
        if (types.size() == 1) {
            menu.addSeparator();
            addFileActions(&menu, type, date);
        } else {
            addFileActions(menu.addMenu(type), type, date);
        }
    }
    menu.exec(globalPos);
}

void BackupsPage::showRowMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    // The key, not the row: the queue may change while the menu is open.
    const BackupKey key = m_model->key(index);
    QMenu menu(this);
    addFileActions(&menu, key.fileType, key.date);
    menu.addSeparator();
    menu.addAction(m_moveUpAction);
    menu.addAction(m_moveDownAction);
    menu.addAction(m_moveToTopAction);
    menu.addAction(m_moveToBottomAction);
    menu.addSeparator();
    menu.addAction(tr("Remove from Queue"), this, [this, key] { m_queue->remove(key); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void BackupsPage::askForPassword(const QString &message)
{
    m_bannerText->setText(message);
    m_banner->show();
    if (!isVisible() || m_passwordDialog)
        return; // the banner waits until the user comes to this page
    const BackupEndpoint endpoint = m_session->endpoint();
    m_passwordDialog = new PasswordDialog(endpoint.profileName, endpoint.credentials.user,
                                          AccountStore::Service::Backups, message, this);
    m_passwordDialog->setAttribute(Qt::WA_DeleteOnClose);
    PasswordDialog *dialog = m_passwordDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_banner->hide();
        m_session->providePassword(dialog->password());
        m_totalsTimer->start();
    });
    dialog->open();
}

void BackupsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The preferences may have changed meanwhile, and files may have been added or removed
    // outside Hydrant.
    m_session->applySettings();
    m_catalogue->rescan();
    updateActions();
}

void BackupsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActions();
}
