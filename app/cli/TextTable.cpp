#include "TextTable.h"

#include <algorithm>

namespace cinereg::cli {

QString TextTable::render() const
{
    QVector<int> widths(m_headers.size(), 0);
    auto measure = [&](const QStringList& cells) {
        for (int i = 0; i < cells.size() && i < widths.size(); ++i)
            widths[i] = std::max<int>(widths[i], cells[i].size());
    };
    measure(m_headers);
    for (const QStringList& row : m_rows)
        measure(row);

    auto line = [&](const QStringList& cells) {
        QString out;
        for (int i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            out += i + 1 < widths.size() ? cell.leftJustified(widths[i] + 2) : cell;
        }
        return out.trimmed() + QLatin1Char('\n');
    };
    QString text = line(m_headers);
    QStringList rule;
    for (int w : widths)
        rule.append(QString(w, QLatin1Char('-')));
    text += line(rule);
    for (const QStringList& row : m_rows)
        text += line(row);
    return text;
}

} // namespace cinereg::cli
