#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

/// Writes raw deflate data by hand with the fixed Huffman code of RFC 1951 §3.2.6, so a stream
/// can be assembled from pieces encoded once: encode() turns a piece into its code bits (LZ77
/// matches inside the piece only, so the bits stay valid wherever they are placed), and the
/// writer concatenates such bits and literal bytes inside one block per batch. Decoders see an
/// ordinary deflate stream; the sender does no compression work at all.
class FixedDeflateWriter
{
public:
    /// The code bits of one piece of data.
    struct Code
    {
        QByteArray bytes; // LSB-first bit stream, the last byte possibly partial
        qint64 bitCount = 0;
    };
    static Code encode(QByteArrayView data);

    /// Appends to \a out, which must end on a byte boundary.
    explicit FixedDeflateWriter(QByteArray &out);

    bool isBlockOpen() const { return m_open; }
    /// Starts a non-final block with fixed codes.
    void beginBlock();
    void appendCode(const Code &code);
    void appendLiterals(QByteArrayView bytes);
    /// Ends the block and aligns to a byte with an empty stored block, as zlib's Z_SYNC_FLUSH
    /// does, so everything written so far can be decoded at once.
    void endBlock();

private:
    void put(quint32 bits, int count);
    void ensure(qsizetype bytes);

    QByteArray &m_out;
    qsizetype m_position;
    quint64 m_accumulator = 0;
    int m_pending = 0;
    bool m_open = false;
};
