#include "credentialtestsupport.h"

#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkInterface>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTcpSocket>

#include <unistd.h>
#include <zlib.h>

// ---- SecretForms --------------------------------------------------------------------------------

SecretForms::SecretForms(const QString &user, const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    m_authorization = (user + QLatin1Char(':') + password).toUtf8().toBase64();
    QStringEncoder utf16le(QStringEncoder::Utf16LE);
    QStringEncoder utf16be(QStringEncoder::Utf16BE);
    m_forms = {
        {QStringLiteral("password"), utf8},
        {QStringLiteral("password (UTF-16LE)"), utf16le(password)},
        {QStringLiteral("password (UTF-16BE)"), utf16be(password)},
        {QStringLiteral("password (Base64)"), utf8.toBase64()},
        {QStringLiteral("password (percent-encoded)"), utf8.toPercentEncoding()},
        {QStringLiteral("Authorization value"), m_authorization},
    };
}

QStringList SecretForms::foundIn(const QByteArray &data) const
{
    QStringList found;
    for (const auto &[name, bytes] : m_forms) {
        if (!bytes.isEmpty() && data.contains(bytes))
            found.append(name);
    }
    return found;
}

// ---- scanning files -----------------------------------------------------------------------------

namespace {

QByteArray gunzip(const QString &path)
{
    QByteArray all;
    gzFile file = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!file)
        return all;
    char buffer[65536];
    int n;
    // gzread reads concatenated members and stops quietly at damage: enough for a scan.
    while ((n = gzread(file, buffer, sizeof buffer)) > 0 && all.size() < (256 << 20))
        all.append(buffer, n);
    gzclose(file);
    return all;
}

} // namespace

QStringList scanFolders(const QStringList &folders, const SecretForms &secret, int *filesScanned)
{
    QStringList leaks;
    int scanned = 0;
    for (const QString &folder : folders) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++scanned;
            QStringList found = secret.foundIn(file.readAll());
            if (path.endsWith(QLatin1String(".gz")) || path.endsWith(QLatin1String(".gz.part")))
                found += secret.foundIn(gunzip(path));
            for (const QString &form : found)
                leaks.append(path + QLatin1String(": ") + form);
        }
    }
    if (filesScanned)
        *filesScanned = scanned;
    return leaks;
}

QStringList xdgFolders()
{
    QStringList folders;
    for (const char *variable :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString folder = qEnvironmentVariable(variable);
        if (!folder.isEmpty())
            folders.append(folder);
    }
    return folders;
}

// ---- OutputCapture ------------------------------------------------------------------------------

namespace {

QMutex capturedMutex;
QByteArray captured;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker locker(&capturedMutex);
    captured += QByteArray(context.category ? context.category : "default") + ": " +
                message.toUtf8() + '\n';
}

} // namespace

OutputCapture::OutputCapture()
{
    {
        QMutexLocker locker(&capturedMutex);
        captured.clear();
    }
    std::fflush(stdout);
    std::fflush(stderr);
    m_file = std::tmpfile();
    if (m_file) {
        m_savedOut = dup(STDOUT_FILENO);
        m_savedErr = dup(STDERR_FILENO);
        dup2(fileno(m_file), STDOUT_FILENO);
        dup2(fileno(m_file), STDERR_FILENO);
    }
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    qInstallMessageHandler(captureMessage);
}

OutputCapture::~OutputCapture()
{
    finish();
    if (m_file)
        std::fclose(m_file);
}

QByteArray OutputCapture::finish()
{
    QByteArray result;
    if (!m_finished) {
        m_finished = true;
        qInstallMessageHandler(nullptr);
        QLoggingCategory::setFilterRules(QString());
        std::fflush(stdout);
        std::fflush(stderr);
        if (m_file) {
            dup2(m_savedOut, STDOUT_FILENO);
            dup2(m_savedErr, STDERR_FILENO);
            close(m_savedOut);
            close(m_savedErr);
        }
    }
    QMutexLocker locker(&capturedMutex);
    result = captured;
    if (m_file) {
        std::rewind(m_file);
        char buffer[65536];
        size_t n;
        while ((n = std::fread(buffer, 1, sizeof buffer, m_file)) > 0)
            result.append(buffer, qsizetype(n));
    }
    return result;
}

// ---- child processes ----------------------------------------------------------------------------

WatchedRun runCli(const QStringList &arguments, const QByteArray &standardInput,
                  const QStringList &environment, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &assignment : environment) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        env.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    process.setProcessEnvironment(env);
    process.start(TestSupport::cliPath(), arguments);
    WatchedRun run;
    if (!process.waitForStarted(10000))
        return run;
    const QString cmdline = QStringLiteral("/proc/%1/cmdline").arg(process.processId());
    const auto readCommandLine = [&] {
        QFile file(cmdline);
        if (file.open(QIODevice::ReadOnly)) {
            QByteArray line = file.readAll();
            line.replace('\0', ' ');
            if (!line.isEmpty() && !run.commandLines.contains(line))
                run.commandLines.append(line);
        }
    };
    readCommandLine();
    if (!standardInput.isEmpty())
        process.write(standardInput);
    process.closeWriteChannel();
    QElapsedTimer timer;
    timer.start();
    while (!(run.finished = process.waitForFinished(20))) {
        readCommandLine();
        if (timer.elapsed() > timeoutMs) {
            process.kill();
            process.waitForFinished(5000);
            break;
        }
    }
    run.exitCode = process.exitCode();
    run.standardOutput = process.readAllStandardOutput();
    run.standardError = process.readAllStandardError();
    return run;
}

// ---- RecordingHttpServer ------------------------------------------------------------------------

RecordingHttpServer::RecordingHttpServer(QByteArray response)
    : m_response(std::move(response))
{
    if (m_response.isEmpty())
        m_response = cannedResponse(404, "Not Found");
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            ++m_connections;
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                m_requests.append(buffer->left(end + 4));
                buffer->clear();
                socket->write(m_response);
                socket->disconnectFromHost();
            });
        }
    });
}

bool RecordingHttpServer::listenOn(const QHostAddress &address)
{
    return listen(address, 0);
}

QString RecordingHttpServer::url(const QString &path) const
{
    const QHostAddress address = serverAddress();
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    return QStringLiteral("http://%1:%2%3").arg(host).arg(serverPort()).arg(path);
}

QByteArray cannedResponse(int status, const QByteArray &reason, const QByteArray &extraHeaders,
                          const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n" + extraHeaders +
           "Content-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
}

QHostAddress nonLoopbackAddress()
{
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback() &&
            !address.isLinkLocal())
            return address;
    }
    return {};
}
