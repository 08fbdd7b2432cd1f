#pragma once

#include "message/message.h"

#include <QByteArrayView>
#include <QCache>
#include <QJsonObject>

#include <memory>

class LineReader;
class MessageNormalizer;

/// The parsed lines behind a table of lines (a file's, or a dataset's across its files): a line
/// is read and normalised only when a view asks for it, together with a block of the lines
/// around it (views ask row by row), and kept in a small LRU cache of about 16 MB of raw lines.
/// Each row is kept under a key of the caller's choosing (a file's line number, a dataset's
/// row), so one cache serves lines of several files.
class MessageRowCache
{
public:
    struct Row
    {
        Message message;    ///< the raw line is cut at rowByteLimit
        QJsonObject object; ///< generic JSON's object, when objects are parsed
        qint64 length = 0;  ///< the full length of the line in bytes
    };

    /// Lines longer than this are kept cut (the detail view can load them whole).
    static constexpr qint64 rowByteLimit = 256 * 1024;

    MessageRowCache();
    ~MessageRowCache();
    MessageRowCache(const MessageRowCache &) = delete;
    MessageRowCache &operator=(const MessageRowCache &) = delete;

    /// Whether rows of generic JSON also get their object parsed (for one column per key).
    void setParseObjects(bool parse) { m_parseObjects = parse; }

    /// The row of line \a line of \a reader, kept under \a key. When it is not cached, the lines
    /// around it in [\a firstLine, \a endLine) (lines whose keys follow one another, as the
    /// lines do) are read too, each kept under its line number plus (key - line). nullptr when
    /// it cannot be read.
    const Row *row(LineReader &reader, qint64 line, qint64 firstLine, qint64 endLine, qint64 key);
    /// A row of \a content (a line cut at rowByteLimit, \a length bytes long in full).
    std::unique_ptr<Row> parse(QByteArrayView content, qint64 length) const;
    /// Keeps \a row under \a key (rows read some other way, such as a sample of the first lines).
    void insert(qint64 key, std::unique_ptr<Row> row);
    void clear() { m_cache.clear(); }

private:
    QCache<qint64, Row> m_cache;
    std::unique_ptr<MessageNormalizer> m_normalizer;
    bool m_parseObjects = false;
};
