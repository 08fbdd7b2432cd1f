#include "tlstrust.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QNetworkRequest>

#include <mutex>

namespace TlsTrust {

namespace {

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QList<QSslCertificate> &extras()
{
    static QList<QSslCertificate> list;
    return list;
}

/// System CAs plus the extra ones, peer verification on.
QSslConfiguration buildConfiguration();

} // namespace

void addCaCertificates(const QList<QSslCertificate> &certificates)
{
    {
        QMutexLocker locker(&mutex());
        for (const QSslCertificate &certificate : certificates) {
            if (!certificate.isNull() && !extras().contains(certificate))
                extras().append(certificate);
        }
    }
    // Requests made elsewhere with a default configuration trust them too.
    QSslConfiguration::setDefaultConfiguration(buildConfiguration());
}

bool addCaFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("TlsTrust", "Cannot read the CA file %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error =
                QCoreApplication::translate("TlsTrust", "The file %1 holds no PEM certificate.")
                    .arg(path);
        return false;
    }
    addCaCertificates(certificates);
    return true;
}

bool loadFromEnvironment(QString *error)
{
    const QString path = qEnvironmentVariable(environmentVariable);
    if (path.isEmpty())
        return true;
    return addCaFile(path, error);
}

QList<QSslCertificate> extraCaCertificates()
{
    QMutexLocker locker(&mutex());
    return extras();
}

void clearExtraCaCertificates()
{
    {
        QMutexLocker locker(&mutex());
        extras().clear();
    }
    QSslConfiguration::setDefaultConfiguration(buildConfiguration());
}

QSslConfiguration configuration()
{
    // HYDRANT_EXTRA_CA_FILE applies to every program (GUI, CLI, tests) without each one asking.
    static std::once_flag environmentRead;
    std::call_once(environmentRead, [] {
        QString error;
        if (!loadFromEnvironment(&error))
            qWarning("%s", qPrintable(error));
    });
    return buildConfiguration();
}

namespace {

QSslConfiguration buildConfiguration()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    // The system store is read once: it is large and does not change while Hydrant runs.
    static const QList<QSslCertificate> systemCas = QSslConfiguration::systemCaCertificates();
    QList<QSslCertificate> cas = systemCas;
    for (const QSslCertificate &certificate : extraCaCertificates()) {
        if (!cas.contains(certificate))
            cas.append(certificate);
    }
    config.setCaCertificates(cas);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return config;
}

} // namespace

void apply(QNetworkRequest &request)
{
    if (request.url().scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        request.setSslConfiguration(configuration());
}

} // namespace TlsTrust
