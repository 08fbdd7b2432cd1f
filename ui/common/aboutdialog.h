#pragma once

#include <QDialog>

/// Help → About: the version, the Qt version in use, whether KArchive is built in, and the
/// licences of Hydrant and of every library it is built from.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};
