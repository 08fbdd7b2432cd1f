#pragma once

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;
class QRadioButton;
class QSpinBox;

/// Asked when a team relay account connects: how far back in the relay's stream to start —
/// live only (from now), the last N minutes, since a time, or everything the stream keeps.
/// The answer is the text JetStreamReader::Start::parse() reads ("new", "60m", an ISO 8601
/// time, "all"). The last choice is remembered and offered again. Enter accepts; Escape cancels
/// (and nothing connects).
class RelayStartDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Live, LastMinutes, Since, Everything };
    Q_ENUM(Choice)

    explicit RelayStartDialog(const QString &accountName, QWidget *parent = nullptr);

    Choice choice() const;
    void setChoice(Choice choice);
    int minutes() const;
    void setMinutes(int minutes);
    QDateTime since() const; ///< UTC
    void setSince(const QDateTime &time);

    /// Where reading starts, as JetStreamReader::Start::parse() reads it.
    QString startText() const;

    void accept() override; ///< remembers the choice, then accepts

private:
    QRadioButton *m_live;
    QRadioButton *m_last;
    QRadioButton *m_since;
    QRadioButton *m_everything;
    QSpinBox *m_minutes;
    QDateTimeEdit *m_sinceEdit;
};
