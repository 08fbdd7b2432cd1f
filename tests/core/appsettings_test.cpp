#include "core/appsettings.h"

#include <gtest/gtest.h>

#include <QSettings>

TEST(AppSettings, DefaultsAreDeclaredValues)
{
    QSettings().clear();
    EXPECT_EQ(AppSettings::feedRingSize(), AppSettings::defaultFeedRingSize);
    EXPECT_EQ(AppSettings::downloadConcurrency(), 3);
    EXPECT_EQ(AppSettings::stallTimeoutSeconds(), 30);
    EXPECT_FALSE(AppSettings::downloadFolder().isEmpty());
}

TEST(AppSettings, OutOfRangeValuesAreClamped)
{
    AppSettings::setDownloadConcurrency(500);
    EXPECT_EQ(AppSettings::downloadConcurrency(), 16);
    AppSettings::setFeedRingSize(3);
    EXPECT_EQ(AppSettings::feedRingSize(), 1000);
    QSettings().clear();
}

TEST(AppSettings, RecentFilesAreMostRecentFirstWithoutDuplicates)
{
    AppSettings::clearRecentFiles();
    AppSettings::addRecentFile(QStringLiteral("/tmp/a.jsonl.gz"));
    AppSettings::addRecentFile(QStringLiteral("/tmp/b.jsonl.gz"));
    AppSettings::addRecentFile(QStringLiteral("/tmp/a.jsonl.gz"));
    EXPECT_EQ(AppSettings::recentFiles(),
              QStringList({QStringLiteral("/tmp/a.jsonl.gz"), QStringLiteral("/tmp/b.jsonl.gz")}));
    for (int i = 0; i < 20; ++i)
        AppSettings::addRecentFile(QStringLiteral("/tmp/f%1.gz").arg(i));
    EXPECT_EQ(AppSettings::recentFiles().size(), AppSettings::maxRecentFiles);
}
