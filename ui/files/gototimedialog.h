#pragma once

#include <QDateTime>
#include <QDialog>

class QLineEdit;

/// Asks for a time to jump to in a file. A plain text field rather than a QDateTimeEdit: its
/// sections shift while a whole time is typed or pasted. The text is read by the same parser as
/// the messages' own time stamps ("2016-12-05 14:30:00", ISO 8601 with a zone, Twitter's
/// created_at form; minutes or a date alone are enough); without a zone it is read in the zone
/// the window shows times in (DisplayTimeZone), named beside the field.
class GoToTimeDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a shown: the time the field starts with (selected, so typing replaces it).
    explicit GoToTimeDialog(const QDateTime &shown, QWidget *parent = nullptr);

    /// The time typed, in UTC; invalid unless the text is a time.
    QDateTime time() const;
    /// The same reading of a text, for the field's validator and for tests.
    static QDateTime parse(const QString &text);

private:
    QLineEdit *m_edit = nullptr;
};
