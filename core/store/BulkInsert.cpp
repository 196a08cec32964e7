#include "BulkInsert.h"

#include <algorithm>
#include <QSqlQuery>

namespace cinereg {

namespace {
// Rows per statement: past a few hundred, a longer statement saves nothing measurable.
constexpr qsizetype MaxRows = 256;
constexpr qsizetype MaxParameters = 30000;
} // namespace

BulkInsert::BulkInsert(const Database& db, const QString& table, const QStringList& columns)
    : m_db(db), m_table(table), m_columns(columns),
      m_chunk(std::max<qsizetype>(1, std::min(MaxRows, MaxParameters / columns.size()))),
      m_full(statement(m_chunk))
{
    m_values.reserve(m_chunk * columns.size());
}

QString BulkInsert::statement(qsizetype rows) const
{
    QString tuple = QStringLiteral("(?");
    for (qsizetype i = 1; i < m_columns.size(); ++i)
        tuple += QStringLiteral(",?");
    tuple += QLatin1Char(')');
    QStringList tuples;
    tuples.reserve(rows);
    for (qsizetype i = 0; i < rows; ++i)
        tuples.append(tuple);
    QStringList quoted;
    for (const QString& column : m_columns)
        quoted.append(QLatin1Char('"') + column + QLatin1Char('"'));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, quoted.join(QLatin1Char(',')), tuples.join(QLatin1Char(',')));
}

void BulkInsert::add(const QVariantList& row)
{
    Q_ASSERT(row.size() == m_columns.size());
    m_values.append(row);
    if (++m_rows == m_chunk)
        flush();
}

void BulkInsert::flush()
{
    if (!m_rows)
        return;
    m_db.run(m_rows == m_chunk ? m_full : statement(m_rows), m_values);
    m_values.clear();
    m_rows = 0;
}

qint64 BulkInsert::nextId(const Database& db, const QString& table)
{
    QSqlQuery q = db.run(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM %1").arg(table));
    return q.next() ? q.value(0).toLongLong() : 1;
}

} // namespace cinereg
