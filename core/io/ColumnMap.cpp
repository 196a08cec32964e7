#include "ColumnMap.h"

namespace cinereg {

QString ColumnMap::normalize(const QString& name)
{
    bool ascii = true;
    for (const QChar c : name)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        // What the decomposition below gives for ASCII, without building it.
        QString out;
        out.reserve(name.size());
        bool gap = false;
        for (const QChar c : name) {
            const char16_t lower =
                c >= u'A' && c <= u'Z' ? char16_t(c.unicode() + (u'a' - u'A')) : c.unicode();
            if ((lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9')) {
                if (gap && !out.isEmpty())
                    out.append(u'_');
                out.append(QChar(lower));
                gap = false;
            } else {
                gap = true;
            }
        }
        return out;
    }
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    bool gap = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (gap && !out.isEmpty())
                out.append(u'_');
            out.append(c);
            gap = false;
        } else {
            gap = true;
        }
    }
    return out;
}

ColumnMap::ColumnMap(const QStringList& header, const QHash<QString, QStringList>& aliases)
{
    QHash<QString, QString> keyOf;
    for (auto it = aliases.cbegin(); it != aliases.cend(); ++it) {
        keyOf.insert(it.key(), it.key());
        for (const QString& alias : it.value())
            keyOf.insert(normalize(alias), it.key());
    }
    for (int i = 0; i < header.size(); ++i) {
        const QString key = keyOf.value(normalize(header.at(i)));
        if (!key.isEmpty() && !m_columns.contains(key))
            m_columns.insert(key, i);
    }
}

ColumnMap ColumnMap::locate(SheetTable& table, const QHash<QString, QStringList>& aliases)
{
    ColumnMap best(table.header, aliases);
    int bestRow = -1;
    for (int i = 0; i < qMin(5, int(table.rows.size())); ++i) {
        ColumnMap candidate(table.rows.at(i).cells, aliases);
        if (candidate.count() > best.count() && candidate.count() >= 2) {
            best = candidate;
            bestRow = i;
        }
    }
    if (bestRow >= 0) {
        table.header = table.rows.at(bestRow).cells;
        table.headerLine = table.rows.at(bestRow).line;
        table.rows.remove(0, bestRow + 1);
    }
    return best;
}

QString ColumnMap::value(const QStringList& cells, const QString& key) const
{
    const int column = m_columns.value(key, -1);
    return column >= 0 && column < cells.size() ? cells.at(column).trimmed() : QString();
}

} // namespace cinereg
