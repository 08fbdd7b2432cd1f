#pragma once

#include "files/filedocument.h"
#include "files/filestatistics.h"
#include "files/linereader.h"

#include <gtest/gtest.h>

#include <memory>
#include <utility>
#include <vector>

/// Opens \a path without the on-disk cache with the pass's \a options, and waits for the
/// indexing pass to end.
inline std::unique_ptr<FileDocument> openAndIndex(const QString &path,
                                                  const FileIndexer::Options &options)
{
    auto document = std::make_unique<FileDocument>();
    document->setIndexerOptions(options);
    document->setCacheEnabled(false);
    document->open(path);
    document->waitForFinished();
    return document;
}

/// Opens \a path without the on-disk cache, with access points every \a spacing bytes, and
/// waits for the indexing pass to end.
inline std::unique_ptr<FileDocument>
openAndIndex(const QString &path, qint64 spacing = 64 * 1024,
             FileIndexer::CountAhead countAhead = FileIndexer::CountAhead::WhenIdle)
{
    FileIndexer::Options options;
    options.accessPointSpacing = spacing;
    options.countAhead = countAhead;
    return openAndIndex(path, options);
}

/// Every line of an indexed document, read through its reader.
inline std::vector<QByteArray> readAllLines(FileDocument &document, qint64 maxBytes = 1 << 20)
{
    std::vector<QByteArray> result;
    const qint64 count = document.index()->lineCount();
    if (count == 0)
        return result;
    document.createLineReader()->forEachLine(0, count, maxBytes,
                                             [&](qint64, QByteArrayView line, qint64) {
                                                 result.push_back(line.toByteArray());
                                                 return true;
                                             });
    return result;
}

/// Every figure of two statistics taken of the same lines.
/// The statistics' time steps, (seconds, line) in file order.
inline std::vector<std::pair<qint64, qint64>> timeStepsOf(const FileStatistics &statistics)
{
    std::vector<std::pair<qint64, qint64>> steps;
    statistics.forEachTimeStep([&steps](qint64 seconds, qint64 line) {
        steps.emplace_back(seconds, line);
        return true;
    });
    return steps;
}

inline void expectSameStatistics(const FileStatistics &actual, const FileStatistics &expected)
{
    EXPECT_EQ(actual.lines(), expected.lines());
    EXPECT_EQ(actual.activities(), expected.activities());
    EXPECT_EQ(actual.systemMessages(), expected.systemMessages());
    EXPECT_EQ(actual.malformed(), expected.malformed());
    EXPECT_EQ(actual.longLines(), expected.longLines());
    EXPECT_EQ(actual.tooDeep(), expected.tooDeep());
    EXPECT_EQ(actual.repairedUtf8(), expected.repairedUtf8());
    EXPECT_EQ(actual.bullish(), expected.bullish());
    EXPECT_EQ(actual.bearish(), expected.bearish());
    EXPECT_EQ(actual.timed(), expected.timed());
    EXPECT_EQ(actual.firstTime(), expected.firstTime());
    EXPECT_EQ(actual.lastTime(), expected.lastTime());
    EXPECT_EQ(actual.timesMonotonic(), expected.timesMonotonic());
    ASSERT_EQ(actual.minutes().size(), expected.minutes().size());
    for (const auto &[minute, bucket] : expected.minutes()) {
        const auto it = actual.minutes().find(minute);
        ASSERT_NE(it, actual.minutes().end());
        EXPECT_EQ(it->second.count, bucket.count) << minute;
        EXPECT_EQ(it->second.firstLine, bucket.firstLine) << minute;
    }
    EXPECT_EQ(actual.topSymbols(1000), expected.topSymbols(1000));
    EXPECT_EQ(timeStepsOf(actual), timeStepsOf(expected));
}
