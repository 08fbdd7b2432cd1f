#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <memory>
#include <vector>

class ByteReader;
class FileIndex;

/// Reads lines of an indexed file by number: one line, or a run of lines streamed through a
/// callback with one large buffer and no allocation per line. Lines longer than the caller's
/// limit are cut (the rest is skipped, never held). One reader per thread.
class LineReader
{
public:
    /// \a content is the line without its terminator (cut at the limit); \a fullLength its
    /// real length. Return false to stop.
    using Visitor = std::function<bool(qint64 line, QByteArrayView content, qint64 fullLength)>;

    LineReader(std::shared_ptr<const FileIndex> index, std::unique_ptr<ByteReader> reader);
    ~LineReader();

    /// The content of line \a line, cut at \a maxBytes; \a fullLength (optional) gets its length.
    /// Returns false when the line does not exist or cannot be read.
    bool readLine(qint64 line, qint64 maxBytes, QByteArray &content, qint64 *fullLength = nullptr);
    /// The whole content of line \a line however long (the detail view asks for it on request);
    /// false when it is longer than \a maxBytes or cannot be read.
    bool readWholeLine(qint64 line, QByteArray &content, qint64 maxBytes = qint64(1) << 30);
    /// Visits lines [first, first + count) in order; returns false on a read error.
    bool forEachLine(qint64 first, qint64 count, qint64 maxBytes, const Visitor &visit);
    /// Visits the lines listed in \a lines (ascending), reading runs of nearby lines together.
    bool forLines(const std::vector<qint64> &lines, qint64 maxBytes, const Visitor &visit);
    ByteReader &byteReader() { return *m_reader; }

private:
    std::shared_ptr<const FileIndex> m_index;
    std::unique_ptr<ByteReader> m_reader;
    std::unique_ptr<char[]> m_buffer; // allocated on first use, never cleared
    std::vector<qint64> m_bounds;
};
