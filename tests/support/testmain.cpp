// The main() of every test executable: GoogleTest plus a Qt application object, with settings,
// data and cache folders redirected to a temporary directory so tests never touch the user's.

#include <gtest/gtest.h>

#include <QTemporaryDir>

#ifdef HYDRANT_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include "core/versioninfo.h"

int main(int argc, char **argv)
{
    testing::InitGoogleTest(&argc, argv);

    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(variable, (home.path() + QLatin1Char('/') + QLatin1String(variable)).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    TestApplication app(argc, argv);
    VersionInfo::applyApplicationIdentity();
    return RUN_ALL_TESTS();
}
