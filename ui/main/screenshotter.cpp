#include "screenshotter.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <cstdio>

Screenshotter::Screenshotter(QWidget *window, QString path, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_path(std::move(path))
{
}

void Screenshotter::start(int delayMs)
{
    QTimer::singleShot(delayMs, this, &Screenshotter::capture);
}

void Screenshotter::capture()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const QPixmap pixmap = m_window->grab();
    const bool saved = !pixmap.isNull() && pixmap.save(m_path, "PNG");
    if (!saved) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("Screenshotter", "Could not write %1")
                                    .arg(m_path)));
    }
    QApplication::exit(saved ? 0 : 1);
}
