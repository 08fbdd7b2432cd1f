#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

/// Settings → Preferences: the few knobs a user may want to turn, stored through AppSettings.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QWidget *folderChooser(QLineEdit *edit);

    QSpinBox *m_ringSize;
    QSpinBox *m_stallTimeout;
    QSpinBox *m_maxLine; ///< in MiB
    int m_initialMaxLineMiB = 0;
    QLineEdit *m_recordingFolder;
    QSpinBox *m_concurrency;
    QSpinBox *m_downloadLimit;
    QLineEdit *m_downloadFolder;
    QComboBox *m_language;
    QComboBox *m_timeZone;
    QCheckBox *m_reopenFiles;
};
