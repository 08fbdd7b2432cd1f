#include "accountsdialog.h"

#include "core/buildinfo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

enum Roles { ServiceRole = Qt::UserRole + 1, NameRole };
enum Page { EmptyPage = 0, StreamPage = 1, BackupPage = 2 };

QSpinBox *optionalNumber(QWidget *parent, int maximum, const QString &tooltip)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, maximum);
    box->setSpecialValueText(AccountsDialog::tr("not sent"));
    box->setToolTip(tooltip);
    return box;
}

} // namespace

AccountsDialog::AccountsDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_secretNote(new QLabel(this))
{
    setWindowTitle(tr("Accounts"));
    resize(820, 520);

    auto *addButton = new QToolButton(this);
    addButton->setText(tr("Add"));
    addButton->setPopupMode(QToolButton::InstantPopup);
    auto *addMenu = new QMenu(addButton);
    addMenu->addAction(tr("Stream account"), this, &AccountsDialog::addStreamAccount);
#if HYDRANT_HAS_NATS
    addMenu->addAction(tr("Team relay account (NATS)"), this, &AccountsDialog::addRelayAccount);
#endif
    addMenu->addAction(tr("Backups account"), this, &AccountsDialog::addBackupAccount);
    addButton->setMenu(addMenu);
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("remove"));
    connect(m_removeButton, &QPushButton::clicked, this, &AccountsDialog::removeSelected);

    // Remove asks first, in the dialog; a removal can be taken back until the dialog closes.
    m_confirmBar = new QWidget(this);
    m_confirmText = new QLabel(m_confirmBar);
    m_confirmText->setWordWrap(true);
    m_confirmText->setTextFormat(Qt::PlainText);
    m_confirmButton = new QPushButton(tr("Remove"), m_confirmBar);
    m_confirmButton->setObjectName(QStringLiteral("confirmRemove"));
    auto *keepButton = new QPushButton(tr("Keep"), m_confirmBar);
    connect(m_confirmButton, &QPushButton::clicked, this, &AccountsDialog::confirmRemove);
    connect(keepButton, &QPushButton::clicked, m_confirmBar, &QWidget::hide);
    auto *confirmLayout = new QHBoxLayout(m_confirmBar);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->addWidget(m_confirmText, 1);
    confirmLayout->addWidget(m_confirmButton);
    confirmLayout->addWidget(keepButton);
    m_confirmBar->hide();
    m_undoBar = new QWidget(this);
    m_undoText = new QLabel(m_undoBar);
    m_undoText->setWordWrap(true);
    m_undoText->setTextFormat(Qt::PlainText);
    m_undoButton = new QPushButton(tr("Undo"), m_undoBar);
    m_undoButton->setObjectName(QStringLiteral("undoRemove"));
    connect(m_undoButton, &QPushButton::clicked, this, &AccountsDialog::undoRemove);
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    undoLayout->addWidget(m_undoText, 1);
    undoLayout->addWidget(m_undoButton);
    m_undoBar->hide();

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(addButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch();
    left->addLayout(listButtons);
    left->addWidget(m_confirmBar);
    left->addWidget(m_undoBar);

    auto *empty = new QLabel(tr("Add a stream account (the realtime firehose) or a backups account "
                                "(the daily archives) with Add."),
                             m_pages);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    m_pages->addWidget(empty);
    auto *streamPage = new QWidget(m_pages);
    buildStreamForm(streamPage);
    m_pages->addWidget(streamPage);
    auto *backupPage = new QWidget(m_pages);
    buildBackupForm(backupPage);
    m_pages->addWidget(backupPage);

    m_saveButton = new QPushButton(tr("Save"), this);
    m_testButton = new QPushButton(tr("Test connection"), this);
    m_testButton->setToolTip(
        tr("Makes one real request with these settings and reports the answer."));
    connect(m_saveButton, &QPushButton::clicked, this, &AccountsDialog::saveCurrent);
    connect(m_testButton, &QPushButton::clicked, this, &AccountsDialog::testConnection);
    connect(&m_tester, &ConnectionTester::finished, this,
            [this](const ConnectionTester::Result &result) {
                m_testButton->setEnabled(true);
                setMessage(result.summary, result.outcome == ConnectionTester::Outcome::Connected);
                emit connectionTested(result);
            });

    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secretNote->setWordWrap(true);
    m_secretNote->setVisible(false);

    auto *right = new QVBoxLayout;
    right->addWidget(m_pages, 1);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_testButton);
    formButtons->addStretch();
    formButtons->addWidget(m_saveButton);
    right->addLayout(formButtons);
    right->addWidget(m_message);
    right->addWidget(m_secretNote);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountsDialog::reject);

    // Enter saves the form, wherever the focus is in it; no other button reacts to Enter.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    m_saveButton->setDefault(true);
    m_saveButton->setObjectName(QStringLiteral("save"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentItemChanged, this, &AccountsDialog::showSelected);
    updateStreamKind();
    reloadList();
}

void AccountsDialog::buildStreamForm(QWidget *page)
{
    m_streamName = new QLineEdit(page);
    m_streamService = new QComboBox(page);
    for (const QString &key : StreamServiceKinds::keys()) {
        const auto kind = *StreamServiceKinds::fromKey(key);
        m_streamService->addItem(StreamServiceKinds::displayName(kind), int(kind));
    }
#if HYDRANT_HAS_NATS
    // A team relay's stream in NATS JetStream, read back as the relay stored it.
    m_streamService->addItem(StreamServiceKinds::displayName(StreamServiceKind::NatsRelay),
                             int(StreamServiceKind::NatsRelay));
#endif
    m_streamService->setToolTip(
        tr("The protocol the stream speaks: how its body is framed and how a reconnect resumes."));
    // A new service suggests its documented URL, unless the user typed one of their own.
    connect(m_streamService, &QComboBox::activated, this, [this] {
        const auto kind = StreamServiceKind(m_streamService->currentData().toInt());
        if (kind != StreamServiceKind::NatsRelay &&
            StreamProfile::isDefaultUrlTemplate(m_streamUrl->text().trimmed()))
            m_streamUrl->setText(StreamProfile::defaultUrlTemplate(kind));
    });
    connect(m_streamService, &QComboBox::currentIndexChanged, this,
            &AccountsDialog::updateStreamKind);
    m_streamUrl = new QLineEdit(page);
    m_streamUrl->setToolTip(
        tr("Paste the stream URL from the provider's dashboard. {ACCOUNT_NAME}, "
           "{DATA_SOURCE} and {STREAM_LABEL} are filled from the fields below."));
    auto *placeholders = new QToolButton(page);
    placeholders->setText(tr("Insert"));
    placeholders->setToolTip(tr("Insert a placeholder at the cursor"));
    placeholders->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(placeholders);
    for (const char *name : {"{ACCOUNT_NAME}", "{DATA_SOURCE}", "{STREAM_LABEL}"}) {
        menu->addAction(QString::fromLatin1(name), this,
                        [this, name] { m_streamUrl->insert(QString::fromLatin1(name)); });
    }
    menu->addSeparator();
    menu->addAction(tr("Reset to the standard firehose URL"), this,
                    [this] { m_streamUrl->setText(StreamProfile::defaultUrlTemplate()); });
    placeholders->setMenu(menu);
    m_urlRow = new QWidget(page);
    auto *urlRow = new QHBoxLayout(m_urlRow);
    urlRow->setContentsMargins(0, 0, 0, 0);
    urlRow->addWidget(m_streamUrl, 1);
    urlRow->addWidget(placeholders);

    m_relayServers = new QLineEdit(page);
    m_relayServers->setPlaceholderText(tr("nats://relay1:4222, tls://relay2:4222"));
    m_relayServers->setToolTip(
        tr("The NATS servers of the team relay, separated by commas: nats://HOST:PORT or "
           "tls://HOST:PORT."));
    m_relayStream = new QLineEdit(page);
    m_relayStream->setToolTip(tr("The JetStream stream the relay writes (default HYDRANT)."));
    m_relaySubject = new QLineEdit(page);
    m_relaySubject->setToolTip(tr("The relay's subject prefix (default hydrant)."));

    m_accountName = new QLineEdit(page);
    m_dataSource = new QLineEdit(page);
    m_streamLabel = new QLineEdit(page);
    m_client = optionalNumber(page, 100, tr("client=N, for streams bought with Backfill"));
    m_backfill = optionalNumber(page, 5, tr("backfillMinutes=N (1–5), for newer products"));
    m_partition = optionalNumber(page, 10000, tr("partition=N, for partitioned streams"));
    m_streamUser = new QLineEdit(page);
    m_streamUser->setPlaceholderText(tr("you@example.com"));
    m_streamPassword = new QLineEdit(page);
    m_streamPassword->setEchoMode(QLineEdit::Password);
    m_streamPassword->setPlaceholderText(tr("kept in the OS secret store"));
    m_streamPreview = new QLabel(page);
    m_streamPreview->setWordWrap(true);
    m_streamPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_streamUse = new QCheckBox(tr("Use this account for the Live page"), page);

    m_parametersRow = new QWidget(page);
    auto *parameters = new QHBoxLayout(m_parametersRow);
    parameters->setContentsMargins(0, 0, 0, 0);
    parameters->addWidget(new QLabel(tr("client="), page));
    parameters->addWidget(m_client);
    parameters->addWidget(new QLabel(tr("backfillMinutes="), page));
    parameters->addWidget(m_backfill);
    parameters->addWidget(new QLabel(tr("partition="), page));
    parameters->addWidget(m_partition);
    parameters->addStretch();

    auto *form = new QFormLayout(page);
    m_streamForm = form;
    form->addRow(tr("&Name:"), m_streamName);
    form->addRow(tr("Ser&vice:"), m_streamService);
    form->addRow(tr("Stream URL:"), m_urlRow);
    form->addRow(tr("{ACCOUNT_NAME}:"), m_accountName);
    form->addRow(tr("{DATA_SOURCE}:"), m_dataSource);
    form->addRow(tr("{STREAM_LABEL}:"), m_streamLabel);
    form->addRow(tr("Parameters:"), m_parametersRow);
    form->addRow(tr("NATS &servers:"), m_relayServers);
    form->addRow(tr("JetStream s&tream:"), m_relayStream);
    form->addRow(tr("Su&bject prefix:"), m_relaySubject);
    form->addRow(tr("Connects to:"), m_streamPreview);
    form->addRow(tr("&User name:"), m_streamUser);
    form->addRow(tr("&Password:"), m_streamPassword);
    form->addRow(QString(), m_streamUse);

    for (QLineEdit *edit : {m_streamUrl, m_accountName, m_dataSource, m_streamLabel,
                            m_relayServers})
        connect(edit, &QLineEdit::textChanged, this, &AccountsDialog::updateStreamPreview);
    m_relayServers->setObjectName(QStringLiteral("relayServers"));
    m_relayStream->setObjectName(QStringLiteral("relayStream"));
    m_relaySubject->setObjectName(QStringLiteral("relaySubject"));
    // Names for tests and accessibility tools.
    m_streamName->setObjectName(QStringLiteral("streamName"));
    m_streamService->setObjectName(QStringLiteral("streamService"));
    m_streamUrl->setObjectName(QStringLiteral("streamUrl"));
    m_accountName->setObjectName(QStringLiteral("accountName"));
    m_dataSource->setObjectName(QStringLiteral("dataSource"));
    m_streamLabel->setObjectName(QStringLiteral("streamLabel"));
    m_streamUser->setObjectName(QStringLiteral("streamUser"));
    m_streamPassword->setObjectName(QStringLiteral("streamPassword"));
    for (QSpinBox *box : {m_client, m_backfill, m_partition})
        connect(box, &QSpinBox::valueChanged, this, &AccountsDialog::updateStreamPreview);
}

void AccountsDialog::buildBackupForm(QWidget *page)
{
    m_backupName = new QLineEdit(page);
    m_backupUrl = new QLineEdit(page);
    m_backupUrl->setToolTip(
        tr("The service's base URL; /backups/{type}/{yyyy}/{mm}/{dd} is appended."));
    m_fileTypes = new QLineEdit(page);
    m_fileTypes->setToolTip(tr("The file types your account may download, separated by commas."));
    m_symbolMetrics = new QLineEdit(page);
    m_symbolMetrics->setToolTip(tr("The symbol backups' metrics your dashboard lists (for example "
                                   "trending), separated by commas; empty for none."));
    m_symbolMetrics->setPlaceholderText(tr("none"));
    m_backupUser = new QLineEdit(page);
    m_backupPassword = new QLineEdit(page);
    m_backupPassword->setEchoMode(QLineEdit::Password);
    m_backupPassword->setPlaceholderText(tr("kept in the OS secret store"));
    m_backupUse = new QCheckBox(tr("Use this account for the Backups page"), page);

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Name:"), m_backupName);
    form->addRow(tr("Base &URL:"), m_backupUrl);
    form->addRow(tr("&File types:"), m_fileTypes);
    form->addRow(tr("Symbol &metrics:"), m_symbolMetrics);
    form->addRow(tr("&User name:"), m_backupUser);
    form->addRow(tr("&Password:"), m_backupPassword);
    form->addRow(QString(), m_backupUse);
    m_backupName->setObjectName(QStringLiteral("backupName"));
    m_backupUrl->setObjectName(QStringLiteral("backupUrl"));
    m_fileTypes->setObjectName(QStringLiteral("fileTypes"));
    m_symbolMetrics->setObjectName(QStringLiteral("symbolMetrics"));
    m_backupUser->setObjectName(QStringLiteral("backupUser"));
    m_backupPassword->setObjectName(QStringLiteral("backupPassword"));
}

void AccountsDialog::reloadList(AccountStore::Service service, const QString &select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QListWidgetItem *toSelect = nullptr;
    const auto add = [&](AccountStore::Service s, const QStringList &names) {
        const QString current = m_store.currentProfile(s);
        for (const QString &name : names) {
            if (isPendingRemoval(s, name))
                continue;
            auto *item =
                new QListWidgetItem(QStringLiteral("%1 — %2%3")
                                        .arg(AccountStore::serviceLabel(s), name,
                                             name == current ? tr(" (in use)") : QString()),
                                    m_list);
            item->setData(ServiceRole, int(s));
            item->setData(NameRole, name);
            if (s == service && name == select)
                toSelect = item;
        }
    };
    add(AccountStore::Service::Stream, m_store.streamProfileNames());
    add(AccountStore::Service::Backups, m_store.backupProfileNames());
    if (!toSelect && m_list->count() > 0)
        toSelect = m_list->item(0);
    m_list->setCurrentItem(toSelect);
    showSelected();
}

AccountStore::Service AccountsDialog::currentService() const
{
    return m_pages->currentIndex() == BackupPage ? AccountStore::Service::Backups
                                                 : AccountStore::Service::Stream;
}

void AccountsDialog::selectAccount(AccountStore::Service service, const QString &name)
{
    reloadList(service, name);
}

void AccountsDialog::showSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    m_removeButton->setEnabled(item);
    setMessage({}, true);
    if (!item) {
        m_pages->setCurrentIndex(EmptyPage);
        m_saveButton->setEnabled(false);
        m_testButton->setEnabled(false);
        m_editingName.clear();
        markFormClean();
        return;
    }
    m_saveButton->setEnabled(true);
    m_testButton->setEnabled(!m_tester.isRunning());
    const auto service = AccountStore::Service(item->data(ServiceRole).toInt());
    const QString name = item->data(NameRole).toString();
    m_editingName = name;
    if (service == AccountStore::Service::Stream) {
        const StreamProfile p = m_store.streamProfile(name).value_or(StreamProfile{});
        m_streamName->setText(p.name);
        m_streamService->setCurrentIndex(qMax(0, m_streamService->findData(int(p.service))));
        m_streamUrl->setText(p.urlTemplate);
        m_accountName->setText(p.accountName);
        m_dataSource->setText(p.dataSource);
        m_streamLabel->setText(p.streamLabel);
        m_client->setValue(p.client);
        m_backfill->setValue(p.backfillMinutes);
        m_partition->setValue(p.partition);
        m_relayServers->setText(p.relayServers);
        m_relayStream->setText(p.relayStream);
        m_relaySubject->setText(p.relaySubject);
        m_streamUser->setText(p.user);
        m_streamPassword->clear();
        m_streamUse->setChecked(m_store.currentProfile(service) == name);
        m_pages->setCurrentIndex(StreamPage);
        updateStreamKind();
        updateStreamPreview();
    } else {
        const BackupProfile p = m_store.backupProfile(name).value_or(BackupProfile{});
        m_backupName->setText(p.name);
        m_backupUrl->setText(p.baseUrl);
        m_fileTypes->setText(p.fileTypes.join(QStringLiteral(", ")));
        m_symbolMetrics->setText(p.symbolMetrics.join(QStringLiteral(", ")));
        m_backupUser->setText(p.user);
        m_backupPassword->clear();
        m_backupUse->setChecked(m_store.currentProfile(service) == name);
        m_pages->setCurrentIndex(BackupPage);
        m_testButton->setVisible(true);
    }
    markFormClean();
    loadPassword(service, name);
}

void AccountsDialog::loadPassword(AccountStore::Service service, const QString &name)
{
    QPointer<AccountsDialog> self(this);
    m_store.readPassword(
        service, name,
        [self, service, name](SecretStore::Result, const QString &password,
                              const QString &message) {
            if (!self || self->m_editingName != name || self->currentService() != service)
                return;
            QLineEdit *field = service == AccountStore::Service::Stream ? self->m_streamPassword
                                                                        : self->m_backupPassword;
            if (field->text().isEmpty()) {
                // The stored password is part of what was loaded, not a change.
                const bool clean = !self->hasUnsavedChanges();
                field->setText(password);
                if (clean)
                    self->markFormClean();
            }
            if (!message.isEmpty()) {
                self->m_secretNote->setText(message);
                self->m_secretNote->setVisible(true);
            }
        });
}

void AccountsDialog::updateStreamPreview()
{
    const StreamProfile profile = streamFromForm();
    if (profile.service == StreamServiceKind::NatsRelay) {
        QString problem;
        const auto servers = RelaySettings::parseServers(profile.relayServers, &problem);
        QStringList shown;
        for (const QUrl &server : servers.value_or(QList<QUrl>{}))
            shown.append(server.toDisplayString());
        m_streamPreview->setText(shown.join(QStringLiteral(", ")));
        return;
    }
    const QUrl url = profile.resolvedUrl();
    m_streamPreview->setText(url.isValid() ? url.toDisplayString() : profile.filledTemplate());
}

void AccountsDialog::updateStreamKind()
{
    const bool relay =
        StreamServiceKind(m_streamService->currentData().toInt()) == StreamServiceKind::NatsRelay;
    for (QWidget *field : {m_urlRow, static_cast<QWidget *>(m_accountName),
                           static_cast<QWidget *>(m_dataSource),
                           static_cast<QWidget *>(m_streamLabel), m_parametersRow})
        m_streamForm->setRowVisible(field, !relay);
    for (QWidget *field : {m_relayServers, m_relayStream, m_relaySubject})
        m_streamForm->setRowVisible(field, relay);
    m_streamUser->setPlaceholderText(relay ? tr("optional: the NATS user")
                                           : tr("you@example.com"));
    // Test connection makes an HTTP request; a relay is tried with Connect on the Live page.
    m_testButton->setVisible(!relay || m_pages->currentIndex() != StreamPage);
    updateStreamPreview();
}

StreamProfile AccountsDialog::streamFromForm() const
{
    StreamProfile p;
    p.name = m_streamName->text().trimmed();
    p.urlTemplate = m_streamUrl->text().trimmed();
    p.accountName = m_accountName->text().trimmed();
    p.dataSource = m_dataSource->text().trimmed();
    p.streamLabel = m_streamLabel->text().trimmed();
    p.client = m_client->value();
    p.backfillMinutes = m_backfill->value();
    p.partition = m_partition->value();
    p.user = m_streamUser->text().trimmed();
    p.service = StreamServiceKind(m_streamService->currentData().toInt());
    p.relayServers = m_relayServers->text().trimmed();
    p.relayStream = m_relayStream->text().trimmed();
    p.relaySubject = m_relaySubject->text().trimmed();
    return p;
}

BackupProfile AccountsDialog::backupFromForm() const
{
    BackupProfile p;
    p.name = m_backupName->text().trimmed();
    p.baseUrl = m_backupUrl->text().trimmed();
    p.fileTypes = BackupProfile::listFromText(m_fileTypes->text());
    p.symbolMetrics = BackupProfile::listFromText(m_symbolMetrics->text());
    p.user = m_backupUser->text().trimmed();
    return p;
}

void AccountsDialog::addStreamAccount()
{
    StreamProfile profile;
    QString name = tr("Stream");
    for (int i = 2; m_store.hasProfile(AccountStore::Service::Stream, name); ++i)
        name = tr("Stream %1").arg(i);
    // Shown in the form at once; saved when the user presses Save.
    m_list->setCurrentItem(nullptr);
    m_editingName.clear();
    m_streamName->setText(name);
    m_streamService->setCurrentIndex(qMax(0, m_streamService->findData(int(profile.service))));
    m_streamUrl->setText(profile.urlTemplate);
    m_accountName->clear();
    m_dataSource->setText(profile.dataSource);
    m_streamLabel->setText(profile.streamLabel);
    m_client->setValue(0);
    m_backfill->setValue(0);
    m_partition->setValue(0);
    m_relayServers->clear();
    m_relayStream->setText(profile.relayStream);
    m_relaySubject->setText(profile.relaySubject);
    m_streamUser->clear();
    m_streamPassword->clear();
    m_streamUse->setChecked(m_store.streamProfileNames().isEmpty());
    m_pages->setCurrentIndex(StreamPage);
    updateStreamKind();
    m_saveButton->setEnabled(true);
    m_testButton->setEnabled(true);
    setMessage(tr("Fill in the account, then press Save."), true);
    m_streamName->setFocus();
    m_streamName->selectAll();
    markFormClean();
}

void AccountsDialog::addRelayAccount()
{
    addStreamAccount();
    QString name = tr("Team relay");
    for (int i = 2; m_store.hasProfile(AccountStore::Service::Stream, name); ++i)
        name = tr("Team relay %1").arg(i);
    m_streamName->setText(name);
    m_streamService->setCurrentIndex(
        qMax(0, m_streamService->findData(int(StreamServiceKind::NatsRelay))));
    setMessage(tr("Enter the team relay's NATS servers, then press Save."), true);
    m_streamName->selectAll();
    markFormClean();
}

void AccountsDialog::addBackupAccount()
{
    BackupProfile profile;
    QString name = tr("Backups");
    for (int i = 2; m_store.hasProfile(AccountStore::Service::Backups, name); ++i)
        name = tr("Backups %1").arg(i);
    m_list->setCurrentItem(nullptr);
    m_editingName.clear();
    m_backupName->setText(name);
    m_backupUrl->setText(profile.baseUrl);
    m_fileTypes->setText(profile.fileTypes.join(QStringLiteral(", ")));
    m_symbolMetrics->clear();
    m_backupUser->clear();
    m_backupPassword->clear();
    m_backupUse->setChecked(m_store.backupProfileNames().isEmpty());
    m_pages->setCurrentIndex(BackupPage);
    m_testButton->setVisible(true);
    m_saveButton->setEnabled(true);
    m_testButton->setEnabled(true);
    setMessage(tr("Fill in the account, then press Save."), true);
    m_backupName->setFocus();
    m_backupName->selectAll();
    markFormClean();
}

void AccountsDialog::removeSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const auto service = AccountStore::Service(item->data(ServiceRole).toInt());
    const QString name = item->data(NameRole).toString();
    m_confirmText->setText(service == AccountStore::Service::Stream
                               ? tr("Remove the stream account “%1” and its saved password?")
                                     .arg(name)
                               : tr("Remove the backups account “%1” and its saved password?")
                                     .arg(name));
    m_confirmBar->show();
    m_confirmButton->setFocus();
}

void AccountsDialog::confirmRemove()
{
    m_confirmBar->hide();
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const auto service = AccountStore::Service(item->data(ServiceRole).toInt());
    const QString name = item->data(NameRole).toString();
    m_pendingRemovals.append({service, name});
    m_undoText->setText(tr("Removed “%1”. Undo is possible until this dialog closes.")
                            .arg(name));
    m_undoBar->show();
    reloadList();
}

void AccountsDialog::undoRemove()
{
    if (m_pendingRemovals.isEmpty())
        return;
    const auto [service, name] = m_pendingRemovals.takeLast();
    m_undoBar->setVisible(!m_pendingRemovals.isEmpty());
    if (!m_pendingRemovals.isEmpty())
        m_undoText->setText(tr("Removed “%1”. Undo is possible until this dialog closes.")
                                .arg(m_pendingRemovals.last().second));
    reloadList(service, name);
}

bool AccountsDialog::isPendingRemoval(AccountStore::Service service, const QString &name) const
{
    return m_pendingRemovals.contains({service, name});
}

void AccountsDialog::applyRemovals()
{
    for (const auto &[service, name] : std::as_const(m_pendingRemovals)) {
        m_store.removeProfile(service, name);
        m_changed = true;
    }
    m_pendingRemovals.clear();
}

QStringList AccountsDialog::formState() const
{
    switch (m_pages->currentIndex()) {
    case StreamPage:
        return {m_streamName->text(), m_streamService->currentText(), m_relayServers->text(),
                m_relayStream->text(), m_relaySubject->text(), m_streamUrl->text(),
                m_accountName->text(),
                m_dataSource->text(), m_streamLabel->text(), QString::number(m_client->value()),
                QString::number(m_backfill->value()), QString::number(m_partition->value()),
                m_streamUser->text(), m_streamPassword->text(),
                m_streamUse->isChecked() ? QStringLiteral("1") : QStringLiteral("0")};
    case BackupPage:
        return {m_backupName->text(),
                m_backupUrl->text(),
                m_fileTypes->text(),
                m_symbolMetrics->text(),
                m_backupUser->text(),
                m_backupPassword->text(),
                m_backupUse->isChecked() ? QStringLiteral("1") : QStringLiteral("0")};
    default:
        return {};
    }
}

void AccountsDialog::markFormClean()
{
    m_cleanForm = formState();
    m_warnedUnsaved = false;
}

bool AccountsDialog::hasUnsavedChanges() const
{
    return formState() != m_cleanForm;
}

void AccountsDialog::reject()
{
    if (hasUnsavedChanges() && !m_warnedUnsaved) {
        m_warnedUnsaved = true;
        setMessage(tr("The form has changes that are not saved. Press Save to keep them, or "
                      "Escape again to close without them."),
                   false);
        return;
    }
    QDialog::reject();
}

void AccountsDialog::done(int result)
{
    applyRemovals();
    QDialog::done(result);
}

bool AccountsDialog::saveCurrent()
{
    const AccountStore::Service service = currentService();
    if (m_pages->currentIndex() == EmptyPage)
        return false;
    QString name, problem, password;
    bool use = false;
    if (service == AccountStore::Service::Stream) {
        const StreamProfile profile = streamFromForm();
        problem = profile.validationError(m_streamPassword->text());
        name = profile.name;
        if (problem.isEmpty() && name != m_editingName && m_store.hasProfile(service, name))
            problem = tr("There is already a stream account named “%1”.").arg(name);
        if (problem.isEmpty())
            m_store.saveStreamProfile(profile);
        password = m_streamPassword->text();
        use = m_streamUse->isChecked();
    } else {
        const BackupProfile profile = backupFromForm();
        problem = profile.validationError();
        name = profile.name;
        if (problem.isEmpty() && name != m_editingName && m_store.hasProfile(service, name))
            problem = tr("There is already a backups account named “%1”.").arg(name);
        if (problem.isEmpty())
            m_store.saveBackupProfile(profile);
        password = m_backupPassword->text();
        use = m_backupUse->isChecked();
    }
    if (!problem.isEmpty()) {
        setMessage(problem, false);
        return false;
    }
    // A renamed account leaves its old entry (and password) behind.
    if (!m_editingName.isEmpty() && m_editingName != name)
        m_store.removeProfile(service, m_editingName);
    if (use || m_store.currentProfile(service) == name)
        m_store.setCurrentProfile(service, name);
    m_changed = true;
    m_editingName = name;

    if (!password.isEmpty()) {
        QPointer<AccountsDialog> self(this);
        m_store.storePassword(
            service, name, password, [self](SecretStore::Result result, const QString &message) {
                if (!self)
                    return;
                if (result == SecretStore::Result::Ok) {
                    self->setMessage(tr("Saved; the password is in the OS secret store."), true);
                } else {
                    self->m_secretNote->setText(message);
                    self->m_secretNote->setVisible(true);
                    self->setMessage(result == SecretStore::Result::InMemory
                                         ? tr("Saved; the password is kept for this run only.")
                                         : tr("Saved, but the secret store refused the password."),
                                     result == SecretStore::Result::InMemory);
                }
            });
    } else {
        setMessage(tr("Saved (no password given)."), true);
    }
    const QString message = m_message->text();
    reloadList(service, name);
    setMessage(message, true);
    return true;
}

void AccountsDialog::testConnection()
{
    if (m_pages->currentIndex() == EmptyPage)
        return;
    m_testButton->setEnabled(false);
    setMessage(tr("Testing…"), true);
    if (currentService() == AccountStore::Service::Stream) {
        // The form's service too: a Firestream account is tested as an event stream.
        m_tester.testStream(streamFromForm().endpoint(m_streamPassword->text()));
    } else {
        m_tester.testBackups(backupFromForm().endpoint(m_backupPassword->text()));
    }
}

void AccountsDialog::setMessage(const QString &text, bool good)
{
    m_message->setText(text);
    m_message->setStyleSheet(good ? QString() : QStringLiteral("color: #b00020;"));
}
