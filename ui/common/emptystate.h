#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

/// A friendly placeholder for a page with nothing to show yet: an icon, a title, a sentence
/// saying what to do, and up to two buttons that do it.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(const QIcon &icon, const QString &title, const QString &text,
                        QWidget *parent = nullptr);

    /// \a command as rich text for the text of an empty state, never broken over two lines (a
    /// line may otherwise break at its spaces and after its hyphens: "hydrant --" / "demo").
    static QString command(const QString &command);

    /// Adds a button below the text; returns it so the caller can connect it.
    QPushButton *addButton(const QString &text);
    void setText(const QString &text);

private:
    QLabel *m_text;
    QWidget *m_buttons;
};
