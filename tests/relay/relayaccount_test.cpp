// The Accounts dialog, offscreen, in a build with NATS: a Team relay (NATS) account is added by
// typing and clicking; a server URL that is not one is refused in words, and the rules are the
// relay's own (RelaySettings), the same as `hydrant-cli stream --service nats`.

#include "common/accountsdialog.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QToolButton>

using TestSupport::waitUntil;

namespace {

QLineEdit *field(AccountsDialog &dialog, const char *name)
{
    return dialog.findChild<QLineEdit *>(QLatin1String(name));
}

QString messageText(AccountsDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("message"))->text();
}

void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

TEST(RelayAccount, AddedByTypingAndClickingWithABadServerRefusedInWords)
{
    AccountsDialog dialog;
    dialog.show();
    // Add ▸ Team relay account (NATS)
    QToolButton *add = nullptr;
    for (QToolButton *candidate : dialog.findChildren<QToolButton *>())
        if (candidate->text() == QStringLiteral("Add"))
            add = candidate;
    ASSERT_TRUE(add && add->menu());
    QAction *relay = nullptr;
    for (QAction *action : add->menu()->actions())
        if (action->text() == QStringLiteral("Team relay account (NATS)"))
            relay = action;
    ASSERT_TRUE(relay);
    relay->trigger();

    auto *service = dialog.findChild<QComboBox *>(QStringLiteral("streamService"));
    EXPECT_EQ(service->currentText(), QStringLiteral("Team relay (NATS)"));
    // The HTTP fields give way to the relay's.
    EXPECT_FALSE(field(dialog, "streamUrl")->isVisibleTo(&dialog));
    QLineEdit *servers = field(dialog, "relayServers");
    ASSERT_TRUE(servers && servers->isVisibleTo(&dialog));
    EXPECT_EQ(field(dialog, "relayStream")->text(), QStringLiteral("HYDRANT"));
    EXPECT_EQ(field(dialog, "relaySubject")->text(), QStringLiteral("hydrant"));

    type(field(dialog, "streamName"), QStringLiteral("Desk relay"));
    type(servers, QStringLiteral("http://relay.example.org:4222"));
    QPushButton *save = dialog.findChild<QPushButton *>(QStringLiteral("save"));
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_TRUE(messageText(dialog).contains(QStringLiteral("is not a NATS server URL")))
        << messageText(dialog).toStdString();
    EXPECT_TRUE(dialog.store()->streamProfileNames().isEmpty());

    // A password goes to NATS only over TLS (or to this computer): the relay's rule.
    type(servers, QStringLiteral("nats://relay1.example.org:4222"));
    type(field(dialog, "streamUser"), QStringLiteral("analyst"));
    type(field(dialog, "streamPassword"), QStringLiteral("s3cret-nats"));
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_TRUE(messageText(dialog).contains(QStringLiteral("is not encrypted")))
        << messageText(dialog).toStdString();
    EXPECT_TRUE(dialog.store()->streamProfileNames().isEmpty());

    type(servers, QStringLiteral("tls://relay1.example.org:4222, tls://relay2.example.org"));
    type(field(dialog, "relayStream"), QStringLiteral("DESK"));
    // Enter saves.
    QTest::keyClick(field(dialog, "relayStream"), Qt::Key_Return);
    const auto saved = dialog.store()->streamProfile(QStringLiteral("Desk relay"));
    ASSERT_TRUE(saved) << messageText(dialog).toStdString();
    EXPECT_EQ(saved->service, StreamServiceKind::NatsRelay);
    EXPECT_EQ(saved->relayStream, QStringLiteral("DESK"));
    EXPECT_EQ(saved->relaySubject, QStringLiteral("hydrant"));
    EXPECT_EQ(saved->user, QStringLiteral("analyst"));
    QString problem;
    const auto relaySettings = saved->relaySettings(QStringLiteral("s3cret-nats"), &problem);
    ASSERT_TRUE(relaySettings) << problem.toStdString();
    ASSERT_EQ(relaySettings->servers.size(), 2);
    EXPECT_EQ(relaySettings->servers[1], QUrl(QStringLiteral("tls://relay2.example.org:4222")));

    // The endpoint the Live page gets: the relay's settings, the password from the secret store.
    std::optional<StreamEndpoint> endpoint;
    dialog.store()->streamEndpoint(QStringLiteral("Desk relay"),
                                   [&](const StreamEndpoint &e, const QString &) { endpoint = e; });
    ASSERT_TRUE(waitUntil([&] { return endpoint.has_value(); }, 5000));
    EXPECT_TRUE(endpoint->isRelay());
    EXPECT_EQ(endpoint->relay.stream, QStringLiteral("DESK"));
    EXPECT_EQ(endpoint->credentials.password, QStringLiteral("s3cret-nats"));

    // Shown again as saved; the password never in the settings file.
    dialog.selectAccount(AccountStore::Service::Stream, QStringLiteral("Desk relay"));
    EXPECT_EQ(service->currentText(), QStringLiteral("Team relay (NATS)"));
    EXPECT_TRUE(servers->text().contains(QStringLiteral("relay2.example.org")));
    QSettings().sync();
    QFile file(QSettings().fileName());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    EXPECT_TRUE(content.contains("relay1.example.org"));
    EXPECT_FALSE(content.contains("s3cret-nats"));
}
