#include "core/appsettings.h"
#include "core/displaytimezone.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTimeZone>

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

/// Local time is Berlin's while a test runs.
class DisplayTimeZoneTest : public testing::Test
{
protected:
    void SetUp() override
    {
        DisplayTimeZone::setZone(DisplayTimeZone::Zone::Local);
        DisplayTimeZone::setLocalZone(QTimeZone("Europe/Berlin"));
    }
    void TearDown() override
    {
        DisplayTimeZone::setZone(DisplayTimeZone::Zone::Local);
        DisplayTimeZone::setLocalZone(QTimeZone());
    }
};

} // namespace

TEST_F(DisplayTimeZoneTest, ShowsTimesInLocalTimeAndNamesTheZone)
{
    EXPECT_EQ(DisplayTimeZone::dateTime(utc(2024, 3, 4, 14, 30, 0)), QStringLiteral("2024-03-04 15:30:00"));
    EXPECT_EQ(DisplayTimeZone::dateTime(utc(2024, 7, 4, 14, 30, 0)), QStringLiteral("2024-07-04 16:30:00"));
    EXPECT_EQ(DisplayTimeZone::abbreviation(utc(2024, 3, 4, 14, 30, 0)), QStringLiteral("CET"));
    EXPECT_EQ(DisplayTimeZone::abbreviation(utc(2024, 7, 4, 14, 30, 0)), QStringLiteral("CEST"));
    EXPECT_TRUE(DisplayTimeZone::longDateTime(utc(2024, 3, 4, 14, 30, 0)).endsWith(QStringLiteral(" CET")));
    EXPECT_EQ(DisplayTimeZone::exactUtc(utc(2024, 3, 4, 14, 30, 0)),
              QStringLiteral("2024-03-04 14:30:00.000 UTC"));
}

TEST_F(DisplayTimeZoneTest, ReadsATypedTimeInTheZoneShownUnlessItNamesItsOwn)
{
    EXPECT_EQ(DisplayTimeZone::parse(QStringLiteral("2024-03-04 15:30:00")), utc(2024, 3, 4, 14, 30, 0));
    EXPECT_EQ(DisplayTimeZone::parse(QStringLiteral(" 2024-03-04 15:30 ")), utc(2024, 3, 4, 14, 30, 0));
    EXPECT_EQ(DisplayTimeZone::parse(QStringLiteral("2024-03-04")), utc(2024, 3, 3, 23, 0, 0));
    EXPECT_EQ(DisplayTimeZone::parse(QStringLiteral("2024-03-04T15:30:00Z")), utc(2024, 3, 4, 15, 30, 0));
    EXPECT_EQ(DisplayTimeZone::parse(QStringLiteral("2024-03-04T15:30:00+02:00")),
              utc(2024, 3, 4, 13, 30, 0));
    EXPECT_EQ(DisplayTimeZone::parse(QStringLiteral("Mon Mar 04 15:30:00 +0000 2024")),
              utc(2024, 3, 4, 15, 30, 0));
    EXPECT_FALSE(DisplayTimeZone::parse(QStringLiteral("2024-03-04 15:3")).isValid());
    EXPECT_FALSE(DisplayTimeZone::parse(QStringLiteral("yesterday")).isValid());
    // What is shown reads back as the same instant.
    const QDateTime time = utc(2024, 7, 4, 22, 15, 9);
    EXPECT_EQ(DisplayTimeZone::parse(DisplayTimeZone::dateTime(time)), time);
}

TEST_F(DisplayTimeZoneTest, UtcIsRememberedAndAnnounced)
{
    QSignalSpy changed(DisplayTimeZone::instance(), &DisplayTimeZone::changed);
    DisplayTimeZone::setZone(DisplayTimeZone::Zone::Utc);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(AppSettings::timesInUtc());
    EXPECT_EQ(DisplayTimeZone::titled(QStringLiteral("Time")), QStringLiteral("Time (UTC)"));
    EXPECT_EQ(DisplayTimeZone::dateTime(utc(2024, 3, 4, 14, 30, 0)), QStringLiteral("2024-03-04 14:30:00"));
    EXPECT_EQ(DisplayTimeZone::parse(QStringLiteral("2024-03-04 15:30:00")), utc(2024, 3, 4, 15, 30, 0));
    DisplayTimeZone::setZone(DisplayTimeZone::Zone::Utc);
    EXPECT_EQ(changed.count(), 1) << "no change, no announcement";
}
