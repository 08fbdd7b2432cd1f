// Bookmarks kept between runs belong to one version of one file.
#include "files/bookmarkstore.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(content);
    return path;
}

} // namespace

TEST(BookmarkStore, BookmarksComeBackForTheSameFile)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("day.jsonl"), "{}\n{}\n{}\n");
    BookmarkStore::save(path, {}, {0, 2});
    EXPECT_EQ(BookmarkStore::load(path), QList<int>({0, 2}));
    BookmarkStore::save(path, {}, {});
    EXPECT_TRUE(BookmarkStore::load(path).isEmpty());
}

TEST(BookmarkStore, AFileThatChangedSinceHasNoBookmarks)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("day.jsonl"), "{}\n{}\n{}\n");
    BookmarkStore::save(path, {}, {1});
    writeFile(dir, QStringLiteral("day.jsonl"), "{}\n{}\n{}\n{}\n"); // grown: other lines
    EXPECT_TRUE(BookmarkStore::load(path).isEmpty());
}

TEST(BookmarkStore, EachMemberOfAnArchiveHasItsOwn)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("days.zip"), "not really a zip");
    BookmarkStore::save(path, QStringLiteral("a.jsonl"), {3});
    EXPECT_EQ(BookmarkStore::load(path, QStringLiteral("a.jsonl")), QList<int>({3}));
    EXPECT_TRUE(BookmarkStore::load(path, QStringLiteral("b.jsonl")).isEmpty());
}
