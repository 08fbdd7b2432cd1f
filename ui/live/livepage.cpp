#include "livepage.h"

#include "common/emptystate.h"
#include "common/messagecolumns.h"
#include "common/messagedetailview.h"
#include "common/passworddialog.h"
#include "common/shortcutsdialog.h"
#include "connectionlog.h"
#include "connectionstatusbar.h"
#include "core/appsettings.h"
#include "core/buildinfo.h"
#include "net/accountstore.h"
#include "feed/feedinbox.h"
#include "feed/feedmodel.h"
#include "feed/feedproxymodel.h"
#include "feeditemdelegate.h"
#include "feedview.h"
#include "livecharts.h"
#include "relaystartdialog.h"

#if HYDRANT_HAS_NATS
#include "relay/jetstreamsource.h"
#endif

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QHideEvent>
#include <QKeyEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <functional>
#include <mutex>

namespace {

const QString headerKey = QStringLiteral("live/feedHeader");
const QString columnsKey = QStringLiteral("live/feedColumnWidths");
const QString mainSplitterKey = QStringLiteral("live/mainSplitter");
const QString feedSplitterKey = QStringLiteral("live/feedSplitter");
const QString bottomTabKey = QStringLiteral("live/bottomTab");
const QString jsonTreeKey = QStringLiteral("live/jsonTree");

QString filterHelp()
{
    return MessageQuery::syntaxHelp();
}

/// Lets a line edit's focus pass \a keys on to the window's shortcut (a QLineEdit claims Ctrl+End
/// for moving its cursor, which the end of a one-line field does not need).
class PassShortcut : public QObject
{
public:
    PassShortcut(const QKeySequence &keys, QObject *parent)
        : QObject(parent)
        , m_keys(keys)
    {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (QKeySequence(key->keyCombination()) == m_keys) {
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QKeySequence m_keys;
};

/// Escape in a line edit that has text runs \a clear (and the window's Escape shortcuts only
/// once it is empty).
class ClearOnEscape : public QObject
{
public:
    ClearOnEscape(QLineEdit *edit, std::function<void()> clear)
        : QObject(edit)
        , m_edit(edit)
        , m_clear(std::move(clear))
    {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier &&
                !m_edit->text().isEmpty()) {
                event->accept();
                if (event->type() == QEvent::KeyPress)
                    m_clear();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QLineEdit *m_edit;
    std::function<void()> m_clear;
};

} // namespace

LivePage::LivePage(QWidget *parent)
    : LivePage(nullptr, parent)
{}

LivePage::LivePage(LiveSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
#if HYDRANT_HAS_NATS
    // A team relay account's stream is read by the relay's JetStream source.
    static std::once_flag relayRegistered;
    std::call_once(relayRegistered, [] { JetStreamSource::registerFactory(); });
#endif
    if (!m_session) {
        m_session = new LiveSession(AppSettings::feedRingSize());
        m_ownsSession = true;
    }
    m_proxy = new FeedProxyModel(this);
    m_proxy->setSourceModel(m_session->model());
    createActions();

    m_stack = new QStackedWidget(this);
    m_empty = new EmptyState(
        QIcon(QStringLiteral(":/icons/page-live.svg")), tr("No stream to watch yet"),
        //: %1 is the command hydrant --demo
        tr("Add a stream account with the URL and the e-mail address and password from your "
           "provider's dashboard. To look around first, try the demo (or start Hydrant with "
           "%1): it streams from a built-in simulator, no account needed.")
            .arg(EmptyState::command(QStringLiteral("hydrant --demo"))),
        m_stack);
    connect(m_empty->addButton(tr("Add account…")), &QPushButton::clicked, this,
            &LivePage::addAccountRequested);
    connect(m_empty->addButton(tr("Try the demo")), &QPushButton::clicked, this,
            &LivePage::demoRequested);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(createContent());
    m_stack->setCurrentIndex(m_session->hasAccount() ? 1 : 0);
    wireSession();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    restoreLayout();
    updateActions();
}

LivePage::~LivePage()
{
    saveLayout();
    // Nothing the session says may reach this page any more; the views go before the proxy,
    // and the proxy before the session's model.
    m_session->disconnect(this);
    delete m_stack;
    delete m_proxy;
    if (m_ownsSession)
        delete m_session;
}

void LivePage::wireSession()
{
    connect(m_session->model(), &FeedModel::batchAppended, m_charts, &LiveCharts::markDirty);
    connect(m_session, &LiveSession::statusChanged, this, &LivePage::onStatus);
    connect(m_session, &LiveSession::connectionEvent, this, &LivePage::onEvent);
    connect(m_session, &LiveSession::statisticsUpdated, m_statusBar,
            &ConnectionStatusBar::setStatistics);
    connect(m_session, &LiveSession::passwordNeeded, this, &LivePage::askForPassword);
    connect(m_session, &LiveSession::resumePositionChanged, m_statusBar,
            &ConnectionStatusBar::setResumePosition);
    m_statusBar->setResumePosition(m_session->resumePosition());
    const auto log = [this](StreamEvent::Kind kind, const QString &text) {
        m_log->addEvent({QDateTime::currentDateTimeUtc(), kind, text});
    };
    connect(m_session, &LiveSession::recordingStarted, this, [this, log](const QString &path) {
        m_statusBar->setRecording(path, 0);
        log(StreamEvent::Kind::Info, tr("Recording to %1.").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_session, &LiveSession::recordingProgress, this,
            [this](const QString &path, quint64 written) {
                if (m_session->isRecording())
                    m_statusBar->setRecording(path, written);
            });
    connect(m_session, &LiveSession::recordingFailed, this,
            [this, log](const QString &message, const QString &reason) {
                m_statusBar->setRecordingError(message, reason);
                m_recordAction->setChecked(false);
                log(StreamEvent::Kind::Error, message);
            });
    connect(m_session, &LiveSession::recordingWarning, this,
            [log](const QString &message) { log(StreamEvent::Kind::Warning, message); });
    connect(m_session, &LiveSession::recordingStopped, this, [log](const QString &path) {
        if (!path.isEmpty())
            log(StreamEvent::Kind::Info,
                tr("Recording stopped: %1.").arg(QDir::toNativeSeparators(path)));
    });
}

void LivePage::createActions()
{
    m_connectAction =
        new QAction(QIcon::fromTheme(QStringLiteral("network-connect")), tr("&Connect"), this);
    m_connectAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_connectAction->setToolTip(tr("Connect to the stream (F5)"));
    connect(m_connectAction, &QAction::triggered, this, &LivePage::connectStream);

    m_disconnectAction = new QAction(QIcon::fromTheme(QStringLiteral("network-disconnect")),
                                     tr("&Disconnect"), this);
    m_disconnectAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_disconnectAction->setToolTip(tr("Disconnect from the stream (Shift+F5)"));
    connect(m_disconnectAction, &QAction::triggered, this, &LivePage::disconnectStream);

    m_pauseAction = new QAction(QIcon::fromTheme(QStringLiteral("media-playback-pause")),
                                tr("&Pause Scrolling"), this);
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pauseAction->setToolTip(
        tr("Stop following the newest message; messages keep arriving (Ctrl+P)"));
    // The check shows whether the feed holds still (paused, a row clicked, or scrolled away);
    // the user's click or Ctrl+P pauses or follows again.
    connect(m_pauseAction, &QAction::triggered, this, &LivePage::setPaused);

    m_recordAction =
        new QAction(QIcon::fromTheme(QStringLiteral("media-record")), tr("&Record"), this);
    m_recordAction->setCheckable(true);
    m_recordAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_recordAction->setToolTip(
        tr("Write the stream to a daily .jsonl.gz file in the recording folder (Ctrl+R)"));
    connect(m_recordAction, &QAction::toggled, this, &LivePage::setRecording);

    m_jumpAction =
        new QAction(QIcon::fromTheme(QStringLiteral("go-top")), tr("&Jump to Newest"), this);
    m_jumpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_End));

    m_clearAction =
        new QAction(QIcon::fromTheme(QStringLiteral("edit-clear-all")), tr("C&lear Feed"), this);
    m_clearAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_clearAction, &QAction::triggered, this, &LivePage::clearFeed);

    m_findAction = new QAction(tr("&Filter…"), this);
    m_findAction->setShortcut(QKeySequence::Find);

    // Connect, Disconnect and Record work from every page (the stream runs whatever page shows);
    // the feed's own shortcuts only apply while this page shows, so other pages may use the same
    // keys for their own actions.
    for (QAction *action : {m_connectAction, m_disconnectAction, m_recordAction})
        action->setShortcutContext(Qt::WindowShortcut);
    for (QAction *action : {m_pauseAction, m_jumpAction, m_clearAction, m_findAction}) {
        m_shortcuts.append({action, action->shortcut()});
        // Help → Keyboard Shortcuts lists them from every page.
        action->setProperty(ShortcutsDialog::pageShortcutProperty, action->shortcut());
    }
    setShortcutsActive(false);
}

void LivePage::setShortcutsActive(bool active)
{
    for (const auto &[action, keys] : std::as_const(m_shortcuts))
        action->setShortcut(active ? keys : QKeySequence());
}

QWidget *LivePage::createContent()
{
    auto *content = new QWidget(m_stack);

    m_filterEdit = new QLineEdit(content);
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setPlaceholderText(tr("Filter: words, $TSLA, @user, sentiment:bullish, /regex/, OR, NOT …"));
    m_filterEdit->setToolTip(filterHelp());
    m_filterEdit->setMinimumWidth(260);
    m_filterEdit->installEventFilter(
        new PassShortcut(QKeySequence(Qt::CTRL | Qt::Key_End), m_filterEdit));
    m_countLabel = new QLabel(content);
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *toolbar = new QToolBar(content);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->addAction(m_connectAction);
    toolbar->addAction(m_disconnectAction);
    toolbar->addSeparator();
    toolbar->addAction(m_pauseAction);
    toolbar->addAction(m_recordAction);
    toolbar->addSeparator();
    toolbar->addWidget(m_filterEdit);
    auto *spacer = new QWidget(toolbar);
    spacer->setFixedWidth(8);
    toolbar->addWidget(spacer);
    toolbar->addWidget(m_countLabel);

    m_view = new FeedView(content);
    m_view->setItemDelegate(new FeedItemDelegate(m_view));
    m_view->setFeedModel(m_proxy);
    // Time, Author, Symbols, Sentiment, (Text takes the rest), Likes, Source.
    // In a narrow window the others give way down to a readable floor (the time whole).
    const int timeFloor = m_view->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")) + 14;
    // The Time column starts wide enough for its title and zone ("Time (CEST)") and the sort arrow.
    const int timeWidth = std::max(
        80, m_view->horizontalHeader()->fontMetrics().horizontalAdvance(
                MessageColumns::title(MessageColumns::Column::Time) + QStringLiteral(" (CEST)")) +
                28);
    m_columns = new MessageColumnSizer(m_view, FeedModel::TextColumn,
                                       {timeWidth, 130, 110, 85, 0, 55, 120},
                                       {timeFloor, 48, 48, 60, 0, 36, 40}, columnsKey);
    connect(m_jumpAction, &QAction::triggered, m_view, &FeedView::jumpToNewest);
    addAction(m_jumpAction); // also from the filter field, and without the Stream menu
    connect(m_view, &FeedView::heldChanged, m_pauseAction, &QAction::setChecked);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LivePage::showSelected);

    m_detail = new MessageDetailView(content);
    connect(m_detail, &MessageDetailView::symbolActivated, this,
            [this](const QString &symbol) { setFilterText(QLatin1Char('$') + symbol); });
    connect(m_detail, &MessageDetailView::authorActivated, this,
            [this](const QString &author) { setFilterText(QLatin1Char('@') + author); });

    m_charts = new LiveCharts(m_session->statistics(), content);
    m_log = new ConnectionLog(content);
    m_bottomTabs = new QTabWidget(content);
    m_bottomTabs->setDocumentMode(true);
    m_bottomTabs->addTab(m_charts, tr("Charts"));
    m_bottomTabs->addTab(m_log, tr("Connection log"));

    m_feedSplitter = new QSplitter(Qt::Vertical, content);
    m_feedSplitter->addWidget(m_view);
    m_feedSplitter->addWidget(m_bottomTabs);
    m_feedSplitter->setStretchFactor(0, 3);
    m_feedSplitter->setStretchFactor(1, 2);
    m_feedSplitter->setChildrenCollapsible(false);

    m_mainSplitter = new QSplitter(Qt::Horizontal, content);
    m_mainSplitter->addWidget(m_feedSplitter);
    m_mainSplitter->addWidget(m_detail);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({900, 360});

    m_statusBar = new ConnectionStatusBar(content);
    connect(m_statusBar, &ConnectionStatusBar::recordingClicked, this, [this] {
        if (!m_session->recordingPath().isEmpty())
            emit openFileRequested(m_session->recordingPath());
    });

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_mainSplitter, 1);
    layout->addWidget(m_statusBar);

    // Typing filters after a short pause, so each keystroke does not restart the re-filter.
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);
    connect(m_filterTimer, &QTimer::timeout, this, &LivePage::applyFilter);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterEdit, &QLineEdit::returnPressed, this, &LivePage::applyFilter);
    m_filterEdit->installEventFilter(
        new ClearOnEscape(m_filterEdit, [this] { setFilterText(QString()); }));
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    addAction(m_findAction);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    m_countTimer = new QTimer(this);
    m_countTimer->setInterval(250);
    connect(m_countTimer, &QTimer::timeout, this, &LivePage::updateCounts);
    m_countTimer->start();
    connect(m_proxy, &FeedProxyModel::filteringChanged, this, &LivePage::updateCounts);
    updateCounts();
    return content;
}

void LivePage::populateMenu(QMenu *menu)
{
    menu->addAction(m_connectAction);
    menu->addAction(m_disconnectAction);
    menu->addSeparator();
    menu->addAction(m_pauseAction);
    menu->addAction(m_jumpAction);
    menu->addAction(m_recordAction);
    menu->addSeparator();
    menu->addAction(m_clearAction);
}

void LivePage::setStreamEndpoint(const StreamEndpoint &endpoint)
{
    m_session->setEndpoint(endpoint);
    m_stack->setCurrentIndex(m_session->hasAccount() ? 1 : 0);
    updateActions();
}

void LivePage::connectStream()
{
    if (!m_session->hasAccount()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    if (m_session->endpoint().isRelay()) {
        askWhereToStart();
        return;
    }
    startStream();
}

RelayStartDialog *LivePage::relayStartDialog() const
{
    return m_startDialog;
}

void LivePage::askWhereToStart()
{
    if (m_startDialog)
        return; // already asking
    auto *dialog = new RelayStartDialog(m_session->endpoint().profileName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_startDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        m_startDialog = nullptr;
        if (result != QDialog::Accepted)
            return;
        m_session->setRelayStart(dialog->startText());
        startStream();
    });
    dialog->open();
}

void LivePage::startStream()
{
    m_session->applySettings();
    m_session->connectStream();
    updateActions();
}

void LivePage::disconnectStream()
{
    m_session->disconnectStream();
    updateActions();
}

void LivePage::askForPassword(const QString &reason)
{
    if (m_askingForPassword)
        return;
    m_askingForPassword = true;
    const StreamEndpoint endpoint = m_session->endpoint();
    auto *dialog = new PasswordDialog(endpoint.profileName, endpoint.credentials.user,
                                      AccountStore::Service::Stream, reason, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        m_askingForPassword = false;
        if (result == QDialog::Accepted)
            m_session->setPassword(dialog->password());
        updateActions();
    });
    dialog->open();
}

void LivePage::setPaused(bool paused)
{
    m_view->setPaused(paused);
    m_pauseAction->setChecked(m_view->isHeld());
}

void LivePage::clearFeed()
{
    m_session->clearFeed();
    m_detail->clear();
}

void LivePage::ingest(const MessageBatch &batch)
{
    m_session->ingest(batch);
}

quint64 LivePage::messagesReceived() const
{
    return m_session->messagesReceived();
}

void LivePage::onStatus(const FirehoseClient::Status &status)
{
    m_statusBar->setStatus(status);
    updateActions();
}

void LivePage::onEvent(const StreamEvent &event)
{
    m_log->addEvent(event);
    // A stop the user has to act on (401, 406, TLS): show why without being asked.
    if (event.kind == StreamEvent::Kind::Error)
        m_bottomTabs->setCurrentWidget(m_log);
}

void LivePage::setRecording(bool recording)
{
    if (recording != m_session->isRecording()) {
        const QString folder = AppSettings::recordingFolder();
        m_session->setRecording(recording, folder);
        if (recording) {
            m_log->addEvent({QDateTime::currentDateTimeUtc(), StreamEvent::Kind::Info,
                             tr("Recording started in %1.").arg(QDir::toNativeSeparators(folder))});
        } else {
            m_statusBar->setRecording({}, 0);
        }
    }
    m_recordAction->setChecked(m_session->isRecording());
}

void LivePage::setFilterText(const QString &text)
{
    m_filterEdit->setText(text);
    applyFilter();
}

void LivePage::applyFilter()
{
    m_filterTimer->stop();
    const MessageQuery query = MessageQuery::parse(m_filterEdit->text());
    if (!query.isValid()) {
        // An invalid filter shows no rows rather than leaving the previous one applied; the
        // error is shown where the user types, with the cursor on the character it names.
        m_filterEdit->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #d0433b; }"));
        m_filterEdit->setToolTip(query.errorString());
        m_filterEdit->setCursorPosition(query.errorPosition());
    } else {
        m_filterEdit->setStyleSheet({});
        m_filterEdit->setToolTip(filterHelp());
    }
    if (query.text() == m_proxy->query().text() && query.isValid() == m_proxy->query().isValid())
        return;
    m_proxy->setQuery(query);
    if (auto *delegate = qobject_cast<FeedItemDelegate *>(m_view->itemDelegate()))
        delegate->setHighlight(query);
    m_detail->setHighlight(query);
    updateCounts();
}

void LivePage::updateCounts()
{
    const QLocale locale;
    QString text;
    if (m_proxy->query().isEmpty())
        text = tr("%1 messages").arg(locale.toString(m_session->model()->rowCount()));
    else
        text = tr("%1 of %2 messages")
                   .arg(locale.toString(m_proxy->rowCount()), locale.toString(m_session->model()->rowCount()));
    if (m_proxy->isFiltering())
        text += QStringLiteral(" · ") + tr("filtering…");
    m_countLabel->setText(text);
}

void LivePage::updateActions()
{
    const bool active = m_session->isActive();
    m_connectAction->setEnabled(m_session->hasAccount() && !active);
    m_disconnectAction->setEnabled(active);
    m_recordAction->setEnabled(m_session->hasAccount() || m_session->isRecording());
}

void LivePage::showSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (const Message *message = current.isValid() ? m_proxy->messageAt(current.row()) : nullptr)
        m_detail->setMessage(*message);
}

void LivePage::saveLayout()
{
    AppSettings::setUiState(headerKey, m_view->horizontalHeader()->saveState());
    AppSettings::setUiState(mainSplitterKey, m_mainSplitter->saveState());
    AppSettings::setUiState(feedSplitterKey, m_feedSplitter->saveState());
    AppSettings::setUiState(bottomTabKey, QByteArray::number(m_bottomTabs->currentIndex()));
    AppSettings::setUiState(jsonTreeKey, m_detail->isJsonTreeVisible() ? "1" : "0");
}

void LivePage::restoreLayout()
{
    QHeaderView *header = m_view->horizontalHeader();
    if (header->restoreState(AppSettings::uiState(headerKey)))
        m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_columns->apply(); // the remembered widths, fitted to the table
    m_mainSplitter->restoreState(AppSettings::uiState(mainSplitterKey));
    m_feedSplitter->restoreState(AppSettings::uiState(feedSplitterKey));
    const QByteArray tab = AppSettings::uiState(bottomTabKey);
    if (!tab.isEmpty())
        m_bottomTabs->setCurrentIndex(tab.toInt());
    const QByteArray tree = AppSettings::uiState(jsonTreeKey);
    if (!tree.isEmpty())
        m_detail->setJsonTreeVisible(tree == "1");
}

void LivePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    setShortcutsActive(true);
}

void LivePage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (!event->spontaneous()) {
        setShortcutsActive(false);
        saveLayout();
    }
}
