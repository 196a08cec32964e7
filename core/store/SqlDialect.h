#pragma once

#include <QString>

namespace cinereg {

// Which engine holds the register.
enum class Engine { SQLite, PostgreSQL };

// The few SQL fragments that differ between SQLite and PostgreSQL, in one place: every store
// statement is written once, portable SQL, with these pieces where the engines disagree.
class SqlDialect
{
public:
    explicit SqlDialect(Engine engine) : m_engine(engine) {}
    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::PostgreSQL; }

    // Starts a write transaction. SQLite: BEGIN IMMEDIATE (the file's write lock at once).
    // PostgreSQL: SERIALIZABLE, so that two workstations' commands that read and write the same
    // rows can never both commit (one fails with SQLSTATE 40001 and is run again).
    QString beginWrite() const;
    // "x IN (<idsOf()>)" with one parameter, a JSON array of integers (idArray()).
    QString idsOf() const;
    // A text field of a JSON text column (NULL when absent).
    QString jsonField(const QString& column, const QString& key) const;
    // True when the column holds JSON (PostgreSQL: every value does, the program writes them).
    QString jsonValid(const QString& column) const;
    // Upper-case hexadecimal of a BLOB/bytea column, as SQLite's hex().
    QString hex(const QString& column) const;
    // Comparison and order ignoring case (SQLite: COLLATE NOCASE).
    QString caseless(const QString& expression) const;
    // Order by code points, whatever the server's locale (SQLite's BINARY collation).
    QString binary(const QString& expression) const;
    // The order in which rows of a table without an id were inserted, for standing_periods.
    QString standingOrder() const;
    // After an ORDER BY term on a column that may be NULL: NULLs first in ascending order, as
    // SQLite sorts them (PostgreSQL sorts them last).
    QString nullsAsSQLite(bool descending) const;
    // A hint naming an index (SQLite only; PostgreSQL's planner chooses).
    QString indexedBy(const QString& index) const;
    // A column compared without the help of its index: a plain pass over the table is cheaper
    // than an index walk in the index's order (SQLite's unary `+`; PostgreSQL's planner chooses).
    QString withoutIndex(const QString& column) const;
    // True when a text column holds a day written YYYY-MM-DD (the only days the statistics'
    // yearly counts take in: SQLite's GLOB, PostgreSQL's regular expression).
    QString isoDay(const QString& column) const;

private:
    Engine m_engine;
};

} // namespace cinereg
