#include "bytereader.h"

qint64 ByteReader::readAt(qint64 offset, char *data, qint64 size)
{
    if (position() != offset && !seek(offset))
        return -1;
    qint64 done = 0;
    while (done < size) {
        const qint64 n = read(data + done, size - done);
        if (n <= 0)
            return n < 0 && done == 0 ? -1 : done;
        done += n;
    }
    return done;
}
