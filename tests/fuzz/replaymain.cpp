// The main() of the fuzz targets in builds without libFuzzer (gcc, or HYDRANT_FUZZ off): runs
// LLVMFuzzerTestOneInput once on every file named on the command line or found in a named
// folder, so the committed corpora replay as ordinary regression tests.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument.startsWith(QLatin1Char('-')))
            continue; // libFuzzer options, meaningless here
        const QFileInfo info(argument);
        if (info.isDir()) {
            QDirIterator it(argument, QDir::Files, QDirIterator::Subdirectories);
            QStringList found;
            while (it.hasNext())
                found.append(it.next());
            found.sort(); // a stable order makes a failure reproducible
            files += found;
        } else if (info.isFile()) {
            files.append(argument);
        } else {
            std::fprintf(stderr, "No such file or folder: %s\n", argv[i]);
            return 2;
        }
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "Usage: %s FILE_OR_FOLDER...\n", argv[0]);
        return 2;
    }
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "Cannot read %s\n", qPrintable(path));
            return 2;
        }
        const QByteArray data = file.readAll();
        // Printed first, so a crash names the input that caused it.
        std::fprintf(stderr, "Running %s (%lld bytes)\n", qPrintable(path),
                     static_cast<long long>(data.size()));
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()),
                               size_t(data.size()));
    }
    std::fprintf(stderr, "Replayed %lld inputs without a failure.\n",
                 static_cast<long long>(files.size()));
    return 0;
}
