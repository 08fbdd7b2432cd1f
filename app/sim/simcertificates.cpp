#include "simcertificates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslSocket>

namespace {

bool runOpenssl(const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForStarted(10000)) {
        if (error)
            *error = QCoreApplication::translate(
                         "SimCertificates",
                         "The openssl command is needed to create test certificates: %1")
                         .arg(process.errorString());
        return false;
    }
    process.waitForFinished(60000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error =
                QCoreApplication::translate("SimCertificates", "openssl %1 failed: %2")
                    .arg(arguments.value(0), QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

} // namespace

std::optional<SimCertificates> SimCertificates::create(const QString &directory, QString *error)
{
    const QDir dir(directory);
    const QString caKey = dir.filePath(QStringLiteral("ca.key"));
    const QString caPem = dir.filePath(QStringLiteral("ca.pem"));
    const QString serverKey = dir.filePath(QStringLiteral("server.key"));
    const QString serverCsr = dir.filePath(QStringLiteral("server.csr"));
    const QString serverPem = dir.filePath(QStringLiteral("server.pem"));
    const QString extensions = dir.filePath(QStringLiteral("server.ext"));

    QFile extensionFile(extensions);
    if (!extensionFile.open(QIODevice::WriteOnly)) {
        if (error)
            *error = extensionFile.errorString();
        return std::nullopt;
    }
    extensionFile.write("subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\n"
                        "basicConstraints=critical,CA:FALSE\n"
                        "keyUsage=critical,digitalSignature,keyEncipherment\n"
                        "extendedKeyUsage=serverAuth\n");
    extensionFile.close();

    const QStringList ecKey{
        QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    const QString serial =
        QStringLiteral("0x") + QString::number(QRandomGenerator::global()->generate64() >> 2, 16);
    if (!runOpenssl(
            QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey +
                QStringList{
                    QStringLiteral("-keyout"), caKey, QStringLiteral("-out"), caPem,
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=Hydrant simulator test CA"), QStringLiteral("-addext"),
                    QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                    QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
            error) ||
        !runOpenssl(QStringList{QStringLiteral("req")} + ecKey +
                        QStringList{QStringLiteral("-keyout"), serverKey, QStringLiteral("-out"),
                                    serverCsr, QStringLiteral("-subj"),
                                    QStringLiteral("/CN=localhost")},
                    error) ||
        !runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     serverCsr, QStringLiteral("-CA"), caPem, QStringLiteral("-CAkey"), caKey,
                     QStringLiteral("-set_serial"), serial, QStringLiteral("-days"),
                     QStringLiteral("2"), QStringLiteral("-extfile"), extensions,
                     QStringLiteral("-out"), serverPem},
                    error))
        return std::nullopt;

    auto certificates = load(serverPem, serverKey, error);
    if (!certificates)
        return std::nullopt;
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(caPem, QSsl::Pem);
    if (ca.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("SimCertificates",
                                                 "The CA certificate could not be read.");
        return std::nullopt;
    }
    certificates->m_caFile = caPem;
    certificates->m_ca = ca.first();
    return certificates;
}

std::optional<SimCertificates> SimCertificates::load(const QString &certificateFile,
                                                     const QString &keyFile, QString *error)
{
    SimCertificates certificates;
    certificates.m_chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    QFile key(keyFile);
    if (key.open(QIODevice::ReadOnly)) {
        const QByteArray pem = key.readAll();
        certificates.m_key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
        if (certificates.m_key.isNull())
            certificates.m_key = QSslKey(pem, QSsl::Rsa, QSsl::Pem);
    }
    if (certificates.m_chain.isEmpty() || certificates.m_key.isNull()) {
        if (error)
            *error = QCoreApplication::translate(
                         "SimCertificates", "Could not read the certificate “%1” or the key “%2”.")
                         .arg(certificateFile, keyFile);
        return std::nullopt;
    }
    return certificates;
}

QSslConfiguration SimCertificates::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(m_chain);
    configuration.setPrivateKey(m_key);
    // Clients present no certificate. Explicit, because the process default may say VerifyPeer
    // (TlsTrust sets it for Hydrant's own requests), which would make the server demand one.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

QSslConfiguration SimCertificates::clientConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!m_ca.isNull())
        configuration.addCaCertificate(m_ca);
    return configuration;
}
