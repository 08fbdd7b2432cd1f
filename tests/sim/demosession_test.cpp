// `hydrant --demo`: the in-process simulator with endpoints the pages can use as they are.

#include "net/endpointpolicy.h"
#include "sim/demosession.h"
#include "sim/simulator.h"
#include "simclient.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QDateTime>

using TestSupport::waitUntil;

TEST(DemoSession, EndpointsAreValidLoopbackAddressesTheClientMayUse)
{
    DemoSession demo;
    ASSERT_TRUE(demo.start());
    const StreamEndpoint stream = demo.streamEndpoint();
    const BackupEndpoint backups = demo.backupEndpoint();
    EXPECT_TRUE(stream.isValid());
    EXPECT_TRUE(backups.isValid());
    EXPECT_TRUE(EndpointPolicy::isAllowed(stream.url))
        << qPrintable(EndpointPolicy::refusalReason(stream.url));
    EXPECT_TRUE(EndpointPolicy::isAllowed(backups.baseUrl));
    EXPECT_FALSE(stream.profileName.isEmpty());
    EXPECT_EQ(backups.fileTypes,
              (QStringList{QStringLiteral("activity"), QStringLiteral("message")}));
}

TEST(DemoSession, EachRunHasItsOwnPassword)
{
    DemoSession first, second;
    ASSERT_TRUE(first.start());
    ASSERT_TRUE(second.start());
    EXPECT_NE(first.streamEndpoint().credentials.password,
              second.streamEndpoint().credentials.password);
    EXPECT_NE(first.streamEndpoint().credentials.password, SimulatorOptions().password);
}

TEST(DemoSession, TheStreamDeliversMessagesWithTheDemoCredentials)
{
    DemoSession demo;
    ASSERT_TRUE(demo.start());
    QNetworkAccessManager manager;
    StreamProbe probe(&manager, demo.streamEndpoint().url, demo.streamEndpoint().credentials);
    ASSERT_TRUE(waitUntil([&] { return !probe.messages().isEmpty(); }, 3000));
    EXPECT_EQ(probe.status(), 200);
}

TEST(DemoSession, RecentWeekdaysHaveBackupsToDownload)
{
    DemoSession demo;
    ASSERT_TRUE(demo.start());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    int available = 0;
    for (int back = 1; back <= 14; ++back)
        available +=
            demo.simulator()->hasBackup(QStringLiteral("activity"), today.addDays(-back)) ? 1 : 0;
    EXPECT_GE(available, 7);
    EXPECT_FALSE(demo.simulator()->hasBackup(QStringLiteral("activity"), today.addDays(-60)));
}
