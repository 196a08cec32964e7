#pragma once

#include <memory>
#include <optional>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

struct sqlite3;

namespace cinereg {

// The prepared statements of one SQLite connection, kept by their SQL text: a store call made
// again (once per row of an import) binds and steps the statement prepared the first time
// instead of parsing its SQL anew. The query handed out reads the statement directly through
// SQLite's C API, with the values, types, errors and bindings of Qt's SQLite driver; when the
// last copy of that query is gone the statement is reset (so no read snapshot stays open) and
// can serve the next call. A statement still being read when the same SQL is asked for again
// (a nested call) gets a fresh, uncached one. Only for connections of Qt's SQLite driver.
class StatementCache
{
public:
    explicit StatementCache(sqlite3* handle);
    ~StatementCache(); // finalizes every statement: call before the connection closes
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // The executed query, or one whose lastError() tells why preparing or executing failed.
    QSqlQuery run(const QSqlDriver* driver, const QString& sql, const QVariantList& params,
                  QSqlError& error);
    // Finalizes the statements not in use (those in use are finalized when released).
    void clear();
    int size() const { return int(m_statements.size()); }

    struct Entry;

private:
    sqlite3* m_handle;
    QHash<QString, std::shared_ptr<Entry>> m_statements;
};

} // namespace cinereg
