// The Debian 13 job builds with HYDRANT_WITH_KARCHIVE=ON and sets HYDRANT_EXPECT_KARCHIVE=1:
// these tests fail when such a build claims KArchive but cannot actually use it.

#include "core/buildinfo.h"
#include "core/versioninfo.h"

#include <gtest/gtest.h>

#include <QBuffer>

#if HYDRANT_HAS_KARCHIVE
#include <KZip>
#endif

TEST(KArchiveSupport, BuildMatchesWhatTheJobExpects)
{
    if (qEnvironmentVariableIntValue("HYDRANT_EXPECT_KARCHIVE") == 1) {
        EXPECT_TRUE(VersionInfo::hasKArchive()) << "this job must build with KF6Archive";
    }
    EXPECT_EQ(VersionInfo::hasKArchive(), HYDRANT_HAS_KARCHIVE != 0);
}

#if HYDRANT_HAS_KARCHIVE
TEST(KArchiveSupport, ZipRoundTripThroughLinkedLibrary)
{
    QBuffer buffer;
    {
        KZip writer(&buffer);
        ASSERT_TRUE(writer.open(QIODevice::WriteOnly));
        ASSERT_TRUE(writer.writeFile(QStringLiteral("day.jsonl"), QByteArray("{\"id\":1}\r\n")));
        ASSERT_TRUE(writer.close());
    }
    KZip reader(&buffer);
    ASSERT_TRUE(reader.open(QIODevice::ReadOnly));
    const KArchiveEntry *entry = reader.directory()->entry(QStringLiteral("day.jsonl"));
    ASSERT_NE(entry, nullptr);
    ASSERT_TRUE(entry->isFile());
    EXPECT_EQ(static_cast<const KArchiveFile *>(entry)->data(), QByteArray("{\"id\":1}\r\n"));
}
#endif
