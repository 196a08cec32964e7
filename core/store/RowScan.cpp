#include "RowScan.h"

#include "../StorageError.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <sqlite3.h>

namespace cinereg {

namespace {
sqlite3* nativeHandle(const Database& db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(handle.constData());
    return nullptr;
}

int digits(const unsigned char* text, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}
} // namespace

struct RowScan::Native
{
    sqlite3_stmt* statement = nullptr;
    ~Native() { sqlite3_finalize(statement); }
};

RowScan::RowScan(const Database& db, const QString& sql, const QVariantList& params)
{
    sqlite3* handle = nativeHandle(db);
    if (!handle) {
        m_query = std::make_unique<QSqlQuery>(db.run(sql, params));
        return;
    }
    m_native = std::make_unique<Native>();
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &m_native->statement,
                           nullptr) != SQLITE_OK)
        throw StorageError(
            StorageError::Kind::QueryFailed,
            Database::tr("Database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    for (int i = 0; i < params.size(); ++i) {
        const QByteArray value = params[i].toString().toUtf8();
        sqlite3_bind_text(m_native->statement, i + 1, value.constData(), int(value.size()),
                          SQLITE_TRANSIENT);
    }
}

RowScan::~RowScan() = default;

bool RowScan::next()
{
    if (m_query)
        return m_query->next();
    const int step = sqlite3_step(m_native->statement);
    if (step == SQLITE_ROW)
        return true;
    if (step != SQLITE_DONE)
        throw StorageError(
            StorageError::Kind::QueryFailed,
            Database::tr("Database error: %1")
                .arg(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_native->statement)))));
    return false;
}

qint64 RowScan::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_native->statement, column);
}

QDate RowScan::date(int column) const
{
    if (m_query)
        return dateFromSql(m_query->value(column));
    const unsigned char* text = sqlite3_column_text(m_native->statement, column);
    if (!text || sqlite3_column_bytes(m_native->statement, column) != 10 || text[4] != '-' ||
        text[7] != '-')
        return {};
    return QDate(digits(text, 4), digits(text + 5, 2), digits(text + 8, 2));
}

QString RowScan::text(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    const auto* text =
        reinterpret_cast<const char*>(sqlite3_column_text(m_native->statement, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_native->statement, column));
}

QByteArrayView RowScan::bytes(int column) const
{
    if (m_query) { // kept alive in the query's current value until next()
        m_fallbackBytes = m_query->value(column).toString().toUtf8();
        return m_fallbackBytes;
    }
    const auto* text =
        reinterpret_cast<const char*>(sqlite3_column_text(m_native->statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_native->statement, column));
}

} // namespace cinereg
