// The Live page on a team relay account, offscreen, against a real nats-server with JetStream on
// loopback: Connect asks how far back to start, and "the last 5 minutes" shows exactly the
// messages the relay stored in those minutes, each once, in order.

#include "feed/feedmodel.h"
#include "live/connectionstatusbar.h"
#include "live/livepage.h"
#include "live/relaystartdialog.h"
#include "message/messagenormalizer.h"
#include "natsservers.h"
#include "relay/jetstreampublisher.h"
#include "relay/jetstreamreader.h"
#include "relay/jetstreamsource.h"
#include "relay/natsconnection.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QTimeZone>

using TestSupport::waitUntil;

namespace {

class RelayLivePageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(servers.start(1, &error)) << error.toStdString();
        settings.servers = *RelaySettings::parseServers(servers.urls(), &error);
        publisher = openDeskStream(settings, nats, &error);
        ASSERT_TRUE(publisher) << error.toStdString();

        endpoint.profileName = QStringLiteral("Desk relay");
        endpoint.service = StreamServiceKind::NatsRelay;
        endpoint.url = settings.servers.first();
        endpoint.relay = settings;
    }

    void TearDown() override
    {
        publisher.reset();
        nats.close();
        // The source's own connection closes with the page; then the client may stop.
    }

    /// Stores activities with the ids \a first..\a last as a relay would.
    void publish(int first, int last)
    {
        MessageNormalizer normalizer;
        MessageBatch batch;
        for (int id = first; id <= last; ++id) {
            batch.push_back(normalizer.normalize(
                QStringLiteral("{\"id\":%1,\"body\":\"message %1\",\"created_at\":"
                               "\"2026-03-11T09:00:00Z\",\"user\":{\"username\":\"desk\"}}")
                    .arg(id)
                    .toUtf8()));
            ASSERT_TRUE(batch.back().isActivity());
        }
        const auto outcome = publisher->publish(batch, "test", std::chrono::seconds(10));
        ASSERT_TRUE(outcome.error.isEmpty()) << outcome.error.toStdString();
        ASSERT_EQ(outcome.stored, last - first + 1);
    }

    NatsServers servers;
    RelaySettings settings;
    NatsConnection nats;
    std::unique_ptr<JetStreamPublisher> publisher;
    StreamEndpoint endpoint;
};

QStringList feedIds(const FeedModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.messageAt(row).id);
    return ids;
}

} // namespace

TEST_F(RelayLivePageTest, TheLastFiveMinutesShowExactlyTheMessagesStoredInThemOnceInOrder)
{
    // Six messages stored "long ago", then the boundary, then five within the last 5 minutes.
    // JetStream stamps each message with the server's clock when it stores it; the page's clock
    // is set to 5 minutes after the boundary, so "the last 5 minutes" begins exactly there.
    publish(1, 6);
    QTest::qWait(50);
    publish(7, 11);
    // The boundary lies between the store times of 6 and 7, as the server stamped them.
    std::vector<JetStreamReader::Item> stored;
    {
        JetStreamReader reader(nats, settings);
        QString error;
        ASSERT_TRUE(reader.start({JetStreamReader::Start::Kind::All, {}}, &error))
            << error.toStdString();
        ASSERT_TRUE(waitUntil(
            [&] { return reader.next(stored, 100, std::chrono::milliseconds(50), &error) &&
                         stored.size() >= 11; },
            5000));
    }
    const QDateTime beforeBoundary = stored[5].storedAt, afterBoundary = stored[6].storedAt;
    ASSERT_GE(beforeBoundary.msecsTo(afterBoundary), 20);
    const QDateTime boundary = beforeBoundary.addMSecs(beforeBoundary.msecsTo(afterBoundary) / 2);

    LivePage page;
    page.resize(1000, 700);
    page.show();
    // The page registered the real source; this one counts back from the test's clock.
    StreamSource::registerFactory(StreamServiceKind::NatsRelay, [boundary] {
        return new JetStreamSource([boundary] { return boundary.addSecs(5 * 60); });
    });
    page.setStreamEndpoint(endpoint);

    page.connectAction()->trigger();
    RelayStartDialog *dialog = page.relayStartDialog();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(waitUntil([&] { return dialog->isVisible(); }, 2000));
    dialog->findChild<QRadioButton *>(QStringLiteral("lastMinutes"))->click();
    QSpinBox *minutes = dialog->findChild<QSpinBox *>(QStringLiteral("minutes"));
    minutes->selectAll();
    QTest::keyClicks(minutes, QStringLiteral("5"));
    EXPECT_EQ(dialog->startText(), QStringLiteral("5m"));
    QTest::keyClick(minutes, Qt::Key_Return); // Enter connects
    EXPECT_FALSE(page.relayStartDialog());

    const QStringList expected{QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"),
                               QStringLiteral("10"), QStringLiteral("11")};
    ASSERT_TRUE(waitUntil([&] { return page.feedModel()->rowCount() >= 5; }, 10000))
        << page.session()->status().reason.toStdString() << " · boundary "
        << boundary.toString(Qt::ISODateWithMs).toStdString() << " · "
        << feedIds(*page.feedModel()).join(QLatin1Char(',')).toStdString();
    // Published while connected: it follows, once.
    publish(12, 12);
    ASSERT_TRUE(waitUntil([&] { return page.feedModel()->rowCount() >= 6; }, 10000));
    QTest::qWait(300); // nothing else arrives (no repeat, nothing older)
    EXPECT_EQ(feedIds(*page.feedModel()), expected + QStringList{QStringLiteral("12")});
    EXPECT_EQ(page.connectionState(), FirehoseClient::State::Connected);
    // The status names the node the page reads from.
    EXPECT_TRUE(page.session()->status().reason.contains(servers.url(0).toString()))
        << page.session()->status().reason.toStdString();

    // The choice is remembered for the next Connect.
    page.disconnectAction()->trigger();
    page.connectAction()->trigger();
    dialog = page.relayStartDialog();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->choice(), RelayStartDialog::Choice::LastMinutes);
    EXPECT_EQ(dialog->minutes(), 5);
    // Escape cancels: nothing connects.
    QTest::keyClick(dialog, Qt::Key_Escape);
    EXPECT_FALSE(page.relayStartDialog());
    QTest::qWait(100);
    EXPECT_FALSE(page.session()->isActive());
}

TEST(RelayStartDialog, MapsEachChoiceToAStartTheReaderUnderstands)
{
    QSettings().remove(QStringLiteral("live/relayStart"));
    RelayStartDialog dialog(QStringLiteral("Desk relay"));
    EXPECT_EQ(dialog.choice(), RelayStartDialog::Choice::Live);
    EXPECT_EQ(dialog.minutes(), 60);
    EXPECT_EQ(dialog.startText(), QStringLiteral("new"));
    dialog.setChoice(RelayStartDialog::Choice::LastMinutes);
    EXPECT_EQ(dialog.startText(), QStringLiteral("60m"));
    dialog.setChoice(RelayStartDialog::Choice::Everything);
    EXPECT_EQ(dialog.startText(), QStringLiteral("all"));
    dialog.setSince(QDateTime(QDate(2026, 3, 11), QTime(9, 0), QTimeZone::utc()));
    EXPECT_EQ(dialog.choice(), RelayStartDialog::Choice::Since);
    QString error;
    const auto start = JetStreamReader::Start::parse(dialog.startText(),
                                                     QDateTime::currentDateTimeUtc(), &error);
    ASSERT_TRUE(start) << error.toStdString();
    EXPECT_EQ(start->kind, JetStreamReader::Start::Kind::Since);
    EXPECT_EQ(start->since, QDateTime(QDate(2026, 3, 11), QTime(9, 0), QTimeZone::utc()));
}

TEST_F(RelayLivePageTest, ReadingSinceATimeStartsAtTheFirstMessageStoredAfterIt)
{
    // A time between any two stored messages: reading starts at the later one (the server's
    // own start-time lookup answered some of these with the end of the stream).
    for (int id = 1; id <= 8; ++id) {
        publish(id, id);
        QTest::qWait(15);
    }
    std::vector<JetStreamReader::Item> all;
    QString error;
    {
        JetStreamReader reader(nats, settings);
        ASSERT_TRUE(reader.start({JetStreamReader::Start::Kind::All, {}}, &error));
        ASSERT_TRUE(waitUntil(
            [&] { return reader.next(all, 100, std::chrono::milliseconds(50), &error) &&
                         all.size() >= 8; },
            5000));
    }
    for (size_t before = 0; before + 1 < all.size(); ++before) {
        const QDateTime from = all[before].storedAt, to = all[before + 1].storedAt;
        ASSERT_GE(from.msecsTo(to), 2);
        JetStreamReader reader(nats, settings);
        ASSERT_TRUE(reader.start({JetStreamReader::Start::Kind::Since,
                                  from.addMSecs(from.msecsTo(to) / 2)},
                                 &error))
            << error.toStdString();
        std::vector<JetStreamReader::Item> read;
        ASSERT_TRUE(waitUntil(
            [&] { return reader.next(read, 100, std::chrono::milliseconds(50), &error) &&
                         read.size() >= all.size() - before - 1; },
            3000))
            << "since between " << before + 1 << " and " << before + 2 << ": " << read.size();
        EXPECT_EQ(read.front().sequence, all[before + 1].sequence);
    }
}

TEST_F(RelayLivePageTest, AReaderKnowsHowManyStoredMessagesAreStillToCome)
{
    // What the status bar shows as "N messages behind".
    publish(1, 500);
    JetStreamReader reader(nats, settings);
    QString error;
    ASSERT_TRUE(reader.start({JetStreamReader::Start::Kind::All, {}}, &error))
        << error.toStdString();
    EXPECT_EQ(reader.pending(), 0u) << "nothing known before the first message";
    std::vector<JetStreamReader::Item> items;
    ASSERT_TRUE(waitUntil(
        [&] {
            return reader.next(items, 100, std::chrono::milliseconds(50), &error) &&
                   items.size() >= 100;
        },
        5000));
    ASSERT_EQ(items.size(), 100u);
    EXPECT_EQ(reader.pending(), 400u);
    ASSERT_TRUE(waitUntil(
        [&] {
            return reader.next(items, 1000, std::chrono::milliseconds(50), &error) &&
                   items.size() >= 500;
        },
        5000));
    EXPECT_EQ(reader.pending(), 0u);
    EXPECT_EQ(reader.resubscriptions(), 0);
}

TEST(RelayLivePageFailover,
     WhenTheNodeThePageReadsFromIsKilledTheStatusNamesTheNextAndNothingIsLost)
{
    NatsServers cluster;
    QString error;
    ASSERT_TRUE(cluster.start(3, &error)) << error.toStdString();
    RelaySettings settings;
    settings.servers = *RelaySettings::parseServers(cluster.urls(), &error);
    settings.stream = QStringLiteral("DESK");
    settings.subjectPrefix = QStringLiteral("desk");
    NatsConnection nats;
    ASSERT_TRUE(nats.open(settings, &error)) << error.toStdString();
    JetStreamPublisher publisher(nats, settings);
    RelayStreamInfo info;
    ASSERT_TRUE(publisher.ensureStream(&info, &error)) << error.toStdString();
    ASSERT_EQ(info.replicas, 3);
    MessageNormalizer normalizer;
    const auto publish = [&](int first, int last) {
        MessageBatch batch;
        for (int id = first; id <= last; ++id)
            batch.push_back(normalizer.normalize(
                QStringLiteral(
                    "{\"id\":%1,\"body\":\"message %1\",\"user\":{\"username\":\"desk\"}}")
                    .arg(id)
                    .toUtf8()));
        // Long enough for a cluster that lost a node to elect the stream's new leader.
        const auto outcome = publisher.publish(batch, "test", std::chrono::seconds(30));
        EXPECT_TRUE(outcome.error.isEmpty()) << outcome.error.toStdString();
        EXPECT_EQ(outcome.stored + outcome.duplicates, last - first + 1);
    };
    publish(1, 50);

    LivePage page;
    page.resize(1000, 700);
    page.show();
    StreamEndpoint endpoint;
    endpoint.profileName = QStringLiteral("Desk relay");
    endpoint.service = StreamServiceKind::NatsRelay;
    endpoint.url = settings.servers.first();
    endpoint.relay = settings;
    page.setStreamEndpoint(endpoint);
    QStringList events;
    QObject::connect(page.session(), &LiveSession::connectionEvent, page.session(),
                     [&](const StreamEvent &event) { events.append(event.text); });
    page.connectAction()->trigger();
    RelayStartDialog *dialog = page.relayStartDialog();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(waitUntil([&] { return dialog->isVisible(); }, 2000));
    QRadioButton *everything = dialog->findChild<QRadioButton *>(QStringLiteral("everything"));
    everything->click();
    QTest::keyClick(everything, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return page.feedModel()->rowCount() >= 50; }, 10000))
        << page.session()->status().reason.toStdString();

    // The node the page reads from, as its status bar names it.
    const auto nodeNamed = [&] {
        const QString reason = page.connectionStatusBar()->stateText();
        for (int i = 0; i < cluster.count(); ++i)
            if (reason.contains(cluster.url(i).toString()))
                return i;
        return -1;
    };
    ASSERT_TRUE(waitUntil([&] { return nodeNamed() >= 0; }, 5000))
        << page.connectionStatusBar()->stateText().toStdString();
    const int victim = nodeNamed();
    cluster.kill(victim);
    publish(51, 100);

    ASSERT_TRUE(waitUntil([&] { return page.feedModel()->rowCount() >= 100; }, 30000))
        << page.feedModel()->rowCount() << " rows; "
        << events.join(QLatin1Char('\n')).toStdString();
    QStringList expected;
    for (int id = 1; id <= 100; ++id)
        expected.append(QString::number(id));
    if (feedIds(*page.feedModel()) != expected) {
        // What the stream holds, in its order, to tell a reader's fault from the stream's.
        QStringList held;
        JetStreamReader all(nats, settings);
        std::vector<JetStreamReader::Item> items;
        if (all.start({JetStreamReader::Start::Kind::All, {}}, &error))
            waitUntil(
                [&] {
                    return all.next(items, 1000, std::chrono::milliseconds(50), &error) &&
                           items.size() >= 100;
                },
                5000);
        for (const JetStreamReader::Item &item : items)
            held.append(QString::fromUtf8(item.id));
        ADD_FAILURE() << "the feed: "
                      << feedIds(*page.feedModel()).join(QLatin1Char(',')).toStdString()
                      << "\nthe stream: " << held.join(QLatin1Char(',')).toStdString()
                      << "\nthe log: " << events.join(QLatin1Char('\n')).toStdString();
    }
    // The status bar names the node the page reads from now, and the log says it moved.
    ASSERT_TRUE(waitUntil([&] { return nodeNamed() >= 0 && nodeNamed() != victim; }, 5000))
        << page.connectionStatusBar()->stateText().toStdString();
    EXPECT_EQ(page.connectionState(), FirehoseClient::State::Connected);
    const QString next = cluster.url(nodeNamed()).toString();
    EXPECT_TRUE(events.contains(QStringLiteral("Now reading from %1.").arg(next)))
        << events.join(QLatin1Char('\n')).toStdString();
    page.disconnectAction()->trigger();
}
