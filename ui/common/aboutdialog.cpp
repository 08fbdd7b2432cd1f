#include "aboutdialog.h"

#include "core/versioninfo.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Hydrant"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/hydrant.svg")).pixmap(64, 64));

    auto *summary = new QLabel(this);
    summary->setTextFormat(Qt::RichText);
    summary->setText(
        tr("<h2>Hydrant %1</h2><p>Watch realtime social-data streams, download their daily "
           "backups and explore the archives.</p>")
            .arg(VersionInfo::applicationVersion()));
    summary->setWordWrap(true);

    auto *versions = new QLabel(VersionInfo::report(), this);
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *licences = new QTextBrowser(this);
    licences->setOpenExternalLinks(true);
    QString text = tr("<p>Hydrant is free software, released under the MIT licence.</p>"
                      "<p>It is built on these libraries:</p>");
    text += QStringLiteral("<ul>");
    text += tr("<li><b>Qt %1</b> — LGPL 3.0 (Qt Charts: GPL 3.0)</li>").arg(QString::fromLatin1(qVersion()));
    text += tr("<li><b>zlib</b> — zlib licence</li>");
    text += tr("<li><b>simdjson</b> — Apache 2.0 or MIT</li>");
    text += tr("<li><b>QtKeychain</b> — BSD 3-Clause</li>");
    if (VersionInfo::hasKArchive())
        text += tr("<li><b>KArchive</b> (KDE Frameworks 6) — LGPL 2.0 or later</li>");
    text += QStringLiteral("</ul>");
    licences->setHtml(text);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(summary);
    layout->addWidget(versions);
    layout->addWidget(licences, 1);
    layout->addWidget(buttons);
    resize(480, 460);
}
