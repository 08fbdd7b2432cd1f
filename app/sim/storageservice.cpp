#include "storageservice.h"

#include "backupapi.h"
#include "filetransfer.h"
#include "presignedurl.h"
#include "simhttpconnection.h"
#include "simulatorstate.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

QByteArray s3Error(const QByteArray &code, const QByteArray &message, const QByteArray &extra = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" +
           message + "</Message>" + extra + "<RequestId>HYDRANTSIM0001</RequestId></Error>";
}

QByteArray httpDate(qint64 ms)
{
    return QLocale::c()
        .toString(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()),
                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

// Parses a single "bytes=a-b", "bytes=a-" or "bytes=-n" range; false for anything else.
bool parseRange(const QByteArray &header, qint64 size, qint64 *begin, qint64 *end,
                bool *satisfiable)
{
    static const QRegularExpression pattern(QStringLiteral("^bytes=(\\d*)-(\\d*)$"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(header.trimmed()));
    if (!match.hasMatch() || (match.capturedLength(1) == 0 && match.capturedLength(2) == 0))
        return false;
    *satisfiable = true;
    if (match.capturedLength(1) == 0) {
        const qint64 suffix = match.captured(2).toLongLong();
        if (suffix == 0) {
            *satisfiable = false;
            return true;
        }
        *begin = qMax<qint64>(0, size - suffix);
        *end = size;
        return true;
    }
    *begin = match.captured(1).toLongLong();
    *end = match.capturedLength(2) ? qMin(size, match.captured(2).toLongLong() + 1) : size;
    if (*begin >= size || *end <= *begin)
        *satisfiable = false;
    return true;
}

} // namespace

StorageService::StorageService(SimulatorState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{}

void StorageService::handle(SimHttpConnection *connection, const SimHttpRequest &request)
{
    SimRequest logged = SimRequest::of(SimFault::Storage, request);
    const QByteArray xml = "application/xml";
    const auto answer = [&](int status, const QByteArray &body, const QByteArray &type,
                            const SimHttpConnection::Headers &headers = {}) {
        logged.status = status;
        m_state->logRequest(logged);
        connection->respond(status, body, type, headers);
    };

    if (request.method != "GET" && request.method != "HEAD") {
        answer(405,
               s3Error("MethodNotAllowed",
                       "The specified method is not allowed against this resource."),
               xml, {{"Allow", "GET, HEAD"}});
        return;
    }
    if (m_state->takeFault(SimFault::Storage, SimFault::ServiceUnavailable)) {
        answer(503, s3Error("SlowDown", "Please reduce your request rate."), xml);
        return;
    }
    if (logged.hadAuthorization) {
        // What object stores answer when a pre-signed URL also gets an Authorization header,
        // e.g. because a client let its HTTP library forward the original request's headers.
        answer(400,
               s3Error("InvalidArgument",
                       "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, "
                       "Signature "
                       "query string parameter or the Authorization header should be specified",
                       "<ArgumentName>Authorization</ArgumentName>"),
               xml);
        return;
    }
    switch (PresignedUrl::verify(request.path, request.query, m_state->nowMs(),
                                 m_state->signingSecret())) {
    case PresignedUrl::Verdict::Valid:
        break;
    case PresignedUrl::Verdict::Missing:
        answer(403, s3Error("AccessDenied", "Access Denied"), xml);
        return;
    case PresignedUrl::Verdict::BadSignature:
        answer(
            403,
            s3Error(
                "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided."),
            xml);
        return;
    case PresignedUrl::Verdict::Expired:
        answer(
            403,
            s3Error("AccessDenied", "Request has expired",
                    "<X-Amz-Expires>" +
                        request.query.queryItemValue(QStringLiteral("X-Amz-Expires")).toLatin1() +
                        "</X-Amz-Expires><ServerTime>" + httpDate(m_state->nowMs()) +
                        "</ServerTime>"),
            xml);
        return;
    }

    static const QRegularExpression shape(
        QStringLiteral("^/hydrant-backups/([^/]+)/(\\d{4})/(\\d{2})/(\\d{2})/[^/]+\\.gz$"));
    const QRegularExpressionMatch match = shape.match(request.path);
    const QString type = match.captured(1);
    const QDate day = match.hasMatch() ? QDate(match.captured(2).toInt(), match.captured(3).toInt(),
                                               match.captured(4).toInt())
                                       : QDate();
    if (!match.hasMatch() || !m_state->hasBackup(type, day) ||
        BackupApi::objectPath(type, day) != request.path) {
        answer(404, s3Error("NoSuchKey", "The specified key does not exist."), xml);
        return;
    }

    const auto file = m_state->backupFile(type, day);
    const QList<SimFault> faults =
        request.method == "GET" ? m_state->takeFaults(SimFault::Storage) : QList<SimFault>{};
    bool honourRange = true;
    bool endless = false;
    for (const SimFault &fault : faults) {
        if (fault.kind == SimFault::RefuseRange || fault.kind == SimFault::RangeIgnoredCut)
            honourRange = false;
        if (fault.kind == SimFault::EndlessBody)
            endless = true;
    }
    SimHttpConnection::Headers headers{
        {"Content-Type", "application/gzip"},
        {"Accept-Ranges", "bytes"},
        {"ETag", file->etag()},
        {"Last-Modified", httpDate((day.toJulianDay() - 2440588 + 1) * 86400000 + 1800000)},
        {"Content-Disposition", "attachment; filename=\"" + file->fileName().toUtf8() + '"'},
    };
    qint64 begin = 0, end = file->size();
    int status = 200;
    const QByteArray ifRange = request.header("if-range");
    if (honourRange && request.hasHeader("range") &&
        (ifRange.isEmpty() || ifRange == file->etag())) {
        bool satisfiable = false;
        if (parseRange(request.header("range"), file->size(), &begin, &end, &satisfiable)) {
            if (!satisfiable) {
                answer(416, s3Error("InvalidRange", "The requested range is not satisfiable"), xml,
                       {{"Content-Range", "bytes */" + QByteArray::number(file->size())}});
                return;
            }
            status = 206;
            headers.append({"Content-Range", "bytes " + QByteArray::number(begin) + '-' +
                                                 QByteArray::number(end - 1) + '/' +
                                                 QByteArray::number(file->size())});
        } else {
            begin = 0;
            end = file->size();
        }
    }
    if (endless)
        headers.append({QByteArray("Connection"), QByteArray("close")}); // ends when the client goes
    else
        headers.append({"Content-Length", QByteArray::number(end - begin)});
    logged.status = status;
    m_state->logRequest(logged);
    connection->beginResponse(status, headers);
    if (request.method == "HEAD" || begin == end) {
        connection->endResponse();
        return;
    }
    auto *transfer = new FileTransfer(connection, file, begin, end, faults);
    transfer->start();
}
