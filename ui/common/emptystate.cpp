#include "emptystate.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyState::EmptyState(const QIcon &icon, const QString &title, const QString &text,
                       QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(text, this))
    , m_buttons(new QWidget(this))
{
    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon.pixmap(96, 96));
    iconLabel->setAlignment(Qt::AlignCenter);

    auto *titleLabel = new QLabel(title, this);
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    titleLabel->setAlignment(Qt::AlignCenter);

    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setFixedWidth(480);
    m_text->setMinimumHeight(qMax(0, m_text->heightForWidth(480))); // -1 while the text is empty
    m_text->setForegroundRole(QPalette::PlaceholderText);

    auto *buttonLayout = new QHBoxLayout(m_buttons);
    buttonLayout->setContentsMargins(0, 8, 0, 0);
    buttonLayout->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(iconLabel);
    layout->addWidget(titleLabel);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addWidget(m_buttons);
    layout->addStretch(3);
}

QString EmptyState::command(const QString &command)
{
    // No break at a space (a no-break space) nor after a hyphen or slash (a word joiner, which
    // shows nothing): `white-space: nowrap` only keeps the spaces.
    QString unbroken;
    for (const QChar c : command.toHtmlEscaped()) {
        if (c == QLatin1Char(' ')) {
            unbroken += QChar(QChar::Nbsp);
            continue;
        }
        unbroken += c;
        if (c == QLatin1Char('-') || c == QLatin1Char('/'))
            unbroken += QChar(0x2060);
    }
    return QStringLiteral("<code>%1</code>").arg(unbroken);
}

QPushButton *EmptyState::addButton(const QString &text)
{
    auto *layout = static_cast<QHBoxLayout *>(m_buttons->layout());
    if (layout->count() > 1)
        delete layout->takeAt(layout->count() - 1); // keep the trailing stretch last
    auto *button = new QPushButton(text, m_buttons);
    layout->addWidget(button);
    layout->addStretch();
    return button;
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
    // A wrapped label inside an aligned layout item gets no height-for-width: reserve it here.
    m_text->setMinimumHeight(qMax(0, m_text->heightForWidth(m_text->width())));
}
