// The Accounts dialog, offscreen: add an account through the form, test it against the
// simulator, see the outcome in words.

#include "common/accountsdialog.h"
#include "streamtestsupport.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using TestSupport::waitUntil;

namespace {

QLineEdit *field(AccountsDialog &dialog, const char *name)
{
    return dialog.findChild<QLineEdit *>(QLatin1String(name));
}

QPushButton *button(AccountsDialog &dialog, const QString &text)
{
    for (QPushButton *candidate : dialog.findChildren<QPushButton *>())
        if (candidate->text() == text)
            return candidate;
    return nullptr;
}

QString messageText(AccountsDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("message"))->text();
}

} // namespace

TEST(AccountsDialog, AddsAStreamAccountTestsItAndKeepsThePasswordOutOfSettings)
{
    Simulator sim(fastSimulatorOptions());
    ASSERT_TRUE(sim.start());

    AccountsDialog dialog;
    dialog.show();
    dialog.addStreamAccount();
    QLineEdit *name = field(dialog, "streamName");
    QLineEdit *url = field(dialog, "streamUrl");
    QLineEdit *user = field(dialog, "streamUser");
    QLineEdit *password = field(dialog, "streamPassword");
    ASSERT_TRUE(name && url && user && password);
    EXPECT_EQ(password->echoMode(), QLineEdit::Password);

    name->setText(QStringLiteral("Simulator"));
    // The URL with a placeholder, filled from its field.
    url->setText(
        sim.streamUrl(QStringLiteral("demo"), QStringLiteral("prod"))
            .toString()
            .replace(QStringLiteral("/prod.json"), QStringLiteral("/{STREAM_LABEL}.json")));
    field(dialog, "streamLabel")->setText(QStringLiteral("prod"));
    user->setText(sim.credentials().user);

    // Test connection with a wrong password: "bad credentials" in words, with the server's text.
    password->setText(QStringLiteral("wrong-password"));
    std::optional<ConnectionTester::Result> result;
    QObject::connect(&dialog, &AccountsDialog::connectionTested,
                     [&](const ConnectionTester::Result &r) { result = r; });
    button(dialog, QStringLiteral("Test connection"))->click();
    ASSERT_TRUE(waitUntil([&] { return result.has_value(); }, 5000));
    EXPECT_EQ(result->outcome, ConnectionTester::Outcome::BadCredentials);
    EXPECT_TRUE(messageText(dialog).contains(QStringLiteral("Bad credentials")));

    password->setText(sim.credentials().password);
    result.reset();
    button(dialog, QStringLiteral("Test connection"))->click();
    ASSERT_TRUE(waitUntil([&] { return result.has_value(); }, 5000));
    EXPECT_EQ(result->outcome, ConnectionTester::Outcome::Connected)
        << result->summary.toStdString();
    EXPECT_TRUE(messageText(dialog).contains(QStringLiteral("Connected")));

    ASSERT_TRUE(dialog.saveCurrent());
    EXPECT_TRUE(dialog.accountsChanged());
    const auto saved = dialog.store()->streamProfile(QStringLiteral("Simulator"));
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->resolvedUrl(), sim.streamUrl());
    EXPECT_EQ(dialog.store()->currentProfile(AccountStore::Service::Stream),
              QStringLiteral("Simulator"));
    EXPECT_EQ(dialog.findChild<QListWidget *>()->count(), 1);

    // The settings file has the account but never its password.
    QSettings().sync();
    QFile settings(QSettings().fileName());
    ASSERT_TRUE(settings.open(QIODevice::ReadOnly));
    const QByteArray content = settings.readAll();
    EXPECT_TRUE(content.contains("Simulator"));
    EXPECT_FALSE(content.contains(sim.credentials().password.toUtf8()));
    EXPECT_FALSE(content.contains("wrong-password"));
}

TEST(AccountsDialog, RefusesPlainHttpForARealHostWithAnExplanation)
{
    AccountsDialog dialog;
    dialog.show();
    dialog.addBackupAccount();
    field(dialog, "backupUrl")->setText(QStringLiteral("http://firestream.example.org"));
    field(dialog, "backupUser")->setText(QStringLiteral("me"));
    EXPECT_FALSE(dialog.saveCurrent());
    EXPECT_TRUE(messageText(dialog).contains(QStringLiteral("https://")));
    EXPECT_TRUE(dialog.store()->backupProfileNames().isEmpty());
}

TEST(AccountsDialog, AFileTypeNoDownloadCouldFetchIsRefusedWhenSaved)
{
    // The account's list follows the rule every request and file name follows: "Message" would
    // have been saved and then shown greyed out on the Backups page.
    AccountsDialog dialog;
    dialog.show();
    dialog.addBackupAccount();
    field(dialog, "backupUrl")->setText(QStringLiteral("https://firestream.example.org"));
    field(dialog, "backupUser")->setText(QStringLiteral("me"));
    QLineEdit *types = field(dialog, "fileTypes");
    types->selectAll();
    QTest::keyClicks(types, QStringLiteral("activity, Message"));
    EXPECT_FALSE(dialog.saveCurrent());
    EXPECT_TRUE(messageText(dialog).contains(QStringLiteral("“Message”")))
        << messageText(dialog).toStdString();
    EXPECT_TRUE(messageText(dialog).contains(QStringLiteral("lower-case")));
    EXPECT_TRUE(dialog.store()->backupProfileNames().isEmpty());

    types->selectAll();
    QTest::keyClicks(types, QStringLiteral("activity, message"));
    EXPECT_TRUE(dialog.saveCurrent()) << messageText(dialog).toStdString();
    EXPECT_EQ(dialog.store()->backupProfileNames().size(), 1);
}

TEST(AccountsDialog, SymbolMetricsAreTypedAndSavedWithTheAccount)
{
    AccountsDialog dialog;
    dialog.show();
    dialog.addBackupAccount();
    field(dialog, "backupName")->setText(QStringLiteral("with-metrics"));
    field(dialog, "backupUrl")->setText(QStringLiteral("https://firestream.example.org"));
    field(dialog, "backupUser")->setText(QStringLiteral("me"));
    QLineEdit *metrics = field(dialog, "symbolMetrics");
    ASSERT_NE(metrics, nullptr);
    EXPECT_TRUE(metrics->text().isEmpty()); // none unless the dashboard lists some
    QTest::keyClicks(metrics, QStringLiteral("trend ing"));
    EXPECT_FALSE(dialog.saveCurrent());
    EXPECT_TRUE(messageText(dialog).contains(QStringLiteral("symbol backup metric")))
        << messageText(dialog).toStdString();

    metrics->selectAll();
    QTest::keyClicks(metrics, QStringLiteral("trending, watchers,"));
    ASSERT_TRUE(dialog.saveCurrent()) << messageText(dialog).toStdString();
    const auto saved = dialog.store()->backupProfile(QStringLiteral("with-metrics"));
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->symbolMetrics,
              (QStringList{QStringLiteral("trending"), QStringLiteral("watchers")}));
    EXPECT_EQ(saved->endpoint().symbolMetrics, saved->symbolMetrics);
}

namespace {

/// A stream account saved earlier, as the settings hold it (no password given).
void saveStreamAccount(const QString &name)
{
    AccountStore store;
    StreamProfile profile;
    profile.name = name;
    profile.accountName = QStringLiteral("acme");
    profile.user = QStringLiteral("me@example.org");
    store.saveStreamProfile(profile);
}

bool listed(AccountsDialog &dialog, const QString &name)
{
    QListWidget *list = dialog.findChild<QListWidget *>();
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().contains(name))
            return true;
    }
    return false;
}

QPushButton *namedButton(AccountsDialog &dialog, const char *name)
{
    return dialog.findChild<QPushButton *>(QLatin1String(name));
}

} // namespace

TEST(AccountsDialog, EnterInThePasswordFieldSavesAndNeverRemoves)
{
    const QString name = QStringLiteral("Enter saves");
    saveStreamAccount(name);
    AccountsDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.selectAccount(AccountStore::Service::Stream, name);

    QLineEdit *password = field(dialog, "streamPassword");
    QTest::mouseClick(password, Qt::LeftButton);
    QTest::keyClicks(password, QStringLiteral("typed-secret"));
    QTest::keyClick(password, Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.store()->hasProfile(AccountStore::Service::Stream, name));
    EXPECT_TRUE(listed(dialog, name));
    ASSERT_TRUE(waitUntil([&] { return messageText(dialog).startsWith(QStringLiteral("Saved")); }));

    // Enter in another field saves what was typed there.
    QLineEdit *user = field(dialog, "streamUser");
    QTest::mouseClick(user, Qt::LeftButton);
    user->selectAll();
    QTest::keyClicks(user, QStringLiteral("other@example.org"));
    QTest::keyClick(user, Qt::Key_Return);
    EXPECT_EQ(dialog.store()->streamProfile(name).value_or(StreamProfile{}).user,
              QStringLiteral("other@example.org"));
    EXPECT_TRUE(listed(dialog, name));
    dialog.store()->removeProfile(AccountStore::Service::Stream, name);
}

TEST(AccountsDialog, RemoveAsksAndCanBeUndoneUntilTheDialogCloses)
{
    const QString name = QStringLiteral("Remove asks");
    saveStreamAccount(name);
    AccountsDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.selectAccount(AccountStore::Service::Stream, name);

    QTest::mouseClick(namedButton(dialog, "remove"), Qt::LeftButton);
    EXPECT_TRUE(listed(dialog, name)) << "Remove only asks";
    QPushButton *confirm = namedButton(dialog, "confirmRemove");
    ASSERT_TRUE(confirm->isVisible());
    QTest::mouseClick(confirm, Qt::LeftButton);
    EXPECT_FALSE(listed(dialog, name));

    QPushButton *undo = namedButton(dialog, "undoRemove");
    ASSERT_TRUE(undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    EXPECT_TRUE(listed(dialog, name)) << "taken back";
    EXPECT_TRUE(dialog.store()->hasProfile(AccountStore::Service::Stream, name));

    // Removed for good once the dialog closes.
    QTest::mouseClick(namedButton(dialog, "remove"), Qt::LeftButton);
    QTest::mouseClick(confirm, Qt::LeftButton);
    EXPECT_FALSE(listed(dialog, name));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_FALSE(AccountStore().hasProfile(AccountStore::Service::Stream, name));
    EXPECT_TRUE(dialog.accountsChanged());
}

TEST(AccountsDialog, EscapeKeepsUnsavedChangesUntilPressedAgain)
{
    const QString name = QStringLiteral("Escape keeps");
    AccountsDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.addStreamAccount();
    QLineEdit *nameField = field(dialog, "streamName");
    nameField->selectAll();
    QTest::keyClicks(nameField, name);
    QTest::keyClicks(field(dialog, "accountName"), QStringLiteral("acme"));
    QTest::keyClicks(field(dialog, "streamUser"), QStringLiteral("me@example.org"));
    QTest::keyClick(nameField, Qt::Key_Escape);
    EXPECT_TRUE(dialog.isVisible()) << "the first Escape only warns";
    EXPECT_TRUE(messageText(dialog).contains(QStringLiteral("not saved")));

    QTest::keyClick(nameField, Qt::Key_Return);
    EXPECT_TRUE(dialog.store()->hasProfile(AccountStore::Service::Stream, name));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible()) << "nothing unsaved: Escape closes";
    AccountStore().removeProfile(AccountStore::Service::Stream, name);
}

TEST(AccountsDialog, AFirestreamAccountKeepsItsServiceWhenEditedAndANewOneCanBeChosen)
{
    // An account added with `hydrant-cli account add --service firestream` and edited here.
    const QString name = QStringLiteral("Firestream desk");
    StreamProfile saved;
    saved.name = name;
    saved.service = StreamServiceKind::Firestream;
    saved.urlTemplate = StreamProfile::defaultUrlTemplate(StreamServiceKind::Firestream);
    saved.user = QStringLiteral("desk@example.com");
    AccountStore().saveStreamProfile(saved);

    AccountsDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.selectAccount(AccountStore::Service::Stream, name);
    auto *service = dialog.findChild<QComboBox *>(QStringLiteral("streamService"));
    ASSERT_NE(service, nullptr);
    EXPECT_EQ(service->currentText(), StreamServiceKinds::displayName(StreamServiceKind::Firestream));

    QLineEdit *user = field(dialog, "streamUser");
    QTest::mouseClick(user, Qt::LeftButton);
    user->selectAll();
    QTest::keyClicks(user, QStringLiteral("analyst@example.com"));
    QTest::keyClick(user, Qt::Key_Return);
    const StreamProfile edited = dialog.store()->streamProfile(name).value_or(StreamProfile{});
    EXPECT_EQ(edited.user, QStringLiteral("analyst@example.com"));
    EXPECT_EQ(edited.service, StreamServiceKind::Firestream) << "editing must not turn it into Gnip";

    // Choosing the older StockTwits firehose offers its documented URL in place of the default.
    service->setFocus();
    QTest::keyClick(service, Qt::Key_Down); // the entry after Firestream
    ASSERT_EQ(service->currentData().toInt(), int(StreamServiceKind::StocktwitsFirehose));
    EXPECT_EQ(field(dialog, "streamUrl")->text(),
              StreamProfile::defaultUrlTemplate(StreamServiceKind::StocktwitsFirehose));
    dialog.store()->removeProfile(AccountStore::Service::Stream, name);
}
