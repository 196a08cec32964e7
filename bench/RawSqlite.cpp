#include "RawSqlite.h"

#include <sqlite3.h>
#include <stdexcept>

RawSqlite::RawSqlite(const QString& path)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK)
        throw std::runtime_error("cannot open the benchmark register");
}

RawSqlite::~RawSqlite()
{
    sqlite3_close(m_db);
}

int RawSqlite::run(const QString& sql, const QVariantList& params)
{
    sqlite3_stmt* stmt = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK)
        throw std::runtime_error(sqlite3_errmsg(m_db));
    for (int i = 0; i < params.size(); ++i) {
        const QVariant& p = params[i];
        if (p.typeId() == QMetaType::Int || p.typeId() == QMetaType::LongLong)
            sqlite3_bind_int64(stmt, i + 1, p.toLongLong());
        else {
            const QByteArray value = p.toString().toUtf8();
            sqlite3_bind_text(stmt, i + 1, value.constData(), int(value.size()), SQLITE_TRANSIENT);
        }
    }
    int rows = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(stmt); ++c)
            sqlite3_column_text(stmt, c);
        ++rows;
    }
    sqlite3_finalize(stmt);
    return rows;
}
