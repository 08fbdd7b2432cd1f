#pragma once

#include "inflateengine.h"

#include <QByteArray>
#include <QString>

#include <memory>

/// Inflates gzip data (RFC 1952) with either engine: member headers and trailers, CRC-32 and
/// length checks, several members one after the other, and what follows the last one. The
/// engine only ever sees raw deflate data, so both engines give the same verdicts at the same
/// compressed positions: a check failure or a cut-off file is found by this class, not by them.
///
/// Input is pushed (setInput() after NeedsInput, endOfInput() at the end of the data), so the
/// same object serves a file read in chunks and a download arriving over the network.
class GzipInflater
{
public:
    enum class Event {
        Output,       ///< the output buffer is full
        NeedsInput,   ///< everything given is consumed
        BlockEnd,     ///< at a deflate block boundary (setStopAtBlockEnd): blockEnd*() tell where
        MemberEnd,    ///< a member ended and passed its checks; inputPosition() is after it
        TrailingData, ///< bytes that are not a gzip member follow the last member (once)
        End,          ///< endOfInput() was called and everything is consumed
        Error,        ///< see error(); nothing more is inflated
    };
    enum class Error {
        None,
        NotGzip,     ///< the data does not start with a gzip header
        BadHeader,   ///< a member header is invalid
        CorruptData, ///< invalid deflate data
        BadCrc,      ///< a member's CRC-32 does not match its data
        BadLength,   ///< a member's length field does not match its data
        Truncated,   ///< the data ends inside a member
    };
    struct Step
    {
        size_t produced = 0;
        Event event = Event::Output;
    };

    explicit GzipInflater(std::unique_ptr<InflateEngine> engine = InflateEngine::create());
    ~GzipInflater();

    InflateEngine::Kind engineKind() const { return m_engine->kind(); }

    /// Off: CRC-32s are not computed (the data was verified before); lengths are still checked.
    void setVerifyChecksums(bool verify) { m_verify = verify; }
    /// On: inflate() returns BlockEnd at deflate block boundaries (not at the end of a member).
    void setStopAtBlockEnd(bool stop);
    /// On: window() holds the last 32 KiB of the member's output, for access points.
    void setKeepWindow(bool keep) { m_keepWindow = keep; }

    /// Starts at a member header found at compressed offset \a offset (0: the file's start).
    void startAtMember(qint64 offset);
    /// Starts inside a member at a block boundary: compressed offset \a in, the \a bits high bits
    /// of \a byteBefore (the byte at in - 1) first; \a window is the output before that point.
    /// The member's CRC cannot be checked; its end is found and the next member checked fully.
    bool resume(qint64 in, int bits, unsigned char byteBefore, QByteArrayView window);

    /// The next input; everything given before must have been consumed (NeedsInput). The bytes
    /// must stay valid until inflate() says NeedsInput: then the last ones, which an engine may
    /// give back, are kept, and the caller may free its buffer (a network read's).
    void setInput(const unsigned char *data, size_t size);
    /// Declares that no more input follows.
    void endOfInput();
    Step inflate(unsigned char *out, size_t room);

    /// Compressed offset of the next byte to read (not counting what an engine holds).
    qint64 inputPosition() const;
    qint64 outputTotal() const { return m_outputTotal; }
    /// Members that ended and passed their checks.
    int members() const { return m_members; }
    /// True between members (nothing is cut short when the data ends here).
    bool betweenMembers() const;

    Error error() const { return m_error; }
    /// The engine's words for corrupt data, or what does not match.
    QString errorDetail() const { return m_errorDetail; }
    /// Compressed offset where the problem was found (for a check failure: the trailer's start).
    qint64 errorPosition() const { return m_errorPosition; }
    /// Compressed offset of the header of the member with the problem.
    qint64 memberStart() const { return m_memberStart; }

    /// After BlockEnd: the compressed offset of the first whole byte of the next block, the
    /// bits of the byte before it that belong to the block, and the uncompressed offset there.
    qint64 blockEndIn() const { return m_blockIn; }
    int blockEndBits() const { return m_blockBits; }
    /// Up to 32 KiB of output before the current position in this member (setKeepWindow).
    QByteArray window() const;

    /// After TrailingData: where those bytes start, and whether all of them so far are zeros.
    qint64 trailingStart() const { return m_trailingStart; }
    bool trailingZeros() const { return m_trailingZeros; }

private:
    enum class State { Magic, Header, Body, Trailer, Trailing, Done, Failed };

    Step fail(Error error, qint64 position, const QString &detail, size_t produced);
    /// inflate() until an event, without letting go of the input at NeedsInput.
    Step inflateUntilEvent(unsigned char *out, size_t room);
    /// Keeps the last bytes of the consumed input (an engine may give them back), then lets go
    /// of it.
    void releaseInput();
    bool takeByte(unsigned char &byte);
    void beginBody();
    void keep(const unsigned char *data, size_t size);
    /// Runs the header state machine; false when more input is needed or it failed.
    bool parseHeader(Step &step, size_t produced);

    std::unique_ptr<InflateEngine> m_engine;
    bool m_verify = true;
    bool m_stop = false;
    bool m_keepWindow = false;
    bool m_endOfInput = false;
    State m_state = State::Magic;

    const unsigned char *m_data = nullptr;
    size_t m_size = 0;
    size_t m_pos = 0;
    qint64 m_bufStart = 0; ///< compressed offset of m_data[0]
    /// An engine's bit buffer holds at most 8 bytes: this many of earlier input are enough.
    static constexpr size_t tailBytes = 16;
    QByteArray m_tail;     ///< the last bytes before m_bufStart (an engine may give them back)
    QByteArray m_own;      ///< such bytes followed by the caller's input, when given back

    // The member being read.
    qint64 m_memberStart = 0;
    qint64 m_bodyStartBits = 0;
    qint64 m_memberOut = 0;
    bool m_checkCrc = false;
    bool m_resumed = false;
    unsigned char m_fixed[10] = {};
    int m_headerStep = 0;  ///< which header field is being read
    int m_fieldBytes = 0;  ///< bytes of it read so far
    int m_extraLength = 0; ///< FEXTRA length
    quint32 m_headerCrc = 0;
    unsigned char m_trailer[8] = {};
    int m_trailerBytes = 0;
    unsigned char m_magic[2] = {};
    int m_magicBytes = 0;

    qint64 m_outputTotal = 0;
    int m_members = 0;
    Error m_error = Error::None;
    QString m_errorDetail;
    qint64 m_errorPosition = -1;
    qint64 m_blockIn = 0;
    int m_blockBits = 0;
    QByteArray m_window;
    qint64 m_trailingStart = -1;
    bool m_trailingZeros = true;
};
