#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

/// One dispatched server-sent event. The views are valid only during the sink's call.
struct SseEvent
{
    QByteArrayView type;        ///< the "event" field; "message" when none (or empty) was given
    QByteArrayView data;        ///< the "data" lines joined with "\n" (never empty)
    QByteArrayView lastEventId; ///< the stream's last event id at dispatch (it persists)
    bool hasOwnId = false;      ///< this event's own block set the id (an "id" field)
};

/// Splits a decoded `text/event-stream` body into events by the WHATWG HTML rules for
/// server-sent events: lines end in CRLF, LF or CR (also when CR and LF arrive in different
/// reads); one UTF-8 byte order mark at the start of the stream is skipped; a line starting
/// with ":" is a comment (a keep-alive, counted); "field: value" loses one space after the
/// colon, a line without a colon is a field with an empty value; "data" lines are joined with
/// "\n"; "id" sets the last event id unless it contains NUL; "retry" is honoured when it is all
/// ASCII digits; other fields are ignored; a blank line dispatches the event when it has data.
/// Events may be split across reads at any byte. Memory is bounded: an event (its lines and
/// data) longer than the limit is dropped whole, counted, and reading resumes at the next one.
class SseParser
{
public:
    static constexpr qsizetype defaultMaxEventSize = 16 * 1024 * 1024;

    explicit SseParser(qsizetype maxEventSize = defaultMaxEventSize);

    using EventSink = std::function<void(const SseEvent &event)>;

    /// Hands every event completed by \a data to \a sink; keeps the unfinished rest. Returns the
    /// number of events delivered.
    qsizetype feed(QByteArrayView data, const EventSink &sink);

    /// A new connection: the unfinished event is forgotten (never delivered) and a byte order
    /// mark is accepted again. The last event id and the retry time persist, as the rules say.
    /// Returns how many bytes of unfinished event were thrown away.
    qsizetype reset();

    QByteArray lastEventId() const { return m_lastEventId; }
    /// Milliseconds of the last valid "retry" field; -1 when none was received.
    qint64 retryMs() const { return m_retryMs; }
    qint64 events() const { return m_events; }
    qint64 comments() const { return m_comments; }
    qint64 oversizedEvents() const { return m_oversized; }
    qint64 ignoredIds() const { return m_ignoredIds; }
    /// Bytes held for the unfinished line and event.
    qsizetype pendingBytes() const { return m_line.size() + m_data.size(); }
    qsizetype maxEventSize() const { return m_maxEventSize; }

private:
    void processLine(QByteArrayView line, const EventSink &sink, qsizetype &count);
    void dispatch(const EventSink &sink, qsizetype &count);
    void clearEvent();
    /// The current event is over the size limit: forget it and skip to its blank line.
    void dropEvent();

    qsizetype m_maxEventSize;
    QByteArray m_line; ///< the unfinished line
    QByteArray m_data;
    QByteArray m_type;
    QByteArray m_lastEventId;
    QByteArray m_pendingId; ///< the "id" of the current event, applied when it ends
    bool m_hasPendingId = false;
    qsizetype m_eventBytes = 0;  ///< bytes of the current event seen so far
    bool m_skipping = false;     ///< dropping an oversized event until its blank line
    bool m_skipLineHasBytes = false; ///< while skipping: the unfinished line is not blank
    bool m_lastWasCr = false;    ///< the previous read ended in CR: a leading LF is its pair
    int m_bomMatched = 0;        ///< bytes of a leading byte order mark seen so far
    bool m_atStart = true;       ///< nothing but (part of) a BOM seen on this connection
    qint64 m_retryMs = -1;
    qint64 m_events = 0;
    qint64 m_comments = 0;
    qint64 m_oversized = 0;
    qint64 m_ignoredIds = 0;
};
