// The two executables as a user runs them: --version, --help, and --screenshot.

#include "core/versioninfo.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

using TestSupport::runProcess;

TEST(Executables, CliVersionNamesQtAndKArchive)
{
    const auto result = runProcess(TestSupport::cliPath(), {QStringLiteral("--version")});
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.standardOutput.contains("Hydrant " + VersionInfo::applicationVersion().toUtf8()));
    EXPECT_TRUE(result.standardOutput.contains("Qt " + QByteArray(qVersion())));
    EXPECT_TRUE(result.standardOutput.contains("KArchive: "));
}

TEST(Executables, GuiVersionPrintsWithoutOpeningAWindow)
{
    const auto result = runProcess(TestSupport::guiPath(), {QStringLiteral("--version")}, {},
                                   {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
    ASSERT_TRUE(result.finished);
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.standardOutput.contains("Qt " + QByteArray(qVersion())));
}

TEST(Executables, GuiVersionAndHelpWorkWithoutADisplay)
{
    // A server or a build machine: the xcb platform with no X display to connect to.
    const QStringList noDisplay{QStringLiteral("QT_QPA_PLATFORM=xcb"), QStringLiteral("DISPLAY="),
                                QStringLiteral("WAYLAND_DISPLAY=")};
    const auto version =
        runProcess(TestSupport::guiPath(), {QStringLiteral("--version")}, {}, noDisplay);
    ASSERT_TRUE(version.finished);
    EXPECT_EQ(version.exitCode, 0) << version.standardError.constData();
    EXPECT_TRUE(version.standardOutput.contains("Hydrant " + VersionInfo::applicationVersion().toUtf8()));
    EXPECT_TRUE(version.standardOutput.contains("simdjson ")) << version.standardOutput.constData();
    EXPECT_TRUE(version.standardOutput.contains("zlib "));

    const auto help = runProcess(TestSupport::guiPath(), {QStringLiteral("--help")}, {}, noDisplay);
    ASSERT_TRUE(help.finished);
    EXPECT_EQ(help.exitCode, 0) << help.standardError.constData();
    EXPECT_TRUE(help.standardOutput.contains("--demo"));
}

namespace {

/// The command lines of `hydrant-cli --help` ("  stream     Connect to …"), in order.
QList<QByteArray> commandLines(const QByteArray &help)
{
    QList<QByteArray> lines;
    bool inCommands = false;
    for (const QByteArray &line : help.split('\n')) {
        if (line == "Commands:")
            inCommands = true;
        else if (inCommands && line.startsWith("  "))
            lines.append(line);
        else if (inCommands)
            break;
    }
    return lines;
}

} // namespace

TEST(Executables, EverySubcommandHasItsOwnHelp)
{
    const auto help = runProcess(TestSupport::cliPath(), {QStringLiteral("--help")});
    const QList<QByteArray> commands = commandLines(help.standardOutput);
    ASSERT_GE(commands.size(), 7) << help.standardOutput.constData();
    for (const QByteArray &line : commands) {
        const QByteArray command = line.simplified().split(' ').first();
        const auto result = runProcess(TestSupport::cliPath(),
                                       {QString::fromLatin1(command), QStringLiteral("--help")});
        ASSERT_TRUE(result.finished) << command.constData();
        EXPECT_EQ(result.exitCode, 0) << command.constData();
        // The usage line names the command as it is typed, not the program's path.
        const QByteArray usage = result.standardOutput.left(result.standardOutput.indexOf('\n'));
        EXPECT_TRUE(usage.startsWith("Usage: hydrant-cli " + command + " [options]"))
            << usage.constData();
    }
}

TEST(Executables, TheReadmeListsTheCommandsAsTheHelpDoes)
{
    const auto help = runProcess(TestSupport::cliPath(), {QStringLiteral("--help")});
    QFile readme(QStringLiteral(HYDRANT_SOURCE_DIR "/README.md"));
    ASSERT_TRUE(readme.open(QIODevice::ReadOnly));
    const QByteArray text = readme.readAll();
    const QList<QByteArray> commands = commandLines(help.standardOutput);
    ASSERT_FALSE(commands.isEmpty());
    QByteArray block;
    for (const QByteArray &line : commands)
        block += line + '\n';
    EXPECT_TRUE(text.contains(block)) << "README.md should list:\n" << block.constData();
}

TEST(Executables, UnknownCommandIsAUsageError)
{
    const auto result = runProcess(TestSupport::cliPath(), {QStringLiteral("frobnicate")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.standardError.contains("frobnicate"));
}

TEST(Executables, ScreenshotWritesThePageAsPng)
{
    QTemporaryDir dir;
    for (const char *page : {"live", "backups", "files"}) {
        const QString path = dir.filePath(QStringLiteral("%1.png").arg(QLatin1String(page)));
        const auto result = runProcess(
            TestSupport::guiPath(),
            {QStringLiteral("--screenshot"), path, QStringLiteral("--page"), QString::fromLatin1(page),
             QStringLiteral("--after"), QStringLiteral("0.2")},
            {}, {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
        ASSERT_TRUE(result.finished) << page;
        EXPECT_EQ(result.exitCode, 0) << page << result.standardError.constData();
        const QImage image(path);
        EXPECT_FALSE(image.isNull()) << page;
        EXPECT_GT(image.width(), 400) << page;
    }
}
