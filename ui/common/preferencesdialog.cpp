#include "preferencesdialog.h"

#include "core/appsettings.h"
#include "core/displaytimezone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_ringSize(new QSpinBox(this))
    , m_stallTimeout(new QSpinBox(this))
    , m_maxLine(new QSpinBox(this))
    , m_recordingFolder(new QLineEdit(this))
    , m_concurrency(new QSpinBox(this))
    , m_downloadLimit(new QSpinBox(this))
    , m_downloadFolder(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_timeZone(new QComboBox(this))
    , m_reopenFiles(new QCheckBox(tr("Re&open the files of the last session at start"), this))
{
    setWindowTitle(tr("Preferences"));

    m_ringSize->setRange(1'000, 2'000'000);
    m_ringSize->setSingleStep(10'000);
    m_ringSize->setGroupSeparatorShown(true);
    m_ringSize->setSuffix(tr(" messages"));
    m_ringSize->setValue(AppSettings::feedRingSize());
    m_ringSize->setToolTip(tr("The live feed keeps this many recent messages; older ones leave."));

    m_stallTimeout->setRange(1, 600);
    m_stallTimeout->setSuffix(tr(" s"));
    m_stallTimeout->setValue(AppSettings::stallTimeoutSeconds());
    m_stallTimeout->setToolTip(tr("Reconnect when nothing, not even a heartbeat, arrives for this long."));

    constexpr int mebibyte = 1024 * 1024;
    m_maxLine->setRange(1, AppSettings::maximumMaxLineBytes / mebibyte);
    m_maxLine->setSuffix(tr(" MiB"));
    m_maxLine->setValue((AppSettings::maxLineBytes() + mebibyte - 1) / mebibyte);
    m_initialMaxLineMiB = m_maxLine->value();
    m_maxLine->setToolTip(tr("A stream line longer than this is dropped and counted in the status "
                             "bar; the connection log says so the first time."));

    m_recordingFolder->setText(AppSettings::recordingFolder());

    m_concurrency->setRange(1, 16);
    m_concurrency->setValue(AppSettings::downloadConcurrency());
    m_concurrency->setToolTip(tr("How many backup files download at the same time."));

    m_downloadLimit->setObjectName(QStringLiteral("downloadLimit"));
    m_downloadLimit->setRange(0, 10'000'000);
    m_downloadLimit->setSingleStep(100);
    m_downloadLimit->setGroupSeparatorShown(true);
    m_downloadLimit->setSuffix(tr(" KiB/s"));
    m_downloadLimit->setSpecialValueText(tr("No limit"));
    m_downloadLimit->setValue(AppSettings::downloadLimitKiBps());
    m_downloadLimit->setToolTip(tr("The most all backup downloads together may take of the "
                                   "network; 0 for no limit."));

    m_downloadFolder->setText(AppSettings::downloadFolder());

    m_language->addItem(tr("System language"), QString());
    for (const char *name : {"en", "de", "fr", "es", "ja"}) {
        const QLocale locale(QString::fromLatin1(name));
        m_language->addItem(locale.nativeLanguageName(), QString::fromLatin1(name));
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));

    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    //: Times shown in the computer's own time zone.
    m_timeZone->addItem(tr("Local time"), int(DisplayTimeZone::Zone::Local));
    m_timeZone->addItem(tr("UTC"), int(DisplayTimeZone::Zone::Utc));
    m_timeZone->setCurrentIndex(m_timeZone->findData(int(DisplayTimeZone::zone())));
    m_timeZone->setToolTip(tr("The zone of every time the window shows: the tables, the detail, "
                              "Go to Time and the statistics. Exports are always in UTC."));

    auto *live = new QGroupBox(tr("Live stream"), this);
    auto *liveForm = new QFormLayout(live);
    liveForm->addRow(tr("Keep in &memory:"), m_ringSize);
    liveForm->addRow(tr("&Stall timeout:"), m_stallTimeout);
    liveForm->addRow(tr("Lon&gest line:"), m_maxLine);
    liveForm->addRow(tr("&Recordings folder:"), folderChooser(m_recordingFolder));

    auto *backups = new QGroupBox(tr("Backups"), this);
    auto *backupsForm = new QFormLayout(backups);
    backupsForm->addRow(tr("Parallel &downloads:"), m_concurrency);
    backupsForm->addRow(tr("S&peed limit:"), m_downloadLimit);
    backupsForm->addRow(tr("Download &folder:"), folderChooser(m_downloadFolder));

    auto *general = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(tr("&Times shown in:"), m_timeZone);
    m_reopenFiles->setObjectName(QStringLiteral("reopenFiles"));
    m_reopenFiles->setToolTip(tr("The Files page's tabs open again where they were left, unless "
                                 "Hydrant is started with files to open."));
    m_reopenFiles->setChecked(AppSettings::reopenFilesAtStart());
    generalForm->addRow(m_reopenFiles);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(live);
    layout->addWidget(backups);
    layout->addWidget(general);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QWidget *PreferencesDialog::folderChooser(QLineEdit *edit)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    edit->setParent(row);
    layout->addWidget(edit, 1);
    auto *browse = new QPushButton(tr("Browse…"), row);
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, edit] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose a folder"), edit->text());
        if (!folder.isEmpty())
            edit->setText(folder);
    });
    return row;
}

void PreferencesDialog::accept()
{
    const QString oldLanguage = AppSettings::language();
    AppSettings::setFeedRingSize(m_ringSize->value());
    AppSettings::setStallTimeoutSeconds(m_stallTimeout->value());
    if (m_maxLine->value() != m_initialMaxLineMiB) // keeps a finer value set in the file
        AppSettings::setMaxLineBytes(m_maxLine->value() * 1024 * 1024);
    AppSettings::setRecordingFolder(m_recordingFolder->text().trimmed());
    AppSettings::setDownloadConcurrency(m_concurrency->value());
    AppSettings::setDownloadLimitKiBps(m_downloadLimit->value());
    AppSettings::setDownloadFolder(m_downloadFolder->text().trimmed());
    DisplayTimeZone::setZone(DisplayTimeZone::Zone(m_timeZone->currentData().toInt()));
    const QString language = m_language->currentData().toString();
    AppSettings::setLanguage(language);
    AppSettings::setReopenFilesAtStart(m_reopenFiles->isChecked());
    if (language != oldLanguage) {
        QMessageBox::information(this, tr("Language"),
                                 tr("The new language applies the next time Hydrant starts."));
    }
    QDialog::accept();
}
