#include "gziptestdata.h"

#include <zlib.h>

namespace GzipTestData {

QByteArray compress(const QByteArray &raw)
{
    z_stream stream{};
    deflateInit2(&stream, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&stream, uLong(raw.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(raw.constData()));
    stream.avail_in = uInt(raw.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

QByteArray member(int lines, int seed)
{
    QByteArray raw;
    for (int i = 0; i < lines; ++i)
        raw += QByteArrayLiteral("{\"id\":") + QByteArray::number(seed * 1'000'000 + i) +
               QByteArrayLiteral(",\"body\":\"$AAPL to the moon ") +
               QByteArray::number(i * 7919 % 1009) + QByteArrayLiteral("\"}\n");
    return compress(raw);
}

} // namespace GzipTestData
