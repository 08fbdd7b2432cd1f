#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>

#include <zlib.h>

/// Decompresses every gzip member of a file, the way any reader of a recording would.
namespace GzipTestUtil {

struct Result
{
    bool ok = false; ///< every member complete and its CRC correct
    int members = 0;
    QByteArray data;
};

inline Result gunzip(const QByteArray &compressed)
{
    Result r;
    z_stream z{};
    if (inflateInit2(&z, 15 + 16) != Z_OK)
        return r;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    z.avail_in = uInt(compressed.size());
    char out[65536];
    bool inMember = z.avail_in > 0;
    while (z.avail_in > 0) {
        z.next_out = reinterpret_cast<Bytef *>(out);
        z.avail_out = sizeof out;
        const int result = inflate(&z, Z_NO_FLUSH);
        r.data.append(out, qsizetype(sizeof out - z.avail_out));
        if (result == Z_STREAM_END) {
            ++r.members;
            inMember = false;
            if (z.avail_in > 0) {
                inflateReset(&z);
                inMember = true;
            }
            continue;
        }
        if (result != Z_OK) {
            inflateEnd(&z);
            return r;
        }
    }
    inflateEnd(&z);
    r.ok = !inMember;
    return r;
}

inline Result gunzipFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return gunzip(file.readAll());
}

inline QList<QByteArray> lines(const QByteArray &data)
{
    QList<QByteArray> l = data.split('\n');
    if (!l.isEmpty() && l.back().isEmpty())
        l.removeLast();
    return l;
}

} // namespace GzipTestUtil
