#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class MessageGenerator;

/// What the simulator's Firestream streams send (DESIGN §1.2), byte for byte, so tests can
/// compare what they received with what was served.
///  - `/stream` and `/symbols/stream`: `id: <seq_id>`, `event: message`, `data: <message JSON>`
///    (every fourth item wrapped as {"action":"create","data":{…}}, every seventh item's JSON
///    split over two `data:` lines), then a blank line.
///  - `/sentiment`: no `id:` field; the JSON carries its "seq_id" (the documented fallback).
/// Message JSON looks like the StockTwits API: HTML entities in bodies (`Let&#39;s`, `&amp;`),
/// non-ASCII text as `\u` escapes with surrogate pairs, optional fields sometimes absent
/// (`likes`, `entities.sentiment`).
/// seq_ids are 56 digits: a fixed prefix, one digit for the stream, the index in 15 digits, so
/// later items have larger ids and equal lengths.
namespace FirestreamContent {

enum class Stream { Users = 1, Symbols = 2, Sentiment = 3 };

/// The stream served at \a path (/stream, /symbols/stream, /sentiment), if any.
std::optional<Stream> streamForPath(const QString &path);
QString pathOf(Stream stream);

QByteArray seqId(Stream stream, qint64 index);
/// The index of \a seqId in \a stream; nothing when it is not one of that stream's ids.
std::optional<qint64> indexOf(Stream stream, const QString &seqId);

/// The bytes at the start of every response body, before the first event.
QByteArray preamble();
/// Item \a index as one complete event (ending in the blank line).
QByteArray event(const MessageGenerator &generator, Stream stream, qint64 index,
                 qint64 createdAtMs);
/// The JSON the client should see as item \a index (the event's data lines joined).
QByteArray itemJson(const MessageGenerator &generator, Stream stream, qint64 index,
                    qint64 createdAtMs);
/// The in-stream notice sent when a seq_id cannot be honoured; \a reason is plain ASCII.
QByteArray resumeUnavailableEvent(const QString &seqId, const QByteArray &reason);
/// A keep-alive comment.
QByteArray keepAlive();

/// Makes generator JSON look like the StockTwits API (entities, \u escapes, absent fields).
QByteArray apiStyle(const QByteArray &json, qint64 index);

} // namespace FirestreamContent
