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
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ExportDialog::ExportDialog(qint64 results, qint64 selected, qint64 bookmarks,
                           const ExportRequest &initial, QWidget *parent)
    : QDialog(parent)
    , m_initial(initial)
{
    setWindowTitle(tr("Export"));
    const QLocale locale;
    using Lines = ExportRequest::Lines;
    using Format = ExportRequest::Format;

    auto *sourceBox = new QGroupBox(tr("Lines to export"), this);
    auto *sourceLayout = new QVBoxLayout(sourceBox);
    m_sources = new QButtonGroup(this);
    const auto addSource = [&](Lines lines, const QString &text, qint64 count) {
        auto *button = new QRadioButton(text.arg(locale.toString(count)), sourceBox);
        button->setEnabled(count > 0);
        m_sources->addButton(button, int(lines));
        sourceLayout->addWidget(button);
    };
    addSource(Lines::SearchResults, tr("Search results (%1 lines)"), results);
    addSource(Lines::Selection, tr("Selected rows (%1 lines)"), selected);
    addSource(Lines::Bookmarks, tr("Bookmarks (%1 lines)"), bookmarks);
    if (const auto lines = ExportRequest::defaultLines(results, selected, bookmarks))
        m_sources->button(int(*lines))->setChecked(true);

    m_format = new QComboBox(this);
    m_format->addItem(tr("JSON lines, gzip-compressed (.jsonl.gz)"), int(Format::JsonLinesGzip));
    m_format->addItem(tr("JSON lines (.jsonl)"), int(Format::JsonLines));
    m_format->addItem(tr("CSV with chosen columns (.csv)"), int(Format::Csv));
    m_format->setCurrentIndex(m_format->findData(int(initial.format)));

    m_columnBox = new QGroupBox(tr("Columns"), this);
    auto *columnLayout = new QGridLayout(m_columnBox);
    const QList<ExportRequest::Column> offered = ExportRequest::offeredColumns();
    for (int i = 0; i < offered.size(); ++i) {
        auto *box = new QCheckBox(MessageColumns::title(offered[i]), m_columnBox);
        box->setChecked(initial.columns.contains(offered[i]));
        m_columns.append({offered[i], box});
        columnLayout->addWidget(box, i / 3, i % 3);
    }

    m_path = new QLineEdit(initial.destination, this);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("File:"), pathRow);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b03a2e;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sourceBox);
    layout->addLayout(form);
    layout->addWidget(m_columnBox);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // The file name's suffix follows the format.
        m_path->setText(ExportRequest::withSuffix(m_path->text(), request().format));
        updateState();
    });
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_sources, &QButtonGroup::idClicked, this, &ExportDialog::updateState);
    for (const auto &entry : std::as_const(m_columns))
        connect(entry.second, &QCheckBox::toggled, this, &ExportDialog::updateState);
    updateState();
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request = m_initial;
    if (m_sources->checkedId() >= 0)
        request.lines = ExportRequest::Lines(m_sources->checkedId());
    request.format = ExportRequest::Format(m_format->currentData().toInt());
    request.columns.clear();
    for (const auto &[column, box] : m_columns) {
        if (box->isChecked())
            request.columns.append(column);
    }
    request.destination = m_path->text().trimmed();
    return request;
}

QString ExportDialog::problemText() const
{
    return m_problem->text();
}

void ExportDialog::updateState()
{
    const ExportRequest chosen = request();
    m_columnBox->setVisible(chosen.format == ExportRequest::Format::Csv);
    m_problem->setText(chosen.problem());
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_ok->setEnabled(m_sources->checkedId() >= 0 && m_problem->text().isEmpty());
    adjustSize();
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export to"), request().destination,
        tr("JSON lines (*.jsonl.gz *.jsonl);;CSV (*.csv);;All files (*)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}
