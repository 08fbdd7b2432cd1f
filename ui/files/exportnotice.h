#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

/// The bar that ends an export in a file or dataset tab: it says what was written (how many
/// rows, which file) and offers to open the folder or the file (DesktopOpener), or says why the
/// export failed. It blocks nothing; the user dismisses it or it stays until the next export.
class ExportNotice : public QFrame
{
    Q_OBJECT

public:
    explicit ExportNotice(QWidget *parent = nullptr);

    /// Remembers what an export that starts now writes: \a rows lines into \a destination.
    void exportStarted(qint64 rows, const QString &destination);
    /// Shows how the export ended (nothing when the user cancelled it).
    void exportFinished(bool ok, const QString &error, bool cancelled);

    QString text() const;
    QPushButton *openFolderButton() const { return m_openFolder; }
    QPushButton *openFileButton() const { return m_openFile; }

private:
    void open(bool folder);

    qint64 m_rows = 0;
    QString m_destination;
    QLabel *m_text;
    QPushButton *m_openFolder;
    QPushButton *m_openFile;
    QPushButton *m_dismiss;
};
