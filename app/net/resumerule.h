#pragma once

#include "net/streamservicekind.h"

#include <QByteArrayView>
#include <QString>
#include <QUrl>

#include <chrono>

/// How a stream of one service continues where the last connection stopped (DESIGN §1.1, §1.2).
/// A pure value: it reads an item's cursor and writes the cursor into the next request's URL.
///  - Gnip: no cursor; the stream's own backfill (client=, backfillMinutes=) re-sends the last
///    minutes and the duplicate filter drops what was seen.
///  - Firestream: the event's SSE id, else a "seq_id" field of its JSON; `?seq_id=<cursor>`.
///  - StockTwits firehose: on /stream/v2 the "firehose_seq" of each message with
///    `?last_sequence_id=`, on /stream the message id with `?last_message_id=`.
/// Cursors are digit strings (Firestream ids are about 56 digits): they are compared as such and
/// never converted to numbers.
class ResumeRule
{
public:
    explicit ResumeRule(StreamServiceKind service = StreamServiceKind::Gnip, const QUrl &url = {});

    StreamServiceKind service() const { return m_service; }
    /// The query parameter that carries the cursor; empty when the service has none.
    QString parameter() const { return m_parameter; }
    bool resumes() const { return !m_parameter.isEmpty(); }
    /// How far back the service continues from a cursor: 24 hours for Firestream, 15 minutes
    /// for the older firehose (documented for last_message_id); zero when it has no cursor.
    std::chrono::milliseconds replayWindow() const;

    /// The cursor of one item: \a eventId when its SSE event set one, otherwise the field the
    /// service documents, found in \a json (\a messageId for the /stream firehose). Empty when
    /// there is none.
    QString cursorOf(QByteArrayView json, QStringView messageId,
                     QByteArrayView eventId = {}) const;
    /// \a url with the cursor as the service's parameter (replacing one already there); every
    /// other part of the user's URL is kept as it is. Unchanged when \a cursor is empty.
    QUrl requestUrl(const QUrl &url, const QString &cursor) const;

    /// True when \a candidate is a later position than \a current (digit strings; an empty
    /// \a current is before everything).
    static bool isAfter(QStringView candidate, QStringView current);
    /// True for a non-empty string of ASCII digits.
    static bool isDigitString(QStringView text);
    /// The digits of a top-level-looking `"name": 123` or `"name": "123"` in \a json; empty when
    /// absent. A scan rather than a parse: it runs on every item of a fast stream.
    static QByteArrayView digitField(QByteArrayView json, QByteArrayView name);

private:
    StreamServiceKind m_service;
    QString m_parameter;
    QByteArrayView m_jsonField; ///< the field of the JSON that holds the cursor
};
