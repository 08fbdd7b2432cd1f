// The window on a team relay account, offscreen, as a user drives it: Settings → Accounts… → Add
// → Team relay account (NATS), typed in and saved (the NATS password goes to the OS secret store,
// never to the settings file), then Connect on the Live page against a real nats-server that
// asks for that user and password, also over tls:// with a CA of the team's own (trusted through
// HYDRANT_EXTRA_CA_FILE, as for the HTTP streams). A wrong password, a server that cannot be
// verified and one that offers no TLS are refused in words, once, with nothing sent in the clear.

#include "feed/feedmodel.h"
#include "live/connectionstatusbar.h"
#include "live/livepage.h"
#include "live/relaystartdialog.h"
#include "main/mainwindow.h"
#include "message/messagenormalizer.h"
#include "natsservers.h"
#include "net/accountstore.h"
#include "net/secretstore.h"
#include "net/tlstrust.h"
#include "relay/jetstreampublisher.h"
#include "relay/natsconnection.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>

using TestSupport::waitUntil;

namespace {

/// What the user types into the account form.
struct RelayAccount
{
    /// The secret store is shared by the tests running at once: each test has names of its own.
    QString name =
        QStringLiteral("Desk relay (%1)")
            .arg(QLatin1String(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    QString servers;
    QString stream = QStringLiteral("DESK");
    QString subject = QStringLiteral("desk");
    QString user;
    QString password;
};

void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

/// Runs \a act on the next modal dialog once it is shown (QDialog::exec blocks the caller).
void whenADialogOpens(std::function<void(QDialog *)> act)
{
    auto *poll = new QTimer(QCoreApplication::instance());
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, act] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            act(dialog);
        }
    });
    poll->start();
}

/// In the Accounts dialog: Add ▸ Team relay account (NATS), the fields typed in, "Use this
/// account for the Live page" ticked, Save clicked; then Close. What the dialog said after Save
/// goes to \a said.
void addRelayAccountAndClose(QDialog *dialog, const RelayAccount &account, QString *said)
{
    const auto field = [dialog](const char *name) {
        return dialog->findChild<QLineEdit *>(QLatin1String(name));
    };
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("message"));
    QToolButton *add = nullptr;
    for (QToolButton *candidate : dialog->findChildren<QToolButton *>())
        if (candidate->text() == QStringLiteral("Add"))
            add = candidate;
    QAction *relay = nullptr;
    if (add && add->menu())
        for (QAction *action : add->menu()->actions())
            if (action->text() == QStringLiteral("Team relay account (NATS)"))
                relay = action;
    if (relay && message) {
        relay->trigger();
        type(field("streamName"), account.name);
        type(field("relayServers"), account.servers);
        type(field("relayStream"), account.stream);
        type(field("relaySubject"), account.subject);
        type(field("streamUser"), account.user);
        type(field("streamPassword"), account.password);
        for (QCheckBox *box : dialog->findChildren<QCheckBox *>())
            if (box->text() == QStringLiteral("Use this account for the Live page") &&
                !box->isChecked())
                QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        // The password is written to the secret store asynchronously; the dialog says when.
        waitUntil(
            [&] {
                return message->text().startsWith(QStringLiteral("Saved")) &&
                       message->text() != QStringLiteral("Saved (no password given).");
            },
            5000);
        *said = message->text();
    } else {
        *said = QStringLiteral("no Add ▸ Team relay account (NATS) in the dialog");
    }
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    if (QPushButton *close = buttons ? buttons->button(QDialogButtonBox::Close) : nullptr)
        QTest::mouseClick(close, Qt::LeftButton);
    if (dialog->isVisible())
        dialog->done(QDialog::Rejected); // the test must go on even when the dialog would not
}

class RelayWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SecretStore::clearMemory();
        // Nothing from an earlier test in this process, nor from the environment.
        TlsTrust::clearExtraCaCertificates();
    }

    void TearDown() override
    {
        publisher.reset();
        nats.close();
    }

    /// Starts one node with \a options and stores \a count messages in DESK (subject desk.messages)
    /// as a relay would.
    void startServerWithMessages(const NatsServers::Options &options, int count)
    {
        servers.setOptions(options);
        QString error;
        ASSERT_TRUE(servers.start(1, &error)) << error.toStdString();
        RelaySettings settings = servers.clientSettings();
        publisher = openDeskStream(settings, nats, &error);
        ASSERT_TRUE(publisher) << error.toStdString();
        MessageNormalizer normalizer;
        MessageBatch batch;
        for (int id = 1; id <= count; ++id)
            batch.push_back(normalizer.normalize(
                QStringLiteral("{\"id\":%1,\"body\":\"message %1 $AAPL\",\"created_at\":"
                               "\"2026-03-11T09:00:00Z\",\"user\":{\"username\":\"desk\"}}")
                    .arg(id)
                    .toUtf8()));
        const auto outcome = publisher->publish(batch, "test", std::chrono::seconds(10));
        ASSERT_TRUE(outcome.error.isEmpty()) << outcome.error.toStdString();
        ASSERT_EQ(outcome.stored, count);
    }

    /// Settings → Accounts… in \a window, the account added as the user types it; returns when
    /// the Live page has it (its password read back from the secret store).
    void addAccountInTheWindow(MainWindow &window, const RelayAccount &account)
    {
        QAction *accounts = nullptr;
        for (QAction *menu : window.menuBar()->actions())
            if (menu->menu())
                for (QAction *action : menu->menu()->actions())
                    if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Accounts…"))
                        accounts = action;
        ASSERT_TRUE(accounts);
        QString said;
        whenADialogOpens([&](QDialog *dialog) { addRelayAccountAndClose(dialog, account, &said); });
        accounts->trigger(); // returns when the dialog is closed
        dialogSaid = said;
        ASSERT_TRUE(said.startsWith(QStringLiteral("Saved"))) << said.toStdString();
        LivePage *page = window.livePage();
        ASSERT_TRUE(
            waitUntil([&] { return page->streamEndpoint().profileName == account.name; }, 5000));
        ASSERT_TRUE(page->streamEndpoint().isRelay());
    }

    /// Connect on the Live page, "Everything the stream keeps", Enter.
    void connectFromTheStart(LivePage *page)
    {
        ASSERT_TRUE(page->connectAction()->isEnabled());
        page->connectAction()->trigger();
        RelayStartDialog *dialog = page->relayStartDialog();
        ASSERT_TRUE(dialog);
        ASSERT_TRUE(waitUntil([&] { return dialog->isVisible(); }, 2000));
        auto *everything = dialog->findChild<QRadioButton *>(QStringLiteral("everything"));
        everything->click();
        QTest::keyClick(everything, Qt::Key_Return);
        EXPECT_FALSE(page->relayStartDialog());
    }

    /// The whole path with the account as typed: messages 1..count must appear, once, in order.
    void expectTheLivePageShowsTheStream(MainWindow &window, int count)
    {
        LivePage *page = window.livePage();
        connectFromTheStart(page);
        ASSERT_TRUE(waitUntil([&] { return page->feedModel()->rowCount() >= count; }, 10000))
            << page->connectionStatusBar()->stateText().toStdString();
        QStringList expected, shown;
        for (int id = 1; id <= count; ++id)
            expected.append(QString::number(id));
        for (int row = 0; row < page->feedModel()->rowCount(); ++row)
            shown.append(page->feedModel()->messageAt(row).id);
        EXPECT_EQ(shown, expected);
        EXPECT_EQ(page->connectionState(), FirehoseClient::State::Connected);
        EXPECT_TRUE(page->connectionStatusBar()->stateText().contains(servers.url(0).toString()))
            << page->connectionStatusBar()->stateText().toStdString();
        page->disconnectAction()->trigger();
    }

    /// The account's password as the OS secret store holds it (not this process's memory).
    static SecretStore::Result storedPassword(const QString &account, QString *password)
    {
        SecretStore::clearMemory();
        SecretStore secrets;
        return secrets.readPasswordBlocking(
            AccountStore::secretKey(AccountStore::Service::Stream, account), password);
    }

    static QByteArray settingsFile()
    {
        QSettings().sync();
        QFile file(QSettings().fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    NatsServers servers;
    NatsConnection nats;
    std::unique_ptr<JetStreamPublisher> publisher;
    QString dialogSaid;
};

/// Connects and waits until the page gives up; the status bar's words, and the number of
/// connection attempts the page made (the log's "Connecting to …" lines) in \a attempts.
QString refusal(LivePage *page, int *attempts, const std::function<void()> &connect)
{
    QStringList events;
    QObject::connect(page->session(), &LiveSession::connectionEvent, page,
                     [&events](const StreamEvent &event) { events.append(event.text); });
    connect();
    // The attempt, then its end: what the page said after "Connecting to …".
    waitUntil(
        [&] {
            qsizetype at = 0;
            while (at < events.size() && !events[at].startsWith(QStringLiteral("Connecting to")))
                ++at;
            return events.size() > at + 1 && !page->session()->isActive();
        },
        10000);
    // Long enough for the client's reconnect wait (250 ms) and the session's first backoff:
    // a page that tried again would have done so by now.
    QTest::qWait(1500);
    *attempts = int(events.filter(QStringLiteral("Connecting to")).size());
    QObject::disconnect(page->session(), &LiveSession::connectionEvent, page, nullptr);
    return page->connectionStatusBar()->stateText();
}

} // namespace

TEST_F(
    RelayWindowTest,
    AnAccountWithANatsUserAndPasswordTypedInTheDialogKeepsThePasswordInTheSecretStoreAndShowsTheStream)
{
    const QString password = QStringLiteral("desk-Pa55-7Qx");
    startServerWithMessages(NatsServers::Options::login(QStringLiteral("desk"), password), 40);
    if (HasFatalFailure())
        return;

    MainWindow window;
    window.show();
    RelayAccount account;
    account.servers = servers.urls(); // nats://127.0.0.1: a password may go to this computer
    account.user = QStringLiteral("desk");
    account.password = password;
    addAccountInTheWindow(window, account);
    if (HasFatalFailure())
        return;
    EXPECT_EQ(dialogSaid, QStringLiteral("Saved; the password is in the OS secret store."));

    // In the OS secret store under the account, and nowhere in the settings file.
    ASSERT_TRUE(SecretStore::isAvailable()) << "run under tests/with-keyring.sh";
    QString stored;
    EXPECT_EQ(storedPassword(account.name, &stored), SecretStore::Result::Ok);
    EXPECT_EQ(stored, password);
    const QByteArray onDisk = settingsFile();
    EXPECT_TRUE(onDisk.contains(servers.url(0).toString().toUtf8())) << onDisk.toStdString();
    EXPECT_TRUE(onDisk.contains("desk"));
    EXPECT_FALSE(onDisk.contains(password.toUtf8())) << onDisk.toStdString();
    QSettings settings;
    for (const QString &key : settings.allKeys())
        EXPECT_NE(settings.value(key).toString(), password) << key.toStdString();

    expectTheLivePageShowsTheStream(window, 40);
    EXPECT_FALSE(servers.log(0).contains(password));
}

TEST_F(RelayWindowTest, AnAccountOverTlsWithTheTeamsCaAsExtraCaFileAndANatsPasswordShowsTheStream)
{
    TestCertificates certificates;
    QString error;
    const auto certificate = certificates.createForLocalhost(&error);
    ASSERT_TRUE(certificate) << error.toStdString();
    const QString password = QStringLiteral("tls-Pa55-4Kw");
    NatsServers::Options options = NatsServers::Options::tls(*certificate, certificates.caFile());
    options.user = QStringLiteral("desk");
    options.password = password;
    startServerWithMessages(options, 25);
    if (HasFatalFailure())
        return;
    // The window has no CA field: a private CA is trusted as for the HTTP streams, through
    // HYDRANT_EXTRA_CA_FILE, read when the first connection needs it.
    qputenv(TlsTrust::environmentVariable, certificates.caFile().toLocal8Bit());

    MainWindow window;
    window.show();
    RelayAccount account;
    // By name: the certificate is checked against the host of the URL.
    account.servers = QStringLiteral("tls://localhost:%1").arg(servers.url(0).port());
    account.user = QStringLiteral("desk");
    account.password = password;
    addAccountInTheWindow(window, account);
    if (HasFatalFailure())
        return;
    QString stored;
    EXPECT_EQ(storedPassword(account.name, &stored), SecretStore::Result::Ok);
    EXPECT_EQ(stored, password);
    EXPECT_FALSE(settingsFile().contains(password.toUtf8()));

    LivePage *page = window.livePage();
    connectFromTheStart(page);
    ASSERT_TRUE(waitUntil([&] { return page->feedModel()->rowCount() >= 25; }, 10000))
        << page->connectionStatusBar()->stateText().toStdString();
    EXPECT_EQ(page->feedModel()->rowCount(), 25);
    EXPECT_EQ(page->feedModel()->messageAt(0).id, QStringLiteral("1"));
    EXPECT_EQ(page->feedModel()->messageAt(24).id, QStringLiteral("25"));
    EXPECT_EQ(page->connectionState(), FirehoseClient::State::Connected);
    EXPECT_TRUE(
        page->connectionStatusBar()->stateText().startsWith(QStringLiteral("Connected to tls://")))
        << page->connectionStatusBar()->stateText().toStdString();
    page->disconnectAction()->trigger();
    qunsetenv(TlsTrust::environmentVariable);
}

TEST_F(RelayWindowTest, AWrongNatsPasswordIsRefusedInWordsOnceAndNotTriedAgain)
{
    startServerWithMessages(
        NatsServers::Options::login(QStringLiteral("desk"), QStringLiteral("desk-Pa55-7Qx")), 5);
    if (HasFatalFailure())
        return;
    MainWindow window;
    window.show();
    RelayAccount account;
    account.servers = servers.urls();
    account.user = QStringLiteral("desk");
    account.password = QStringLiteral("wrong-Pa55-3Zr");
    addAccountInTheWindow(window, account);
    if (HasFatalFailure())
        return;

    LivePage *page = window.livePage();
    int attempts = 0;
    const QString said = refusal(page, &attempts, [&] { connectFromTheStart(page); });
    EXPECT_EQ(page->connectionState(), FirehoseClient::State::AuthFailed);
    EXPECT_TRUE(said.contains(QStringLiteral("The NATS server %1 refused the user name or "
                                             "password (Authorization Violation).")
                                  .arg(servers.url(0).toString())))
        << said.toStdString();
    EXPECT_FALSE(said.contains(account.password));
    EXPECT_EQ(attempts, 1) << "tried again";
    EXPECT_EQ(servers.log(0).count(QStringLiteral("authentication error"), Qt::CaseInsensitive), 1)
        << servers.log(0).toStdString();
    EXPECT_EQ(page->feedModel()->rowCount(), 0);
    EXPECT_TRUE(page->connectAction()->isEnabled()) << "the user can connect again";
}

TEST_F(
    RelayWindowTest,
    AServerWhoseCertificateCannotBeVerifiedOrThatOffersNoTlsIsRefusedInWordsAndGetsNothingInTheClear)
{
    TestCertificates certificates;
    QString error;
    const auto certificate = certificates.createForLocalhost(&error);
    ASSERT_TRUE(certificate) << error.toStdString();
    // A TLS server whose CA this computer does not trust (no HYDRANT_EXTRA_CA_FILE).
    qunsetenv(TlsTrust::environmentVariable);
    startServerWithMessages(NatsServers::Options::tls(*certificate, certificates.caFile()), 5);
    if (HasFatalFailure())
        return;
    // And one without TLS, named tls:// in the account.
    NatsServers clear;
    ASSERT_TRUE(clear.start(1, &error)) << error.toStdString();
    const QString password = QStringLiteral("not-for-the-wire");

    MainWindow window;
    window.show();
    LivePage *page = window.livePage();
    RelayAccount unverified;
    unverified.servers = servers.urls();
    unverified.user = QStringLiteral("desk");
    unverified.password = password;
    addAccountInTheWindow(window, unverified);
    if (HasFatalFailure())
        return;
    int attempts = 0;
    QString said = refusal(page, &attempts, [&] { connectFromTheStart(page); });
    EXPECT_EQ(page->connectionState(), FirehoseClient::State::Failed);
    EXPECT_TRUE(said.contains(QStringLiteral("The NATS server %1 could not be verified over TLS")
                                  .arg(servers.url(0).toString())))
        << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("unable to get local issuer certificate")))
        << said.toStdString();
    EXPECT_FALSE(said.contains(QStringLiteral(".c:"))) << "the client's source position";
    // And what to do about it, as for an HTTP stream.
    EXPECT_TRUE(said.endsWith(QStringLiteral("If the server uses a private certificate "
                                             "authority, add its certificate "
                                             "(HYDRANT_EXTRA_CA_FILE).")))
        << said.toStdString();
    EXPECT_EQ(attempts, 1) << "tried again";
    EXPECT_EQ(page->feedModel()->rowCount(), 0);

    RelayAccount noTls;
    noTls.name += QStringLiteral(" without TLS");
    noTls.servers = QStringLiteral("tls://127.0.0.1:%1").arg(clear.url(0).port());
    noTls.user = QStringLiteral("desk");
    noTls.password = password;
    addAccountInTheWindow(window, noTls);
    if (HasFatalFailure())
        return;
    said = refusal(page, &attempts, [&] { connectFromTheStart(page); });
    EXPECT_EQ(page->connectionState(), FirehoseClient::State::Failed);
    EXPECT_TRUE(said.contains(QStringLiteral("The NATS server %1 does not offer TLS: nothing was "
                                             "sent to it unencrypted.")
                                  .arg(noTls.servers)))
        << said.toStdString();
    EXPECT_EQ(attempts, 1) << "tried again";
    EXPECT_FALSE(said.contains(password));
    EXPECT_FALSE(clear.log(0).contains(password));
    EXPECT_FALSE(servers.log(0).contains(password));
}
