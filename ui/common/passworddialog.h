#pragma once

#include "net/accountstore.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

/// Asks for the password of a saved account when none is known (no secret store, nothing
/// stored) or the server refused the one given. With a secret store, "Remember in the secret
/// store" saves it there on OK; without one the password is used for this run only.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a reason is shown above the field (for example the server's refusal); may be empty.
    PasswordDialog(const QString &accountName, const QString &user,
                   AccountStore::Service service, const QString &reason,
                   QWidget *parent = nullptr);

    QString password() const;
    /// The user asked to keep the password in the secret store.
    bool remember() const;
    QLineEdit *passwordField() const { return m_password; }

public slots:
    void accept() override;

private:
    QString m_accountName;
    AccountStore::Service m_service;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QPushButton *m_okButton;
};
