#include "messagedetailview.h"
#include "matchhighlight.h"

#include "core/displaytimezone.h"
#include "desktopopener.h"
#include "jsontreemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QString kindName(Message::Kind kind)
{
    switch (kind) {
    case Message::Kind::StockTwits:
        return MessageDetailView::tr("StockTwits message");
    case Message::Kind::ActivityStreams:
        return MessageDetailView::tr("Activity Streams activity");
    case Message::Kind::Twitter:
        return MessageDetailView::tr("Tweet");
    case Message::Kind::StockTwitsActivity:
        return MessageDetailView::tr("StockTwits activity");
    case Message::Kind::Generic:
        return MessageDetailView::tr("JSON object");
    case Message::Kind::SystemInfo:
        return MessageDetailView::tr("Server information");
    case Message::Kind::SystemError:
        return MessageDetailView::tr("Server error");
    case Message::Kind::Malformed:
        return MessageDetailView::tr("Malformed line");
    }
    return {};
}

QLabel *makeLabel(QWidget *parent, bool wrap = false)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(wrap);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(false);
    return label;
}

} // namespace

MessageDetailView::MessageDetailView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(
          tr("Select a message to see it in full: author, time, text, symbols and the raw JSON."),
          this))
    , m_jsonModel(new JsonTreeModel(this))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    // The rendered message.
    auto *card = new QWidget(this);
    m_author = makeLabel(card);
    m_time = new QLabel(card);
    m_time->setObjectName(QStringLiteral("messageTime"));
    m_time->setForegroundRole(QPalette::PlaceholderText);
    connect(DisplayTimeZone::instance(), &DisplayTimeZone::changed, this,
            &MessageDetailView::showTime);
    m_sentiment = new QLabel(card);
    m_sentiment->setAlignment(Qt::AlignCenter);
    m_meta = makeLabel(card, true);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_text = makeLabel(card, true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.1);
    m_text->setFont(textFont);
    m_symbols = makeLabel(card, true);
    for (QLabel *label : {m_author, m_meta, m_text, m_symbols})
        connect(label, &QLabel::linkActivated, this, &MessageDetailView::onLinkActivated);

    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_author, 1);
    headerRow->addWidget(m_sentiment);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addLayout(headerRow);
    cardLayout->addWidget(m_time);
    cardLayout->addSpacing(4);
    cardLayout->addWidget(m_text);
    cardLayout->addWidget(m_symbols);
    cardLayout->addWidget(m_meta);
    cardLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(card);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    // The raw JSON, collapsible.
    m_treeBox = new QWidget(this);
    m_treeToggle = new QToolButton(m_treeBox);
    m_treeToggle->setText(tr("Raw JSON"));
    m_treeToggle->setCheckable(true);
    m_treeToggle->setChecked(true);
    m_treeToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_treeToggle->setArrowType(Qt::DownArrow);
    m_treeToggle->setAutoRaise(true);
    auto *expand = new QToolButton(m_treeBox);
    expand->setText(tr("Expand all"));
    expand->setAutoRaise(true);
    auto *collapse = new QToolButton(m_treeBox);
    collapse->setText(tr("Collapse all"));
    collapse->setAutoRaise(true);
    auto *copyJsonButton = new QToolButton(m_treeBox);
    copyJsonButton->setText(tr("Copy JSON"));
    copyJsonButton->setToolTip(tr("Copy the message as received"));
    copyJsonButton->setAutoRaise(true);

    m_tree = new QTreeView(m_treeBox);
    m_tree->setModel(m_jsonModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::TypeColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->header()->resizeSection(JsonTreeModel::KeyColumn, 160);
    m_treeError = new QLabel(m_treeBox);
    m_treeError->setWordWrap(true);
    m_treeError->hide();

    auto *copyValueAction = new QAction(tr("Copy value"), m_tree);
    copyValueAction->setShortcut(QKeySequence::Copy);
    copyValueAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyValueAction, &QAction::triggered, this, &MessageDetailView::copyValue);
    m_tree->addAction(copyValueAction);

    auto *toolRow = new QHBoxLayout;
    toolRow->setContentsMargins(0, 0, 0, 0);
    toolRow->addWidget(m_treeToggle);
    toolRow->addStretch();
    toolRow->addWidget(expand);
    toolRow->addWidget(collapse);
    toolRow->addWidget(copyJsonButton);
    auto *treeLayout = new QVBoxLayout(m_treeBox);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addLayout(toolRow);
    treeLayout->addWidget(m_treeError);
    treeLayout->addWidget(m_tree, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_treeBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({180, 420});
    splitter->setChildrenCollapsible(false);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(splitter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_treeToggle, &QToolButton::toggled, this, &MessageDetailView::setJsonTreeVisible);
    connect(expand, &QToolButton::clicked, m_tree, &QTreeView::expandAll);
    connect(collapse, &QToolButton::clicked, m_tree, &QTreeView::collapseAll);
    connect(copyJsonButton, &QToolButton::clicked, this, &MessageDetailView::copyJson);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MessageDetailView::showTreeMenu);
    clear();
}

MessageDetailView::~MessageDetailView() = default;

void MessageDetailView::clear()
{
    m_message = Message();
    m_hasMessage = false;
    m_jsonModel->clear();
    m_stack->setCurrentWidget(m_placeholder);
}

void MessageDetailView::setJsonTreeVisible(bool visible)
{
    m_treeToggle->setChecked(visible);
    m_treeToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_tree->setVisible(visible);
    m_treeError->setVisible(visible && !m_jsonModel->errorString().isEmpty());
}

bool MessageDetailView::isJsonTreeVisible() const
{
    return m_treeToggle->isChecked();
}

QString MessageDetailView::highlightedHtml(const QString &text, const Spans &matches)
{
    // Escaped text of [from, to), the parts a search found marked as the table marks them.
    const QString markStart = QStringLiteral("<span style=\"background-color:%1; color:%2\">")
                                  .arg(MatchHighlight::background().name(),
                                       MatchHighlight::foreground().name());
    const auto marked = [&](qsizetype from, qsizetype to) {
        QString out;
        qsizetype at = from;
        for (const auto &[start, length] : matches) {
            const qsizetype begin = std::max(start, at), end = std::min(start + length, to);
            if (begin >= end)
                continue;
            out += text.mid(at, begin - at).toHtmlEscaped() + markStart +
                   text.mid(begin, end - begin).toHtmlEscaped() + QStringLiteral("</span>");
            at = end;
        }
        return out + text.mid(at, to - at).toHtmlEscaped();
    };
    // One pass over the plain text, so nothing generated here is matched again.
    static const QRegularExpression tokens(QStringLiteral(
        R"((https?://[^\s<>"]+[^\s<>".,;:!?)\]])|(\$[A-Za-z][A-Za-z0-9]{0,9}(?:\.[A-Za-z]{1,3})?)(?![A-Za-z0-9])|(?<![\w@])(@[A-Za-z0-9_]{1,30}))"));
    QString html;
    html.reserve(text.size() * 2);
    qsizetype last = 0;
    auto it = tokens.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        html += marked(last, m.capturedStart());
        const QString token = m.captured();
        const QString shown = marked(m.capturedStart(), m.capturedEnd());
        if (!m.captured(1).isEmpty()) {
            html += QStringLiteral("<a href=\"%1\">%2</a>")
                        .arg(QString::fromUtf8(QUrl(token).toEncoded()).toHtmlEscaped(), shown);
        } else if (!m.captured(2).isEmpty()) {
            html +=
                QStringLiteral(
                    "<a href=\"symbol:%1\" style=\"font-weight:600; text-decoration:none\">%2</a>")
                    .arg(token.mid(1).toUpper().toHtmlEscaped(), shown);
        } else {
            html += QStringLiteral("<a href=\"user:%1\" style=\"text-decoration:none\">%2</a>")
                        .arg(token.mid(1).toHtmlEscaped(), shown);
        }
        last = m.capturedEnd();
    }
    html += marked(last, text.size());
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

void MessageDetailView::showTime()
{
    if (m_message.time.isValid()) {
        m_time->setText(DisplayTimeZone::longDateTime(m_message.time));
        m_time->setToolTip(DisplayTimeZone::exactUtc(m_message.time));
    } else {
        m_time->setText(m_hasMessage ? tr("No time stamp") : QString());
        m_time->setToolTip({});
    }
}

void MessageDetailView::setHighlight(const MessageQuery &query)
{
    m_highlight = query;
    // Only a message's own text is marked (not the note on a malformed or cut line).
    if (m_hasMessage && m_message.kind != Message::Kind::Malformed && !m_message.text.isEmpty())
        showText();
}

void MessageDetailView::showText()
{
    const QString text = m_message.text.left(20000);
    m_text->setText(highlightedHtml(text, m_highlight.highlights(text)));
}

void MessageDetailView::setMessage(const Message &message)
{
    m_message = message;
    m_hasMessage = true;
    m_stack->setCurrentIndex(1);

    // Author line: display name in bold, then the user name as a link that filters by it.
    QString author;
    if (!message.authorName.isEmpty())
        author = QStringLiteral("<b>%1</b> ").arg(message.authorName.toHtmlEscaped());
    if (!message.author.isEmpty())
        author += QStringLiteral("<a href=\"user:%1\" style=\"text-decoration:none\">@%1</a>")
                      .arg(message.author.toHtmlEscaped());
    if (author.isEmpty())
        author = QStringLiteral("<b>%1</b>").arg(kindName(message.kind).toHtmlEscaped());
    m_author->setText(author);

    showTime();

    const QString sentiment = message.sentiment == Message::Sentiment::Bullish   ? tr("Bullish")
                              : message.sentiment == Message::Sentiment::Bearish ? tr("Bearish")
                                                                                 : QString();
    m_sentiment->setVisible(!sentiment.isEmpty());
    m_sentiment->setText(sentiment);
    m_sentiment->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: %1; border-radius: 8px; padding: 2px "
                       "10px; font-weight: 600; }")
            .arg(message.sentiment == Message::Sentiment::Bullish ? QStringLiteral("#2e9d4f")
                                                                  : QStringLiteral("#d0433b")));

    if (message.kind == Message::Kind::Malformed) {
        m_text->setText(QStringLiteral("<i>%1</i><br><tt>%2</tt>")
                            .arg(tr("This line is not a JSON object:").toHtmlEscaped(),
                                 QString::fromUtf8(message.raw.left(4000)).toHtmlEscaped()));
    } else if (message.text.isEmpty()) {
        m_text->setText(QStringLiteral("<i>%1</i>").arg(tr("(no text)").toHtmlEscaped()));
    } else {
        showText();
    }

    QStringList chips;
    for (const QString &symbol : message.symbols)
        chips.append(QStringLiteral("<a href=\"symbol:%1\" style=\"text-decoration:none\">$%1</a>")
                         .arg(symbol.toHtmlEscaped()));
    m_symbols->setText(chips.isEmpty()
                           ? QString()
                           : tr("Symbols: %1").arg(chips.join(QStringLiteral(" &nbsp; "))));
    m_symbols->setVisible(!chips.isEmpty());

    QStringList meta{kindName(message.kind).toHtmlEscaped()};
    if (message.likes >= 0)
        meta.append(tr("♥ %1").arg(QLocale().toString(message.likes)).toHtmlEscaped());
    if (!message.source.isEmpty())
        meta.append(tr("via %1").arg(message.source).toHtmlEscaped());
    if (!message.id.isEmpty())
        meta.append(tr("id %1").arg(message.id).toHtmlEscaped());
    m_meta->setText(meta.join(QStringLiteral(" · ")));

    const bool parsed = m_jsonModel->setJson(message.raw);
    m_treeError->setText(m_jsonModel->errorString());
    m_treeError->setVisible(!parsed && isJsonTreeVisible());
    if (parsed)
        m_tree->expandToDepth(0);
}

void MessageDetailView::setMessage(const Message &message, qint64 lineLength)
{
    setMessage(message);
    if (lineLength <= message.raw.size() || message.kind != Message::Kind::Malformed)
        return;
    const QLocale locale;
    const QString cut = tr("Line shown cut");
    m_author->setText(QStringLiteral("<b>%1</b>").arg(cut.toHtmlEscaped()));
    m_text->setText(
        QStringLiteral("<i>%1</i><br><tt>%2</tt>")
            .arg(tr("The line is %1 long; only its first %2 were read, so it is not interpreted.")
                     .arg(locale.formattedDataSize(lineLength),
                          locale.formattedDataSize(message.raw.size()))
                     .toHtmlEscaped(),
                 QString::fromUtf8(message.raw.left(4000)).toHtmlEscaped()));
    m_meta->setText(cut.toHtmlEscaped());
    m_treeError->setText(tr("The JSON tree needs the whole line."));
}

void MessageDetailView::onLinkActivated(const QString &link)
{
    if (link.startsWith(QLatin1String("symbol:")))
        emit symbolActivated(link.mid(7));
    else if (link.startsWith(QLatin1String("user:")))
        emit authorActivated(link.mid(5));
    else {
        const QUrl url(link);
        if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            DesktopOpener::openUrl(url);
    }
}

void MessageDetailView::copyValue()
{
    const QModelIndex index = m_tree->currentIndex();
    if (index.isValid())
        QApplication::clipboard()->setText(m_jsonModel->valueText(index));
}

void MessageDetailView::copyPath()
{
    const QModelIndex index = m_tree->currentIndex();
    if (index.isValid())
        QApplication::clipboard()->setText(m_jsonModel->path(index));
}

void MessageDetailView::copyJson()
{
    if (m_hasMessage)
        QApplication::clipboard()->setText(QString::fromUtf8(m_message.raw));
}

void MessageDetailView::showTreeMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(tr("Copy value"), this, &MessageDetailView::copyValue);
    menu.addAction(tr("Copy path"), this, &MessageDetailView::copyPath);
    menu.addSeparator();
    menu.addAction(tr("Copy whole message"), this, &MessageDetailView::copyJson);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}
