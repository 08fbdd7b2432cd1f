#pragma once

#include "files/filedocument.h"
#include "files/linereader.h"

#include <memory>
#include <vector>

/// Opens \a path without the on-disk cache, with access points every \a spacing bytes, and
/// waits for the indexing pass to end.
inline std::unique_ptr<FileDocument>
openAndIndex(const QString &path, qint64 spacing = 64 * 1024,
             FileIndexer::CountAhead countAhead = FileIndexer::CountAhead::WhenIdle)
{
    auto document = std::make_unique<FileDocument>();
    FileIndexer::Options options;
    options.accessPointSpacing = spacing;
    options.countAhead = countAhead;
    document->setIndexerOptions(options);
    document->setCacheEnabled(false);
    document->open(path);
    document->waitForFinished();
    return document;
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
