#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTcpServer>

#include <cstdio>

/// The forms in which a password could leak: as typed, as UTF-16 (QDataStream, QVariant in
/// settings), Base64 on its own, and the Base64 value of the Basic Authorization header.
class SecretForms
{
public:
    SecretForms(const QString &user, const QString &password);

    QByteArray authorizationValue() const { return m_authorization; }
    /// The names of the forms found in \a data (empty when none).
    QStringList foundIn(const QByteArray &data) const;

private:
    QList<std::pair<QString, QByteArray>> m_forms;
    QByteArray m_authorization;
};

/// Every file under the folders (gzip files also decompressed) that holds a form of the secret,
/// as "path: form" lines. \a filesScanned counts the files read.
QStringList scanFolders(const QStringList &folders, const SecretForms &secret,
                        int *filesScanned = nullptr);

/// The folders this test process uses for settings, data, cache and state (XDG_*_HOME, set by
/// the test main to a private temporary directory).
QStringList xdgFolders();

/// Switches every logging category to debug and collects every Qt message (with its category)
/// until finish(). Also redirects file descriptors 1 and 2 to a file, so that anything printed
/// directly (printf, std::cerr, a library) is caught as well.
class OutputCapture
{
public:
    OutputCapture();
    ~OutputCapture();
    OutputCapture(const OutputCapture &) = delete;
    OutputCapture &operator=(const OutputCapture &) = delete;

    /// Restores logging and the descriptors; returns the Qt messages followed by the raw output.
    QByteArray finish();

private:
    std::FILE *m_file = nullptr;
    int m_savedOut = -1;
    int m_savedErr = -1;
    bool m_finished = false;
};

/// How a child process ran: its exit, its output and every command line seen in
/// /proc/PID/cmdline while it was running (NUL separators turned into spaces).
struct WatchedRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    QList<QByteArray> commandLines;

    QByteArray output() const { return standardOutput + standardError; }
};

/// Runs hydrant-cli with \a arguments, optional standard input and extra "NAME=value"
/// environment entries, reading its command line from /proc while it runs.
WatchedRun runCli(const QStringList &arguments, const QByteArray &standardInput = {},
                  const QStringList &environment = {}, int timeoutMs = 20000);

/// A plain HTTP listener that records every request it receives (raw head included) and answers
/// each with one fixed response. Used as "another origin" that must never see credentials, and
/// for answers the simulator does not give (a redirect to a plain-http host).
class RecordingHttpServer : public QTcpServer
{
public:
    explicit RecordingHttpServer(QByteArray response = {});
    bool listenOn(const QHostAddress &address);
    /// http://ADDRESS:PORT + \a path (IPv6 in brackets).
    QString url(const QString &path = QStringLiteral("/")) const;
    void setResponse(const QByteArray &response) { m_response = response; }
    QList<QByteArray> requests() const { return m_requests; }
    int connections() const { return m_connections; }

private:
    QByteArray m_response;
    QList<QByteArray> m_requests;
    int m_connections = 0;
};

/// A complete HTTP/1.1 response that closes the connection.
QByteArray cannedResponse(int status, const QByteArray &reason, const QByteArray &extraHeaders = {},
                          const QByteArray &body = {});

/// An IPv4 address of this machine that is not loopback (a real interface), or a null address
/// when there is none. Plain-http refusal is proven against a listener on it.
QHostAddress nonLoopbackAddress();
