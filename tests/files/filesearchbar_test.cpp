// The search input of a file view, used as a person uses it: typing, Enter, clicks, Escape.
#include "files/filesearchbar.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

namespace {

/// The bar in a window of its own, shown and active, so that keys reach it.
class SearchBarTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        bar.resize(900, bar.sizeHint().height());
        bar.show();
        bar.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&bar));
        edit = bar.queryEdit();
        edit->setFocus();
    }

    /// The button the bar shows for the action named \a text.
    QToolButton *button(const QString &text) const
    {
        for (QToolButton *candidate : bar.findChildren<QToolButton *>()) {
            if (candidate->defaultAction() && candidate->defaultAction()->text() == text)
                return candidate;
        }
        ADD_FAILURE() << "no button " << text.toStdString();
        return nullptr;
    }

    void chooseMode(const QString &mode)
    {
        auto *combo = bar.findChild<QComboBox *>();
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        while (combo->currentText() != mode && combo->currentIndex() < combo->count() - 1)
            QTest::keyClick(combo, Qt::Key_Down);
        ASSERT_EQ(combo->currentText(), mode);
    }

    FileSearchBar bar;
    QLineEdit *edit = nullptr;
};

MessageQuery requested(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<MessageQuery>();
}

Message withText(const QString &text)
{
    Message message;
    message.kind = Message::Kind::StockTwits;
    message.text = text;
    return message;
}

} // namespace

TEST_F(SearchBarTest, TypingAQueryAndPressingEnterAsksForIt)
{
    QSignalSpy searches(&bar, &FileSearchBar::searchRequested);
    QTest::keyClicks(edit, QStringLiteral("$TSLA sentiment:bullish"));
    EXPECT_EQ(searches.count(), 0) << "nothing is searched while the user types";
    QTest::keyClick(edit, Qt::Key_Return);
    ASSERT_EQ(searches.count(), 1);
    const MessageQuery query = requested(searches, 0);
    EXPECT_TRUE(query.isValid());
    EXPECT_EQ(query.text(), QStringLiteral("$TSLA sentiment:bullish"));
    // Read in the query language: a bullish message about $TSLA, whatever its text.
    Message bullish = withText(QStringLiteral("to the moon"));
    bullish.symbols = {QStringLiteral("TSLA")};
    bullish.sentiment = Message::Sentiment::Bullish;
    EXPECT_TRUE(query.matches(bullish));
    EXPECT_FALSE(query.matches(withText(QStringLiteral("$TSLA sentiment:bullish"))));
}

TEST_F(SearchBarTest, TheModeAndMatchCaseSayHowTheTextIsRead)
{
    QSignalSpy searches(&bar, &FileSearchBar::searchRequested);
    chooseMode(QStringLiteral("Regex"));
    QTest::mouseClick(button(QStringLiteral("Aa")), Qt::LeftButton);
    QTest::keyClicks(edit, QStringLiteral("W[aeiou]rld"));
    QTest::mouseClick(button(QStringLiteral("Search")), Qt::LeftButton);
    ASSERT_EQ(searches.count(), 1);
    MessageQuery query = requested(searches, 0);
    EXPECT_TRUE(query.caseSensitive());
    EXPECT_TRUE(query.matches(withText(QStringLiteral("Hello World"))));
    EXPECT_FALSE(query.matches(withText(QStringLiteral("hello world")))) << "Match case";

    // The same text as Text is the text itself.
    chooseMode(QStringLiteral("Text"));
    QTest::mouseClick(button(QStringLiteral("Search")), Qt::LeftButton);
    ASSERT_EQ(searches.count(), 2);
    query = requested(searches, 1);
    EXPECT_FALSE(query.matches(withText(QStringLiteral("Hello World"))));
    EXPECT_TRUE(query.matches(withText(QStringLiteral("a W[aeiou]rld of brackets"))));
}

TEST_F(SearchBarTest, AnInvalidQueryShowsItsErrorWhereTheUserTyped)
{
    QSignalSpy searches(&bar, &FileSearchBar::searchRequested);
    QTest::keyClicks(edit, QStringLiteral("($NVDA OR"));
    edit->setCursorPosition(0);
    QTest::keyClick(edit, Qt::Key_Return);
    const QString error = QStringLiteral("OR at character 8 needs a term after it.");
    EXPECT_EQ(bar.summaryText(), error);
    const auto labels = bar.findChildren<QLabel *>();
    EXPECT_TRUE(std::any_of(labels.begin(), labels.end(), [&](const QLabel *label) {
        return label->isVisible() && label->text() == error;
    }));
    EXPECT_TRUE(edit->hasFocus());
    EXPECT_EQ(edit->cursorPosition(), 7) << "on the OR the error names";
    // The view still hears of it: the results of the previous query go.
    ASSERT_EQ(searches.count(), 1);
    EXPECT_FALSE(requested(searches, 0).isValid());

    // Finishing the query clears the error.
    QTest::keyClick(edit, Qt::Key_End);
    QTest::keyClicks(edit, QStringLiteral(" $AMD)"));
    QTest::keyClick(edit, Qt::Key_Return);
    ASSERT_EQ(searches.count(), 2);
    EXPECT_TRUE(requested(searches, 1).isValid());
    EXPECT_EQ(bar.summaryText(), QString());
}

TEST_F(SearchBarTest, EscapeAndStopCancelOnlyARunningSearch)
{
    QSignalSpy cancels(&bar, &FileSearchBar::cancelRequested);
    QTest::keyClicks(edit, QStringLiteral("$TSLA"));
    QTest::keyClick(edit, Qt::Key_Return);
    QToolButton *stop = button(QStringLiteral("Stop"));
    EXPECT_FALSE(stop->isEnabled());
    QTest::keyClick(edit, Qt::Key_Escape);
    EXPECT_EQ(cancels.count(), 0) << "no search runs";

    bar.setSearching(true);
    EXPECT_TRUE(stop->isEnabled());
    QTest::keyClick(edit, Qt::Key_Escape);
    EXPECT_EQ(cancels.count(), 1);
    QTest::mouseClick(stop, Qt::LeftButton);
    EXPECT_EQ(cancels.count(), 2);

    bar.setSearching(false);
    EXPECT_FALSE(stop->isEnabled());
    QTest::keyClick(edit, Qt::Key_Escape);
    EXPECT_EQ(cancels.count(), 2);
    EXPECT_EQ(edit->text(), QStringLiteral("$TSLA")) << "Escape leaves the query as it was";
}

TEST_F(SearchBarTest, ArrowsAndF3GoToTheNextAndPreviousMatch)
{
    QSignalSpy next(&bar, &FileSearchBar::nextRequested);
    QSignalSpy previous(&bar, &FileSearchBar::previousRequested);
    QTest::mouseClick(button(QStringLiteral("Next")), Qt::LeftButton);
    QTest::mouseClick(button(QStringLiteral("Previous")), Qt::LeftButton);
    EXPECT_EQ(next.count(), 1);
    EXPECT_EQ(previous.count(), 1);
    EXPECT_EQ(button(QStringLiteral("Next"))->text(), QStringLiteral("↓"));
    EXPECT_EQ(button(QStringLiteral("Previous"))->text(), QStringLiteral("↑"));
    QTest::keySequence(edit, QKeySequence::FindNext);
    QTest::keySequence(edit, QKeySequence::FindPrevious);
    EXPECT_EQ(next.count(), 2);
    EXPECT_EQ(previous.count(), 2);
}

TEST_F(SearchBarTest, AClickThroughSearchesInTheQueryLanguageWhateverTheMode)
{
    QSignalSpy searches(&bar, &FileSearchBar::searchRequested);
    chooseMode(QStringLiteral("Text"));
    bar.searchFor(QStringLiteral("symbol:TSLA"));
    EXPECT_EQ(edit->text(), QStringLiteral("symbol:TSLA"));
    EXPECT_EQ(bar.findChild<QComboBox *>()->currentText(), QStringLiteral("Query"));
    ASSERT_EQ(searches.count(), 1);
    Message aboutTesla = withText(QStringLiteral("deliveries"));
    aboutTesla.symbols = {QStringLiteral("TSLA")};
    EXPECT_TRUE(requested(searches, 0).matches(aboutTesla));
}

TEST_F(SearchBarTest, FindSelectsTheQueryToTypeANewOne)
{
    QTest::keyClicks(edit, QStringLiteral("$TSLA"));
    QTest::mouseClick(button(QStringLiteral("Search")), Qt::LeftButton);
    edit->deselect();
    QTest::keySequence(edit, QKeySequence::Find);
    EXPECT_TRUE(edit->hasFocus());
    EXPECT_EQ(edit->selectedText(), QStringLiteral("$TSLA"));
    QTest::keyClicks(edit, QStringLiteral("$AMD"));
    EXPECT_EQ(edit->text(), QStringLiteral("$AMD"));
}
