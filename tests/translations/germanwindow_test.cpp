// The application follows the system language. Each test starts a process with
// LANG=de_DE.UTF-8 (and no LC_ALL, LC_MESSAGES or LANGUAGE to override it) — this test executable
// itself for the window, hydrant-cli for the command line — and expects German.

#include "core/translations.h"
#include "main/mainwindow.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMenuBar>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QProcessEnvironment germanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

bool inGermanChild()
{
    return qEnvironmentVariable("HYDRANT_GERMAN_CHILD") == QLatin1String("1");
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text().remove(QLatin1Char('&'));
    return titles;
}

} // namespace

TEST(GermanSystemLanguage, TheWindowSpeaksGerman)
{
    if (!inGermanChild()) {
        // Run this very test again in a process that starts with a German system language.
        QProcess child;
        QProcessEnvironment environment = germanEnvironment();
        environment.insert(QStringLiteral("HYDRANT_GERMAN_CHILD"), QStringLiteral("1"));
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--gtest_filter=GermanSystemLanguage.TheWindowSpeaksGerman")});
        ASSERT_TRUE(child.waitForFinished(60'000));
        const QByteArray output = child.readAll();
        EXPECT_EQ(child.exitCode(), 0) << output.constData();
        EXPECT_TRUE(output.contains("[  PASSED  ] 1 test")) << output.constData();
        return;
    }

    ASSERT_EQ(QLocale::system().language(), QLocale::German);
    Translations::install(*qApp); // what main() does

    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(
        menuTitles(window),
        QStringList({QStringLiteral("Datei"), QStringLiteral("Stream"), QStringLiteral("Backups"),
                     QStringLiteral("Einstellungen"), QStringLiteral("Hilfe")}));
    // Numbers follow the system locale as well.
    EXPECT_EQ(QLocale().toString(1234567), QStringLiteral("1.234.567"));
}

TEST(GermanSystemLanguage, TheCommandLineToolSpeaksGerman)
{
    if (inGermanChild())
        return;
    QProcess cli;
    cli.setProcessEnvironment(germanEnvironment());
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(QStringLiteral(HYDRANT_CLI_PATH), {QStringLiteral("--help")});
    ASSERT_TRUE(cli.waitForFinished(30'000));
    const QString help = QString::fromUtf8(cli.readAll());
    EXPECT_TRUE(help.startsWith(QStringLiteral("Aufruf: hydrant-cli BEFEHL"))) << qPrintable(help);
}

TEST(GermanSystemLanguage, ACsvExportReadsTheSameInEveryLanguage)
{
    // A German user's export is read by the same script as anyone's: keys as the header, the
    // provider's own "Bullish", ISO times; only the window speaks German.
    if (inGermanChild())
        return;
    QTemporaryDir dir;
    const QString input = QDir(dir.path()).filePath(QStringLiteral("in.jsonl"));
    QFile file(input);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"id":1,"body":"Let&#39;s go $TSLA","created_at":"2024-03-11T14:30:05Z","user":{"username":"zoe"},"symbols":[{"symbol":"TSLA"}],"entities":{"sentiment":{"basic":"Bullish"}}})"
               "\n");
    file.close();
    QProcess cli;
    cli.setProcessEnvironment(germanEnvironment());
    cli.start(QStringLiteral(HYDRANT_CLI_PATH),
              {QStringLiteral("export"), input, QStringLiteral("--format"), QStringLiteral("csv"),
               QStringLiteral("--columns"), QStringLiteral("id,time,sentiment,text")});
    ASSERT_TRUE(cli.waitForFinished(30'000));
    EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().constData();
    EXPECT_EQ(cli.readAllStandardOutput(),
              QByteArray("id,time,sentiment,text\r\n"
                         "1,2024-03-11T14:30:05.000Z,Bullish,Let's go $TSLA\r\n"));
}

// A system language Hydrant has no catalogue for (the C locale of a minimal system or a
// container, or a language not translated yet) reads English, with English plurals: "3 files",
// never "3 file(s)".
TEST(SystemLanguageWithoutACatalogue, PluralsReadAsEnglish)
{
    if (qEnvironmentVariable("HYDRANT_PLAIN_CHILD") != QLatin1String("1")) {
        for (const char *lang : {"C.UTF-8", "it_IT.UTF-8"}) {
            QProcess child;
            QProcessEnvironment environment = germanEnvironment();
            environment.insert(QStringLiteral("LANG"), QString::fromLatin1(lang));
            environment.insert(QStringLiteral("HYDRANT_PLAIN_CHILD"), QStringLiteral("1"));
            child.setProcessEnvironment(environment);
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--gtest_filter=SystemLanguageWithoutACatalogue.*")});
            ASSERT_TRUE(child.waitForFinished(60'000));
            const QByteArray output = child.readAll();
            EXPECT_EQ(child.exitCode(), 0) << lang << "\n" << output.constData();
            EXPECT_TRUE(output.contains("[  PASSED  ] 1 test")) << lang << "\n" << output.constData();
        }
        return;
    }
    Translations::install(*qApp); // what main() does
    EXPECT_EQ(QCoreApplication::translate("DatasetView", "%n file(s)", nullptr, 3),
              QStringLiteral("3 files"));
    EXPECT_EQ(QCoreApplication::translate("DatasetView", "%n file(s)", nullptr, 1),
              QStringLiteral("1 file"));
}
