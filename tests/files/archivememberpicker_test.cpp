// Choosing which file of an archive to open, by keyboard and mouse.
#include "files/archivememberpicker.h"

#include <gtest/gtest.h>

#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {

QList<ArchiveAccess::Member> members()
{
    return {{QStringLiteral("../outside.jsonl"), 10, false},
            {QStringLiteral("days/2024-03-11.jsonl"), 2048, true},
            {QStringLiteral("days/2024-03-12.jsonl"), 4096, true}};
}

} // namespace

TEST(ArchiveMemberPicker, ListsTheMembersAndOpensTheOneChosen)
{
    ArchiveMemberPicker picker;
    picker.setMembers(members());
    picker.show();
    picker.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&picker));
    QSignalSpy chosen(&picker, &ArchiveMemberPicker::memberChosen);
    QListWidget *list = picker.list();
    ASSERT_EQ(list->count(), 3);
    EXPECT_EQ(list->item(1)->text(), QStringLiteral("days/2024-03-11.jsonl  (2.00 KiB)"));
    // The first member that can be opened is the one Enter opens.
    EXPECT_EQ(list->currentRow(), 1);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.at(0).at(0).toString(), QStringLiteral("days/2024-03-12.jsonl"));

    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(1)).center());
    QTest::mouseClick(picker.findChild<QPushButton *>(), Qt::LeftButton);
    ASSERT_EQ(chosen.count(), 2);
    EXPECT_EQ(chosen.at(1).at(0).toString(), QStringLiteral("days/2024-03-11.jsonl"));
}

TEST(ArchiveMemberPicker, ANameLeadingOutsideTheArchiveCannotBeChosen)
{
    ArchiveMemberPicker picker;
    picker.setMembers(members());
    picker.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&picker));
    QSignalSpy chosen(&picker, &ArchiveMemberPicker::memberChosen);
    QListWidget *list = picker.list();
    EXPECT_FALSE(list->item(0)->flags().testFlag(Qt::ItemIsEnabled));
    EXPECT_FALSE(list->item(0)->toolTip().isEmpty());
    const QPoint outside = list->visualItemRect(list->item(0)).center();
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, outside);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, outside);
    QTest::mouseClick(picker.findChild<QPushButton *>(), Qt::LeftButton);
    // Open opens the member still selected, never the unsafe one.
    for (const QList<QVariant> &arguments : std::as_const(chosen))
        EXPECT_NE(arguments.at(0).toString(), QStringLiteral("../outside.jsonl"));

    // An archive of nothing but such names: Open opens nothing.
    picker.setMembers({members().front()});
    QTest::mouseClick(picker.findChild<QPushButton *>(), Qt::LeftButton);
    for (const QList<QVariant> &arguments : std::as_const(chosen))
        EXPECT_NE(arguments.at(0).toString(), QStringLiteral("../outside.jsonl"));
}
