#include "relaystartdialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

const QString choiceKey = QStringLiteral("live/relayStart/choice");
const QString minutesKey = QStringLiteral("live/relayStart/minutes");
const QString sinceKey = QStringLiteral("live/relayStart/since");

} // namespace

RelayStartDialog::RelayStartDialog(const QString &accountName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to %1").arg(accountName));
    auto *question = new QLabel(tr("Where should the feed start?"), this);

    m_live = new QRadioButton(tr("&Live only (from now)"), this);
    m_last = new QRadioButton(tr("The last &N minutes:"), this);
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(1, 60 * 24 * 365);
    m_minutes->setValue(60);
    m_minutes->setSuffix(tr(" min"));
    m_since = new QRadioButton(tr("&Since a time:"), this);
    m_sinceEdit = new QDateTimeEdit(this);
    m_sinceEdit->setCalendarPopup(true);
    m_sinceEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_sinceEdit->setDateTime(QDateTime::currentDateTime().addSecs(-3600));
    m_everything = new QRadioButton(tr("&Everything the stream keeps"), this);
    m_live->setObjectName(QStringLiteral("live"));
    m_last->setObjectName(QStringLiteral("lastMinutes"));
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_since->setObjectName(QStringLiteral("since"));
    m_sinceEdit->setObjectName(QStringLiteral("sinceTime"));
    m_everything->setObjectName(QStringLiteral("everything"));

    // Typing in a field chooses its line.
    connect(m_minutes, &QSpinBox::valueChanged, m_last, [this] { m_last->setChecked(true); });
    connect(m_sinceEdit, &QDateTimeEdit::dateTimeChanged, m_since,
            [this] { m_since->setChecked(true); });

    auto *grid = new QGridLayout;
    grid->addWidget(m_live, 0, 0, 1, 2);
    grid->addWidget(m_last, 1, 0);
    grid->addWidget(m_minutes, 1, 1);
    grid->addWidget(m_since, 2, 0);
    grid->addWidget(m_sinceEdit, 2, 1);
    grid->addWidget(m_everything, 3, 0, 1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RelayStartDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RelayStartDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addLayout(grid);
    layout->addWidget(buttons);

    // The last choice, as it was left.
    const QSettings settings;
    const QSignalBlocker blockMinutes(m_minutes);
    const QSignalBlocker blockSince(m_sinceEdit);
    setMinutes(settings.value(minutesKey, 60).toInt());
    const QDateTime since = settings.value(sinceKey).toDateTime();
    if (since.isValid())
        setSince(since);
    setChoice(Choice(qBound(0, settings.value(choiceKey, int(Choice::Live)).toInt(),
                            int(Choice::Everything))));
}

RelayStartDialog::Choice RelayStartDialog::choice() const
{
    if (m_last->isChecked())
        return Choice::LastMinutes;
    if (m_since->isChecked())
        return Choice::Since;
    if (m_everything->isChecked())
        return Choice::Everything;
    return Choice::Live;
}

void RelayStartDialog::setChoice(Choice choice)
{
    QRadioButton *button = choice == Choice::LastMinutes ? m_last
                           : choice == Choice::Since     ? m_since
                           : choice == Choice::Everything ? m_everything
                                                          : m_live;
    button->setChecked(true);
    button->setFocus();
}

int RelayStartDialog::minutes() const
{
    return m_minutes->value();
}

void RelayStartDialog::setMinutes(int minutes)
{
    m_minutes->setValue(minutes);
}

QDateTime RelayStartDialog::since() const
{
    return m_sinceEdit->dateTime().toUTC();
}

void RelayStartDialog::setSince(const QDateTime &time)
{
    m_sinceEdit->setDateTime(time.toLocalTime());
}

QString RelayStartDialog::startText() const
{
    switch (choice()) {
    case Choice::Live:
        return QStringLiteral("new");
    case Choice::LastMinutes:
        return QStringLiteral("%1m").arg(minutes());
    case Choice::Since:
        return since().toString(Qt::ISODate);
    case Choice::Everything:
        return QStringLiteral("all");
    }
    return QStringLiteral("new");
}

void RelayStartDialog::accept()
{
    QSettings settings;
    settings.setValue(choiceKey, int(choice()));
    settings.setValue(minutesKey, minutes());
    settings.setValue(sinceKey, since());
    QDialog::accept();
}
