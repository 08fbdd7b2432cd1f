// The Export dialog offers an ExportRequest's choices, starting from its defaults, and says what
// stops the export instead of only greying out the button.
#include "files/exportdialog.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

namespace {

QPushButton *exportButton(const ExportDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

bool problemShown(const ExportDialog &dialog, const QString &text)
{
    const auto labels = dialog.findChildren<QLabel *>();
    return std::any_of(labels.begin(), labels.end(), [&](const QLabel *label) {
        return label->isVisible() && label->text() == text;
    });
}

} // namespace

TEST(ExportDialog, StartsFromTheRequestsDefaultsAndSaysWhatStopsTheExport)
{
    const QString suggested = QStringLiteral("/data/day-export.jsonl.gz");
    ExportDialog dialog(0, 4, 2, ExportRequest::to(suggested));
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));

    // No search results: the selection is offered first.
    const auto sources = dialog.findChildren<QRadioButton *>();
    ASSERT_EQ(sources.size(), 3);
    EXPECT_FALSE(sources[0]->isEnabled());
    EXPECT_TRUE(sources[1]->isChecked());
    EXPECT_EQ(sources[1]->text(), QStringLiteral("Selected rows (4 lines)"));
    auto *path = dialog.findChild<QLineEdit *>();
    EXPECT_EQ(path->text(), suggested);
    EXPECT_TRUE(exportButton(dialog)->isEnabled());
    EXPECT_EQ(dialog.problemText(), QString());

    // CSV: the name follows, and the columns ticked are the command line's defaults.
    auto *format = dialog.findChild<QComboBox *>();
    format->setFocus();
    while (!format->currentText().contains(QStringLiteral("CSV")))
        QTest::keyClick(format, Qt::Key_Down);
    EXPECT_EQ(path->text(), QStringLiteral("/data/day-export.csv"));
    QList<QCheckBox *> ticked;
    for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
        EXPECT_TRUE(box->isVisible());
        if (box->isChecked())
            ticked << box;
    }
    EXPECT_EQ(ticked.size(), ExportRequest::defaultColumns().size());
    EXPECT_EQ(dialog.request().columns, ExportRequest::defaultColumns());

    // Without a column there is nothing to write, and the dialog says so.
    for (QCheckBox *box : std::as_const(ticked))
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    EXPECT_FALSE(exportButton(dialog)->isEnabled());
    EXPECT_TRUE(problemShown(dialog, QStringLiteral("A CSV export needs at least one column.")));
    QTest::mouseClick(ticked.front(), Qt::LeftButton, {}, QPoint(8, ticked.front()->height() / 2));
    EXPECT_TRUE(exportButton(dialog)->isEnabled());
    EXPECT_EQ(dialog.problemText(), QString());

    // Nor without a file.
    path->setFocus();
    QTest::keyClick(path, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(path, Qt::Key_Backspace);
    EXPECT_FALSE(exportButton(dialog)->isEnabled());
    EXPECT_TRUE(problemShown(dialog, QStringLiteral("Name the file to export to.")));
    QTest::keyClicks(path, QStringLiteral("/data/ids.csv"));
    EXPECT_TRUE(exportButton(dialog)->isEnabled());

    const ExportRequest request = dialog.request();
    EXPECT_EQ(request.lines, ExportRequest::Lines::Selection);
    EXPECT_EQ(request.format, ExportRequest::Format::Csv);
    EXPECT_EQ(request.columns,
              QList<ExportRequest::Column>({ExportRequest::defaultColumns().front()}));
    EXPECT_EQ(request.destination, QStringLiteral("/data/ids.csv"));
}
