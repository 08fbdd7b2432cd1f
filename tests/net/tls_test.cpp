// TLS to the simulator: an untrusted certificate fails (and is never ignored); the test CA,
// trusted through TlsTrust, makes the same connection succeed.

#include "net/connectiontester.h"
#include "net/connectratelimiter.h"
#include "net/firehoseclient.h"
#include "net/tlstrust.h"
#include "streamtestsupport.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSslKey>

using State = FirehoseClient::State;
using TestSupport::waitUntil;

namespace {

QString dataFile(const QString &name)
{
    return TestSupport::sourcePath(QStringLiteral("tests/net/data/") + name);
}

class TlsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        TlsTrust::clearExtraCaCertificates();
        QFile certificate(dataFile(QStringLiteral("server.crt")));
        QFile key(dataFile(QStringLiteral("server.key")));
        ASSERT_TRUE(certificate.open(QIODevice::ReadOnly));
        ASSERT_TRUE(key.open(QIODevice::ReadOnly));
        SimulatorOptions options = fastSimulatorOptions();
        options.tls = QSslConfiguration::defaultConfiguration();
        options.tls.setLocalCertificate(QSslCertificate(certificate.readAll(), QSsl::Pem));
        options.tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem));
        options.tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients present no certificate
        sim = std::make_unique<Simulator>(options);
        QString error;
        ASSERT_TRUE(sim->start(&error)) << error.toStdString();
        ASSERT_TRUE(sim->usesTls());
        ASSERT_EQ(sim->streamUrl().scheme(), QStringLiteral("https"));
    }
    void TearDown() override { TlsTrust::clearExtraCaCertificates(); }

    State connectOnce(QString *reason = nullptr)
    {
        FirehoseClient client;
        client.setConnectRateLimiter(std::make_shared<ConnectRateLimiter>());
        client.setEndpoint(StreamEndpoint{QString(), sim->streamUrl(), sim->credentials()});
        client.start();
        waitUntil(
            [&] { return client.state() == State::Connected || client.state() == State::Failed; },
            10000);
        if (reason)
            *reason = client.status().reason;
        const State state = client.state();
        client.stop();
        return state;
    }

    std::unique_ptr<Simulator> sim;
};

} // namespace

TEST_F(TlsTest, AnUntrustedCertificateFailsAndIsNotRetried)
{
    QString reason;
    EXPECT_EQ(connectOnce(&reason), State::Failed);
    EXPECT_TRUE(reason.contains(QStringLiteral("secure connection"))) << reason.toStdString();
    EXPECT_TRUE(reason.contains(QString::fromLatin1(TlsTrust::environmentVariable)));
}

TEST_F(TlsTest, TrustingAnUnrelatedCaStillFails)
{
    ASSERT_TRUE(TlsTrust::addCaFile(dataFile(QStringLiteral("other-ca.crt"))));
    EXPECT_EQ(connectOnce(), State::Failed);
}

TEST_F(TlsTest, TrustingTheTestCaSucceeds)
{
    QString error;
    ASSERT_TRUE(TlsTrust::addCaFile(dataFile(QStringLiteral("ca.crt")), &error))
        << error.toStdString();
    EXPECT_EQ(connectOnce(), State::Connected);
}

TEST_F(TlsTest, TheCaCanComeFromTheEnvironment)
{
    qputenv(TlsTrust::environmentVariable, dataFile(QStringLiteral("ca.crt")).toLocal8Bit());
    ASSERT_TRUE(TlsTrust::loadFromEnvironment());
    qunsetenv(TlsTrust::environmentVariable);
    EXPECT_EQ(connectOnce(), State::Connected);

    qputenv(TlsTrust::environmentVariable, "/nonexistent/ca.pem");
    QString error;
    EXPECT_FALSE(TlsTrust::loadFromEnvironment(&error));
    EXPECT_FALSE(error.isEmpty());
    qunsetenv(TlsTrust::environmentVariable);
}

TEST_F(TlsTest, ConnectionTestReportsTlsErrorsInWords)
{
    ConnectionTester tester;
    StreamEndpoint endpoint{QString(), sim->streamUrl(), sim->credentials()};
    endpoint.credentials.user =
        QStringLiteral("tls-test-") + QString::number(qint64(this)); // own budget
    ConnectionTester::Result result = tester.testStreamBlocking(endpoint);
    EXPECT_EQ(result.outcome, ConnectionTester::Outcome::TlsError);
    EXPECT_TRUE(result.summary.startsWith(QStringLiteral("TLS error")))
        << result.summary.toStdString();

    ASSERT_TRUE(TlsTrust::addCaFile(dataFile(QStringLiteral("ca.crt"))));
    endpoint.credentials = sim->credentials();
    result = tester.testStreamBlocking(endpoint);
    EXPECT_EQ(result.outcome, ConnectionTester::Outcome::Connected) << result.summary.toStdString();
}
