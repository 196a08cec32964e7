#pragma once

#include "SheetTable.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace cinereg {

// Which column of a sheet holds which field. Header names may be the export's own (`ice`,
// `decision_date`) or what clerks write in French or English ("Raison sociale", "Date de
// décision", "Valid from"), in any case, with or without accents, in any order.
class ColumnMap
{
public:
    // `aliases`: canonical key -> accepted names (normalized with `normalize`).
    ColumnMap(const QStringList& header, const QHash<QString, QStringList>& aliases);

    // The header row of `table` for these aliases: the first row, or, when a title or a merged
    // banner sits above the real header, the row among the first few that names the most
    // known columns. Rows above it are dropped from `table`.
    static ColumnMap locate(SheetTable& table, const QHash<QString, QStringList>& aliases);

    bool has(const QString& key) const { return m_columns.contains(key); }
    int count() const { return int(m_columns.size()); }
    QString value(const QStringList& cells, const QString& key) const; // trimmed; empty if none

    // "Date de décision" -> "date_de_decision".
    static QString normalize(const QString& name);

private:
    QHash<QString, int> m_columns;
};

} // namespace cinereg
