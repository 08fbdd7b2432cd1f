#pragma once

#include <QCoreApplication>
#include <QString>

/// What an HTTP status code means, for each kind of server Hydrant talks to (DESIGN §1): the
/// outcome, whether and how to try again, and the sentence a user reads. Written once; the stream
/// client, the connection tester, the backup resolver and the download task all ask here.
class HttpStatusRule
{
    Q_DECLARE_TR_FUNCTIONS(HttpStatusRule)

public:
    enum class Server {
        Stream,        ///< a realtime stream (Gnip-style firehose, Firestream, older firehose)
        BackupApi,     ///< the backup API that answers with a 302 to a temporary link
        BackupStorage, ///< the object store behind that link
    };

    enum class Meaning {
        Success,       ///< 200 (206 on storage): the body is what was asked for
        Redirect,      ///< 3xx: the Location header says where to go
        Unauthorized,  ///< 401: the user name or password was refused
        Forbidden,     ///< 403 on the backup API: the account may not fetch this
        NotFound,      ///< 404 on the backup API: no file for that day and type
        BadRequest,    ///< 400 on the backup API: a bad date or type
        NotAcceptable, ///< 406 on a stream: asked without gzip
        LinkExpired,   ///< 403/404 on storage: the temporary link expired or its object moved
        RateLimited,   ///< 420 or 429
        ServerTrouble, ///< 5xx (and 408 on a stream): the server's own problem
        Refused,       ///< any other answer
    };

    enum class Retry {
        Never,           ///< stop and say why
        AskPassword,     ///< stop and ask for the password: never retry a 401 in a loop
        Backoff,         ///< try again on the exponential backoff curve
        RateLimitBackoff, ///< try again on the rate-limit curve (starting at 60 s on a stream)
        RenewLink,       ///< ask the backup API for a fresh link and continue
    };

    struct Verdict
    {
        Meaning meaning = Meaning::Refused;
        Retry retry = Retry::Never;
        QString sentence; ///< one translated sentence, without what the server said
    };

    static Verdict classify(Server server, int status);
    static bool isRedirect(int status);
    /// " The server said: “TEXT”" when the server explained itself, else nothing.
    static QString serverSaid(const QString &text);
};
