#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

#include <optional>

/// A throw-away certificate authority and a server certificate for 127.0.0.1, ::1 and
/// localhost, so the simulator can speak HTTPS in tests and demos. They are made by the
/// `openssl` command (EC P-256, valid for two days) in a directory the caller owns, usually a
/// QTemporaryDir; clients then trust ca.pem explicitly. Nothing here ever ignores TLS errors.
class SimCertificates
{
public:
    /// Creates ca.pem, ca.key, server.pem and server.key in \a directory.
    static std::optional<SimCertificates> create(const QString &directory,
                                                 QString *error = nullptr);
    /// Loads a server certificate and key made elsewhere (PEM); no CA file then.
    static std::optional<SimCertificates> load(const QString &certificateFile,
                                               const QString &keyFile, QString *error = nullptr);

    QString caCertificateFile() const { return m_caFile; }
    QSslCertificate caCertificate() const { return m_ca; }
    /// What the simulator's listeners take in SimulatorOptions::tls.
    QSslConfiguration serverConfiguration() const;
    /// The default client configuration plus trust in this CA.
    QSslConfiguration clientConfiguration() const;

private:
    QString m_caFile;
    QSslCertificate m_ca;
    QList<QSslCertificate> m_chain;
    QSslKey m_key;
};
