#include "backupfile.h"

#include "simrandom.h"

#include <QCryptographicHash>
#include <QIODevice>

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

struct Segment
{
    QByteArray deflated; // raw deflate data ending on a byte boundary, not final
    quint32 crc = 0;
    qint64 rawLength = 0;
    qint64 lines = 0;
};

QByteArray gzipHeader(quint32 modificationTime, const QByteArray &name)
{
    QByteArray header("\x1f\x8b\x08", 3);
    header.append(char(name.isEmpty() ? 0 : 0x08)); // FNAME
    for (int i = 0; i < 4; ++i)
        header.append(char((modificationTime >> (8 * i)) & 0xff));
    header.append(char(0)); // XFL
    header.append(char(3)); // OS: Unix
    if (!name.isEmpty())
        header.append(name).append('\0');
    return header;
}

// The end of a gzip member: an empty final deflate block, CRC-32 and length modulo 2^32.
QByteArray gzipTail(quint32 crc, qint64 rawLength)
{
    QByteArray tail("\x03\x00", 2);
    const auto length = quint32(quint64(rawLength) & 0xffffffffu);
    for (int i = 0; i < 4; ++i)
        tail.append(char((crc >> (8 * i)) & 0xff));
    for (int i = 0; i < 4; ++i)
        tail.append(char((length >> (8 * i)) & 0xff));
    return tail;
}

Segment deflateSegment(const QByteArray &raw, int level)
{
    Segment segment;
    segment.rawLength = raw.size();
    segment.crc =
        quint32(crc32(0, reinterpret_cast<const Bytef *>(raw.constData()), uInt(raw.size())));
    z_stream stream{};
    deflateInit2(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    segment.deflated.resize(qsizetype(deflateBound(&stream, uLong(raw.size())) + 16));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(raw.constData()));
    stream.avail_in = uInt(raw.size());
    stream.next_out = reinterpret_cast<Bytef *>(segment.deflated.data());
    stream.avail_out = uInt(segment.deflated.size());
    // A sync flush ends the segment on a byte boundary without a final block, so segments can
    // be concatenated inside one member; each starts a fresh stream, so none refers to another.
    deflate(&stream, Z_SYNC_FLUSH);
    segment.deflated.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    segment.deflated.squeeze();
    return segment;
}

/// How a day's messages fall over its hours (UTC), as a share of the day each, summed up, shaped
/// like a trading day: most while the US market is open (from 13:30 or 14:30 to 20:00 or 21:00
/// UTC), a rise before it, a tail after it, little in the night; a flatter day at weekends. A
/// chart of a day should look like one, not like a flat line.
std::array<double, 25> cumulativeHourlyShares(const QDate &day)
{
    static constexpr double weekday[24] = {2, 1.5, 1.2, 1,  1,  1,  1.2, 1.5, 2, 2.5, 3, 4,
                                           5, 7,   10,  12, 11, 10, 10,  10,  9, 6,   4, 3};
    static constexpr double weekend[24] = {3, 2.5, 2, 2, 2, 2, 2, 2.5, 3,   3.5, 4,   4.5,
                                           5, 5,   5, 5, 5, 5, 5, 5,   4.5, 4,   3.5, 3};
    const double *weights = day.dayOfWeek() >= 6 ? weekend : weekday;
    std::array<double, 25> cumulative{};
    for (int hour = 0; hour < 24; ++hour)
        cumulative[size_t(hour) + 1] = cumulative[size_t(hour)] + weights[hour];
    for (double &share : cumulative)
        share /= cumulative[24];
    return cumulative;
}

/// The time of day of the message at \a position (0..1) of the day's messages.
qint64 timeOfDayMs(const std::array<double, 25> &cumulative, double position)
{
    position = std::clamp(position, 0.0, 1.0);
    const auto next = std::upper_bound(cumulative.begin() + 1, cumulative.end(), position);
    const size_t hour = std::min<size_t>(23, size_t(next - cumulative.begin()) - 1);
    const double within =
        (position - cumulative[hour]) / std::max(1e-12, cumulative[hour + 1] - cumulative[hour]);
    return std::min<qint64>(86399999,
                            qint64((double(hour) + std::clamp(within, 0.0, 1.0)) * 3600000.0));
}

} // namespace

std::shared_ptr<const BackupFile> BackupFile::build(const Parameters &parameters,
                                                    const MessageGenerator &generator)
{
    std::shared_ptr<BackupFile> file(new BackupFile);
    file->m_parameters = parameters;
    const qint64 target = qMax<qint64>(64, parameters.targetSize);

    // Lines: ids and times spread over the day, content from (seed, type, day, line).
    const quint64 typeKey =
        SimRandom::mix(SimRandom::hash(parameters.type.toUtf8()) + 0x7F4A7C15ULL);
    const qint64 julian = parameters.day.toJulianDay();
    const qint64 dayStartMs = (julian - 2440588) * 86400000; // 2440588: Julian day of 1970-01-01
    const qint64 dayBaseId = 100000000 + (julian - 2455000) * 1000000;
    // The documented file types: activity objects (follows, blocks, likes) and messages.
    const MessageShape shape = parameters.type == QLatin1String("activity")
                                   ? MessageShape::StockTwitsActivity
                                   : MessageShape::StockTwits;
    const qint64 segmentRaw = std::clamp<qint64>(target * 3, 8 * 1024, 1024 * 1024);
    const auto keyOf = [typeKey, julian](qint64 line) {
        return typeKey ^ SimRandom::mix(quint64(julian) * 0x100000001ULL + quint64(line));
    };
    // The day's lines are spread over the day as a real day's are: how many there will be
    // comes from how small a sample of them compresses. Segments are made until the distinct
    // part reaches its size, so the count is whole segments' worth (and a little more, so that
    // the last ones do not pile up in the day's last moment).
    const qint64 estimatedLines = [&] {
        QByteArray sample;
        qint64 lines = 0;
        for (; sample.size() < std::min<qint64>(segmentRaw, 256 * 1024); ++lines) {
            generator.append(sample, keyOf(lines), dayBaseId + lines, dayStartMs, shape);
            sample.append('\n');
        }
        const double perSegment = double(segmentRaw) / double(sample.size());
        const double segmentCompressed =
            double(deflateSegment(sample, parameters.compressionLevel).deflated.size()) *
            perSegment;
        const double segments =
            std::ceil(double(std::min(target, parameters.distinctBytes)) / segmentCompressed);
        return qMax<qint64>(1, qint64(segments * double(lines) * perSegment * 1.02));
    }();
    const auto hourly = cumulativeHourlyShares(parameters.day);

    std::vector<Segment> segments;
    qint64 distinctCompressed = 0;
    qint64 line = 0;
    while (distinctCompressed < target && distinctCompressed < parameters.distinctBytes) {
        QByteArray raw;
        raw.reserve(segmentRaw + 4096);
        qint64 lines = 0;
        while (raw.size() < segmentRaw) {
            const qint64 createdAt =
                dayStartMs + timeOfDayMs(hourly, double(line) / double(estimatedLines));
            generator.append(raw, keyOf(line), dayBaseId + line, createdAt, shape);
            raw.append('\n');
            ++line;
            ++lines;
        }
        Segment segment = deflateSegment(raw, parameters.compressionLevel);
        segment.lines = lines;
        distinctCompressed += segment.deflated.size();
        segments.push_back(std::move(segment));
    }

    // Lay the file out: repeat the distinct segments in order until the target is reached.
    const auto mtime =
        quint32((dayStartMs + 86400000 + 1800000) / 1000); // half past midnight, the next day
    const QByteArray name =
        QStringLiteral("stocktwits_%1_%2.jsonl")
            .arg(parameters.type, parameters.day.toString(QStringLiteral("yyyy_MM_dd")))
            .toUtf8();
    const QByteArray firstHeader = gzipHeader(mtime, name);
    const QByteArray plainHeader = gzipHeader(mtime, {});
    const auto addPiece = [&file](const QByteArray &data) {
        file->m_offsets.push_back(file->m_size);
        file->m_pieces.push_back(data);
        file->m_size += data.size();
    };
    quint32 memberCrc = 0;
    qint64 memberRaw = 0;
    addPiece(firstHeader);
    for (size_t index = 0; index == 0 || file->m_size + 10 < target; ++index) {
        const Segment &segment = segments[index % segments.size()];
        if (parameters.multiMember && index > 0)
            addPiece(plainHeader);
        addPiece(segment.deflated);
        memberCrc = quint32(crc32_combine(memberCrc, segment.crc, z_off_t(segment.rawLength)));
        memberRaw += segment.rawLength;
        file->m_lines += segment.lines;
        file->m_rawSize += segment.rawLength;
        if (parameters.multiMember) {
            addPiece(gzipTail(memberCrc, memberRaw));
            ++file->m_members;
            memberCrc = 0;
            memberRaw = 0;
        }
    }
    if (!parameters.multiMember) {
        addPiece(gzipTail(memberCrc, memberRaw));
        file->m_members = 1;
    }
    for (const Segment &segment : segments)
        file->m_memory += segment.deflated.size();

    QCryptographicHash etag(QCryptographicHash::Sha1);
    etag.addData(QByteArray::number(qulonglong(parameters.seed)) + '/' + name + '/' +
                 QByteArray::number(file->m_size) + '/' +
                 QByteArray::number(parameters.compressionLevel) +
                 (parameters.multiMember ? "/m" : "/s"));
    file->m_etag = '"' + etag.result().toHex().left(32) + '"';
    return file;
}

QString BackupFile::fileName() const
{
    return QStringLiteral("stocktwits_%1_%2.gz")
        .arg(m_parameters.type, m_parameters.day.toString(QStringLiteral("yyyy_MM_dd")));
}

QByteArrayView BackupFile::view(qint64 offset, qint64 maxBytes) const
{
    if (offset < 0 || offset >= m_size || maxBytes <= 0)
        return {};
    const auto it = std::upper_bound(m_offsets.begin(), m_offsets.end(), offset);
    const size_t index = size_t(it - m_offsets.begin()) - 1;
    const QByteArray &piece = m_pieces[index];
    const qint64 within = offset - m_offsets[index];
    return QByteArrayView(piece.constData() + within,
                          qMin<qint64>(piece.size() - within, maxBytes));
}

bool BackupFile::write(QIODevice *device, qint64 offset, qint64 length) const
{
    const qint64 end = length < 0 ? m_size : qMin(m_size, offset + length);
    while (offset < end) {
        const QByteArrayView piece = view(offset, end - offset);
        if (piece.isEmpty() || device->write(piece.data(), piece.size()) != piece.size())
            return false;
        offset += piece.size();
    }
    return true;
}

QByteArray BackupFile::sha256() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray &piece : m_pieces)
        hash.addData(piece);
    return hash.result();
}
