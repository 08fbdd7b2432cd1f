// The simulator's HTTP/1.1 handling seen from a raw socket: keep-alive, malformed requests,
// methods, and the exact bytes of the stream's framing.

#include "sim/simulator.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QTcpSocket>

using TestSupport::waitUntil;

namespace {

class HttpTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SimulatorOptions options;
        options.messagesPerSecond = 50;
        options.today = QDate(2024, 3, 15);
        options.missingDaysPerThousand = 0;
        options.fileSize = 16 * 1024;
        simulator = std::make_unique<Simulator>(options);
        ASSERT_TRUE(simulator->start());
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(simulator->apiBaseUrl().port()));
        ASSERT_TRUE(socket.waitForConnected(5000));
    }
    QByteArray authorization() const
    {
        const ServiceCredentials credentials = simulator->credentials();
        return "Authorization: Basic " +
               (credentials.user + QLatin1Char(':') + credentials.password).toUtf8().toBase64() +
               "\r\n";
    }
    /// Reads until \a marker has arrived \a count times.
    QByteArray readUntil(const QByteArray &marker, int count = 1)
    {
        waitUntil([&] {
            received += socket.readAll();
            return received.count(marker) >= count ||
                   socket.state() != QAbstractSocket::ConnectedState;
        });
        received += socket.readAll();
        return received;
    }

    std::unique_ptr<Simulator> simulator;
    QTcpSocket socket;
    QByteArray received;
};

} // namespace

TEST_F(HttpTest, OneConnectionServesSeveralRequestsInTurn)
{
    const QByteArray request =
        "GET /backups/activity/2024/03/14 HTTP/1.1\r\nHost: x\r\n" + authorization() + "\r\n";
    socket.write(request + request + request);
    const QByteArray answers = readUntil("HTTP/1.1 302 Found", 3);
    EXPECT_EQ(answers.count("HTTP/1.1 302 Found"), 3);
    EXPECT_EQ(socket.state(), QAbstractSocket::ConnectedState);
}

TEST_F(HttpTest, ConnectionCloseIsHonoured)
{
    socket.write("GET /backups/activity/2024/03/14 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" +
                 authorization() + "\r\n");
    ASSERT_TRUE(waitUntil([&] { return socket.state() == QAbstractSocket::UnconnectedState; }));
    EXPECT_TRUE(socket.readAll().startsWith("HTTP/1.1 302"));
}

TEST_F(HttpTest, AMalformedRequestGets400AndTheConnectionCloses)
{
    socket.write("THIS IS NOT HTTP\r\n\r\n");
    ASSERT_TRUE(waitUntil([&] { return socket.state() == QAbstractSocket::UnconnectedState; }));
    EXPECT_TRUE(socket.readAll().startsWith("HTTP/1.1 400"));
}

TEST_F(HttpTest, OtherMethodsThanGetGet405)
{
    socket.write("POST /accounts/a/publishers/s/streams/firehose/l.json HTTP/1.1\r\nHost: "
                 "x\r\nContent-Length: 2\r\n" +
                 authorization() + "\r\n{}");
    EXPECT_TRUE(readUntil("\r\n\r\n").startsWith("HTTP/1.1 405"));
}

TEST_F(HttpTest, TheStreamIsChunkedGzipFromTheFirstByte)
{
    socket.write("GET /accounts/a/publishers/s/streams/firehose/l.json HTTP/1.1\r\nHost: "
                 "x\r\nAccept-Encoding: gzip\r\n" +
                 authorization() + "\r\n");
    const QByteArray head = readUntil("\r\n\r\n");
    EXPECT_TRUE(head.startsWith("HTTP/1.1 200 OK\r\n"));
    EXPECT_TRUE(head.contains("Transfer-Encoding: chunked\r\n"));
    EXPECT_TRUE(head.contains("Content-Encoding: gzip\r\n"));
    EXPECT_FALSE(head.contains("Content-Length"));
    // The first chunk holds the gzip header, sent before any message.
    const QByteArray body = readUntil("\x1f\x8b").mid(received.indexOf("\r\n\r\n") + 4);
    const qsizetype lineEnd = body.indexOf("\r\n");
    bool ok = false;
    const int size = body.left(lineEnd).toInt(&ok, 16);
    ASSERT_TRUE(ok);
    EXPECT_GE(size, 10);
    EXPECT_TRUE(body.mid(lineEnd + 2).startsWith("\x1f\x8b\x08"));
}
