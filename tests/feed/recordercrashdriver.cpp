// Records a steady synthetic stream until it is killed; prints "flushed N" each time N messages
// are safely on disk. The recorder test kills it with SIGKILL and checks what survived.

#include "feed/recorder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QTimeZone>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s DIR LABEL\n", argv[0]);
        return 1;
    }
    Recorder recorder(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]));
    // Noon of a fixed day, and the time since the start: run across midnight, the recording
    // would go on in the next day's file, and the test expects the one file it killed.
    const QDateTime noon(QDate(2016, 12, 5), QTime(12, 0), QTimeZone::utc());
    QElapsedTimer sinceStart;
    sinceStart.start();
    recorder.setClock([noon, sinceStart] { return noon.addMSecs(sinceStart.elapsed()); });
    QObject::connect(&recorder, &Recorder::flushed, [](quint64 written) {
        std::printf("flushed %llu\n", static_cast<unsigned long long>(written));
        std::fflush(stdout);
    });
    int next = 0;
    QTimer feed;
    feed.setInterval(2);
    QObject::connect(&feed, &QTimer::timeout, [&] {
        MessageBatch batch;
        for (int i = 0; i < 40; ++i, ++next) {
            Message m;
            m.kind = Message::Kind::StockTwits;
            m.id = QString::number(next);
            m.raw =
                QStringLiteral(
                    R"({"id":%1,"body":"message number %1 with some padding text to look real"})")
                    .arg(next)
                    .toUtf8();
            batch.push_back(m);
        }
        // A reconnect with backfill re-sends recent activities: they must not be written again.
        if (next > 100)
            batch.push_back(batch.front()), batch.back().id = QString::number(next - 100),
                                            batch.back().raw = "duplicate";
        recorder.append(batch);
    });
    feed.start();
    return app.exec();
}
