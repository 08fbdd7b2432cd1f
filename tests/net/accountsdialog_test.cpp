// The Accounts dialog, offscreen: add an account through the form, test it against the
// simulator, see the outcome in words.

#include "common/accountsdialog.h"
#include "streamtestsupport.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>

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
