#pragma once

#include "files/fileexporter.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;

/// Asks what to export (search results, selected rows or bookmarks), in which format and, for
/// CSV, which columns, and where to write it.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Source { SearchResults, Selection, Bookmarks };

    ExportDialog(qint64 results, qint64 selected, qint64 bookmarks, const QString &suggestedPath,
                 QWidget *parent = nullptr);

    Source source() const;
    FileExporter::Format format() const;
    QList<FileExporter::Column> columns() const;
    QString path() const;

private:
    void updateState();
    void browse();

    QButtonGroup *m_sources;
    QComboBox *m_format;
    QList<QPair<FileExporter::Column, QCheckBox *>> m_columns;
    QWidget *m_columnBox;
    QLineEdit *m_path;
    QPushButton *m_ok;
};
