#pragma once

#include <QList>
#include <QString>

/// Where a file's bookmarks (line numbers from 0) are kept between runs: in the settings, under a
/// key naming this version of the file — its path, size, time of change and the member opened
/// inside an archive — so bookmarks never land on the lines of a file that changed since.
class BookmarkStore
{
public:
    BookmarkStore() = delete;

    static QList<int> load(const QString &path, const QString &member = {});
    /// Saves \a lines (an empty list forgets the file's bookmarks).
    static void save(const QString &path, const QString &member, const QList<int> &lines);

private:
    static QString key(const QString &path, const QString &member);
};
