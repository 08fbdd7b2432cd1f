#include "httpstatusrule.h"

bool HttpStatusRule::isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QString HttpStatusRule::serverSaid(const QString &text)
{
    return text.isEmpty() ? QString() : tr(" The server said: “%1”").arg(text);
}

namespace {

bool isServerTrouble(int status) { return status >= 500 && status <= 599; }

} // namespace

HttpStatusRule::Verdict HttpStatusRule::classify(Server server, int status)
{
    using M = Meaning;
    using R = Retry;
    switch (server) {
    case Server::Stream:
        if (status == 200)
            return {M::Success, R::Never, {}};
        if (status == 401)
            return {M::Unauthorized, R::AskPassword,
                    tr("The server refused the user name or password (HTTP 401). Check the "
                       "account and enter the password again.")};
        if (status == 406)
            return {M::NotAcceptable, R::Never,
                    tr("The server refused the request as not acceptable (HTTP 406): the stream "
                       "must be requested with gzip compression.")};
        if (status == 420 || status == 429)
            return {M::RateLimited, R::RateLimitBackoff,
                    tr("Rate limited by the server (HTTP %1): too many connection requests.")
                        .arg(status)};
        if (isServerTrouble(status) || status == 408)
            return {M::ServerTrouble, R::Backoff, tr("The server answered HTTP %1.").arg(status)};
        if (status >= 300 && status < 400)
            return {M::Redirect, R::Never,
                    tr("The server redirected the stream (HTTP %1); paste the final stream URL "
                       "into the account.")
                        .arg(status)};
        return {M::Refused, R::Never, tr("The server refused the stream (HTTP %1).").arg(status)};

    case Server::BackupApi:
        if (isRedirect(status))
            return {M::Redirect, R::Never, {}};
        if (status == 400)
            return {M::BadRequest, R::Never,
                    tr("The backup service refused the request (bad date or file type).")};
        if (status == 401)
            return {M::Unauthorized, R::AskPassword,
                    tr("The user name or password was not accepted.")};
        if (status == 403)
            return {M::Forbidden, R::Never, tr("This account may not download this file.")};
        if (status == 404)
            return {M::NotFound, R::Never, tr("There is no file for this day.")};
        if (status == 429 || isServerTrouble(status))
            return {status == 429 ? M::RateLimited : M::ServerTrouble,
                    status == 429 ? R::RateLimitBackoff : R::Backoff,
                    tr("The backup service is having trouble (HTTP %1).").arg(status)};
        return {M::Refused, R::Never,
                tr("The backup service answered HTTP %1 instead of a download link.")
                    .arg(status)};

    case Server::BackupStorage:
        if (status == 200 || status == 206)
            return {M::Success, R::Never, {}};
        if (isRedirect(status))
            return {M::Redirect, R::Never, {}};
        if (status == 403 || status == 404)
            // Pre-signed links expire (403); a vanished object (404) is treated the same.
            return {M::LinkExpired, R::RenewLink,
                    tr("The download link expired (HTTP %1).").arg(status)};
        if (status == 429 || isServerTrouble(status))
            return {status == 429 ? M::RateLimited : M::ServerTrouble,
                    status == 429 ? R::RateLimitBackoff : R::Backoff,
                    tr("The storage host is having trouble (HTTP %1).").arg(status)};
        return {M::Refused, R::Never,
                tr("The storage host refused the download (HTTP %1).").arg(status)};
    }
    return {};
}
