#include "simhttprequest.h"

#include "simrecords.h"

#include <QUrl>

namespace {

constexpr qsizetype maxHeaderBytes = 64 * 1024;
constexpr qint64 maxBodyBytes = 1024 * 1024;

} // namespace

QByteArray SimHttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &header : headers) {
        if (header.first == lowerCaseName)
            return header.second;
    }
    return {};
}

bool SimHttpRequest::hasHeader(const QByteArray &lowerCaseName) const
{
    for (const auto &header : headers) {
        if (header.first == lowerCaseName)
            return true;
    }
    return false;
}

bool SimHttpRequest::basicCredentials(QString *user, QString *password) const
{
    const QByteArray value = header("authorization").trimmed();
    if (!value.left(6).toLower().startsWith("basic "))
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(value.mid(6).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QByteArray &pair = decoded.decoded;
    const qsizetype colon = pair.indexOf(':');
    if (colon < 0)
        return false;
    *user = QString::fromUtf8(pair.left(colon));
    *password = QString::fromUtf8(pair.mid(colon + 1));
    return true;
}

bool SimHttpRequest::acceptsGzip() const
{
    for (const QByteArray &item : header("accept-encoding").split(',')) {
        const QList<QByteArray> parts = item.split(';');
        const QByteArray coding = parts.first().trimmed().toLower();
        if (coding != "gzip" && coding != "x-gzip" && coding != "*")
            continue;
        bool refused = false;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts[i].trimmed().toLower();
            if (parameter.startsWith("q=") && parameter.mid(2).toDouble() <= 0)
                refused = true;
        }
        if (!refused)
            return true;
    }
    return false;
}

bool SimHttpRequest::wantsClose() const
{
    const QByteArray connection = header("connection").toLower();
    if (version == "HTTP/1.0")
        return !connection.contains("keep-alive");
    return connection.contains("close");
}

SimHttpRequest::ParseResult SimHttpRequest::parse(QByteArray &buffer, SimHttpRequest *request)
{
    // Tolerate stray line ends between requests, as RFC 9112 asks.
    qsizetype start = 0;
    while (start + 1 < buffer.size() && buffer[start] == '\r' && buffer[start + 1] == '\n')
        start += 2;
    const qsizetype end = buffer.indexOf("\r\n\r\n", start);
    if (end < 0)
        return buffer.size() - start > maxHeaderBytes ? ParseResult::Invalid
                                                      : ParseResult::Incomplete;

    const QList<QByteArray> lines = buffer.mid(start, end - start).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1."))
        return ParseResult::Invalid;
    SimHttpRequest parsed;
    parsed.method = requestLine[0];
    parsed.target = requestLine[1];
    parsed.version = requestLine[2];
    if (!parsed.target.startsWith('/'))
        return ParseResult::Invalid;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return ParseResult::Invalid;
        parsed.headers.append(
            {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    const qsizetype question = parsed.target.indexOf('?');
    parsed.path = QUrl::fromPercentEncoding(
        parsed.target.left(question < 0 ? parsed.target.size() : question));
    if (question >= 0)
        parsed.query = QUrlQuery(QString::fromUtf8(parsed.target.mid(question + 1)));

    if (parsed.hasHeader("transfer-encoding"))
        return ParseResult::Invalid; // no request of either service has a chunked body
    qint64 bodyLength = 0;
    if (parsed.hasHeader("content-length")) {
        bool ok = false;
        bodyLength = parsed.header("content-length").toLongLong(&ok);
        if (!ok || bodyLength < 0 || bodyLength > maxBodyBytes)
            return ParseResult::Invalid;
    }
    const qsizetype consumed = end + 4 + bodyLength;
    if (buffer.size() < consumed)
        return ParseResult::Incomplete;
    buffer.remove(0, consumed);
    *request = std::move(parsed);
    return ParseResult::Complete;
}

SimRequest SimRequest::of(SimFault::Target service, const SimHttpRequest &request)
{
    SimRequest logged;
    logged.service = service;
    logged.method = request.method;
    logged.target = QString::fromUtf8(request.target);
    logged.hadAuthorization = request.hasHeader("authorization");
    logged.userAgent = request.header("user-agent");
    logged.range = request.header("range");
    return logged;
}
