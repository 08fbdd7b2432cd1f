#!/usr/bin/env python3
"""Writes the hand-made seed inputs (seed-*) of the fuzz corpora in tests/fuzz/corpus/.

Inputs found by fuzzing (crashes turned regression inputs, and the corpus the fuzzer grew) live
next to them under other names and are not touched. Run again after changing a seed here:
    python3 tests/fuzz/make_seeds.py
"""

import gzip
import io
import os
import zlib

CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")

STOCKTWITS = (b'{"id":510000001,"body":"$AAPL breaking out, volume is huge","created_at":'
              b'"2024-01-02T14:32:10Z","user":{"id":42,"username":"chartist","name":"A. Chartist"},'
              b'"symbols":[{"id":686,"symbol":"AAPL","title":"Apple Inc."}],'
              b'"entities":{"sentiment":{"basic":"Bullish"}},"likes":{"total":3},'
              b'"source":{"id":1,"title":"StockTwits Web"}}')
WRAPPED = (b'{"action":"create","data":{"id":510000002,"body":"$TSLA \\u00e9t\\u00e9 short",'
           b'"created_at":"2024-01-02T14:32:11.250Z","user":{"username":"bear"},'
           b'"symbols":["TSLA"],"entities":{"sentiment":{"basic":"Bearish"}}}}')
ACTIVITY = (b'{"id":"tag:gnip.com:2012:1","verb":"post","postedTime":"2012-05-01T12:34:56.000Z",'
            b'"actor":{"preferredUsername":"gnipper","displayName":"G"},"body":"hello $SPY",'
            b'"object":{"summary":"hello"},"twitter_entities":{"symbols":[{"text":"SPY"}]},'
            b'"favoritesCount":7}')
TWITTER = (b'{"created_at":"Wed Sep 23 17:35:05 +0000 2009","id":4321,"id_str":"4321",'
           b'"text":"$MSFT up","user":{"screen_name":"tw","name":"T W"},'
           b'"entities":{"symbols":[{"text":"MSFT"}]},"favorite_count":2,"source":"web"}')
INFO = b'{"info":{"message":"Replaying 1 minute of backfill","sent":"2024-01-02T14:00:00Z"}}'
ERROR = b'{"error":{"message":"Forced Disconnect: Too many connections","sent":"2024-01-02T14:00:01+00:00"}}'
GENERIC = b'{"kind":"other","values":[1,2.5,-3e10,true,false,null],"nested":{"a":{"b":[]}}}'


def write(target, name, data):
    folder = os.path.join(CORPUS, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "seed-" + name), "wb") as f:
        f.write(data)


def gz(data, level=6, mtime=0):
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=level, mtime=mtime) as f:
        f.write(data)
    return out.getvalue()


def lines(*items, end=b"\r\n"):
    return b"".join(item + end for item in items)


def line_framer():
    # Byte 0 picks the line limit (< 200: 2 + n % 64 bytes; otherwise 16 MiB), byte 1 the chunks.
    big, small = b"\xff", b"\x10"  # 16 MiB; 18 bytes
    stream = lines(STOCKTWITS, b"", WRAPPED, b"", b"", INFO)
    for seed in range(4):
        write("lineframer", "crlf-stream-%d" % seed, big + bytes([seed]) + stream)
    write("lineframer", "lf-stream", big + b"\x01" + lines(STOCKTWITS, ACTIVITY, b"", TWITTER, end=b"\n"))
    write("lineframer", "crlf-with-inner-lf", big + b"\x02" + b'{"body":"two\nlines"}\r\n\r\n{"id":1}\r\n')
    write("lineframer", "lf-then-crlf", big + b"\x00" + b"first\nsecond\r\nthird\r\n")
    write("lineframer", "heartbeats-only", big + b"\x00" + b"\r\n" * 40)
    write("lineframer", "bom-and-invalid-utf8", big + b"\x03" + b"\xef\xbb\xbf" + lines(b'{"body":"\xff\xfe\xc3"}', b"\xed\xa0\x80"))
    write("lineframer", "cut-line", big + b"\x01" + STOCKTWITS + b"\r\n" + WRAPPED[:57])
    write("lineframer", "oversized-small-limit", small + b"\x01" + lines(b"short", b"x" * 40, b"ok", b"y" * 18 + b"\r", b"z"))
    write("lineframer", "oversized-split-crlf", small + b"\x00" + b"a" * 30 + b"\r\nnext\r\n")
    write("lineframer", "cr-runs", big + b"\x02" + b"\r\r\r\n\r\r\nab\r\r\n\n\r\n")


def gzip_stream_decoder():
    # Byte 0 picks the chunk sizes.
    body = lines(STOCKTWITS, b"", WRAPPED, INFO) * 3
    one = gz(body, level=1)
    write("gzipstreamdecoder", "one-member", b"\x03" + one)
    write("gzipstreamdecoder", "one-member-bytewise", b"\x00" + one)
    write("gzipstreamdecoder", "multi-member", b"\x01" + gz(body[:200]) + gz(body[200:], level=9) + gz(b""))
    write("gzipstreamdecoder", "truncated", b"\x02" + one[: len(one) // 2])
    write("gzipstreamdecoder", "truncated-trailer", b"\x02" + one[:-3])
    bad_crc = bytearray(one)
    bad_crc[-8] ^= 0x55
    write("gzipstreamdecoder", "bad-crc", b"\x01" + bytes(bad_crc))
    write("gzipstreamdecoder", "trailing-garbage", b"\x03" + one + b"garbage after the member")
    write("gzipstreamdecoder", "trailing-zeros", b"\x03" + one + b"\x00" * 16)
    write("gzipstreamdecoder", "not-gzip", b"\x01" + lines(STOCKTWITS))
    write("gzipstreamdecoder", "header-only", b"\x00" + one[:10])
    write("gzipstreamdecoder", "stored-block", b"\x01" + gz(b"stored\r\n", level=0))
    # A small bomb: 1 MiB of zeros in about 1 KiB (bigger ones only slow the search down).
    write("gzipstreamdecoder", "zeros-bomb", b"\x03" + gz(b"\x00" * (1 << 20), level=9))
    # Header with FEXTRA, FNAME, FCOMMENT and FHCRC set.
    raw = zlib.compressobj(6, zlib.DEFLATED, -15)
    deflated = raw.compress(b"hello\r\n") + raw.flush()
    header = b"\x1f\x8b\x08\x1e\x00\x00\x00\x00\x00\x03" + b"\x04\x00abcd" + b"name\x00" + b"comment\x00"
    header += (zlib.crc32(header) & 0xFFFF).to_bytes(2, "little")
    trailer = zlib.crc32(b"hello\r\n").to_bytes(4, "little") + (7).to_bytes(4, "little")
    write("gzipstreamdecoder", "all-header-fields", b"\x02" + header + deflated + trailer)
    write("gzipstreamdecoder", "empty", b"\x00")


def message_normalizer():
    for name, line in [("stocktwits", STOCKTWITS), ("wrapped", WRAPPED), ("activity", ACTIVITY),
                       ("twitter", TWITTER), ("info", INFO), ("error", ERROR), ("generic", GENERIC)]:
        write("messagenormalizer", name, line)
    write("messagenormalizer", "crlf-several", lines(STOCKTWITS, b"", TWITTER, INFO))
    write("messagenormalizer", "bom", b"\xef\xbb\xbf" + STOCKTWITS + b"\r\n")
    write("messagenormalizer", "invalid-utf8", b'{"id":1,"body":"bad \xff\xc3( bytes","user":{"username":"\xed\xa0\x80"},"created_at":"2024-01-02T00:00:00Z"}')
    write("messagenormalizer", "deep-nesting", b"[" * 5000 + b"]" * 5000)
    write("messagenormalizer", "deep-object", b'{"a":' * 300 + b"1" + b"}" * 300)
    write("messagenormalizer", "wrapped-twice", b'{"action":"x","data":{"action":"y","data":{"action":"z","data":' + STOCKTWITS + b"}}}")
    write("messagenormalizer", "not-an-object", b'["id",1,2]\n"string"\n42\nnull\n')
    write("messagenormalizer", "not-json", b"HTTP/1.1 503 Service Unavailable\nRetry-After: 5\n<html>")
    write("messagenormalizer", "big-numbers", b'{"id":18446744073709551615,"body":"n","created_at":"2024-01-02T00:00:00Z","symbols":[],"likes":{"total":1e400}}')
    write("messagenormalizer", "odd-types", b'{"id":1.5,"body":7,"created_at":12,"user":[],"symbols":{"a":1},"likes":"3"}')
    write("messagenormalizer", "times", b"\n".join([
        b"2016-12-05T14:32:10Z", b"2012-05-01T12:34:56.000Z", b"2024-01-02T14:32:10+05:30",
        b"2024-01-02 14:32:10-0800", b"2023-02-29T00:00:00Z", b"2016-12-31T23:59:60Z",
        b"Wed Sep 23 17:35:05 +0000 2009", b"Thu Feb 29 00:00:00 -1200 2024", b"9999-12-31T23:59:59.999999Z",
        b"0000-01-01T00:00:00Z", b"2024-13-01T00:00:00Z"]))


def endpoint_policy():
    # Line 1: the base URL; line 2: the Location of the 302; the rest: an error body.
    cases = {
        "https": b"https://firestream.stocktwits.com\nhttps://storage.example.net/f.gz?X-Amz-Signature=abc\n",
        "loopback-v4": b"http://127.0.0.1:8080\n/redirected/file.gz\n{\"message\":\"No backup for this day\"}",
        "loopback-v6": b"http://[::1]:9000/base/\n//127.0.0.1:9001/file.gz\n",
        "localhost-upper": b"HTTP://LOCALHOST:1/\nhttp://localhost.evil.example/x\n",
        "plain-http": b"http://firestream.stocktwits.com\nhttp://storage.example.net/f.gz\n",
        "redirect-to-http": b"https://firestream.stocktwits.com\nhttp://s3.amazonaws.com/bucket/f.gz\n<Error><Code>AccessDenied</Code></Error>",
        "scheme-relative": b"https://a.example\n//evil.example/f.gz\n",
        "userinfo": b"https://user:secret@firestream.stocktwits.com\nhttps://u:p@storage.example.net/f\n",
        "numeric-hosts": b"http://2130706433/\nhttp://0x7f.0.0.1/\nhttp://127.1/",
        "mapped-v6": b"http://[::ffff:127.0.0.1]/\nhttp://[::ffff:7f00:1]:80/x\n",
        "lookalike": b"http://127.0.0.1.nip.io/\nhttp://localhost%2eevil.example/\n",
        "other-schemes": b"ftp://127.0.0.1/\nfile:///etc/passwd\njavascript:alert(1)",
        "spaces": b"  https://firestream.stocktwits.com/path with space  \n \thttps://x.example/\t\n",
        "idn": "https://b\u00fccher.example/\nhttp://\u24db\u24de\u24d2\u24d0\u24db\u24d7\u24de\u24e2\u24e3/\n".encode(),
        "error-json": b"https://x.example\n\n{\"error\":{\"message\":\"Rate limit exceeded\"},\"detail\":\"d\"}",
        "long-body": b"https://x.example\n\n" + b"word " * 400,
    }
    for name, data in cases.items():
        write("endpointpolicy", name, data)


def backup_naming():
    # Line 1: a file type; line 2: a date; the whole input is also tried as a file name.
    cases = {
        "valid": b"activity\n2024-01-02",
        "messages-leap": b"messages\n2024-02-29",
        "not-leap": b"messages\n2023-02-29",
        "upper": b"Activity\n2024-01-02",
        "traversal": b"../../etc/passwd\n2024-01-02",
        "slash-type": b"activity/../x\n2024-01-02",
        "future": b"activity\n9999-12-31",
        "year-zero": b"activity\n0000-01-01",
        "spaces": b"activity\n 2024-01-02 \t",
        "short-date": b"activity\n2024-1-2",
        "arabic-digits": "activity\n\u0662\u0660\u0662\u0664-\u0660\u0661-\u0660\u0662".encode(),
        "file-name": b"stocktwits_activity_2024_01_02.gz",
        "file-name-part": b"stocktwits_activity_2024_01_02.gz.part",
        "file-name-bad-day": b"stocktwits_messages_2023_02_29.gz",
        "long-type": b"a" * 65 + b"\n2024-01-02",
        "max-type": b"a" + b"-" * 63 + b"\n2024-01-02",
        "nul": b"activity\x00x\n2024-01-02",
    }
    for name, data in cases.items():
        write("backupnaming", name, data)


def qt_bytearray(data):
    """A QByteArray as QDataStream writes it: a 32-bit big-endian length, then the bytes."""
    return len(data).to_bytes(4, "big") + data


def varint(value):
    out = bytearray()
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def gzip_index():
    # Byte 0: access-point spacing (1 + n * 64 bytes); byte 1: where to read.
    body = lines(STOCKTWITS, b"", WRAPPED, b"   ", ACTIVITY, TWITTER, INFO, end=b"\r\n") * 4
    write("gzipindex", "one-member", b"\x00\x01" + gz(body))
    write("gzipindex", "multi-member", b"\x01\x02" + gz(body[:700]) + gz(body[700:1500], level=1) + gz(body[1500:]))
    # Many deflate blocks ending at bit offsets (Z_BLOCK, Z_PARTIAL_FLUSH) and byte offsets
    # (Z_FULL_FLUSH): the places access points go.
    for name, mode in [("blocks-bits", zlib.Z_BLOCK), ("blocks-partial", zlib.Z_PARTIAL_FLUSH), ("blocks-full", zlib.Z_FULL_FLUSH)]:
        c = zlib.compressobj(6, zlib.DEFLATED, 31)
        data = b""
        for i in range(0, len(body), 301):
            data += c.compress(body[i:i + 301]) + c.flush(mode)
        data += c.flush()
        write("gzipindex", name, b"\x00\x03" + data)
    write("gzipindex", "bom-lf", b"\x02\x00" + gz(b"\xef\xbb\xbf" + lines(STOCKTWITS, b"", TWITTER, end=b"\n")))
    write("gzipindex", "no-final-newline", b"\x00\x00" + gz(STOCKTWITS + b"\n" + GENERIC))
    write("gzipindex", "blank-lines", b"\x00\x00" + gz(b"\r\n\n \t\r\n" + STOCKTWITS + b"\n\n\n"))
    one = gz(body, level=9)
    write("gzipindex", "truncated", b"\x00\x04" + one[: len(one) * 2 // 3])
    bad = bytearray(one)
    bad[-6] ^= 0x40
    write("gzipindex", "bad-length", b"\x00\x05" + bytes(bad))
    write("gzipindex", "trailing-zeros", b"\x00\x06" + one + b"\x00" * 100)
    write("gzipindex", "trailing-garbage", b"\x00\x06" + one + b"PK\x03\x04 not gzip")
    write("gzipindex", "second-member-truncated", b"\x00\x07" + one + gz(body)[:20])
    # 3 MiB in one line (longer than the 1 MiB the indexer holds) and 2 MiB of blanks.
    write("gzipindex", "long-line", b"\x00\x08" + gz(b'{"body":"' + b"x" * (3 << 20) + b'"}\n' + STOCKTWITS + b"\n", level=9))
    write("gzipindex", "long-blank-line", b"\x00\x09" + gz(b" " * (2 << 20) + b"\n" + STOCKTWITS, level=9))
    write("gzipindex", "not-gzip", b"\x00\x00" + lines(STOCKTWITS))
    write("gzipindex", "empty", b"\x00\x00")


def line_index():
    # Byte 0 % 4: 0 built from deltas, 1 LineIndex, 2 GzipAccessPoints, 3 FileIndex (cache).
    write("lineindex", "deltas", b"\x00\x00\x10" + bytes(range(0, 250)) * 2)
    write("lineindex", "deltas-large", b"\x00\x00\x00" + (b"\xff\x12\x34\x56\x78" + b"\x05" * 70) * 3)
    # Version 2: blocks (0 dense: base delta + 63 deltas; 1 sparse: base delta + line count),
    # then the newest group (size + deltas), all varints.
    body = varint(3)
    body += varint(0) + varint(0) + b"".join(varint(300 + i) for i in range(63))
    body += varint(1) + varint(300 * 64 + 2000) + varint(640)
    body += varint(0) + varint(20000) + b"".join(varint(1 << 20) for i in range(63))
    body += varint(3) + varint(70000000) + varint(10) + varint(1 << 33)
    count = 64 + 640 + 64 + 3
    serialized = (2).to_bytes(4, "big") + count.to_bytes(8, "big") + qt_bytearray(body)
    write("lineindex", "serialized", b"\x01" + serialized)
    write("lineindex", "serialized-count-too-big", b"\x01" + (2).to_bytes(4, "big") + (10 ** 9).to_bytes(8, "big") + qt_bytearray(body))
    point = lambda out, inp, bits, member, window: (out.to_bytes(8, "big") + inp.to_bytes(8, "big") + bytes([bits, member]) + qt_bytearray(window))
    points = (1).to_bytes(4, "big") + (3).to_bytes(8, "big") + point(0, 0, 0, 1, b"") + point(70000, 1234, 3, 0, b"w" * 300) + point(140000, 2345, 0, 1, b"")
    write("lineindex", "points", b"\x02" + points)
    write("lineindex", "points-unordered", b"\x02" + (1).to_bytes(4, "big") + (2).to_bytes(8, "big") + point(500, 0, 0, 1, b"") + point(10, 0, 0, 1, b""))
    write("lineindex", "fileindex-prefix", b"\x03" + (2).to_bytes(4, "big") + qt_bytearray(serialized) + qt_bytearray(points))


def archive_member():
    names = [
        b"data/stocktwits_activity_2024_01_02.jsonl.gz", b"../../etc/passwd", b"/etc/passwd",
        b"C:\\Windows\\system.ini", b"C:evil", b"a/b/../../../x", b"..", b".", b"a/./b", b"dir/",
        b"a\x01b", b"a\x7fb", b"%2e%2e/x", "\u2025/x".encode(), b"a/.../b", b"a//b",
        b"stocktwits_messages_2024_01_02.json", b"..\\..\\x", b"\xc0\xae\xc0\xae/x",
        "\uff0e\uff0e/x".encode(),
    ]
    write("archivemember", "names", b"\n".join(names))
    for i, name in enumerate(names[:6]):
        write("archivemember", "name-%d" % i, name)
    header = bytearray(512)
    header[0:13] = b"data.jsonl.gz"
    header[100:108] = b"0000644\x00"
    header[124:136] = b"00000000012\x00"
    header[156] = ord("0")
    header[257:263] = b"ustar\x00"
    header[263:265] = b"00"
    header[148:156] = b" " * 8
    header[148:155] = ("%06o\x00" % sum(header)).encode()
    write("archivemember", "tar-header", bytes(header) + b"{}\n" + bytes(509))
    for name, magic in [("zip", b"PK\x03\x04"), ("7z", b"7z\xbc\xaf\x27\x1c"), ("xz", b"\xfd7zXZ\x00"),
                        ("bzip2", b"BZh91AY&SY"), ("zstd", b"\x28\xb5\x2f\xfd"), ("gzip", gz(b"x")[:10])]:
        write("archivemember", "magic-" + name, magic + b"\x00" * 32)
    write("archivemember", "text", lines(STOCKTWITS, TWITTER))
    write("archivemember", "binary", bytes(range(256)))


def http_response_reader():
    def chunked(*parts):
        return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts)
    head = (b"HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\n"
            b"Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n"
            b"Connection: keep-alive\r\n\r\n")
    body = gz(lines(STOCKTWITS, b"", WRAPPED))
    write("httpresponsereader", "stream", b"\x03" + head + chunked(body[:40], body[40:], b"\r\n"))
    write("httpresponsereader", "stream-bytewise", b"\x00" + head + chunked(body))
    write("httpresponsereader", "stream-ends", b"\x02" + head + chunked(b"abc") + b"0\r\nX-T: 1\r\n\r\n")
    write("httpresponsereader", "chunk-extension", b"\x01" + head + b"3;ext=1\r\nabc\r\n")
    write("httpresponsereader", "error-401", b"\x01" + b"HTTP/1.1 401 Unauthorized\r\nContent-Length: 45\r\n\r\n"
          b'{"error":{"message":"Invalid credentials."}}\n')
    write("httpresponsereader", "until-close", b"\x02" + b"HTTP/1.0 503 Service Unavailable\r\n\r\nlater")
    write("httpresponsereader", "interim", b"\x01" + b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n")
    write("httpresponsereader", "folded", b"\x00" + b"HTTP/1.1 200 OK\r\nX: a\r\n\tb\r\nContent-Length: 2\r\n\r\nok")
    write("httpresponsereader", "bad-chunk", b"\x01" + head + b"zz\r\n")
    write("httpresponsereader", "not-http", b"\x02" + b"SSH-2.0-OpenSSH\r\n\r\n")


def sse_parser():
    # Byte 0 picks the event limit (< 200: 2 + n % 64 bytes; otherwise 16 MiB), byte 1 the chunks.
    big, small = b"\xff", b"\x10"
    seq = b"49562553817515093231064627491680393519832340977378394114"
    stream = (b"retry: 3000\r\n: connected\r\n\r\nid: " + seq + b"\r\nevent: message\r\ndata: "
              + STOCKTWITS + b"\r\n\r\n: keep-alive\r\n\r\n")
    for seed in range(4):
        write("sseparser", "crlf-stream-%d" % seed, big + bytes([seed]) + stream)
    write("sseparser", "lf-multiline-data", big + b"\x01" + b"id: 1\ndata: {\"a\":1,\ndata: \"b\":2}\n\n")
    write("sseparser", "cr-only", big + b"\x00" + b"id: 2\rdata: x\r\rdata: y\r\r")
    write("sseparser", "bom", big + b"\x02" + b"\xef\xbb\xbfdata: x\n\n\xef\xbb\xbfdata: y\n\n")
    write("sseparser", "nul-id", big + b"\x01" + b"id: 5\ndata: a\n\nid: 6\x00x\ndata: b\n\n")
    write("sseparser", "fields", big + b"\x00" + b"data\nevent\nid\nretry: 12\nretry: x\nfoo: bar\n: c\n\n")
    write("sseparser", "oversized-small-limit", small + b"\x01" + b"data: short\n\ndata: " + b"x" * 40 + b"\n\ndata: ok\n\n")
    write("sseparser", "cut-event", big + b"\x01" + b"id: 9\ndata: " + STOCKTWITS[:40])


def inflate_engines():
    # Byte 0: input piece size (1 + n * 37); byte 1: output room (1 + n * 517).
    body = lines(STOCKTWITS, b"", WRAPPED, ACTIVITY, TWITTER, INFO, end=b"\n") * 6
    one = gz(body, level=9)
    write("inflateengines", "one-member", b"\x00\x00" + one)
    write("inflateengines", "multi-member-empty", b"\x03\x01" + gz(body[:500]) + gz(b"") + gz(body[500:], level=1) + gz(b""))
    write("inflateengines", "stored", b"\x10\x02" + gz(body, level=0))
    # FEXTRA, FNAME, FCOMMENT and FHCRC in one header.
    header = b"\x1f\x8b\x08\x1e" + b"\x00" * 4 + b"\x00\x03" + b"\x04\x00AB\x00\x00" + b"name.jsonl\x00" + b"comment\x00"
    header += (zlib.crc32(header) & 0xffff).to_bytes(2, "little")
    write("inflateengines", "header-fields", b"\x02\x03" + header + one[10:])
    c = zlib.compressobj(6, zlib.DEFLATED, 31)
    data = b""
    for i in range(0, len(body), 301):
        data += c.compress(body[i:i + 301]) + c.flush(zlib.Z_BLOCK)
    data += c.flush()
    write("inflateengines", "blocks-bits", b"\x04\x05" + data)
    write("inflateengines", "truncated", b"\x00\x00" + one[: len(one) * 2 // 3])
    for name, at in [("bad-crc", -8), ("bad-length", -3)]:
        bad = bytearray(one)
        bad[at] ^= 0x40
        write("inflateengines", name, b"\x01\x00" + one + bytes(bad))
    corrupt = bytearray(one)
    for i in range(len(one) // 2, len(one) // 2 + 16):
        corrupt[i] = 0xff
    write("inflateengines", "corrupt-block", b"\x00\x07" + bytes(corrupt))
    write("inflateengines", "trailing-zeros", b"\x05\x00" + one + b"\x00" * 100)
    write("inflateengines", "trailing-garbage", b"\x05\x00" + one + gz(body[:100]) + b"PK\x03\x04 not gzip")
    write("inflateengines", "not-gzip", b"\x00\x00" + lines(STOCKTWITS))
    write("inflateengines", "empty", b"\x00\x00")


if __name__ == "__main__":
    sse_parser()
    http_response_reader()
    line_framer()
    gzip_stream_decoder()
    message_normalizer()
    endpoint_policy()
    backup_naming()
    gzip_index()
    line_index()
    archive_member()
    inflate_engines()
