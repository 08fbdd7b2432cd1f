#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <memory>

/// A raw deflate decoder (RFC 1951): the body of a gzip member, without header or trailer.
/// Two engines implement it: zlib, always built in, and ISA-L, several times faster on x86-64
/// and AArch64, built in with HYDRANT_WITH_ISAL. Both give the same output for the same input;
/// GzipInflater adds the gzip container on top and is what the rest of the program uses.
///
/// Input is pushed: setInput() hands over the next bytes, inflate() consumes them and fills the
/// output buffer. An engine may hold up to 8 bytes of input in its bit buffer; at the end of
/// the stream it gives them back (inputLeft() may then exceed what the last setInput() passed).
class InflateEngine
{
public:
    enum class Kind { Zlib, Isal };
    enum class Status {
        Ok,         ///< the output buffer is full; call again
        NeedsInput, ///< all input is consumed and the stream goes on
        BlockEnd,   ///< stopped at a block boundary (only with setStopAtBlockEnd(true))
        StreamEnd,  ///< the final block ended; inputLeft() bytes follow the stream
        Error,      ///< invalid deflate data; see errorText()
    };
    struct Result
    {
        size_t produced = 0;
        Status status = Status::Ok;
    };

    virtual ~InflateEngine() = default;

    /// The fastest engine this build has (ISA-L when built in).
    static std::unique_ptr<InflateEngine> create();
    /// The named engine, or nullptr when this build does not have it.
    static std::unique_ptr<InflateEngine> create(Kind kind);
    static bool available(Kind kind);
    static Kind fastest();
    static const char *name(Kind kind);

    virtual Kind kind() const = 0;

    /// Starts a stream at a byte boundary. With \a computeCrc, crc() is the CRC-32 of the output.
    virtual bool start(bool computeCrc) = 0;
    /// Starts inside a stream at a block boundary: the \a bits high bits of \a byte come first,
    /// then the input; \a window is the output that precedes (up to 32 KiB). No CRC is computed.
    virtual bool resume(int bits, unsigned char byte, QByteArrayView window) = 0;
    /// When on, inflate() returns BlockEnd at a block boundary that is not the end of the stream,
    /// with all output before the boundary delivered. zlib stops at every boundary; ISA-L at the
    /// next one it can reach without slowing down (see isalinflate.cpp).
    virtual void setStopAtBlockEnd(bool stop) = 0;

    /// The next input; what the previous setInput() passed must have been consumed.
    virtual void setInput(const unsigned char *data, size_t size) = 0;
    /// Bytes of input not consumed (after StreamEnd: the bytes that follow the stream).
    virtual size_t inputLeft() const = 0;
    virtual Result inflate(unsigned char *out, size_t room) = 0;

    /// Bits of input consumed since start() or resume() (for resume(): counted from the first
    /// primed bit).
    virtual qint64 bitsConsumed() const = 0;
    /// After BlockEnd: where the next block's header starts, counted like bitsConsumed().
    virtual qint64 blockEndBits() const = 0;
    virtual quint32 crc() const = 0;
    virtual QString errorText() const = 0;
};
