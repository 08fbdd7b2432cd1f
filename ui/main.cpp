// Entry point of the `hydrant` desktop application: parses the command line and wires the
// main window; everything else lives in hydrant-ui and hydrant-core.

#include "core/translations.h"
#include "core/versioninfo.h"
#include "main/mainwindow.h"
#include "main/screenshotter.h"
#include "main/startupreport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMetaEnum>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

struct Options
{
    bool demo = false;
    QString screenshotPath;
    MainWindow::Page page = MainWindow::Live;
    bool pageGiven = false;
    int screenshotDelayMs = 1500;
    QStringList files;
};

int parseOptions(QCoreApplication &app, Options &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Hydrant: watch realtime social-data streams, download their daily backups and "
                "explore the archives."));
    parser.addHelpOption();
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QApplication::translate("main", "Show version information."));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main",
                                "Run against the built-in simulator with demo credentials."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window to a PNG file and exit."),
        QApplication::translate("main", "path"));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QApplication::translate("main", "Page to show: live, backups or files."),
        QApplication::translate("main", "page"));
    const QCommandLineOption after(
        QStringLiteral("after"),
        QApplication::translate("main", "Seconds to wait before the screenshot (default 1.5)."),
        QApplication::translate("main", "seconds"));
    parser.addOptions({version, demo, screenshot, page, after});
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QApplication::translate("main", "Archives to open in the Files page; several files or a "
                                        "folder open as one dataset."),
        QStringLiteral("[files...]"));
    parser.process(app);

    if (parser.isSet(version)) {
        std::printf("%s\n", qPrintable(VersionInfo::report()));
        return 0;
    }
    options.demo = parser.isSet(demo);
    options.screenshotPath = parser.value(screenshot);
    options.files = parser.positionalArguments();
    if (parser.isSet(page)) {
        const QString name = parser.value(page).toLower();
        const QStringList names{QStringLiteral("live"), QStringLiteral("backups"),
                                QStringLiteral("files")};
        if (!names.contains(name)) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate(
                                        "main", "Unknown page '%1': use live, backups or files.")
                                        .arg(name)));
            return 2;
        }
        options.page = static_cast<MainWindow::Page>(names.indexOf(name));
        options.pageGiven = true;
    }
    if (parser.isSet(after)) {
        bool ok = false;
        const double seconds = parser.value(after).toDouble(&ok);
        if (!ok || seconds < 0) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QApplication::translate("main", "--after needs a number of seconds.")));
            return 2;
        }
        options.screenshotDelayMs = int(seconds * 1000);
    }
    return -1;
}

/// True when the command line only asks for information (--help, --version): that must work
/// without a display, so no QApplication (which needs one) is created for it.
bool asksForInformationOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--")
            break;
        if (argument == "-h" || argument == "--help" || argument == "-?" || argument == "--help-all"
            || argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksForInformationOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        VersionInfo::applyApplicationIdentity();
        Translations::install(app);
        Options options;
        return std::max(0, parseOptions(app, options));
    }
    StartupReport::startIfAsked();
    QApplication app(argc, argv);
    StartupReport::mark("application");
    VersionInfo::applyApplicationIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hydrant.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.hydrantapp.Hydrant"));
    Translations::install(app);

    Options options;
    if (const int exitCode = parseOptions(app, options); exitCode >= 0)
        return exitCode;

    StartupReport::mark("translations");
    MainWindow window;
    StartupReport::mark("window built");
    StartupReport::watch(&window);
    if (options.demo) {
        // The same demo as the "Try the demo" buttons start.
        QString error;
        if (!window.startDemo(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    if (options.pageGiven)
        window.showPage(options.page);
    // Several files, or a folder, open as one dataset; without any, the last session's tabs
    // (not for a screenshot, which shows what the command line asks for).
    if (!options.files.isEmpty())
        window.openPaths(options.files);
    else if (options.screenshotPath.isEmpty())
        window.reopenLastSession();
    window.show();
    StartupReport::mark("shown");

    if (!options.screenshotPath.isEmpty()) {
        // A fixed size, so documentation screenshots look the same on every machine.
        window.resize(1280, 800);
        auto *shooter = new Screenshotter(&window, options.screenshotPath, &app);
        shooter->start(options.screenshotDelayMs);
    }
    return app.exec();
}
