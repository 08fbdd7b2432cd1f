// Every dialog fits a small screen in every language, and every command of the menus can be
// reached from the keyboard alone (a shortcut, or Alt and a letter no other entry of the same
// menu takes).

#include "common/aboutdialog.h"
#include "common/accountsdialog.h"
#include "common/passworddialog.h"
#include "common/preferencesdialog.h"
#include "common/shortcutsdialog.h"
#include "files/exportdialog.h"
#include "files/exportrequest.h"
#include "files/gototimedialog.h"
#include "main/mainwindow.h"
#include "message/messagetimeparser.h"
#include "layoutcheck.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

#include <functional>
#include <memory>

namespace {

const QStringList languages{QString(), QStringLiteral("de"), QStringLiteral("fr"),
                            QStringLiteral("es"), QStringLiteral("ja")};

QString languageName(const QString &language)
{
    return language.isEmpty() ? QStringLiteral("English") : language;
}

/// The letter Alt takes to an entry ("&Open" → 'o'); none when its text has no mnemonic.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

/// The entries of \a menu (and its submenus) that the keyboard cannot reach, in \a where.
void unreachableIn(QMenu *menu, const QString &where, QStringList &problems)
{
    QMap<QChar, QString> taken;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        // A greyed-out line without a shortcut is a note ("No recent files"), not a command.
        if (!action->isEnabled() && action->shortcut().isEmpty() && !action->menu())
            continue;
        const QString name = where + QStringLiteral(" → ") + action->text();
        if (action->menu())
            unreachableIn(action->menu(), name, problems);
        const QChar letter = mnemonicOf(action->text());
        if (letter.isNull()) {
            if (action->shortcut().isEmpty() && !action->menu())
                problems << name + QStringLiteral(": neither a shortcut nor an Alt letter");
            else if (action->menu())
                problems << name + QStringLiteral(": a submenu without an Alt letter");
            continue;
        }
        if (taken.contains(letter) && action->shortcut().isEmpty())
            problems << name + QStringLiteral(": Alt+%1 also opens \"%2\"")
                                   .arg(letter.toUpper(), taken.value(letter));
        taken.insert(letter, action->text());
    }
}

} // namespace

TEST(Dialogs, EveryDialogFitsA1024By600ScreenInEveryLanguage)
{
    MainWindow window; // the shortcuts dialog lists the window's actions
    const QString destination = QDir::temp().filePath(QStringLiteral("day-export.jsonl.gz"));
    const std::vector<std::pair<const char *, std::function<QDialog *()>>> dialogs{
        {"About", [] { return new AboutDialog; }},
        {"Accounts", [] { return new AccountsDialog; }},
        {"Password",
         [] {
             return new PasswordDialog(QStringLiteral("desk"), QStringLiteral("analyst@example.com"),
                                       AccountStore::Service::Stream,
                                       QStringLiteral("The server refused the password (HTTP 401)."));
         }},
        {"Preferences", [] { return new PreferencesDialog; }},
        {"Keyboard Shortcuts", [&window] { return new ShortcutsDialog(&window); }},
        {"Export",
         [&destination] {
             return new ExportDialog(1234, 56, 7, ExportRequest::to(destination));
         }},
        {"Go to Time",
         [] { return new GoToTimeDialog(MessageTimeParser::utcFromMSecs(1709566200LL * 1000)); }},
    };
    for (const QString &language : languages) {
        LanguageForTest translated(language);
        if (!language.isEmpty()) {
            ASSERT_TRUE(translated.installed()) << "no catalogue for " << language.toStdString();
        }
        for (const auto &[name, make] : dialogs) {
            std::unique_ptr<QDialog> dialog(make());
            dialog->show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
            QCoreApplication::processEvents();
            const std::string where =
                std::string(name) + " in " + languageName(language).toStdString();
            EXPECT_LE(dialog->minimumSizeHint().width(), 1024) << where;
            EXPECT_LE(dialog->minimumSizeHint().height(), 600) << where;
            EXPECT_LE(dialog->width(), 1024) << where;
            EXPECT_LE(dialog->height(), 600) << where;
            const QStringList problems = LayoutCheck::whatDoesNotFit(*dialog);
            EXPECT_TRUE(problems.isEmpty())
                << where << ":\n  " << problems.join(QStringLiteral("\n  ")).toStdString();
        }
    }
}

TEST(Keyboard, EveryMenuCommandIsReachedWithAShortcutOrItsOwnAltLetterInEveryLanguage)
{
    for (const QString &language : languages) {
        LanguageForTest translated(language);
        if (!language.isEmpty()) {
            ASSERT_TRUE(translated.installed()) << "no catalogue for " << language.toStdString();
        }
        MainWindow window;
        QStringList problems;
        QMap<QChar, QString> menus;
        for (QAction *action : window.menuBar()->actions()) {
            if (!action->menu() || !action->isVisible())
                continue;
            const QChar letter = mnemonicOf(action->text());
            if (letter.isNull())
                problems << action->text() + QStringLiteral(": a menu without an Alt letter");
            else if (menus.contains(letter))
                problems << action->text() + QStringLiteral(": Alt+%1 also opens \"%2\"")
                                                 .arg(letter.toUpper(), menus.value(letter));
            else
                menus.insert(letter, action->text());
            unreachableIn(action->menu(), action->text(), problems);
        }
        EXPECT_FALSE(menus.isEmpty());
        EXPECT_TRUE(problems.isEmpty())
            << "in " << languageName(language).toStdString() << ":\n  "
            << problems.join(QStringLiteral("\n  ")).toStdString();
    }
}
