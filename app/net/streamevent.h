#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

/// One entry of the connection log: what happened to the connection, in words, including the
/// server's own texts (error bodies and in-stream system messages).
struct StreamEvent
{
    enum class Kind : quint8 {
        Info,        ///< connecting, connected, stopped
        Warning,     ///< a drop, a stall, a retry being scheduled
        Error,       ///< a failure that stops the client (401, 406, TLS)
        ServerInfo,  ///< an in-stream {"info":…} message
        ServerError, ///< an in-stream {"error":…} message
    };

    QDateTime time; ///< UTC
    Kind kind = Kind::Info;
    QString text;
};

Q_DECLARE_METATYPE(StreamEvent)
