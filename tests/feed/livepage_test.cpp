// The Live page driven offscreen against the simulator over loopback: it connects, fills the
// feed, follows or stops following, filters, shows a message, records and disconnects.

#include "common/jsontreemodel.h"
#include "common/messagedetailview.h"
#include "common/passworddialog.h"
#include "core/appsettings.h"
#include "feed/feedmodel.h"
#include "feed/feedproxymodel.h"
#include "feed/livestatistics.h"
#include "gziptestutil.h"
#include "live/connectionlog.h"
#include "live/connectionstatusbar.h"
#include "live/feedview.h"
#include "live/livecharts.h"
#include "live/livepage.h"
#include "sim/simulator.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QBarCategoryAxis>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QTest>
#include <QUrlQuery>

#include <cerrno>
#include <cstring>

using TestSupport::waitUntil;

namespace {

class LivePageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SimulatorOptions options;
        options.messagesPerSecond = 400;
        options.heartbeatIntervalMs = 50;
        options.connectLimit = 1000;
        options.shape = MessageShape::Mixed;
        sim = std::make_unique<Simulator>(options);
        QString error;
        ASSERT_TRUE(sim->start(&error)) << error.toStdString();
        endpoint.profileName = QStringLiteral("Simulator");
        endpoint.url = sim->streamUrl(QStringLiteral("demo"), QStringLiteral("prod"));
        endpoint.credentials = sim->credentials();
    }

    std::unique_ptr<Simulator> sim;
    StreamEndpoint endpoint;
};

} // namespace

TEST(LivePageEmpty, ExplainsWhatToDoWithoutAnEndpoint)
{
    LivePage page;
    page.show();
    QSignalSpy add(&page, &LivePage::addAccountRequested);
    QPushButton *button = nullptr;
    for (QPushButton *b : page.findChildren<QPushButton *>()) {
        if (b->isVisible() && b->text().contains(QStringLiteral("Add account")))
            button = b;
    }
    ASSERT_NE(button, nullptr);
    button->click();
    EXPECT_EQ(add.count(), 1);
    bool mentionsDemo = false;
    for (QLabel *label : page.findChildren<QLabel *>()) {
        QTextDocument shown;
        shown.setHtml(label->text());
        mentionsDemo |= label->isVisible() && shown.toPlainText()
                                                  .replace(QChar(QChar::Nbsp), QLatin1Char(' '))
                                                  .remove(QChar(0x2060))
                                                  .contains(QStringLiteral("hydrant --demo"));
    }
    EXPECT_TRUE(mentionsDemo);
    QSignalSpy demo(&page, &LivePage::demoRequested);
    for (QPushButton *b : page.findChildren<QPushButton *>()) {
        if (b->isVisible() && b->text() == QStringLiteral("Try the demo"))
            b->click();
    }
    EXPECT_EQ(demo.count(), 1) << "the main window starts the demo when asked";
    EXPECT_FALSE(page.connectAction()->isEnabled());
}

TEST(LivePageEmpty, StreamMenuHasTheActions)
{
    LivePage page;
    QMenu menu;
    page.populateMenu(&menu);
    QStringList texts;
    for (QAction *action : menu.actions())
        texts.append(action->text().remove(QLatin1Char('&')));
    EXPECT_TRUE(texts.contains(QStringLiteral("Connect")));
    EXPECT_TRUE(texts.contains(QStringLiteral("Disconnect")));
    EXPECT_TRUE(texts.contains(QStringLiteral("Pause Scrolling")));
    EXPECT_TRUE(texts.contains(QStringLiteral("Record")));
    page.show(); // shortcuts apply while the page shows
    EXPECT_EQ(page.connectAction()->shortcut(), QKeySequence(Qt::Key_F5));
    EXPECT_EQ(page.recordAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    page.hide();
    // Connect, Disconnect and Record stay window-wide; the feed's own keys leave with the page.
    EXPECT_EQ(page.connectAction()->shortcut(), QKeySequence(Qt::Key_F5));
    EXPECT_EQ(page.connectAction()->shortcutContext(), Qt::WindowShortcut);
    EXPECT_EQ(page.recordAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    EXPECT_TRUE(page.pauseAction()->shortcut().isEmpty());
}

TEST_F(LivePageTest, ConnectsAndFillsTheFeedNewestFirst)
{
    LivePage page;
    page.resize(1200, 800);
    page.show();
    page.setStreamEndpoint(endpoint);
    page.connectAction()->trigger();
    ASSERT_TRUE(waitUntil([&] { return page.feedModel()->rowCount() >= 200; }, 10000));
    EXPECT_EQ(page.connectionState(), FirehoseClient::State::Connected);
    EXPECT_TRUE(page.connectionStatusBar()->stateText().startsWith(QStringLiteral("Connected")));
    EXPECT_FALSE(page.connectAction()->isEnabled());
    EXPECT_TRUE(page.disconnectAction()->isEnabled());
    EXPECT_GT(page.connectionLog()->count(), 0);

    // Every shape of the mixed stream became an activity with an author.
    for (int row = 0; row < 50; ++row) {
        const Message &m = page.feedModel()->messageAt(row);
        EXPECT_TRUE(m.isActivity()) << m.raw.left(200).toStdString();
        EXPECT_FALSE(m.author.isEmpty()) << m.raw.left(200).toStdString();
    }
    // Newest first, and the view follows it.
    FeedView *view = page.feedView();
    EXPECT_TRUE(view->isFollowing());
    EXPECT_EQ(view->verticalScrollBar()->value(), 0);
    EXPECT_GT(page.proxyModel()->serialAt(0), page.proxyModel()->serialAt(1));

    page.disconnectAction()->trigger();
    ASSERT_TRUE(
        waitUntil([&] { return page.connectionState() == FirehoseClient::State::Disconnected; }));
    EXPECT_TRUE(page.connectAction()->isEnabled());
}

TEST_F(LivePageTest, ScrollingAwayKeepsRowsAndCountsNewMessages)
{
    LivePage page;
    page.resize(1200, 800);
    page.show();
    page.setStreamEndpoint(endpoint);
    page.connectStream();
    FeedView *view = page.feedView();
    ASSERT_TRUE(waitUntil([&] { return page.feedModel()->rowCount() >= 300; }, 10000));

    // The user scrolls down into older messages.
    view->verticalScrollBar()->setValue(100);
    EXPECT_FALSE(view->isFollowing());
    const quint64 topSerial = page.proxyModel()->serialAt(view->rowAt(0));
    ASSERT_TRUE(waitUntil([&] { return view->newMessageCount() >= 50; }, 10000));
    EXPECT_EQ(page.proxyModel()->serialAt(view->rowAt(0)), topSerial)
        << "the rows being read stay in place";

    view->jumpToNewest();
    EXPECT_TRUE(view->isFollowing());
    EXPECT_EQ(view->newMessageCount(), 0);
    EXPECT_EQ(view->verticalScrollBar()->value(), 0);

    // Pause: the feed keeps filling, the view does not move.
    page.pauseAction()->trigger();
    EXPECT_TRUE(view->isPaused());
    EXPECT_FALSE(view->isFollowing());
    const int rows = page.feedModel()->rowCount();
    ASSERT_TRUE(waitUntil([&] { return page.feedModel()->rowCount() > rows + 50; }, 10000));
    EXPECT_GT(view->verticalScrollBar()->value(), 0);
    page.pauseAction()->trigger();
    EXPECT_FALSE(view->isPaused());
    EXPECT_TRUE(view->isFollowing());
}

// A row the user clicks stays under the pointer while messages keep arriving: the click holds
// the feed, the Pause button shows it, and clicking Pause again follows the newest message.
// Scrolling away checks Pause too; scrolling back to the newest end clears it.
TEST_F(LivePageTest, ClickingARowHoldsItUnderThePointerAndPauseShowsIt)
{
    LivePage page;
    page.resize(1200, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.setStreamEndpoint(endpoint);
    page.connectStream();
    FeedView *view = page.feedView();
    ASSERT_TRUE(waitUntil([&] { return page.feedModel()->rowCount() >= 100; }, 10000));
    ASSERT_TRUE(view->isFollowing());
    EXPECT_FALSE(page.pauseAction()->isChecked());
    QToolButton *pauseButton = nullptr;
    for (QToolBar *toolbar : page.findChildren<QToolBar *>()) {
        if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(page.pauseAction())))
            pauseButton = button;
    }
    ASSERT_NE(pauseButton, nullptr);

    const QModelIndex clicked = view->model()->index(5, FeedModel::TextColumn);
    const QPoint point = view->visualRect(clicked).center();
    const quint64 serial = page.proxyModel()->serialAt(5);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
    EXPECT_TRUE(page.pauseAction()->isChecked()) << "the click holds the feed";
    EXPECT_TRUE(pauseButton->isChecked());
    EXPECT_FALSE(view->isFollowing());
    const int rows = page.feedModel()->rowCount();
    ASSERT_TRUE(waitUntil([&] { return page.feedModel()->rowCount() > rows + 100; }, 10000));
    QCoreApplication::processEvents();
    const QModelIndex underPointer = view->indexAt(point);
    EXPECT_EQ(page.proxyModel()->serialAt(underPointer.row()), serial)
        << "the clicked row stays under the pointer";
    EXPECT_EQ(page.proxyModel()->serialAt(view->currentIndex().row()), serial);
    EXPECT_GT(view->newMessageCount(), 0);

    // Pause again: follow the newest message.
    QTest::mouseClick(pauseButton, Qt::LeftButton);
    EXPECT_FALSE(page.pauseAction()->isChecked());
    EXPECT_TRUE(view->isFollowing());
    EXPECT_EQ(view->verticalScrollBar()->value(), 0);

    // Scrolled away is held too, and shown; back at the newest end it follows again.
    view->verticalScrollBar()->setValue(40);
    EXPECT_TRUE(page.pauseAction()->isChecked());
    view->verticalScrollBar()->setValue(0);
    EXPECT_FALSE(page.pauseAction()->isChecked());
    EXPECT_TRUE(view->isFollowing());

    // The Down key moves to a row and holds the feed the same way.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    EXPECT_TRUE(page.pauseAction()->isChecked());
}

// Escape in the filter field clears the filter at once.
// The "↑ N new" pill of a held feed sits over the column header: it covers no row, and the row
// under it (the top one) takes a click like any other. In the narrow window too.
TEST_F(LivePageTest, TheNewMessagesPillCoversNoRowAndEveryRowStaysClickable)
{
    LivePage page;
    page.resize(1200, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.setStreamEndpoint(endpoint);
    page.connectStream();
    FeedView *view = page.feedView();
    ASSERT_TRUE(waitUntil([&] { return page.feedModel()->rowCount() >= 200; }, 10000));
    view->verticalScrollBar()->setValue(50); // the user scrolls down into older messages
    ASSERT_TRUE(waitUntil([&] { return view->newMessageCount() >= 20; }, 30000));
    auto *pill = view->findChild<QPushButton *>(QStringLiteral("newMessagesPill"));
    ASSERT_NE(pill, nullptr);

    for (const int width : {1200, 640}) {
        page.resize(width, 800);
        QCoreApplication::processEvents();
        ASSERT_TRUE(pill->isVisible());
        EXPECT_TRUE(pill->text().startsWith(QStringLiteral("↑ "))) << pill->text().toStdString();
        EXPECT_TRUE(view->rect().contains(pill->geometry()));
        const QRect viewport = view->viewport()->geometry();
        const int top = view->rowAt(0);
        const int bottom = view->rowAt(viewport.height() - 1);
        ASSERT_GE(top, 0);
        for (int row = top; row <= (bottom < 0 ? view->model()->rowCount() - 1 : bottom); ++row) {
            const QRect rowRect(viewport.left(), viewport.top() + view->rowViewportPosition(row),
                                viewport.width(), view->rowHeight(row));
            EXPECT_FALSE(pill->geometry().intersects(rowRect.intersected(viewport)))
                << "the pill covers row " << row << " at width " << width;
        }

        // A click on the top row, straight below the pill, selects that row.
        const quint64 serial = page.proxyModel()->serialAt(top);
        const QPoint point(pill->geometry().center().x() - viewport.left(),
                           view->rowViewportPosition(top) + view->rowHeight(top) / 2);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
        EXPECT_EQ(page.proxyModel()->serialAt(view->currentIndex().row()), serial);
        EXPECT_TRUE(pill->isVisible()) << "the click went to the row, not to the pill";
    }

    pill->click();
    EXPECT_TRUE(view->isFollowing());
    EXPECT_FALSE(pill->isVisible());
}

TEST_F(LivePageTest, EscapeInTheFilterFieldClearsTheFilter)
{
    LivePage page;
    page.resize(1200, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    page.setStreamEndpoint(endpoint);
    page.connectStream();
    ASSERT_TRUE(waitUntil([&] { return page.feedModel()->rowCount() >= 100; }, 10000));
    QLineEdit *filter = page.filterEdit();
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("sentiment:bullish"));
    QTest::keyClick(filter, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return !page.proxyModel()->isFiltering(); }));
    ASSERT_FALSE(page.proxyModel()->query().isEmpty());
    ASSERT_LT(page.proxyModel()->rowCount(), page.feedModel()->rowCount());

    QTest::keyClick(filter, Qt::Key_Escape);
    EXPECT_TRUE(filter->text().isEmpty());
    EXPECT_TRUE(page.proxyModel()->query().isEmpty()) << "cleared at once, not after a pause";
    ASSERT_TRUE(waitUntil([&] { return !page.proxyModel()->isFiltering(); }));
    EXPECT_EQ(page.proxyModel()->rowCount(), page.feedModel()->rowCount());
}

TEST_F(LivePageTest, FiltersLiveRowsAndShowsTheSelectedMessage)
{
    LivePage page;
    page.resize(1200, 800);
    page.show();
    page.setStreamEndpoint(endpoint);
    page.connectStream();
    ASSERT_TRUE(waitUntil([&] { return page.feedModel()->rowCount() >= 100; }, 10000));

    page.setFilterText(QStringLiteral("sentiment:bullish"));
    ASSERT_TRUE(waitUntil(
        [&] { return !page.proxyModel()->isFiltering() && page.proxyModel()->rowCount() > 5; },
        10000));
    const int before = page.proxyModel()->rowCount();
    ASSERT_TRUE(waitUntil([&] { return page.proxyModel()->rowCount() > before + 5; }, 10000))
        << "rows that arrive later are filtered too";
    for (int row = 0; row < page.proxyModel()->rowCount(); ++row)
        ASSERT_EQ(page.proxyModel()->messageAt(row)->sentiment, Message::Sentiment::Bullish);

    // An invalid filter never leaves the old one silently applied: no rows, and the error
    // where the user typed, the cursor on the character it names.
    page.setFilterText(QStringLiteral("$TSLA OR"));
    ASSERT_TRUE(TestSupport::waitUntil([&] { return !page.proxyModel()->isFiltering(); }));
    EXPECT_EQ(page.proxyModel()->rowCount(), 0);
    EXPECT_EQ(page.filterEdit()->toolTip(), QStringLiteral("OR at character 7 needs a term after it."));
    EXPECT_EQ(page.filterEdit()->cursorPosition(), 6);
    page.setFilterText(QStringLiteral("sentiment:bullish"));
    ASSERT_TRUE(TestSupport::waitUntil(
        [&] { return !page.proxyModel()->isFiltering() && page.proxyModel()->rowCount() > 5; }));

    page.feedView()->selectRow(3);
    const Message *selected = page.proxyModel()->messageAt(3);
    ASSERT_NE(selected, nullptr);
    ASSERT_TRUE(page.detailView()->hasMessage());
    EXPECT_EQ(page.detailView()->message().id, selected->id);
    // The raw JSON tree is filled: a plain message has many keys, a wrapped one
    // ({"action","data"}) two at the top.
    EXPECT_GE(page.detailView()->jsonModel()->rowCount(), 2);
    EXPECT_EQ(page.feedView()->selectedJson(), selected->raw + '\n');

    // Clicking a symbol in the detail filters by it.
    if (!selected->symbols.isEmpty()) {
        emit page.detailView()->symbolActivated(selected->symbols.front());
        EXPECT_EQ(page.filterEdit()->text(), QLatin1Char('$') + selected->symbols.front());
    }
}

TEST_F(LivePageTest, ChartsFollowTheStream)
{
    LivePage page;
    page.resize(1200, 800);
    page.show();
    page.setStreamEndpoint(endpoint);
    page.connectStream();
    ASSERT_TRUE(waitUntil([&] { return page.statistics().total() >= 200; }, 10000));
    EXPECT_FALSE(page.statistics().topSymbols(10).isEmpty());
    const int refreshes = page.charts()->refreshCount();
    ASSERT_TRUE(waitUntil([&] { return page.charts()->refreshCount() > refreshes; }, 3000));
    // At most twice a second, whatever the rate.
    const int start = page.charts()->refreshCount();
    QElapsedTimer timer;
    timer.start();
    waitUntil([] { return false; }, 1100);
    EXPECT_LE(page.charts()->refreshCount() - start,
              int(timer.elapsed() / LiveCharts::refreshIntervalMs) + 1);
}

namespace {

// The axis labels a user sees in the charts' scenes.
QStringList visibleChartLabels(QWidget *charts)
{
    QStringList labels;
    for (QChartView *view : charts->findChildren<QChartView *>()) {
        for (QGraphicsItem *item : view->scene()->items()) {
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
                labels << text->toPlainText();
        }
    }
    return labels;
}

} // namespace

// In a narrow window (1024 px, or scale factor 2) the time axes keep whole labels and the
// Top symbols chart names every bar it draws, the busiest symbol first.
TEST(LiveChartsLabels, StayWholeAndNameEveryBarAtSmallSizes)
{
    LiveStatistics statistics;
    const qint64 now = 1'700'000'000'000;
    for (int second = 0; second < 240; ++second) {
        for (int symbol = 0; symbol < 12; ++symbol) {
            for (int n = 0; n <= (12 - symbol) / 3; ++n) {
                Message message;
                message.kind = Message::Kind::StockTwits;
                message.symbols = {QStringLiteral("SYM%1").arg(symbol)};
                message.sentiment = symbol % 2 ? Message::Sentiment::Bullish
                                               : Message::Sentiment::Bearish;
                statistics.add(message, now - (240 - second) * 1000);
            }
        }
    }
    for (const QSize size : {QSize(1000, 300), QSize(560, 180), QSize(460, 140)}) {
        LiveCharts charts(&statistics);
        charts.setClock([now] { return now; });
        charts.resize(size);
        charts.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&charts));
        charts.refresh();
        QCoreApplication::processEvents();
        const std::string where = std::to_string(size.width()) + "x" +
                                  std::to_string(size.height());
        const QStringList labels = visibleChartLabels(&charts);
        for (const QString &label : labels) {
            EXPECT_FALSE(label.endsWith(QChar(0x2026)))
                << where << ": a label cut to \"" << label.toStdString() << "\"";
        }
        EXPECT_TRUE(labels.contains(QStringLiteral("0 s"))) << where;
        EXPECT_TRUE(labels.indexOf(QRegularExpression(QStringLiteral("^-[0-9]+ s$"))) >= 0)
            << where << ": " << labels.join(QLatin1Char('|')).toStdString();
        // Every bar of the Top symbols chart has its name on show, the busiest among them.
        const QStringList bars = charts.symbolAxis()->categories();
        ASSERT_GE(bars.size(), 3) << where;
        EXPECT_TRUE(bars.contains(QStringLiteral("$SYM0"))) << where;
        for (const QString &bar : bars) {
            EXPECT_TRUE(labels.contains(bar)) << where << ": " << bar.toStdString()
                                              << " has no label";
        }
        if (size.height() >= 300) {
            EXPECT_EQ(bars.size(), LiveCharts::topSymbolCount) << where;
        }
    }
}

TEST_F(LivePageTest, RecordsToADailyFileWithoutDuplicates)
{
    QTemporaryDir folder;
    AppSettings::setRecordingFolder(folder.path());
    LivePage page;
    page.show();
    page.setStreamEndpoint(endpoint);
    page.connectStream();
    ASSERT_TRUE(waitUntil([&] { return page.feedModel()->rowCount() >= 20; }, 10000));
    page.recordAction()->trigger();
    EXPECT_TRUE(page.isRecording());
    ASSERT_TRUE(waitUntil([&] { return !page.recordingPath().isEmpty(); }, 5000));
    const QString expectedName =
        QStringLiteral("prod_%1.jsonl.gz")
            .arg(QDateTime::currentDateTimeUtc().date().toString(QStringLiteral("yyyy_MM_dd")));
    EXPECT_EQ(QFileInfo(page.recordingPath()).fileName(), expectedName);
    const int rowsAtStart = page.feedModel()->rowCount();
    ASSERT_TRUE(
        waitUntil([&] { return page.feedModel()->rowCount() >= rowsAtStart + 300; }, 10000));
    page.recordAction()->trigger();
    EXPECT_FALSE(page.isRecording());
    // The recorder closes on its own thread: wait for the file to be complete.
    GzipTestUtil::Result result;
    ASSERT_TRUE(waitUntil(
        [&] {
            result = GzipTestUtil::gunzipFile(page.recordingPath());
            return result.ok && GzipTestUtil::lines(result.data).size() >= 300;
        },
        5000));
    const QList<QByteArray> lines = GzipTestUtil::lines(result.data);
    EXPECT_EQ(QSet<QByteArray>(lines.begin(), lines.end()).size(), lines.size());
    EXPECT_TRUE(lines.front().startsWith('{'));
}

TEST_F(LivePageTest, ARecordingWriteErrorShowsOnTheRecIndicatorWithTheSystemsReason)
{
    if (!QFileInfo(QStringLiteral("/dev/full")).exists())
        GTEST_SKIP() << "needs /dev/full (a device on which every write fails: disk full)";
    QTemporaryDir folder;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (const QDate &day : {today, today.addDays(1)})
        ASSERT_TRUE(
            QFile::link(QStringLiteral("/dev/full"),
                        folder.filePath(QStringLiteral("prod_%1.jsonl.gz")
                                            .arg(day.toString(QStringLiteral("yyyy_MM_dd"))))));
    AppSettings::setRecordingFolder(folder.path());
    LivePage page;
    page.show();
    page.setStreamEndpoint(endpoint);
    page.connectStream();
    ASSERT_TRUE(waitUntil([&] { return page.feedModel()->rowCount() >= 20; }, 10000));
    page.recordAction()->trigger();
    auto *statusBar = page.findChild<ConnectionStatusBar *>();
    ASSERT_NE(statusBar, nullptr);
    const QString reason = QString::fromLocal8Bit(std::strerror(ENOSPC));
    ASSERT_TRUE(waitUntil([&] { return statusBar->recordingText().contains(reason); }, 5000))
        << statusBar->recordingText().toStdString();
    EXPECT_TRUE(statusBar->recordingText().contains(QStringLiteral("REC stopped")));
    // It stays that way while the stream goes on: nothing is retried behind the user's back.
    const int rows = page.feedModel()->rowCount();
    ASSERT_TRUE(waitUntil([&] { return page.feedModel()->rowCount() >= rows + 400; }, 10000));
    EXPECT_TRUE(statusBar->recordingText().contains(reason));
    int logged = 0;
    for (int i = 0; i < page.connectionLog()->count(); ++i)
        logged += page.connectionLog()->textAt(i).contains(reason) ? 1 : 0;
    EXPECT_EQ(logged, 1) << "said once in the connection log";
}

TEST_F(LivePageTest, WrongPasswordStopsAndSaysWhy)
{
    endpoint.credentials.password = QStringLiteral("wrong");
    LivePage page;
    page.show();
    page.setStreamEndpoint(endpoint);
    page.connectStream();
    ASSERT_TRUE(waitUntil(
        [&] { return page.connectionState() == FirehoseClient::State::AuthFailed; }, 10000));
    EXPECT_TRUE(page.connectAction()->isEnabled())
        << "the user can try again after fixing the account";
    EXPECT_FALSE(page.disconnectAction()->isEnabled());
    bool logged = false;
    for (int i = 0; i < page.connectionLog()->count(); ++i)
        logged |= page.connectionLog()->textAt(i).contains(QStringLiteral("401"));
    EXPECT_TRUE(logged);
}

TEST_F(LivePageTest, DisconnectThenConnectWithBackfillShowsNoMessageTwiceAndCountsTheDuplicates)
{
    endpoint.url = sim->streamUrl(QStringLiteral("demo"), QStringLiteral("prod"),
                                  QStringLiteral("backfillMinutes=1"));
    LivePage page;
    page.show();
    page.setStreamEndpoint(endpoint);
    page.connectAction()->trigger();
    ASSERT_TRUE(waitUntil([&] { return page.feedModel()->rowCount() >= 200; }, 10000));
    page.disconnectAction()->trigger();
    ASSERT_TRUE(waitUntil([&] { return page.connectAction()->isEnabled(); }));
    const int rows = page.feedModel()->rowCount();
    page.connectAction()->trigger();
    ASSERT_TRUE(waitUntil([&] { return page.feedModel()->rowCount() >= rows + 200; }, 10000));

    QSet<QString> ids;
    for (int row = 0; row < page.feedModel()->rowCount(); ++row) {
        const QString id = page.feedModel()->messageAt(row).id;
        ASSERT_FALSE(ids.contains(id)) << "shown twice: " << id.toStdString();
        ids.insert(id);
    }
    // The status bar tells how many the backfill re-sent.
    ASSERT_TRUE(waitUntil(
        [&] {
            for (QLabel *label : page.connectionStatusBar()->findChildren<QLabel *>()) {
                if (label->isVisible() && label->text().startsWith(QStringLiteral("duplicates: ")) &&
                    label->text() != QStringLiteral("duplicates: 0"))
                    return true;
            }
            return false;
        },
        5000));
}

TEST_F(LivePageTest, WithoutAPasswordTheAccountShowsAndConnectAsksForIt)
{
    endpoint.credentials.password.clear();
    LivePage page;
    page.show();
    page.setStreamEndpoint(endpoint);
    EXPECT_TRUE(page.connectAction()->isEnabled()) << "a saved account is usable without a password";
    EXPECT_FALSE(page.findChild<QLineEdit *>(QStringLiteral("password")));
    page.connectAction()->trigger();
    PasswordDialog *dialog = nullptr;
    ASSERT_TRUE(waitUntil([&] { return (dialog = page.findChild<PasswordDialog *>()); }));
    ASSERT_TRUE(dialog->isVisible());
    QTest::keyClicks(dialog->passwordField(), sim->credentials().password);
    QTest::keyClick(dialog->passwordField(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return page.feedModel()->rowCount() >= 50; }, 10000));
    EXPECT_EQ(page.connectionState(), FirehoseClient::State::Connected);
}

TEST_F(LivePageTest, ARefusedPasswordOpensThePasswordDialogWithTheReason)
{
    endpoint.credentials.password = QStringLiteral("wrong");
    LivePage page;
    page.show();
    page.setStreamEndpoint(endpoint);
    page.connectStream();
    PasswordDialog *dialog = nullptr;
    ASSERT_TRUE(waitUntil([&] { return (dialog = page.findChild<PasswordDialog *>()); }, 10000));
    QLabel *reason = dialog->findChild<QLabel *>(QStringLiteral("reason"));
    ASSERT_TRUE(reason);
    EXPECT_TRUE(reason->text().contains(QStringLiteral("401")));
    QTest::keyClicks(dialog->passwordField(), sim->credentials().password);
    QTest::keyClick(dialog->passwordField(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return page.feedModel()->rowCount() >= 50; }, 10000));
    EXPECT_EQ(page.connectionState(), FirehoseClient::State::Connected);
}

TEST_F(LivePageTest, RemembersColumnLayout)
{
    // Wide enough that no column has to give way to the Text column.
    {
        LivePage page;
        page.setStreamEndpoint(endpoint);
        page.resize(1600, 900);
        page.show();
        page.feedView()->horizontalHeader()->resizeSection(FeedModel::AuthorColumn, 222);
        page.feedView()->sortByColumn(FeedModel::LikesColumn, Qt::AscendingOrder);
    }
    LivePage page;
    page.setStreamEndpoint(endpoint);
    page.resize(1600, 900);
    page.show();
    EXPECT_EQ(page.feedView()->horizontalHeader()->sectionSize(FeedModel::AuthorColumn), 222);
    EXPECT_EQ(page.proxyModel()->sortColumn(), int(FeedModel::LikesColumn));
    page.feedView()->sortByColumn(FeedModel::TimeColumn, Qt::DescendingOrder);
}

TEST_F(LivePageTest, ServerErrorsAndReconnectsShowInTheLogAndStatus)
{
    // The server forces a disconnect with an in-stream error once, and sends one bad line.
    sim->injectFault(SimFault::make(SimFault::ForcedDisconnect, 150, 1));
    LivePage page;
    page.show();
    page.setStreamEndpoint(endpoint);
    page.connectStream();
    const auto logged = [&](const QString &text) {
        for (int i = 0; i < page.connectionLog()->count(); ++i) {
            if (page.connectionLog()->textAt(i).contains(text))
                return true;
        }
        return false;
    };
    ASSERT_TRUE(waitUntil([&] { return logged(QStringLiteral("Forced Disconnect")); }, 10000))
        << "the server's own text is in the log";
    // The client reconnects by itself, says so, and the feed keeps growing. (Messages of the
    // first connection that still wait for the feed's next turn may arrive after the
    // disconnect, so the growth is counted once the second connection is up.)
    ASSERT_TRUE(
        waitUntil([&] { return page.connectionStatusBar()->findChildren<QLabel *>().size() > 0; }));
    bool reconnectShown = false;
    ASSERT_TRUE(waitUntil(
        [&] {
            for (QLabel *label : page.connectionStatusBar()->findChildren<QLabel *>())
                reconnectShown |=
                    label->isVisible() && label->text() == QStringLiteral("reconnects: 1");
            return reconnectShown;
        },
        5000));
    ASSERT_TRUE(waitUntil(
        [&] { return page.connectionState() == FirehoseClient::State::Connected; }, 10000));
    const int rows = page.feedModel()->rowCount();
    ASSERT_TRUE(waitUntil([&] { return page.feedModel()->rowCount() > rows + 50; }, 10000));
    EXPECT_EQ(page.connectionState(), FirehoseClient::State::Connected);
    for (int row = 0; row < page.feedModel()->rowCount(); ++row)
        ASSERT_NE(page.feedModel()->messageAt(row).kind, Message::Kind::SystemError)
            << "system messages are connection events, not feed rows";
}

// The connection log, read from top to bottom, tells what happened one sentence per entry: the
// first attempt is there before its connection, a drop and the reconnect after it, the recording,
// the stop. (The server's own words are quoted as they came.)
TEST_F(LivePageTest, TheConnectionLogSaysEachEventInOneSentenceFromTheFirstAttempt)
{
    QTemporaryDir folder;
    AppSettings::setRecordingFolder(folder.path());
    sim->injectFault(SimFault::make(SimFault::DropAfterMessages, 50, 1));
    LivePage page;
    page.show();
    page.setStreamEndpoint(endpoint);
    page.recordAction()->trigger();
    page.connectStream();
    ConnectionLog *log = page.connectionLog();
    const auto find = [log](const QString &start, int from = 0) {
        for (int row = from; row < log->count(); ++row) {
            if (log->textAt(row).startsWith(start))
                return row;
        }
        return -1;
    };
    ASSERT_TRUE(waitUntil([&] { return find(QStringLiteral("Reconnecting to ")) >= 0; }, 10000));
    ASSERT_TRUE(waitUntil([&] { return page.connectionState() == FirehoseClient::State::Connected; }));
    ASSERT_TRUE(waitUntil([&] { return !page.recordingPath().isEmpty(); }, 5000));
    page.disconnectStream();
    page.recordAction()->trigger();

    const QString url = endpoint.url.toDisplayString(QUrl::RemoveUserInfo);
    const int connecting = find(QStringLiteral("Connecting to %1.").arg(url));
    const int connected = find(QStringLiteral("Connected to %1.").arg(url));
    ASSERT_GE(connecting, 0) << "the first attempt is logged";
    EXPECT_LT(connecting, connected);
    const int reconnecting = find(QStringLiteral("Reconnecting to %1 (attempt ").arg(url));
    EXPECT_GT(reconnecting, connected);
    EXPECT_GT(find(QStringLiteral("Connected to %1.").arg(url), reconnecting), reconnecting);
    EXPECT_GE(find(QStringLiteral("Recording started in ")), 0);
    EXPECT_GE(find(QStringLiteral("Recording to ")), 0);
    EXPECT_GE(find(QStringLiteral("Recording stopped: ")), 0);
    EXPECT_TRUE(waitUntil([&] { return find(QStringLiteral("Disconnected.")) >= 0; }));
    for (int row = 0; row < log->count(); ++row) {
        if (log->kindAt(row) == StreamEvent::Kind::ServerInfo ||
            log->kindAt(row) == StreamEvent::Kind::ServerError)
            continue;
        EXPECT_TRUE(TestSupport::isOneSentence(log->textAt(row)))
            << "entry " << row << ": " << log->textAt(row).toStdString();
    }
}

TEST(ConnectionStatusBar, ShowsReasonAndCountdown)
{
    ConnectionStatusBar bar;
    FirehoseClient::Status status;
    status.state = FirehoseClient::State::WaitingToReconnect;
    status.reason = QStringLiteral("The server answered 503 Service Unavailable.");
    status.serverMessage = QStringLiteral("{\"error\":\"busy\"}");
    status.nextAttemptAt = QDateTime::currentDateTimeUtc().addMSecs(4500);
    bar.setStatus(status);
    EXPECT_TRUE(bar.stateText().contains(status.reason)) << bar.stateText().toStdString();
    EXPECT_TRUE(bar.stateText().contains(QStringLiteral("retrying in 5 s")))
        << bar.stateText().toStdString();
    EXPECT_NE(ConnectionStatusBar::stateColor(FirehoseClient::State::Connected),
              ConnectionStatusBar::stateColor(FirehoseClient::State::AuthFailed));
    // The countdown moves on its own.
    ASSERT_TRUE(waitUntil(
        [&] { return bar.stateText().contains(QStringLiteral("retrying in 4 s")); }, 3000));
}

TEST(ConnectionStatusBar, ShowsLinesDroppedAsTooLongOnceThereIsOne)
{
    ConnectionStatusBar bar;
    bar.show();
    const auto tooLongLabel = [&]() -> QLabel * {
        for (QLabel *label : bar.findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(QStringLiteral("too long")))
                return label;
        }
        return nullptr;
    };
    StreamStatistics statistics;
    statistics.messages = 100;
    bar.setStatistics(statistics);
    EXPECT_EQ(tooLongLabel(), nullptr) << "nothing to say while no line was dropped";
    statistics.oversizedLines = 3;
    bar.setStatistics(statistics);
    QLabel *label = tooLongLabel();
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->text(), QStringLiteral("3 too long"));
    EXPECT_TRUE(label->toolTip().contains(QStringLiteral("Longest line")));
}

TEST_F(LivePageTest, TabLeavesTheFeedAndCtrlEndJumpsFromTheFilter)
{
    LivePage page;
    page.resize(1024, 600);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    page.setStreamEndpoint(endpoint);
    page.connectAction()->trigger();
    ASSERT_TRUE(waitUntil([&] { return page.feedModel()->rowCount() >= 200; }, 10000));
    FeedView *view = page.feedView();

    // Tab from a row of the feed moves on to the next control, not to the next cell.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(2, 1)).center());
    ASSERT_EQ(QApplication::focusWidget(), view);
    QTest::keyClick(view, Qt::Key_Tab);
    EXPECT_NE(QApplication::focusWidget(), view);
    EXPECT_FALSE(view->isAncestorOf(QApplication::focusWidget()));

    // Scrolled away, Ctrl+End in the filter field jumps back to the newest message.
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
    ASSERT_TRUE(waitUntil([&] { return !view->isFollowing(); }));
    page.filterEdit()->setFocus();
    QTest::keyClick(page.filterEdit(), Qt::Key_End, Qt::ControlModifier);
    EXPECT_TRUE(view->isFollowing());
    EXPECT_EQ(view->verticalScrollBar()->value(), 0);
    page.disconnectAction()->trigger();
}

// A StockTwits Firestream account on the Live page: server-sent events with seq_id cursors. The
// simulator cuts the connection inside an event; the page reconnects by itself, asks for the
// last seq_id it holds, and the feed goes on with the very next item — nothing repeated, nothing
// missing — while the status bar shows the cursor and that the connection resumed from it.
TEST_F(LivePageTest, AFirestreamAccountResumesAfterACutWithNoGapNoRepeatAndShowsTheCursor)
{
    const QString path = QStringLiteral("/stream");
    // The first connection ends after 30 000 bytes of event stream: inside an event.
    sim->injectFault(SimFault::make(SimFault::DropAfterBytes, 30000, 1));
    StreamEndpoint firestream;
    firestream.profileName = QStringLiteral("Firestream");
    firestream.url = sim->firestreamUrl(path);
    firestream.credentials = sim->credentials();
    firestream.service = StreamServiceKind::Firestream;

    LivePage page;
    page.show();
    page.setStreamEndpoint(firestream);
    EXPECT_TRUE(page.connectionStatusBar()->resumeText().isEmpty())
        << "no cursor before the first item";
    page.connectAction()->trigger();
    ASSERT_TRUE(waitUntil([&] { return page.session()->streamStatistics().reconnects >= 1; },
                          15000));
    // The items before the cut reach the feed with their batch, which may come just after the
    // count (a slow machine, a sanitizer build).
    ASSERT_TRUE(waitUntil([&] { return page.feedModel()->rowCount() > 0; }, 15000));
    const qsizetype rowsAtCut = page.feedModel()->rowCount();
    ASSERT_TRUE(waitUntil([&] { return page.feedModel()->rowCount() >= rowsAtCut + 100; }, 15000));
    page.disconnectStream();

    // Every item once, in order: row n holds item first+n of the stream.
    const FeedModel *model = page.feedModel();
    const QString firstCursor = model->messageAt(0).cursor;
    ASSERT_EQ(firstCursor.size(), 56) << firstCursor.toStdString();
    const qint64 first = firstCursor.right(15).toLongLong();
    ASSERT_EQ(QString::fromLatin1(Simulator::firestreamSeqId(path, first)), firstCursor);
    for (int row = 0; row < model->rowCount(); ++row) {
        ASSERT_EQ(model->messageAt(row).cursor,
                  QString::fromLatin1(Simulator::firestreamSeqId(path, first + row)))
            << "row " << row << " of " << model->rowCount();
    }

    // The second request asked to continue after the last item the first connection delivered.
    QStringList targets;
    for (const SimRequest &request : sim->requests()) {
        if (request.service == SimFault::Stream && request.status == 200)
            targets << request.target;
    }
    ASSERT_GE(targets.size(), 2);
    const QString resumedFrom = QUrlQuery(QUrl(targets.at(1)).query())
                                    .queryItemValue(QStringLiteral("seq_id"));
    ASSERT_FALSE(resumedFrom.isEmpty()) << targets.at(1).toStdString();
    const qint64 resumedIndex = resumedFrom.right(15).toLongLong();
    EXPECT_GT(resumedIndex, first);
    EXPECT_LT(resumedIndex, first + model->rowCount() - 1);

    // The connection log says so, and so did the status bar while the stream ran.
    bool logged = false;
    for (int i = 0; i < page.connectionLog()->count(); ++i)
        logged |= page.connectionLog()->textAt(i).contains(QStringLiteral(", resuming after item ") +
                                                           resumedFrom);
    EXPECT_TRUE(logged);
    // Disconnected now: the bar keeps the position the next connection continues from.
    const QString last = model->messageAt(model->rowCount() - 1).cursor;
    EXPECT_EQ(page.session()->resumePosition().cursor, last);
    EXPECT_TRUE(waitUntil([&] {
        return page.connectionStatusBar()->resumeText() == QStringLiteral("seq …") + last.right(8);
    })) << page.connectionStatusBar()->resumeText().toStdString();
}

// While connected after a resume, the bar says where the connection resumed from.
TEST_F(LivePageTest, TheStatusBarShowsWhereAFirestreamConnectionResumedFrom)
{
    const QString path = QStringLiteral("/stream");
    sim->injectFault(SimFault::make(SimFault::DropAfterMessages, 40, 1));
    StreamEndpoint firestream;
    firestream.profileName = QStringLiteral("Firestream");
    firestream.url = sim->firestreamUrl(path);
    firestream.credentials = sim->credentials();
    firestream.service = StreamServiceKind::Firestream;
    LivePage page;
    page.show();
    page.setStreamEndpoint(firestream);
    page.connectAction()->trigger();
    ASSERT_TRUE(waitUntil(
        [&] {
            // The feed takes what arrived at most 30 times a second: the 40th item may follow
            // the news of the reconnection by a few milliseconds.
            return page.connectionStatusBar()->resumeText().contains(
                       QStringLiteral("resumed from")) &&
                   page.feedModel()->rowCount() >= 40;
        },
        15000))
        << page.connectionStatusBar()->resumeText().toStdString();
    const LiveSession::ResumePosition position = page.session()->resumePosition();
    EXPECT_EQ(position.resumedFrom.size(), 56);
    EXPECT_TRUE(position.gapAfter.isEmpty());
    // The connection resumed after the 40th item it had delivered.
    EXPECT_EQ(position.resumedFrom, page.feedModel()->messageAt(39).cursor);
    EXPECT_TRUE(page.connectionStatusBar()->resumeText().endsWith(position.resumedFrom.right(8)))
        << page.connectionStatusBar()->resumeText().toStdString();
    page.disconnectStream();
}

TEST(ConnectionStatusBar, ShowsTheResumeCursorShortAndTheFullOneInItsTooltip)
{
    ConnectionStatusBar bar;
    EXPECT_TRUE(bar.resumeText().isEmpty()) << "hidden for streams without a cursor";
    const QString cursor = QStringLiteral("49562553817515093231064627491680393519832340977378394114");
    const QString earlier = QStringLiteral("49562553817515093231064627491680393519832340977378394101");
    bar.setResumePosition({cursor, {}, {}});
    EXPECT_EQ(bar.resumeText(), QStringLiteral("seq …78394114"));
    bar.setResumePosition({earlier, earlier, {}});
    EXPECT_EQ(bar.resumeText(), QStringLiteral("resumed from seq …78394101"));
    bar.setResumePosition({cursor, earlier, {}});
    EXPECT_EQ(bar.resumeText(), QStringLiteral("seq …78394114 · resumed from …78394101"));
    bar.setResumePosition({cursor, {}, earlier});
    EXPECT_EQ(bar.resumeText(), QStringLiteral("seq …78394114 · gap after …78394101"));
    bar.setResumePosition({QStringLiteral("12345"), QStringLiteral("12345"), {}});
    EXPECT_EQ(bar.resumeText(), QStringLiteral("resumed from seq 12345"));
}
