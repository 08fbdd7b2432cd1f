#pragma once

#include "fixeddeflatewriter.h"
#include "messagegenerator.h"

#include <QByteArray>

#include <memory>
#include <mutex>
#include <vector>

/// The content of the stream: a pool of messages rendered once by the MessageGenerator, each
/// split around the places where its id and creation time go. Serving message n picks a
/// template by a hash of n and stamps n's id and time into it, so the stream costs a copy per
/// message instead of building JSON.
///
/// Each constant piece is also kept as fixed-Huffman deflate codes (FixedDeflateWriter), so a
/// compressed stream can be assembled by copying bits too: the pieces' codes interleaved with
/// literal codes of the stamped values, one deflate block per batch. That stream is ordinary
/// gzip for any client (it never ends, so it needs no CRC) and costs the sender almost nothing.
class StreamTemplatePool
{
public:
    /// The pool for this content, shared by every simulator in the process that uses it.
    static std::shared_ptr<const StreamTemplatePool> shared(const MessageGenerator &generator,
                                                            quint64 seed, MessageShape shape);

    StreamTemplatePool(const MessageGenerator &generator, quint64 seed, MessageShape shape);

    /// Appends message \a index (JSON, no line end).
    void appendMessage(QByteArray &out, qint64 index, qint64 id, qint64 createdAtMs) const;
    /// Writes message \a index followed by \r\n into the open block of \a writer; returns the
    /// number of decoded bytes it stands for.
    qsizetype appendDeflatedLine(FixedDeflateWriter &writer, qint64 index, qint64 id,
                                 qint64 createdAtMs) const;

    int size() const { return int(m_templates.size()); }

private:
    enum class Slot { Id, Time, TimeMillis, TwitterTime };
    struct Template
    {
        std::vector<QByteArray> pieces; // one more than slotKinds
        std::vector<Slot> slotKinds;
        std::vector<FixedDeflateWriter::Code> codes; // the last one includes the \r\n line end
        qsizetype constantBytes = 0;
    };
    struct Values;

    const Template &pick(qint64 index) const;

    quint64 m_seed;
    mutable std::vector<Template> m_templates; // codes are added on first use
    mutable std::once_flag m_codesOnce;
};
