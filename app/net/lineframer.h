#pragma once

#include "core/appsettings.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <vector>

/// Splits the decompressed stream into lines (DESIGN §1.1). Lines end in "\r\n"; a bare "\r\n"
/// is a keep-alive heartbeat, counted and not delivered. Streams that use "\n" alone are
/// recognised from their first line end. In a "\r\n" stream a lone "\n" belongs to the line.
/// A line longer than the limit (not counting its terminator) is dropped whole and counted as
/// oversized, so a hostile or broken stream cannot make the buffer grow without bound: at most
/// the limit plus one byte (a "\r" that may end the line) is ever kept.
class LineFramer
{
public:
    /// The limit unless told otherwise; the user's setting is AppSettings::maxLineBytes().
    static constexpr qsizetype defaultMaxLineLength = AppSettings::defaultMaxLineBytes;

    enum class Delimiter { Detect, CrLf, Lf };

    explicit LineFramer(qsizetype maxLineLength = defaultMaxLineLength);

    /// Called with each complete line (without its terminator). The view is only valid during
    /// the call: it points into the fed data or the framer's own buffer, so no copy is made.
    using LineSink = std::function<void(QByteArrayView line)>;

    /// Hands every complete line in \a data to \a sink; keeps a trailing partial line for the
    /// next call. Returns the number of lines delivered.
    qsizetype feed(QByteArrayView data, const LineSink &sink);
    /// The same, appending copies of the lines to \a lines.
    qsizetype feed(QByteArrayView data, std::vector<QByteArray> &lines);

    /// Forgets the partial line (a connection ended in the middle of it): it is never delivered.
    /// Returns how many bytes were thrown away. The delimiter detection starts over.
    qsizetype reset();

    Delimiter delimiter() const { return m_delimiter; }
    qsizetype pendingBytes() const { return m_partial.size(); } ///< at most maxLineLength() + 1
    qint64 heartbeats() const { return m_heartbeats; }
    qint64 oversizedLines() const { return m_oversized; } ///< every line dropped as too long
    qint64 discardedPartialLines() const { return m_discardedPartials; }
    qsizetype maxLineLength() const { return m_maxLineLength; }

private:
    /// Delivers one finished line body (a trailing "\r" is removed; an empty body is a heartbeat).
    void finishLine(QByteArrayView body, const LineSink &sink, qsizetype &count);

    QByteArray m_partial;
    qsizetype m_maxLineLength;
    Delimiter m_delimiter = Delimiter::Detect;
    bool m_skippingOversized = false;
    bool m_lastByteWasCr = false; ///< the last byte fed was "\r"
    qint64 m_heartbeats = 0;
    qint64 m_oversized = 0;
    qint64 m_discardedPartials = 0;
};
