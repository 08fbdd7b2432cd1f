#include "passworddialog.h"

#include "net/secretstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PasswordDialog::PasswordDialog(const QString &accountName, const QString &user,
                               AccountStore::Service service, const QString &reason,
                               QWidget *parent)
    : QDialog(parent)
    , m_accountName(accountName)
    , m_service(service)
{
    setWindowTitle(tr("Password for %1").arg(accountName.isEmpty() ? user : accountName));

    auto *intro = new QLabel(
        tr("Enter the password of %1 for the account “%2”.")
            .arg(user, accountName),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    auto *why = new QLabel(reason, this);
    why->setObjectName(QStringLiteral("reason"));
    why->setTextFormat(Qt::PlainText);
    why->setWordWrap(true);
    why->setVisible(!reason.isEmpty());

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);

    m_remember = new QCheckBox(tr("Remember in the secret store"), this);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setChecked(true);
    // Without a secret store there is nowhere to remember it: the password is for this run.
    const bool canRemember = SecretStore::isAvailable() && !accountName.isEmpty();
    m_remember->setVisible(canRemember);
    m_remember->setEnabled(canRemember);
    auto *memoryNote = new QLabel(SecretStore::explanation(), this);
    memoryNote->setWordWrap(true);
    memoryNote->setVisible(!SecretStore::isAvailable());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(service == AccountStore::Service::Stream ? tr("Connect") : tr("Continue"));
    m_okButton->setDefault(true);
    m_okButton->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_okButton->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(why);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(memoryNote);
    layout->addWidget(buttons);
    m_password->setFocus();
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void PasswordDialog::accept()
{
    if (m_password->text().isEmpty())
        return;
    if (remember()) {
        // The store answers later; it outlives this dialog until then.
        auto *store = new AccountStore(parentWidget());
        store->storePassword(m_service, m_accountName, m_password->text(),
                             [store](SecretStore::Result, const QString &) { store->deleteLater(); });
    }
    QDialog::accept();
}
