#include "gototimedialog.h"

#include "core/displaytimezone.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QValidator>

namespace {

/// Acceptable when the text reads as a time; anything else may still become one while typed.
class TimeTextValidator : public QValidator
{
public:
    using QValidator::QValidator;

    State validate(QString &input, int &) const override
    {
        return GoToTimeDialog::parse(input).isValid() ? Acceptable : Intermediate;
    }
};

} // namespace

GoToTimeDialog::GoToTimeDialog(const QDateTime &shown, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Go to Time"));
    m_edit = new QLineEdit(this);
    m_edit->setValidator(new TimeTextValidator(m_edit));
    m_edit->setPlaceholderText(tr("YYYY-MM-DD HH:MM:SS"));
    m_edit->setText(DisplayTimeZone::dateTime(shown));
    m_edit->selectAll();
    // The zone the typed time is read in, named beside the field.
    auto *zone = new QLabel(DisplayTimeZone::abbreviation(shown), this);
    zone->setObjectName(QStringLiteral("timeZone"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(zone);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    connect(m_edit, &QLineEdit::textChanged, ok,
            [this, ok] { ok->setEnabled(m_edit->hasAcceptableInput()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    //: %1 is the time zone the field is read in: "UTC", "CET".
    form->addRow(new QLabel(tr("The first message at or after this time (%1):")
                                .arg(DisplayTimeZone::abbreviation(shown)),
                            this));
    form->addRow(tr("Time:"), row);
    form->addRow(new QLabel(tr("For example %1 or %2")
                                .arg(QStringLiteral("2016-12-05 14:30:00"),
                                     QStringLiteral("2016-12-05T14:30:00Z")),
                            this));
    form->addRow(buttons);
}

QDateTime GoToTimeDialog::time() const
{
    return parse(m_edit->text());
}

QDateTime GoToTimeDialog::parse(const QString &text)
{
    return DisplayTimeZone::parse(text);
}
