// The detail pane shared by the Live and Files pages: the rendered message and the JSON tree
// with its paths and values.

#include "common/jsontreemodel.h"
#include "common/messagedetailview.h"
#include "message/messagenormalizer.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QSignalSpy>
#include <QTreeView>

namespace {

const QByteArray sample =
    R"({"id":7,"body":"Long $AAPL, see https://example.com/x?a=1 and ask @jane","created_at":"2016-12-05T14:32:10Z","user":{"username":"joe","name":"Joe <Trader>"},"symbols":[{"symbol":"AAPL"}],"entities":{"sentiment":{"basic":"Bullish"}},"likes":{"total":2},"weird key":[1,{"a b":null}]})";

QString allLabelText(const QWidget &widget)
{
    QString text;
    for (const QLabel *label : widget.findChildren<QLabel *>())
        text += label->text() + QLatin1Char('\n');
    return text;
}

} // namespace

TEST(JsonTreeModel, BuildsTreeWithPathsAndValues)
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.setJson(sample));
    EXPECT_TRUE(model.errorString().isEmpty());

    const QModelIndex user = model.indexForPath(QStringLiteral("$.user"));
    ASSERT_TRUE(user.isValid());
    EXPECT_EQ(model.rowCount(user), 2);
    EXPECT_EQ(user.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(),
              QStringLiteral("{2}"));
    const QModelIndex name = model.indexForPath(QStringLiteral("$.user.name"));
    ASSERT_TRUE(name.isValid());
    EXPECT_EQ(model.valueText(name), QStringLiteral("Joe <Trader>"));
    EXPECT_EQ(model.path(name), QStringLiteral("$.user.name"));

    const QModelIndex symbol = model.indexForPath(QStringLiteral("$.symbols[0].symbol"));
    ASSERT_TRUE(symbol.isValid());
    EXPECT_EQ(model.valueText(symbol), QStringLiteral("AAPL"));

    const QModelIndex odd = model.indexForPath(QStringLiteral("$[\"weird key\"][1][\"a b\"]"));
    ASSERT_TRUE(odd.isValid());
    EXPECT_EQ(model.valueText(odd), QStringLiteral("null"));
    EXPECT_EQ(odd.siblingAtColumn(JsonTreeModel::TypeColumn).data().toString(),
              QStringLiteral("null"));

    const QModelIndex id = model.indexForPath(QStringLiteral("$.id"));
    EXPECT_EQ(model.valueText(id), QStringLiteral("7"));
    EXPECT_EQ(model.valueText(model.indexForPath(QStringLiteral("$.likes"))),
              QStringLiteral(R"({"total":2})"));
}

TEST(JsonTreeModel, BadJsonShowsAnErrorNotACrash)
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_FALSE(model.setJson("{\"a\":"));
    EXPECT_FALSE(model.errorString().isEmpty());
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.setJson(QByteArray(100000, '[') + QByteArray(100000, ']')));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(model.setJson("[1,2,3]"));
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.path(model.index(2, 0)), QStringLiteral("$[2]"));
}

TEST(MessageDetailView, HighlightsCashtagsMentionsAndLinks)
{
    const QString html = MessageDetailView::highlightedHtml(QStringLiteral(
        "<b>$TSLA</b> vs $BRK.B, mail a@b.c, @jane: https://x.org/p?q=1&r=2. 5$ no"));
    EXPECT_TRUE(html.contains(QStringLiteral("href=\"symbol:TSLA\""))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("href=\"symbol:BRK.B\""))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("href=\"user:jane\""))) << html.toStdString();
    EXPECT_FALSE(html.contains(QStringLiteral("user:b"))) << "an e-mail address is not a mention";
    EXPECT_TRUE(html.contains(QStringLiteral("href=\"https://x.org/p?q=1&amp;r=2\"")))
        << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;b&gt;"))) << "the text's own markup is escaped";
    EXPECT_FALSE(html.contains(QStringLiteral("<b>")));
}

TEST(MessageDetailView, RendersMessageAndJsonTree)
{
    MessageNormalizer normalizer;
    MessageDetailView view;
    view.resize(500, 600);
    view.show();
    EXPECT_FALSE(view.hasMessage());
    view.setMessage(normalizer.normalize(sample));
    EXPECT_TRUE(view.hasMessage());
    const QString text = allLabelText(view);
    EXPECT_TRUE(text.contains(QStringLiteral("@joe")));
    EXPECT_TRUE(text.contains(QStringLiteral("Joe &lt;Trader&gt;"))) << "names are escaped";
    EXPECT_TRUE(text.contains(QStringLiteral("Bullish")));
    EXPECT_TRUE(text.contains(QStringLiteral("symbol:AAPL")));
    EXPECT_TRUE(text.contains(QStringLiteral("♥ 2")));
    EXPECT_GT(view.jsonModel()->rowCount(), 5);

    // Copy value / copy path act on the current tree row.
    const QModelIndex name = view.jsonModel()->indexForPath(QStringLiteral("$.user.name"));
    view.jsonView()->setCurrentIndex(name);
    view.copyValue();
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("Joe <Trader>"));
    view.copyPath();
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("$.user.name"));
    view.copyJson();
    EXPECT_EQ(QApplication::clipboard()->text().toUtf8(), sample);

    view.setJsonTreeVisible(false);
    EXPECT_FALSE(view.jsonView()->isVisible());
    view.setJsonTreeVisible(true);
    EXPECT_TRUE(view.jsonView()->isVisible());
}

TEST(MessageDetailView, MalformedLineShowsRawText)
{
    MessageNormalizer normalizer;
    MessageDetailView view;
    view.setMessage(normalizer.normalize("not json <at all>"));
    const QString text = allLabelText(view);
    EXPECT_TRUE(text.contains(QStringLiteral("not json &lt;at all&gt;")));
    EXPECT_FALSE(view.jsonModel()->errorString().isEmpty());
}

TEST(MessageDetailView, CashtagLinkEmitsSymbol)
{
    MessageNormalizer normalizer;
    MessageDetailView view;
    QSignalSpy symbols(&view, &MessageDetailView::symbolActivated);
    view.setMessage(normalizer.normalize(sample));
    for (QLabel *label : view.findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("symbol:AAPL"))) {
            emit label->linkActivated(QStringLiteral("symbol:AAPL"));
            break;
        }
    }
    ASSERT_EQ(symbols.count(), 1);
    EXPECT_EQ(symbols.at(0).at(0).toString(), QStringLiteral("AAPL"));
}
