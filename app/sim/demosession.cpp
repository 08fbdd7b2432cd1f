#include "demosession.h"

#include "simulator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>

DemoSession::DemoSession(QObject *parent)
    : QObject(parent)
{}

DemoSession::~DemoSession() = default;

SimulatorOptions DemoSession::demoOptions()
{
    SimulatorOptions options;
    options.messagesPerSecond = 20;
    options.shape = MessageShape::StockTwits;
    options.fileSize = 1536 * 1024;
    options.fileSizeJitter = 0.4;
    options.firstBackupDate = QDateTime::currentDateTimeUtc().date().addDays(-42);
    options.user = QStringLiteral("demo@example.com");
    // A fresh password per run: the demo needs no secret, but nothing should look like one that
    // could be reused elsewhere.
    QString password;
    for (int i = 0; i < 4; ++i)
        password += QString::number(QRandomGenerator::system()->generate(), 36);
    options.password = password;
    return options;
}

bool DemoSession::start(QString *errorMessage)
{
    if (!m_simulator)
        m_simulator = std::make_unique<Simulator>(demoOptions());
    return m_simulator->start(errorMessage);
}

bool DemoSession::isRunning() const
{
    return m_simulator && m_simulator->isRunning();
}

StreamEndpoint DemoSession::streamEndpoint() const
{
    StreamEndpoint endpoint;
    if (!isRunning())
        return endpoint;
    endpoint.profileName = QCoreApplication::translate("DemoSession", "Demo (built-in simulator)");
    endpoint.url = m_simulator->streamUrl(QStringLiteral("demo"), QStringLiteral("prod"),
                                          QStringLiteral("backfillMinutes=1"));
    endpoint.credentials = m_simulator->credentials();
    return endpoint;
}

StreamEndpoint DemoSession::firestreamEndpoint() const
{
    StreamEndpoint endpoint;
    if (!isRunning())
        return endpoint;
    endpoint.profileName =
        QCoreApplication::translate("DemoSession", "Demo Firestream (built-in simulator)");
    endpoint.url = m_simulator->firestreamUrl(QStringLiteral("/stream"));
    endpoint.credentials = m_simulator->credentials();
    endpoint.service = StreamServiceKind::Firestream;
    return endpoint;
}

QList<StreamEndpoint> DemoSession::streamEndpoints() const
{
    if (!isRunning())
        return {};
    return {streamEndpoint(), firestreamEndpoint()};
}

BackupEndpoint DemoSession::backupEndpoint() const
{
    BackupEndpoint endpoint;
    if (!isRunning())
        return endpoint;
    endpoint.profileName = QCoreApplication::translate("DemoSession", "Demo (built-in simulator)");
    endpoint.baseUrl = m_simulator->backupsBaseUrl();
    endpoint.fileTypes = m_simulator->options().fileTypes;
    endpoint.symbolMetrics = m_simulator->options().symbolMetrics;
    endpoint.credentials = m_simulator->credentials();
    return endpoint;
}
