#pragma once

#include <QObject>
#include <QString>

class QWidget;

/// Renders a window to a PNG after a delay and quits the application: `hydrant --screenshot`.
/// Documentation screenshots are made this way so anyone can reproduce them.
class Screenshotter : public QObject
{
    Q_OBJECT

public:
    Screenshotter(QWidget *window, QString path, QObject *parent = nullptr);

    /// Takes the screenshot after \a delayMs and then exits with 0, or 1 when the PNG could not be written.
    void start(int delayMs);

private:
    void capture();

    QWidget *m_window;
    QString m_path;
};
