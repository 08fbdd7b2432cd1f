// The defects the fuzz targets found, each as the behaviour a user would notice. The inputs
// that found them are also in the corpora (regression-*), replayed by the fuzz_replay_* tests.

#include "backups/backupnaming.h"
#include "files/fileindex.h"
#include "net/backupprofile.h"
#include "net/lineframer.h"

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
    EXPECT_FALSE(BackupProfile::isValidFileType(QStringLiteral("a066a4\n")));
    EXPECT_TRUE(BackupProfile::isValidFileType(QStringLiteral("a066a4")));
}

TEST(FuzzRegressions, AFileNameWithATrailingNewlineIsNotABackupFile)
{
    EXPECT_FALSE(
        BackupNaming::keyFromFileName(QStringLiteral("stocktwits_activity_2024_01_02.gz\n"))
            .date.isValid());
    EXPECT_TRUE(BackupNaming::keyFromFileName(QStringLiteral("stocktwits_activity_2024_01_02.gz"))
                    .date.isValid());
}

// When a line over the limit was being skipped and a chunk ended between its "\r" and "\n", the
// "\n" was taken for a "\n" inside a message: the skip went on and swallowed the next message.
// Where the socket cuts the data must not decide which messages arrive.
TEST(FuzzRegressions, AMessageAfterAnOversizedLineSurvivesACutInsideItsTerminator)
{
    LineFramer framer(16);
    std::vector<QByteArray> lines;
    framer.feed("first\r\n", lines);
    framer.feed("this line is longer than sixteen bytes\r", lines);
    framer.feed("\nsecond\r\n", lines);
    EXPECT_EQ(lines, (std::vector<QByteArray>{"first", "second"}));
    EXPECT_EQ(framer.oversizedLines(), 1);
    EXPECT_EQ(framer.delimiter(), LineFramer::Delimiter::CrLf);
}

TEST(FuzzRegressions, AnOversizedFirstLineCutBeforeItsNewlineStillSettlesOnCrLf)
{
    LineFramer framer(4);
    std::vector<QByteArray> lines;
    for (const char *piece : {"abc", "de", "\r", "\n"})
        framer.feed(piece, lines);
    EXPECT_EQ(framer.delimiter(), LineFramer::Delimiter::CrLf);
    // So a "\n" inside the next message stays part of it.
    framer.feed("a\nb\r\n", lines);
    EXPECT_EQ(lines, (std::vector<QByteArray>{"a\nb"}));
    EXPECT_EQ(framer.oversizedLines(), 1);
}

// Found by fuzz_lineindex: a damaged index cache whose list of notices claimed 3.6 billion
// entries made QDataStream reserve gigabytes. The cache is now refused instead.
TEST(FuzzRegressions, ADamagedIndexCacheCannotAskForGigabytes)
{
    FileIndex complete;
    complete.finish(FileIndex::State::Complete);
    QByteArray data = complete.serialize();
    FileIndex restored;
    ASSERT_TRUE(restored.deserialize(data));

    // The notices are last: an empty list is its count, four zero bytes.
    ASSERT_TRUE(data.endsWith(QByteArray(4, '\0')));
    data.chop(4);
    data.append("\xdb\xd8\x4e\x2a", 4);
    FileIndex damaged;
    EXPECT_FALSE(damaged.deserialize(data));
}
