#include "exportnotice.h"

#include "common/desktopopener.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>

ExportNotice::ExportNotice(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_openFolder(new QPushButton(tr("Open Folder"), this))
    , m_openFile(new QPushButton(tr("Open File"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("exportNotice"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#exportNotice { background: #e6f1e4; border: 1px solid #b7d3b1;"
                                 " border-radius: 4px; } #exportNotice QLabel { color: #1d3b17; }"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long path wraps rather than widening the window.
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_openFolder->setToolTip(tr("Open the folder the export was written to"));
    m_openFile->setToolTip(tr("Open the exported file in the application the desktop chooses"));
    connect(m_openFolder, &QPushButton::clicked, this, [this] { open(true); });
    connect(m_openFile, &QPushButton::clicked, this, [this] { open(false); });
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 6, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_openFolder);
    layout->addWidget(m_openFile);
    layout->addWidget(m_dismiss);
    hide();
}

void ExportNotice::exportStarted(qint64 rows, const QString &destination)
{
    m_rows = rows;
    m_destination = destination;
    hide();
}

void ExportNotice::exportFinished(bool ok, const QString &error, bool cancelled)
{
    if (cancelled)
        return;
    m_openFolder->setVisible(ok);
    m_openFile->setVisible(ok);
    const QString name = QFileInfo(m_destination).fileName();
    if (ok) {
        //: After an export: "Exported 1,204 rows to day-export.jsonl.gz."
        m_text->setText(tr("Exported %Ln row(s) to %1.", nullptr, m_rows).arg(name));
        m_text->setToolTip(QDir::toNativeSeparators(m_destination));
    } else {
        m_text->setText(tr("The export to %1 failed: %2").arg(name, error));
        m_text->setToolTip({});
    }
    show();
}

QString ExportNotice::text() const
{
    return m_text->text();
}

void ExportNotice::open(bool folder)
{
    const bool opened = folder ? DesktopOpener::openFolderOf(m_destination)
                               : DesktopOpener::openUrl(QUrl::fromLocalFile(m_destination));
    if (opened)
        return;
    const QFileInfo info(m_destination);
    m_text->setText(folder ? tr("No application could open the folder %1.")
                                 .arg(QDir::toNativeSeparators(info.absolutePath()))
                           : tr("No application could open %1; it is in %2.")
                                 .arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())));
}
