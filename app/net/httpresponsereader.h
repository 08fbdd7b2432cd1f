#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

/// Reads one HTTP/1.1 response from the bytes of its connection, given in pieces of any size:
/// the status line and headers first, then the body with the chunked transfer coding removed.
/// Nothing of the body is kept: each piece is handed out as it arrives, because a stream's body
/// never ends on its own. Interim (1xx) responses are skipped.
class HttpResponseReader
{
public:
    using Header = std::pair<QByteArray, QByteArray>;

    enum class Error {
        None,
        HeadTooLarge,      ///< status line and headers beyond maxHeadSize
        MalformedHead,     ///< not an HTTP/1.x status line, or a header line without a name
        BadContentLength,  ///< a Content-Length that is not a number
        MalformedChunk,    ///< a chunk size line that is not hexadecimal, or a missing CRLF
        TruncatedBody,     ///< the connection closed before the body's framing said it ended
        ClosedBeforeAnswer ///< the connection closed before a complete status line and headers
    };

    static constexpr qsizetype maxHeadSize = 64 * 1024;

    /// Consumes \a input, appending body bytes to \a body. Returns false once the response is
    /// found malformed (see error()); later calls then do nothing.
    bool feed(QByteArrayView input, QByteArray &body);
    /// The connection closed. Returns true when that ends the response properly (a body that
    /// runs until the connection closes, or a response already complete); otherwise sets error().
    bool finishAtClose();

    bool hasHead() const { return m_hasHead; }
    int status() const { return m_status; }
    QByteArray reasonPhrase() const { return m_reason; }
    const QList<Header> &headers() const { return m_headers; }
    /// The value of header \a name (compared without case); empty when absent.
    QByteArray header(QByteArrayView name) const;
    /// The body has ended as its framing says (Content-Length reached, or the last chunk).
    bool isComplete() const { return m_state == State::Done; }
    Error error() const { return m_error; }

private:
    enum class State {
        Head,
        BodyUntilClose,
        BodyFixedLength,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Done,
        Failed
    };

    bool parseHead(QByteArrayView head);
    bool fail(Error error);
    /// Takes one CRLF-terminated line from m_pending + \a input at \a offset; false when
    /// incomplete (the partial line is then kept in m_pending).
    bool takeLine(QByteArrayView input, qsizetype &offset, QByteArray &line, qsizetype limit);

    State m_state = State::Head;
    Error m_error = Error::None;
    QByteArray m_pending; ///< an incomplete head or chunk line
    int m_status = 0;
    QByteArray m_reason;
    QList<Header> m_headers;
    qint64 m_remaining = 0; ///< of the fixed-length body or the current chunk
    bool m_hasHead = false;
};
