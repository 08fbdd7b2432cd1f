#pragma once

#include <QLabel>

/// A banner above a table of lines telling the user what is wrong with a file: red when the
/// file cannot be read or ends early (only a part of it is there), amber for a notice.
class ProblemBanner : public QLabel
{
    Q_OBJECT

public:
    ProblemBanner(const QString &text, bool serious, QWidget *parent = nullptr);

    bool isSerious() const { return m_serious; }

private:
    bool m_serious;
};
