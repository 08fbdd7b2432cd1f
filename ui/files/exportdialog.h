#pragma once

#include "files/exportrequest.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

/// Asks what to export (search results, selected rows or bookmarks), in which format and, for
/// CSV, which columns, and where to write it: the choices of an ExportRequest, starting from
/// its defaults. Export stays disabled, with the request's problem said, until it can run.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a results, \a selected and \a bookmarks are how many lines each choice holds; the
    /// choices start from \a initial.
    ExportDialog(qint64 results, qint64 selected, qint64 bookmarks, const ExportRequest &initial,
                 QWidget *parent = nullptr);

    /// The request as chosen.
    ExportRequest request() const;
    /// Why Export is disabled; empty when it is not.
    QString problemText() const;

private:
    void updateState();
    void browse();

    ExportRequest m_initial;
    QButtonGroup *m_sources;
    QComboBox *m_format;
    QList<QPair<ExportRequest::Column, QCheckBox *>> m_columns;
    QWidget *m_columnBox;
    QLineEdit *m_path;
    QLabel *m_problem;
    QPushButton *m_ok;
};
