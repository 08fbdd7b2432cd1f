#pragma once

#include "messagegenerator.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <memory>
#include <vector>

class QIODevice;

/// One day's backup file as the storage origin serves it: gzip-compressed JSON lines, generated
/// deterministically from (seed, type, day) and seekable, so a Range request or a resumed
/// download gets exactly the bytes a full download would have.
///
/// The file is a sequence of independently deflated segments (each a few hundred kilobytes of
/// lines, ending byte-aligned), wrapped either as one gzip member or as one member per segment.
/// Only the distinct segments are held in memory; a file larger than the distinct-content budget
/// repeats its segments in order, which keeps gigabyte files cheap to serve and never holds a
/// whole file.
class BackupFile
{
public:
    struct Parameters
    {
        quint64 seed = 1;
        QString type;
        QDate day;
        qint64 targetSize = 1024 * 1024; ///< about this many compressed bytes
        bool multiMember = false;
        int compressionLevel = 6;
        qint64 distinctBytes = 8 * 1024 * 1024;
    };

    /// Generates the distinct segments (the expensive part, proportional to the distinct size).
    static std::shared_ptr<const BackupFile> build(const Parameters &parameters,
                                                   const MessageGenerator &generator);

    const Parameters &parameters() const { return m_parameters; }
    /// `stocktwits_{type}_{yyyy}_{mm}_{dd}.gz`, the reference client's name for it.
    QString fileName() const;
    qint64 size() const { return m_size; }
    qint64 lineCount() const { return m_lines; }
    qint64 uncompressedSize() const { return m_rawSize; }
    int memberCount() const { return m_members; }
    /// A strong validator for ETag / If-Range: changes whenever the content would.
    QByteArray etag() const { return m_etag; }
    /// Memory held by the distinct segments.
    qint64 memoryBytes() const { return m_memory; }

    /// A contiguous piece of the file starting at \a offset, at most \a maxBytes long (shorter
    /// at internal boundaries); empty past the end. Valid while this object lives.
    QByteArrayView view(qint64 offset, qint64 maxBytes) const;
    /// Writes bytes [offset, offset + length) (length -1: to the end) to \a device.
    bool write(QIODevice *device, qint64 offset = 0, qint64 length = -1) const;
    /// SHA-256 of the whole file, computed by streaming it.
    QByteArray sha256() const;

private:
    BackupFile() = default;

    Parameters m_parameters;
    std::vector<qint64> m_offsets;    // start offset of each piece
    std::vector<QByteArray> m_pieces; // shared data: headers, segments, trailers
    qint64 m_size = 0;
    qint64 m_lines = 0;
    qint64 m_rawSize = 0;
    qint64 m_memory = 0;
    int m_members = 0;
    QByteArray m_etag;
};
