#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

class QNetworkRequest;

/// The TLS settings of every request Hydrant makes: the system's trusted CAs plus any extra CA
/// the user or a test adds (the simulator's self-signed CA, a company proxy's CA). There is
/// deliberately no way to ignore certificate errors: adding the right CA is the only way to
/// trust a certificate the system does not.
namespace TlsTrust {

/// Environment variable naming a PEM file of extra CA certificates, read by loadFromEnvironment().
inline constexpr char environmentVariable[] = "HYDRANT_EXTRA_CA_FILE";

/// Trusts these CA certificates in addition to the system's, for every later request.
void addCaCertificates(const QList<QSslCertificate> &certificates);
/// Reads PEM CA certificates from \a path and trusts them; false with \a error set on failure.
bool addCaFile(const QString &path, QString *error = nullptr);
/// Reads HYDRANT_EXTRA_CA_FILE when set; false with \a error when it is set but unusable.
bool loadFromEnvironment(QString *error = nullptr);
/// The extra CAs added so far.
QList<QSslCertificate> extraCaCertificates();
/// Forgets the extra CAs (tests).
void clearExtraCaCertificates();

/// The configuration to use: system CAs + extra CAs, peer verification on.
QSslConfiguration configuration();
/// Applies configuration() to \a request (only for https URLs).
void apply(QNetworkRequest &request);

} // namespace TlsTrust
