// HTTPS on both listeners with a certificate authority made for the test run by `openssl`
// (SimCertificates): a client that trusts that CA connects; one that does not is refused.
// Nothing here, or anywhere, ignores a TLS error.

#include "sim/simcertificates.h"
#include "sim/simulator.h"
#include "simclient.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using TestSupport::waitUntil;

namespace {

class TlsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(directory.isValid());
        QString error;
        certificates = SimCertificates::create(directory.path(), &error);
        if (!certificates)
            GTEST_SKIP() << "no test certificates: " << qPrintable(error);
        SimulatorOptions options;
        options.messagesPerSecond = 200;
        options.today = QDate(2024, 3, 15);
        options.fileSize = 32 * 1024;
        options.missingDaysPerThousand = 0;
        options.tls = certificates->serverConfiguration();
        simulator = std::make_unique<Simulator>(options);
        ASSERT_TRUE(simulator->start(&error)) << qPrintable(error);
    }

    QTemporaryDir directory;
    std::optional<SimCertificates> certificates;
    std::unique_ptr<Simulator> simulator;
    QNetworkAccessManager manager;
};

} // namespace

TEST_F(TlsTest, BothListenersSpeakHttps)
{
    EXPECT_TRUE(simulator->usesTls());
    EXPECT_EQ(simulator->streamUrl().scheme(), QLatin1String("https"));
    EXPECT_EQ(simulator->backupsBaseUrl().scheme(), QLatin1String("https"));
    EXPECT_EQ(simulator->storageBaseUrl().scheme(), QLatin1String("https"));
}

TEST_F(TlsTest, AClientTrustingTheTestCaReceivesTheStream)
{
    StreamProbe::Options options;
    options.tls = certificates->clientConfiguration();
    StreamProbe probe(&manager, simulator->streamUrl(), simulator->credentials(), options);
    ASSERT_TRUE(waitUntil([&] { return probe.messages().size() >= 10; }));
    EXPECT_EQ(probe.status(), 200);
    EXPECT_EQ(probe.reply()->error(), QNetworkReply::NoError);
}

TEST_F(TlsTest, AClientTrustingTheTestCaDownloadsABackupThroughTheRedirect)
{
    const QSslConfiguration tls = certificates->clientConfiguration();
    std::unique_ptr<QNetworkReply> redirect(SimClient::request(
        manager, simulator->backupUrl(QStringLiteral("activity"), QDate(2024, 3, 14)), "GET",
        simulator->credentials(), {}, 10000, tls));
    ASSERT_EQ(redirect->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 302);
    const QUrl link = QUrl::fromEncoded(redirect->rawHeader("Location"));
    EXPECT_EQ(link.scheme(), QLatin1String("https"));
    std::unique_ptr<QNetworkReply> download(
        SimClient::request(manager, link, "GET", {}, {}, 10000, tls));
    EXPECT_EQ(download->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QByteArray text;
    EXPECT_TRUE(SimClient::gunzipAll(download->readAll(), &text));
}

TEST_F(TlsTest, AClientThatDoesNotTrustTheCaIsRefused)
{
    StreamProbe probe(&manager, simulator->streamUrl(), simulator->credentials());
    ASSERT_TRUE(waitUntil([&] { return probe.isFinished(); }));
    EXPECT_EQ(probe.reply()->error(), QNetworkReply::SslHandshakeFailedError);
    EXPECT_TRUE(probe.messages().isEmpty());
}

TEST_F(TlsTest, PlainHttpGetsNoAnswerFromATlsListener)
{
    QUrl url = simulator->streamUrl();
    url.setScheme(QStringLiteral("http"));
    std::unique_ptr<QNetworkReply> reply(
        SimClient::request(manager, url, "GET", simulator->credentials(), {}, 3000));
    EXPECT_TRUE(reply->isFinished());
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
    EXPECT_NE(reply->error(), QNetworkReply::NoError);
}
