#pragma once

#include "net/serviceendpoint.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <zlib.h>

/// Test side of the simulator tests: a plain QNetworkAccessManager client that opens a stream
/// with the headers a Gnip client sends, inflates the gzip body as it arrives and splits it on
/// \r\n, exactly as a real client would see it.
class StreamProbe : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool gzip = true;
        bool credentials = true;
        QString password; ///< overrides the right password when set
        QSslConfiguration tls;
    };

    StreamProbe(QNetworkAccessManager *manager, const QUrl &url,
                const ServiceCredentials &credentials, const Options &options);
    StreamProbe(QNetworkAccessManager *manager, const QUrl &url,
                const ServiceCredentials &credentials)
        : StreamProbe(manager, url, credentials, Options())
    {}
    ~StreamProbe() override;

    QNetworkReply *reply() const { return m_reply; }
    int status() const;
    bool isFinished() const { return m_finished; }
    /// Complete lines, heartbeats (empty lines) included, without their \r\n.
    const QList<QByteArray> &lines() const { return m_lines; }
    /// Complete non-empty lines.
    QList<QByteArray> messages() const;
    int heartbeats() const;
    /// Decoded bytes after the last complete line (a cut line stays here).
    const QByteArray &partial() const { return m_pending; }
    /// The body as received, before inflating (for error bodies).
    const QByteArray &rawBody() const { return m_raw; }
    qint64 compressedBytes() const { return m_compressedBytes; }
    bool inflateFailed() const { return m_inflateFailed; }
    void abort();

private:
    void onReadyRead();

    QPointer<QNetworkReply> m_reply;
    z_stream m_zlib{};
    bool m_gzip = false;
    bool m_finished = false;
    bool m_inflateFailed = false;
    qint64 m_compressedBytes = 0;
    QByteArray m_raw;
    QByteArray m_pending;
    QList<QByteArray> m_lines;
};

namespace SimClient {

QByteArray basicAuthorization(const QString &user, const QString &password);
/// GET (or another verb) with optional Basic auth; waits for the whole answer.
QNetworkReply *request(QNetworkAccessManager &manager, const QUrl &url,
                       const QByteArray &verb = "GET", const ServiceCredentials &credentials = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {},
                       int timeoutMs = 10000, const QSslConfiguration &tls = {});
/// Inflates every gzip member of \a data; false if it is not a complete, valid gzip file.
bool gunzipAll(const QByteArray &data, QByteArray *out, int *members = nullptr);

} // namespace SimClient
