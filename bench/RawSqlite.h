#pragma once

#include <QString>
#include <QVariantList>

struct sqlite3;

// The baseline: one SQL query through the SQLite C API, no Qt in between.
class RawSqlite
{
public:
    explicit RawSqlite(const QString& path);
    ~RawSqlite();
    // Runs the query, reads every column of every row; returns the number of rows.
    int run(const QString& sql, const QVariantList& params);

private:
    sqlite3* m_db = nullptr;
};
