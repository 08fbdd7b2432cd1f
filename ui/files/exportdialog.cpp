#include "exportdialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ExportDialog::ExportDialog(qint64 results, qint64 selected, qint64 bookmarks,
                           const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export"));
    const QLocale locale;

    auto *sourceBox = new QGroupBox(tr("Lines to export"), this);
    auto *sourceLayout = new QVBoxLayout(sourceBox);
    m_sources = new QButtonGroup(this);
    const auto addSource = [&](Source source, const QString &text, qint64 count) {
        auto *button = new QRadioButton(text.arg(locale.toString(count)), sourceBox);
        button->setEnabled(count > 0);
        m_sources->addButton(button, int(source));
        sourceLayout->addWidget(button);
    };
    addSource(Source::SearchResults, tr("Search results (%1 lines)"), results);
    addSource(Source::Selection, tr("Selected rows (%1 lines)"), selected);
    addSource(Source::Bookmarks, tr("Bookmarks (%1 lines)"), bookmarks);
    for (QAbstractButton *button : m_sources->buttons()) {
        if (button->isEnabled()) {
            button->setChecked(true);
            break;
        }
    }

    m_format = new QComboBox(this);
    m_format->addItem(tr("JSON lines, gzip-compressed (.jsonl.gz)"),
                      int(FileExporter::Format::JsonLinesGzip));
    m_format->addItem(tr("JSON lines (.jsonl)"), int(FileExporter::Format::JsonLines));
    m_format->addItem(tr("CSV with chosen columns (.csv)"), int(FileExporter::Format::Csv));

    m_columnBox = new QGroupBox(tr("Columns"), this);
    auto *columnLayout = new QGridLayout(m_columnBox);
    const QList<FileExporter::Column> all = FileExporter::allColumns();
    for (int i = 0; i < all.size(); ++i) {
        auto *box = new QCheckBox(FileExporter::columnName(all[i]), m_columnBox);
        box->setChecked(all[i] != FileExporter::Column::Json &&
                        all[i] != FileExporter::Column::Source);
        m_columns.append({all[i], box});
        columnLayout->addWidget(box, i / 3, i % 3);
    }

    m_path = new QLineEdit(suggestedPath, this);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("File:"), pathRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sourceBox);
    layout->addLayout(form);
    layout->addWidget(m_columnBox);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // Keep the file name's extension in step with the format.
        QString path = m_path->text();
        for (const char *suffix : {".jsonl.gz", ".jsonl", ".csv"}) {
            if (path.endsWith(QLatin1String(suffix))) {
                path.chop(int(qstrlen(suffix)));
                break;
            }
        }
        const auto chosen = format();
        path += chosen == FileExporter::Format::Csv         ? QStringLiteral(".csv")
                : chosen == FileExporter::Format::JsonLines ? QStringLiteral(".jsonl")
                                                            : QStringLiteral(".jsonl.gz");
        m_path->setText(path);
        updateState();
    });
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_sources, &QButtonGroup::idClicked, this, &ExportDialog::updateState);
    for (const auto &entry : std::as_const(m_columns))
        connect(entry.second, &QCheckBox::toggled, this, &ExportDialog::updateState);
    updateState();
}

ExportDialog::Source ExportDialog::source() const
{
    return Source(m_sources->checkedId());
}

FileExporter::Format ExportDialog::format() const
{
    return FileExporter::Format(m_format->currentData().toInt());
}

QList<FileExporter::Column> ExportDialog::columns() const
{
    QList<FileExporter::Column> result;
    for (const auto &[column, box] : m_columns) {
        if (box->isChecked())
            result.append(column);
    }
    return result;
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::updateState()
{
    m_columnBox->setVisible(format() == FileExporter::Format::Csv);
    const bool columnsOk = format() != FileExporter::Format::Csv || !columns().isEmpty();
    m_ok->setEnabled(m_sources->checkedId() >= 0 && !path().isEmpty() && columnsOk);
    adjustSize();
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export to"), path(),
        tr("JSON lines (*.jsonl.gz *.jsonl);;CSV (*.csv);;All files (*)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}
