#pragma once

#include "net/accountstore.h"
#include "net/connectiontester.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;
class QStackedWidget;

/// Settings → Accounts: add, edit and remove the stream and backup accounts, choose the one each
/// service uses, and "Test connection", which makes one real request through ConnectionTester
/// and says what happened in words. Profiles go to AccountStore; passwords to the OS secret
/// store (or, without one, to memory for this run, which the dialog explains).
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountsDialog(QWidget *parent = nullptr);

    /// True when an account was saved, removed or chosen while the dialog was open.
    bool accountsChanged() const { return m_changed; }
    AccountStore *store() { return &m_store; }

    /// Selects the account \a name of \a service (for tests and for opening at a given account).
    void selectAccount(AccountStore::Service service, const QString &name);

    /// The form differs from what was loaded into it (or, for a new account, from its defaults).
    bool hasUnsavedChanges() const;

public slots:
    void addStreamAccount();
    /// A new stream account of the kind "Team relay (NATS)" (only in a build with NATS).
    void addRelayAccount();
    void addBackupAccount();
    /// Asks to confirm the removal of the selected account (in the dialog, not in a message box).
    void removeSelected();
    /// Takes back the last removal; removals happen only when the dialog closes.
    void undoRemove();
    /// Closes the dialog unless the form has unsaved changes: then it says so once, and a
    /// second Escape (or Close) discards them.
    void reject() override;
    void done(int result) override;
    /// Validates the form and saves it (password to the secret store). False with a message shown.
    bool saveCurrent();
    void testConnection();

signals:
    /// The outcome of a Test connection, as shown.
    void connectionTested(const ConnectionTester::Result &result);

private:
    void buildStreamForm(QWidget *page);
    void buildBackupForm(QWidget *page);
    void reloadList(AccountStore::Service service = AccountStore::Service::Stream,
                    const QString &select = {});
    void showSelected();
    void loadPassword(AccountStore::Service service, const QString &name);
    void updateStreamPreview();
    /// Shows the rows of the chosen kind of stream account: a URL, or a team relay's servers.
    void updateStreamKind();
    StreamProfile streamFromForm() const;
    BackupProfile backupFromForm() const;
    void setMessage(const QString &text, bool good);
    void confirmRemove();
    void applyRemovals();
    QStringList formState() const;
    void markFormClean();
    bool isPendingRemoval(AccountStore::Service service, const QString &name) const;
    AccountStore::Service currentService() const;

    AccountStore m_store;
    ConnectionTester m_tester;
    bool m_changed = false;
    QString m_editingName; ///< the saved name of the account in the form ("" for a new one)

    QListWidget *m_list;
    QStackedWidget *m_pages;
    QPushButton *m_removeButton;
    QPushButton *m_saveButton;
    QPushButton *m_testButton;
    QLabel *m_message;
    QLabel *m_secretNote;
    QWidget *m_confirmBar;
    QLabel *m_confirmText;
    QPushButton *m_confirmButton;
    QWidget *m_undoBar;
    QLabel *m_undoText;
    QPushButton *m_undoButton;
    QList<QPair<AccountStore::Service, QString>> m_pendingRemovals;
    QStringList m_cleanForm;      ///< formState() when the form was loaded or saved
    bool m_warnedUnsaved = false; ///< the last Escape already said the changes would be lost

    // Stream form
    QLineEdit *m_streamName;
    QComboBox *m_streamService;
    QLineEdit *m_streamUrl;
    QLineEdit *m_accountName;
    QLineEdit *m_dataSource;
    QLineEdit *m_streamLabel;
    QSpinBox *m_client;
    QSpinBox *m_backfill;
    QSpinBox *m_partition;
    QLineEdit *m_streamUser;
    QLineEdit *m_streamPassword;
    QLabel *m_streamPreview;
    QCheckBox *m_streamUse;
    QFormLayout *m_streamForm = nullptr;
    QWidget *m_urlRow = nullptr;
    QWidget *m_parametersRow = nullptr;
    QLineEdit *m_relayServers;
    QLineEdit *m_relayStream;
    QLineEdit *m_relaySubject;

    // Backups form
    QLineEdit *m_backupName;
    QLineEdit *m_backupUrl;
    QLineEdit *m_fileTypes;
    QLineEdit *m_symbolMetrics;
    QLineEdit *m_backupUser;
    QLineEdit *m_backupPassword;
    QCheckBox *m_backupUse;
};
