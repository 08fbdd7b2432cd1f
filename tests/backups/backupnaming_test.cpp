#include "backups/backupnaming.h"

#include <gtest/gtest.h>

using namespace BackupNaming;

TEST(BackupNaming, AcceptsKnownFileTypes)
{
    EXPECT_TRUE(isValidFileType(QStringLiteral("activity")));
    EXPECT_TRUE(isValidFileType(QStringLiteral("messages")));
    EXPECT_TRUE(isValidFileType(QStringLiteral("user_events-2")));
}

TEST(BackupNaming, RefusesTypesThatCouldEscapeTheFolder)
{
    for (const char *bad : {"../x", "..", "a/b", "a\\b", "", "Activity", "1abc", "a b", "a.gz",
                            "a%2e%2e", "\xc3\xa9t\xc3\xa9"}) {
        EXPECT_FALSE(isValidFileType(QString::fromUtf8(bad))) << bad;
        EXPECT_FALSE(fileTypeError(QString::fromUtf8(bad)).isEmpty()) << bad;
    }
    EXPECT_FALSE(isValidFileType(QString(65, QLatin1Char('a'))));
    EXPECT_TRUE(isValidFileType(QString(64, QLatin1Char('a'))));
}

TEST(BackupNaming, RefusesFutureAndImpossibleDates)
{
    const QDate today(2024, 3, 10);
    EXPECT_TRUE(dateError(QDate(2024, 3, 10), today).isEmpty());
    EXPECT_TRUE(dateError(QDate(2016, 12, 5), today).isEmpty());
    EXPECT_FALSE(dateError(QDate(2024, 3, 11), today).isEmpty());
    EXPECT_FALSE(dateError(QDate(), today).isEmpty());
    EXPECT_FALSE(parseIsoDate(QStringLiteral("2023-02-29")).isValid());
    EXPECT_FALSE(parseIsoDate(QStringLiteral("2024-13-01")).isValid());
    EXPECT_FALSE(parseIsoDate(QStringLiteral("2024-1-5")).isValid());
    EXPECT_FALSE(parseIsoDate(QStringLiteral("../2024-01-05")).isValid());
    EXPECT_EQ(parseIsoDate(QStringLiteral("2024-02-29")), QDate(2024, 2, 29));
}

TEST(BackupNaming, BuildsPathsAndNamesFromValidatedParts)
{
    const BackupKey key{QStringLiteral("activity"), QDate(2016, 12, 5)};
    EXPECT_EQ(requestPath(key), QStringLiteral("backups/activity/2016/12/05"));
    EXPECT_EQ(fileName(key), QStringLiteral("stocktwits_activity_2016_12_05.gz"));
    EXPECT_EQ(partFileName(key), QStringLiteral("stocktwits_activity_2016_12_05.gz.part"));
    EXPECT_EQ(keyFromFileName(fileName(key)), key);
    const BackupKey underscored{QStringLiteral("user_events"), QDate(2020, 2, 29)};
    EXPECT_EQ(keyFromFileName(fileName(underscored)), underscored);
    EXPECT_FALSE(
        keyFromFileName(QStringLiteral("stocktwits_activity_2023_02_29.gz")).date.isValid());
    EXPECT_FALSE(keyFromFileName(QStringLiteral("other.gz")).date.isValid());
    EXPECT_FALSE(keyFromFileName(partFileName(key)).date.isValid());
}

TEST(BackupNaming, SymbolBackupsHaveTheirOwnPathsNamesAndValidatedMetrics)
{
    using namespace BackupNaming;
    const BackupKey key{QStringLiteral("trending"), QDate(2016, 12, 5), BackupKey::Family::Symbols};
    EXPECT_EQ(keyError(key), QString());
    EXPECT_EQ(requestPath(key), QStringLiteral("symbols/backups/trending/2016/12/05"));
    EXPECT_EQ(fileName(key), QStringLiteral("stocktwits_symbols_trending_2016_12_05.gz"));
    EXPECT_EQ(keyFromFileName(fileName(key)), key);
    EXPECT_EQ(typeLabel(key), QStringLiteral("symbols/trending"));
    // The metric is a path part: nothing that could leave the folder or the URL path.
    for (const char *bad : {"", "../x", "a/b", "a b", "x\n", "-x", "%2e%2e", "a.b"}) {
        EXPECT_FALSE(metricError(QString::fromLatin1(bad)).isEmpty()) << bad;
        EXPECT_FALSE(keyError({QString::fromLatin1(bad), QDate(2016, 12, 5),
                               BackupKey::Family::Symbols})
                         .isEmpty())
            << bad;
    }
    EXPECT_TRUE(metricError(QStringLiteral("Top_Watched-2")).isEmpty());
    // A daily type cannot take the symbol backups' file names.
    EXPECT_FALSE(fileTypeError(QStringLiteral("symbols_trending")).isEmpty());
    EXPECT_FALSE(keyFromFileName(QStringLiteral("stocktwits_activity_2016_12_05.gz")).isSymbols());
}

TEST(BackupNaming, AKindIsChosenByTheLabelTheQueueShows)
{
    BackupEndpoint account;
    account.fileTypes = {QStringLiteral("activity"), QStringLiteral("message")};
    account.symbolMetrics = {QStringLiteral("trending"), QStringLiteral("Most-Active")};
    const QStringList labels = labelsOf(account);
    EXPECT_EQ(labels, (QStringList{QStringLiteral("activity"), QStringLiteral("message"),
                                   QStringLiteral("symbols/trending"),
                                   QStringLiteral("symbols/Most-Active")}));
    const QDate day(2024, 1, 8);
    for (const QString &label : labels) {
        EXPECT_TRUE(labelError(label).isEmpty()) << qPrintable(label);
        EXPECT_EQ(typeLabel(keyOf(label, day)), label);
        EXPECT_EQ(keyOf(label, day).date, day);
    }
    const BackupKey trending = keyOf(QStringLiteral("symbols/trending"), day);
    EXPECT_TRUE(trending.isSymbols());
    EXPECT_EQ(fileName(trending), QStringLiteral("stocktwits_symbols_trending_2024_01_08.gz"));
    EXPECT_FALSE(keyOf(QStringLiteral("activity"), day).isSymbols());
    // Each part keeps its own rule.
    EXPECT_FALSE(labelError(QStringLiteral("symbols/../x")).isEmpty());
    EXPECT_FALSE(labelError(QStringLiteral("symbols/")).isEmpty());
    EXPECT_FALSE(labelError(QStringLiteral("Activity")).isEmpty());
}
