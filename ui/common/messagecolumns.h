#pragma once

#include <QObject>
#include <QString>

#include <vector>

class QHeaderView;
class QTableView;

/// How a message table shares its width between its columns, as a pure rule: the Text column
/// takes whatever the other columns leave. When the table is too narrow for the other columns at
/// their chosen widths and a readable Text column, they give up width in proportion to what they
/// have above their floor (a time stays readable), so the text stays on screen instead of behind
/// a horizontal scroll bar.
namespace ColumnFit {

constexpr int minimumOtherWidth = 36;

/// The narrowest Text column worth showing in a table \a available pixels wide: 30 % of it,
/// between 120 and 320 pixels.
int minimumTextWidth(int available);

/// The widths to show. \a preferred holds each column's chosen width (0 for a hidden column),
/// \a floors the narrowest each may become (missing entries: minimumOtherWidth); the entry of
/// \a textColumn is ignored and the result's is what remains for it.
std::vector<int> widths(const std::vector<int> &preferred, const std::vector<int> &floors,
                        int textColumn, int available);

} // namespace ColumnFit

/// Lays out the columns of a table of messages (the live feed, a file's lines, search results):
/// the Text column stretches over the spare width (ColumnFit), the others keep the widths the
/// user gave them by dragging, and those widths are remembered between runs under
/// \a settingsKey (AppSettings::uiState).
class MessageColumnSizer : public QObject
{
    Q_OBJECT

public:
    /// \a defaults are the first-run widths of every column (the Text column's is ignored),
    /// \a floors the narrowest each may be squeezed to in a narrow table.
    MessageColumnSizer(QTableView *view, int textColumn, std::vector<int> defaults,
                       std::vector<int> floors, QString settingsKey);

    /// The width chosen for \a column (what the user dragged it to, or the default).
    int preferredWidth(int column) const;
    /// Shows the columns at their chosen widths fitted to the table's width now.
    void apply();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void userResized(int column, int newWidth);
    void save() const;
    bool managesColumns() const;

    QWidget *m_viewport; ///< the view's, kept: see eventFilter()
    QHeaderView *m_header;
    int m_textColumn;
    std::vector<int> m_preferred;
    std::vector<int> m_floors;
    QString m_settingsKey;
    bool m_applying = false;
};
