#include "simclient.h"

#include "testsupport.h"

#include <QNetworkRequest>

StreamProbe::StreamProbe(QNetworkAccessManager *manager, const QUrl &url,
                         const ServiceCredentials &credentials, const Options &options)
{
    QNetworkRequest request(url);
    // Setting Accept-Encoding ourselves turns off QNetworkAccessManager's own decompression, so
    // this probe inflates the bytes exactly as the server flushed them.
    request.setRawHeader("Accept-Encoding", options.gzip ? "gzip" : "identity");
    request.setRawHeader("Connection", "keep-alive");
    if (options.credentials)
        request.setRawHeader("Authorization",
                             SimClient::basicAuthorization(
                                 credentials.user, options.password.isEmpty() ? credentials.password
                                                                              : options.password));
    if (!options.tls.isNull())
        request.setSslConfiguration(options.tls);
    m_reply = manager->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &StreamProbe::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, [this] {
        onReadyRead();
        m_finished = true;
    });
    m_gzip = true;
    inflateInit2(&m_zlib, 15 + 16);
}

StreamProbe::~StreamProbe()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    inflateEnd(&m_zlib);
}

int StreamProbe::status() const
{
    return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
}

QList<QByteArray> StreamProbe::messages() const
{
    QList<QByteArray> result;
    for (const QByteArray &line : m_lines) {
        if (!line.isEmpty())
            result.append(line);
    }
    return result;
}

int StreamProbe::heartbeats() const
{
    int count = 0;
    for (const QByteArray &line : m_lines)
        count += line.isEmpty() ? 1 : 0;
    return count;
}

void StreamProbe::abort()
{
    if (m_reply)
        m_reply->abort();
}

void StreamProbe::onReadyRead()
{
    if (!m_reply)
        return;
    const QByteArray data = m_reply->readAll();
    m_raw.append(data);
    m_compressedBytes += data.size();
    if (status() != 200 || data.isEmpty() || m_inflateFailed)
        return;
    m_zlib.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    m_zlib.avail_in = uInt(data.size());
    char buffer[65536];
    while (m_zlib.avail_in > 0) {
        m_zlib.next_out = reinterpret_cast<Bytef *>(buffer);
        m_zlib.avail_out = sizeof buffer;
        const int result = inflate(&m_zlib, Z_SYNC_FLUSH);
        m_pending.append(buffer, qsizetype(sizeof buffer - m_zlib.avail_out));
        if (result != Z_OK && result != Z_BUF_ERROR) {
            m_inflateFailed = result != Z_STREAM_END;
            break;
        }
        if (result == Z_BUF_ERROR && m_zlib.avail_out != 0)
            break;
    }
    qsizetype start = 0;
    for (qsizetype end; (end = m_pending.indexOf("\r\n", start)) >= 0; start = end + 2)
        m_lines.append(m_pending.mid(start, end - start));
    m_pending.remove(0, start);
}

namespace SimClient {

QByteArray basicAuthorization(const QString &user, const QString &password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

QNetworkReply *request(QNetworkAccessManager &manager, const QUrl &url, const QByteArray &verb,
                       const ServiceCredentials &credentials,
                       const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs,
                       const QSslConfiguration &tls)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!credentials.user.isEmpty())
        request.setRawHeader("Authorization",
                             basicAuthorization(credentials.user, credentials.password));
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    if (!tls.isNull())
        request.setSslConfiguration(tls);
    // A custom "HEAD" verb would make QNetworkAccessManager wait for a body.
    QNetworkReply *reply =
        verb == "HEAD" ? manager.head(request) : manager.sendCustomRequest(request, verb);
    TestSupport::waitUntil([reply] { return reply->isFinished(); }, timeoutMs);
    return reply;
}

bool gunzipAll(const QByteArray &data, QByteArray *out, int *members)
{
    qsizetype offset = 0;
    int count = 0;
    out->clear();
    while (offset < data.size()) {
        z_stream zlib{};
        inflateInit2(&zlib, 15 + 16);
        zlib.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData() + offset));
        zlib.avail_in = uInt(data.size() - offset);
        int result = Z_OK;
        char buffer[65536];
        while (result == Z_OK) {
            zlib.next_out = reinterpret_cast<Bytef *>(buffer);
            zlib.avail_out = sizeof buffer;
            result = inflate(&zlib, Z_NO_FLUSH);
            out->append(buffer, qsizetype(sizeof buffer - zlib.avail_out));
        }
        offset += qsizetype(zlib.total_in);
        inflateEnd(&zlib);
        if (result != Z_STREAM_END)
            return false;
        ++count;
    }
    if (members)
        *members = count;
    return count > 0;
}

} // namespace SimClient
