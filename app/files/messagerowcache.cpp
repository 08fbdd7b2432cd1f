#include "messagerowcache.h"

#include "linereader.h"
#include "message/messagenormalizer.h"

#include <QJsonDocument>

#include <algorithm>

namespace {

// A view asks for the rows on screen one by one, mostly downwards.
constexpr qint64 loadBefore = 32;
constexpr qint64 loadAfter = 96;

int costOf(qsizetype bytes)
{
    return int(bytes / 1024 + 1); // in KiB of raw line
}

} // namespace

MessageRowCache::MessageRowCache()
    : m_normalizer(std::make_unique<MessageNormalizer>())
{
    m_cache.setMaxCost(16 * 1024);
}

MessageRowCache::~MessageRowCache() = default;

std::unique_ptr<MessageRowCache::Row> MessageRowCache::parse(QByteArrayView content,
                                                             qint64 length) const
{
    auto row = std::make_unique<Row>();
    row->message = m_normalizer->normalize(content);
    row->length = length;
    if (m_parseObjects && row->message.kind == Message::Kind::Generic)
        row->object = QJsonDocument::fromJson(row->message.raw).object();
    return row;
}

void MessageRowCache::insert(qint64 key, std::unique_ptr<Row> row)
{
    const int cost = costOf(row->message.raw.size());
    m_cache.insert(key, row.release(), cost);
}

const MessageRowCache::Row *MessageRowCache::row(LineReader &reader, qint64 line, qint64 firstLine,
                                                 qint64 endLine, qint64 key)
{
    if (line < firstLine || line >= endLine)
        return nullptr;
    if (const Row *cached = m_cache.object(key))
        return cached;
    const qint64 first = std::max<qint64>(firstLine, line - loadBefore);
    const qint64 last = std::min(endLine, line + loadAfter);
    const qint64 offset = key - line;
    reader.forEachLine(first, last - first, rowByteLimit,
                       [&](qint64 at, QByteArrayView content, qint64 length) {
                           if (!m_cache.contains(at + offset))
                               insert(at + offset, parse(content, length));
                           return true;
                       });
    return m_cache.object(key);
}
