// The defects the fuzz targets found, each as the behaviour a user would notice. The inputs
// that found them are also in the corpora (regression-*), replayed by the fuzz_replay_* tests.

#include "backups/backupnaming.h"
#include "net/backupprofile.h"

#include <gtest/gtest.h>

// A file type, a profile's file-type list entry or a backup file name with a trailing newline
// passed validation: in PCRE "$" also matches before a final "\n". The type then reached the
// request path and the name of the file written in the download folder.
TEST(FuzzRegressions, ATrailingNewlineIsNotPartOfAValidFileType)
{
    EXPECT_FALSE(BackupNaming::isValidFileType(QStringLiteral("activity\n")));
    EXPECT_FALSE(BackupNaming::keyError({QStringLiteral("activity\n"), QDate(2024, 1, 2)},
                                        QDate(2024, 3, 15))
                     .isEmpty());
    EXPECT_FALSE(BackupProfile::isValidFileType(QStringLiteral("066a4\n")));
    EXPECT_TRUE(BackupProfile::isValidFileType(QStringLiteral("066a4")));
}

TEST(FuzzRegressions, AFileNameWithATrailingNewlineIsNotABackupFile)
{
    EXPECT_FALSE(
        BackupNaming::keyFromFileName(QStringLiteral("stocktwits_activity_2024_01_02.gz\n"))
            .date.isValid());
    EXPECT_TRUE(BackupNaming::keyFromFileName(QStringLiteral("stocktwits_activity_2024_01_02.gz"))
                    .date.isValid());
}
