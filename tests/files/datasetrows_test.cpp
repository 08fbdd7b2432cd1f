// The rows of a dataset: files one after the other, or merged second by second where their
// times overlap, and the maps between rows and (file, line) both ways.

#include "files/datasetrows.h"

#include <gtest/gtest.h>

#include <map>
#include <utility>
#include <vector>

namespace {

using FileTimes = DatasetRows::FileTimes;

/// A file whose line i is at second seconds[i] (-1: a line without a time), described as its
/// index pass would: the first line of each second.
FileTimes fileAt(const std::vector<qint64> &seconds)
{
    FileTimes file;
    file.lines = qint64(seconds.size());
    std::map<qint64, qint64> first;
    for (size_t line = 0; line < seconds.size(); ++line) {
        if (seconds[line] >= 0 && !first.count(seconds[line]))
            first[seconds[line]] = qint64(line);
    }
    file.timeStarts.assign(first.begin(), first.end());
    return file;
}

/// Every row as (file, line), in row order.
std::vector<std::pair<int, qint64>> rowsOf(const DatasetRows &rows)
{
    std::vector<std::pair<int, qint64>> result;
    for (qint64 row = 0; row < rows.rowCount(); ++row) {
        const DatasetRows::Location at = rows.locate(row);
        result.emplace_back(at.file, at.line);
    }
    return result;
}

/// The maps agree with each other for every row, and every line of every file is one row.
void expectConsistent(const DatasetRows &rows, const std::vector<FileTimes> &files)
{
    qint64 total = 0;
    for (size_t file = 0; file < files.size(); ++file) {
        EXPECT_EQ(rows.lineCount(int(file)), files[file].lines) << "file " << file;
        total += files[file].lines;
        qint64 previousRow = -1;
        for (qint64 line = 0; line < files[file].lines; ++line) {
            const qint64 row = rows.rowOf(int(file), line);
            ASSERT_GT(row, previousRow) << "a file keeps its own order";
            previousRow = row;
            const DatasetRows::Location at = rows.locate(row);
            EXPECT_EQ(at.file, int(file));
            EXPECT_EQ(at.line, line);
            EXPECT_EQ(rows.linesBefore(int(file), row), line);
            EXPECT_EQ(rows.linesBefore(int(file), row + 1), line + 1);
        }
        EXPECT_EQ(rows.rowOf(int(file), files[file].lines), -1);
    }
    EXPECT_EQ(rows.rowCount(), total);
    EXPECT_EQ(rows.locate(total).file, -1);
    EXPECT_EQ(rows.locate(-1).file, -1);
}

} // namespace

TEST(DatasetRows, DaysThatDoNotOverlapFollowOneAnotherWhole)
{
    const std::vector<FileTimes> files{fileAt({0, 0, 1, 2}), fileAt({5, 6}), fileAt({9, 9, 9})};
    const DatasetRows rows = DatasetRows::mergedByTime(files);
    ASSERT_EQ(rows.runs().size(), 3u) << "one run per file, nothing per second";
    EXPECT_EQ(rows.rowOf(1, 0), 4);
    EXPECT_EQ(rows.rowOf(2, 0), 6);
    for (int file = 0; file < 3; ++file)
        EXPECT_EQ(rows.lastInterleavedWith(file), file);
    expectConsistent(rows, files);
    EXPECT_EQ(rows, DatasetRows::oneAfterAnother({4, 2, 3}));
}

TEST(DatasetRows, FilesThatOverlapAreMergedSecondBySecond)
{
    // The activities and the messages of one day: each second's lines of the first file, then
    // the other's, second after second; a second only one file has stays whole.
    const std::vector<FileTimes> files{fileAt({0, 0, 1, 3, 3, 4}), fileAt({0, 2, 2, 3, 5})};
    const DatasetRows rows = DatasetRows::mergedByTime(files);
    const std::vector<std::pair<int, qint64>> expected{{0, 0}, {0, 1}, {1, 0}, // second 0
                                                       {0, 2},                 // second 1
                                                       {1, 1}, {1, 2},         // second 2
                                                       {0, 3}, {0, 4}, {1, 3}, // second 3
                                                       {0, 5},                 // second 4
                                                       {1, 4}};                // second 5
    EXPECT_EQ(rowsOf(rows), expected);
    EXPECT_EQ(rows.lastInterleavedWith(0), 1);
    EXPECT_EQ(rows.lastInterleavedWith(1), 1);
    expectConsistent(rows, files);
}

TEST(DatasetRows, ALineLateForItsSecondStaysInItsPlace)
{
    // A stream's line that arrives after the next second began (or a message stamped a second
    // early) does not cut its file: only a second later than any before starts a new piece.
    const std::vector<FileTimes> files{fileAt({0, 1, 0, 2, 1, 3}), fileAt({1, 2, 3})};
    const DatasetRows rows = DatasetRows::mergedByTime(files);
    const std::vector<std::pair<int, qint64>> expected{
        {0, 0}, {0, 1}, {0, 2}, {1, 0}, {0, 3}, {0, 4}, {1, 1}, {0, 5}, {1, 2}};
    EXPECT_EQ(rowsOf(rows), expected);
    expectConsistent(rows, files);
}

TEST(DatasetRows, LinesWithoutTimeGoWithTheTimedLinesAroundThem)
{
    // Lines before a file's first time go with its first second, lines after a time with it; a
    // file without any time follows the file given before it; an empty file has no rows.
    const std::vector<FileTimes> files{fileAt({-1, 2, -1, 4}), fileAt({-1, -1}), fileAt({}),
                                       fileAt({3, -1, 5})};
    const DatasetRows rows = DatasetRows::mergedByTime(files);
    const std::vector<std::pair<int, qint64>> expected{
        {0, 0}, {0, 1}, {0, 2}, {3, 0}, {3, 1}, {0, 3}, {1, 0}, {1, 1}, {3, 2}};
    EXPECT_EQ(rowsOf(rows), expected);
    EXPECT_EQ(rows.lineCount(2), 0);
    EXPECT_EQ(rows.rowOf(2, 0), -1);
    EXPECT_EQ(DatasetRows::firstTimeOf(files[0], -7), 2);
    EXPECT_EQ(DatasetRows::firstTimeOf(files[1], -7), -7);
    expectConsistent(rows, files);
}

TEST(DatasetRows, GroupsOfMergedFilesEndWhereTheNextFileBeginsAfterThem)
{
    // Two partitions of one morning, then an afternoon file alone, then two that overlap.
    const std::vector<FileTimes> files{fileAt({0, 1, 2}), fileAt({1, 2}), fileAt({10, 11}),
                                       fileAt({20, 22}), fileAt({21})};
    const DatasetRows rows = DatasetRows::mergedByTime(files);
    const std::vector<int> last{1, 1, 2, 4, 4};
    for (int file = 0; file < 5; ++file)
        EXPECT_EQ(rows.lastInterleavedWith(file), last[size_t(file)]) << "file " << file;
    expectConsistent(rows, files);
}

TEST(DatasetRows, RowsAddedAtTheEndAreTold)
{
    const DatasetRows before = DatasetRows::mergedByTime({fileAt({0, 1}), fileAt({1, 2})});
    // The last file grew in its last second and beyond: every row is still where it was.
    const DatasetRows grown = DatasetRows::mergedByTime({fileAt({0, 1}), fileAt({1, 2, 2, 3})});
    EXPECT_TRUE(grown.onlyAppendedTo(before));
    // The first file grew: its new lines go before the second file's last second.
    const DatasetRows renumbered =
        DatasetRows::mergedByTime({fileAt({0, 1, 2}), fileAt({1, 2})});
    EXPECT_FALSE(renumbered.onlyAppendedTo(before));
    EXPECT_FALSE(before.onlyAppendedTo(before));
    EXPECT_TRUE(before.onlyAppendedTo(DatasetRows()));
}
