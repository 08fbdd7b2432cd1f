#pragma once

#include <QByteArray>
#include <QReadWriteLock>

#include <vector>

/// One place in a gzip file where decompression can start (zran-style): the uncompressed and
/// compressed offsets, the bit offset inside the compressed byte, and the 32 KiB of output that
/// precede it. At the start of a member no window is needed.
struct GzipAccessPoint
{
    qint64 out = 0;           ///< uncompressed offset
    qint64 in = 0;            ///< compressed offset of the first whole byte to read
    quint8 bits = 0;          ///< bits of the byte before `in` that still belong to the stream
    bool memberStart = false; ///< `in` is the start of a gzip member header
    QByteArray window;        ///< up to 32 KiB of output before `out` (empty at member starts)
};

/// The access points of one gzip file, appended by the indexer while readers look them up.
/// Thread-safe; points are returned by value (the window is implicitly shared, so that is cheap).
class GzipAccessPoints
{
public:
    void append(GzipAccessPoint point);
    /// The last point at or before uncompressed offset \a out; false when there is none.
    bool pointAtOrBefore(qint64 out, GzipAccessPoint &result) const;
    int count() const;
    /// Uncompressed offsets of all points, for splitting work into segments.
    std::vector<qint64> offsets() const;
    qint64 memoryBytes() const;

    QByteArray serialize() const;
    bool deserialize(const QByteArray &data);

private:
    mutable QReadWriteLock m_lock;
    std::vector<GzipAccessPoint> m_points;
    qint64 m_windowBytes = 0;
};
