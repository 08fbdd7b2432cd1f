#include "backupapi.h"

#include "presignedurl.h"
#include "simhttpconnection.h"
#include "simulatorstate.h"

#include <QRegularExpression>
#include <QTcpSocket>

BackupApi::BackupApi(SimulatorState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{}

QString BackupApi::objectPath(const QString &type, QDate day)
{
    return QStringLiteral("/hydrant-backups/%1/%2/stocktwits_%1_%3.gz")
        .arg(type, day.toString(QStringLiteral("yyyy/MM/dd")),
             day.toString(QStringLiteral("yyyy_MM_dd")));
}

void BackupApi::handle(SimHttpConnection *connection, const SimHttpRequest &request)
{
    const SimulatorOptions &options = m_state->options();
    SimRequest logged = SimRequest::of(SimFault::Backups, request);
    const auto answer = [&](int status, const QByteArray &body,
                            const SimHttpConnection::Headers &headers = {}) {
        logged.status = status;
        m_state->logRequest(logged);
        connection->respond(status, body, "text/plain; charset=utf-8", headers);
    };

    if (request.method != "GET" && request.method != "HEAD") {
        answer(405, "Only GET is supported.\n", {{"Allow", "GET, HEAD"}});
        return;
    }
    if (m_state->takeFault(SimFault::Backups, SimFault::Stall)) {
        // The request is read and never answered: the client's timeout must fire.
        logged.status = 0;
        m_state->logRequest(logged);
        return;
    }
    if (m_state->takeFault(SimFault::Backups, SimFault::ServiceUnavailable)) {
        answer(503, "Service temporarily unavailable, please retry later.\n",
               {{"Retry-After", "1"}});
        return;
    }
    if (m_state->takeFault(SimFault::Backups, SimFault::UnauthorizedClose)) {
        // As some front ends answer: no length, the body ends when the connection closes.
        logged.status = 401;
        m_state->logRequest(logged);
        connection->beginResponse(401, {{"Content-Type", "application/json"},
                                        {"WWW-Authenticate", "Basic realm=\"Hydrant simulator\""},
                                        {"Connection", "close"}});
        connection->socket()->write("{\"message\":\"Unauthorized\"}");
        connection->closeGracefully();
        return;
    }
    QString user, password;
    if (!request.basicCredentials(&user, &password) || user != options.user ||
        password != options.password) {
        answer(401, "Unauthorized: invalid user name or password.\n",
               {{"WWW-Authenticate", "Basic realm=\"Hydrant simulator backups\""}});
        return;
    }

    static const QRegularExpression shape(
        QStringLiteral("^/(symbols/)?backups/([^/]+)/([^/]+)/([^/]+)/([^/]+)/?$"));
    const QRegularExpressionMatch whole = shape.match(request.path);
    if (!whole.hasMatch()) {
        answer(404, "Not found: use /backups/{file_type}/{yyyy}/{mm}/{dd} or "
                    "/symbols/backups/{metric}/{yyyy}/{mm}/{dd}.\n");
        return;
    }
    const bool symbols = whole.hasCaptured(1) && !whole.captured(1).isEmpty();
    const QString name = whole.captured(2); // the file type or the metric
    const QString yearPart = whole.captured(3);
    const QString monthPart = whole.captured(4);
    const QString dayPart = whole.captured(5);
    // A metric that would read as a daily type ("symbols_x") cannot be asked for by accident.
    const QString type =
        symbols ? QStringLiteral("symbols_") + name : name;
    if (!symbols && type.startsWith(QLatin1String("symbols_"))) {
        answer(404, "Not found: unknown file type “" + type.toUtf8() + "”.\n");
        return;
    }
    static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
    static const QRegularExpression monthOrDay(QStringLiteral("^\\d{1,2}$"));
    const QDate day =
        year.match(yearPart).hasMatch() && monthOrDay.match(monthPart).hasMatch() &&
                monthOrDay.match(dayPart).hasMatch()
            ? QDate(yearPart.toInt(), monthPart.toInt(), dayPart.toInt())
            : QDate();
    if (!day.isValid()) {
        answer(400, "Bad request: “" + yearPart.toUtf8() + '/' + monthPart.toUtf8() + '/' +
                        dayPart.toUtf8() +
                        "” is not a valid date.\n");
        return;
    }
    if (day > m_state->today()) {
        answer(400, "Bad request: " + day.toString(Qt::ISODate).toUtf8() + " is in the future.\n");
        return;
    }
    if (!m_state->isKnownFileType(type)) {
        answer(404, symbols ? "Not found: unknown symbol backup metric “" +
                                  name.toUtf8() + "”.\n"
                            : "Not found: unknown file type “" + type.toUtf8() + "”.\n");
        return;
    }
    if (!m_state->hasBackup(type, day)) {
        answer(404, "Not found: there is no " + type.toUtf8() + " file for " +
                        day.toString(Qt::ISODate).toUtf8() + ".\n");
        return;
    }

    int expiry = options.linkExpirySeconds;
    if (const auto fault = m_state->takeFault(SimFault::Backups, SimFault::ExpireLinks))
        expiry = int(fault->amount);
    const QUrl link = PresignedUrl::sign(m_storageBase, objectPath(type, day), m_state->nowMs(),
                                         expiry, m_state->signingSecret());
    QByteArray location = link.toEncoded();
    if (m_state->takeFault(SimFault::Backups, SimFault::RelativeLocation)) {
        // A network-path reference: no scheme, so the client must resolve it against the API URL.
        location = location.mid(location.indexOf("//"));
    }
    if (const auto fault = m_state->takeFault(SimFault::Backups, SimFault::HugeLocation)) {
        // A Location no client should accept: the link padded with a query parameter.
        const qint64 length = fault->amount > 0 ? fault->amount : 120 * 1024;
        location += "&X-Padding=";
        if (location.size() < length)
            location += QByteArray(length - location.size(), 'x');
    }
    answer(302, "Found: " + location + "\n",
           {{"Location", location}, {"Cache-Control", "no-store"}});
}
