#pragma once

#include "Database.h"

#include <QStringList>
#include <QVariantList>

namespace cinereg {

// Rows written into one table by multi-row statements (INSERT ... VALUES (...),(...), standard
// SQL on both engines) instead of one statement per row: an import's bulk write. Rows are sent in
// chunks well within the engines' bound-parameter limits (SQLite 32,766, PostgreSQL 65,535);
// every full chunk is the same SQL text, so it is prepared once. The caller calls flush() after
// its last row (nothing is written by the destructor: a failure must reach the transaction).
class BulkInsert
{
public:
    BulkInsert(const Database& db, const QString& table, const QStringList& columns);
    BulkInsert(const BulkInsert&) = delete;
    BulkInsert& operator=(const BulkInsert&) = delete;

    // One row: exactly one value per column, in the columns' order.
    void add(const QVariantList& row);
    void flush();

    // The id the next row of `table` gets from SQLite when none is given (its largest id plus
    // one): an import reserves its rows' ids with it, under the write lock, before writing them.
    static qint64 nextId(const Database& db, const QString& table);

private:
    QString statement(qsizetype rows) const;

    const Database& m_db;
    const QString m_table;
    const QStringList m_columns;
    const qsizetype m_chunk;
    const QString m_full; // the statement of a full chunk, built once
    QVariantList m_values;
    qsizetype m_rows = 0;
};

} // namespace cinereg
