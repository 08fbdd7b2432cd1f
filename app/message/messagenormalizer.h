#pragma once

#include "message/message.h"

#include <QByteArrayView>

#include <memory>

/// Turns one raw line (without its terminator) into a Message for every shape of DESIGN §1.3,
/// using simdjson. Never throws: a line that is not a JSON object becomes Kind::Malformed.
/// An instance reuses its parser buffers, so keep one per thread; it is not thread-safe.
class MessageNormalizer
{
public:
    MessageNormalizer();
    ~MessageNormalizer();
    MessageNormalizer(const MessageNormalizer &) = delete;
    MessageNormalizer &operator=(const MessageNormalizer &) = delete;

    Message normalize(QByteArrayView line);
    /// Same, sharing \a line as Message::raw instead of copying it (the stream client's path).
    Message normalize(const QByteArray &line);
    Message normalize(const char *line) { return normalize(QByteArrayView(line)); }
    /// Same as normalize(), filling \a message; the hot path of bulk readers.
    void normalizeInto(QByteArrayView line, Message &message);
    void normalizeInto(const QByteArray &line, Message &message);

private:
    void parseInto(QByteArrayView line, Message &message);

    struct Private;
    std::unique_ptr<Private> d;
};
