#pragma once

#include "message/message.h"

#include <QDateTime>

/// Messages for the feed tests, built directly (the normaliser has its own tests).
namespace FeedTestData {

inline Message message(int id, const QString &author = QStringLiteral("user"),
                       const QString &text = QStringLiteral("hello"),
                       const QStringList &symbols = {},
                       Message::Sentiment sentiment = Message::Sentiment::None, int likes = -1)
{
    Message m;
    m.kind = Message::Kind::StockTwits;
    m.id = QString::number(id);
    m.author = author;
    m.text = text;
    m.symbols = symbols;
    m.sentiment = sentiment;
    m.likes = likes;
    m.time = QDateTime::fromMSecsSinceEpoch(1'480'000'000'000LL + id * 1000LL).toUTC();
    m.raw = QStringLiteral(R"({"id":%1,"body":"%2","user":{"username":"%3"}})")
                .arg(id)
                .arg(text, author)
                .toUtf8();
    return m;
}

/// \a count plain messages with ids from \a firstId.
inline MessageBatch batch(int firstId, int count)
{
    MessageBatch b;
    b.reserve(size_t(count));
    for (int i = 0; i < count; ++i)
        b.push_back(message(firstId + i, QStringLiteral("user%1").arg((firstId + i) % 7),
                            QStringLiteral("message %1").arg(firstId + i), {},
                            Message::Sentiment::None, (firstId + i) % 13));
    return b;
}

} // namespace FeedTestData
