#include "core/versioninfo.h"

#include <gtest/gtest.h>

#include <QtGlobal>

TEST(VersionInfo, ReportNamesVersionQtAndKArchive)
{
    const QString report = VersionInfo::report();
    EXPECT_TRUE(report.contains(VersionInfo::applicationVersion()));
    EXPECT_TRUE(report.contains(QString::fromLatin1(qVersion())));
    EXPECT_TRUE(report.contains(QStringLiteral("KArchive")));
}

TEST(VersionInfo, ReportNamesTheInflateEngine)
{
    const QString report = VersionInfo::report();
    EXPECT_TRUE(report.contains(QStringLiteral("zlib ")));
    EXPECT_TRUE(report.contains(QStringLiteral("ISA-L")));
    EXPECT_EQ(report.contains(QStringLiteral("ISA-L 2.")), VersionInfo::hasIsal());
}
