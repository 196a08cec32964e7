#include "StatementCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlResult>
#include <QTime>
#include <sqlite3.h>

namespace cinereg {

namespace {
constexpr int MaxStatements = 256; // SQL built with values inlined must not grow it forever

QString sqliteMessage(sqlite3* handle)
{
    return QString::fromUtf16(static_cast<const char16_t*>(sqlite3_errmsg16(handle)));
}

// Qt's SQLite driver's own wording, translated by Qt's catalogue (not ours).
QString driverText(const char* text)
{
    return QCoreApplication::translate("QSQLiteResult", text);
}

// As Qt's SQLite driver words its errors (driver text, SQLite's message, the code).
QSqlError errorOf(sqlite3* handle, const char* description, QSqlError::ErrorType type, int code)
{
    return QSqlError(driverText(description), sqliteMessage(handle), type, QString::number(code));
}

// Qt's QSqlResultPrivate::isVariantNull: a null string or byte array binds NULL too.
bool isNullValue(const QVariant& value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString*>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(value.constData())->isNull();
    default:
        return false;
    }
}

int bindText(sqlite3_stmt* statement, int position, const QString& text, bool keepsAlive)
{
    return sqlite3_bind_text16(statement, position, text.utf16(), int(text.size() * sizeof(QChar)),
                               keepsAlive ? SQLITE_STATIC : SQLITE_TRANSIENT);
}

// The bindings of Qt's SQLite driver, type by type (QSQLiteResult::exec).
int bind(sqlite3_stmt* statement, int position, const QVariant& value)
{
    if (isNullValue(value))
        return sqlite3_bind_null(statement, position);
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const auto* bytes = static_cast<const QByteArray*>(value.constData());
        return sqlite3_bind_blob(statement, position, bytes->constData(), int(bytes->size()),
                                 SQLITE_STATIC);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
        return sqlite3_bind_int(statement, position, value.toInt());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, position, value.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, position, value.toLongLong());
    case QMetaType::QDateTime:
        return bindText(statement, position, value.toDateTime().toString(Qt::ISODateWithMs), false);
    case QMetaType::QTime:
        return bindText(statement, position, value.toTime().toString(u"hh:mm:ss.zzz"), false);
    case QMetaType::QString:
        return bindText(statement, position, *static_cast<const QString*>(value.constData()), true);
    default:
        return bindText(statement, position, value.toString(), false);
    }
}

bool onlySpaceAfter(const QString& sql, const void* tail)
{
    if (!tail)
        return true;
    const auto offset = static_cast<const QChar*>(tail) - sql.constData();
    for (qsizetype i = offset; i < sql.size(); ++i)
        if (!sql.at(i).isSpace())
            return false;
    return true;
}
} // namespace

struct StatementCache::Entry
{
    sqlite3_stmt* statement = nullptr;
    bool inUse = false;
    bool cached = false; // false: finalized when its query is released
    void finalize()
    {
        sqlite3_finalize(statement);
        statement = nullptr;
    }
};

namespace {

// The rows of one execution of a cached statement, read as Qt's SQLite driver reads them:
// integers as qint64, reals as double, text as QString, blobs as QByteArray, NULL as a null
// QString. Forward only.
class CachedResult final : public QSqlResult
{
public:
    CachedResult(const QSqlDriver* driver, std::shared_ptr<StatementCache::Entry> entry)
        : QSqlResult(driver), m_entry(std::move(entry))
    {
        setForwardOnly(true);
    }
    ~CachedResult() override { release(); }

    // Binds and takes the first step; false with lastError() set on failure.
    bool start(const QString& sql, const QVariantList& params)
    {
        sqlite3_stmt* statement = m_entry->statement;
        sqlite3* handle = sqlite3_db_handle(statement);
        setQuery(sql);
        m_params = params;
        if (sqlite3_bind_parameter_count(statement) != m_params.size()) {
            setLastError(QSqlError(driverText("Parameter count mismatch"), QString(),
                                   QSqlError::StatementError));
            return false;
        }
        for (int i = 0; i < m_params.size(); ++i) {
            const int code = bind(statement, i + 1, m_params.at(i));
            if (code != SQLITE_OK) {
                setLastError(
                    errorOf(handle, "Unable to bind parameters", QSqlError::StatementError, code));
                return false;
            }
        }
        int code = sqlite3_step(statement);
        if (code == SQLITE_ROW) {
            m_pendingRow = true;
        } else if (code == SQLITE_DONE) {
            m_done = true;
            sqlite3_reset(statement);
        } else {
            if (code == SQLITE_ERROR)
                code = sqlite3_reset(statement); // the specific error
            setLastError(errorOf(handle, "Unable to fetch row", QSqlError::ConnectionError, code));
            sqlite3_reset(statement);
            return false;
        }
        setSelect(sqlite3_column_count(statement) > 0);
        setActive(true);
        setAt(QSql::BeforeFirstRow);
        return true;
    }

protected:
    QVariant data(int column) override
    {
        sqlite3_stmt* statement = m_entry->statement;
        if (!statement || column < 0 || column >= sqlite3_column_count(statement))
            return {};
        switch (sqlite3_column_type(statement, column)) {
        case SQLITE_INTEGER:
            return QVariant(qint64(sqlite3_column_int64(statement, column)));
        case SQLITE_FLOAT:
            return QVariant(sqlite3_column_double(statement, column));
        case SQLITE_NULL:
            return QVariant(QMetaType::fromType<QString>());
        case SQLITE_BLOB:
            return QVariant(
                QByteArray(static_cast<const char*>(sqlite3_column_blob(statement, column)),
                           sqlite3_column_bytes(statement, column)));
        default:
            return QVariant(
                QString(static_cast<const QChar*>(sqlite3_column_text16(statement, column)),
                        sqlite3_column_bytes16(statement, column) / qsizetype(sizeof(QChar))));
        }
    }
    bool isNull(int column) override
    {
        sqlite3_stmt* statement = m_entry->statement;
        return !statement || sqlite3_column_type(statement, column) == SQLITE_NULL;
    }
    bool reset(const QString&) override { return false; } // executed by the cache only
    bool fetch(int row) override { return row == at() + 1 && fetchNext(); }
    bool fetchFirst() override { return at() == QSql::BeforeFirstRow && fetchNext(); }
    bool fetchLast() override { return false; }
    bool fetchNext() override
    {
        sqlite3_stmt* statement = m_entry->statement;
        if (!statement || m_done)
            return false;
        if (m_pendingRow) {
            m_pendingRow = false;
            setAt(at() + 1);
            return true;
        }
        const int code = sqlite3_step(statement);
        if (code == SQLITE_ROW) {
            setAt(at() + 1);
            return true;
        }
        m_done = true;
        if (code != SQLITE_DONE)
            setLastError(errorOf(sqlite3_db_handle(statement), "Unable to fetch row",
                                 QSqlError::ConnectionError, code));
        sqlite3_reset(statement);
        setAt(QSql::AfterLastRow);
        return false;
    }
    int size() override { return -1; }
    int numRowsAffected() override
    {
        return m_entry->statement ? sqlite3_changes(sqlite3_db_handle(m_entry->statement)) : -1;
    }
    QVariant lastInsertId() const override
    {
        if (isActive() && m_entry->statement) {
            const qint64 id = sqlite3_last_insert_rowid(sqlite3_db_handle(m_entry->statement));
            if (id)
                return id;
        }
        return {};
    }
    void detachFromResultSet() override
    {
        if (m_entry->statement)
            sqlite3_reset(m_entry->statement);
        m_pendingRow = false;
        m_done = true;
    }

private:
    void release()
    {
        if (m_entry->statement) {
            sqlite3_reset(m_entry->statement);
            sqlite3_clear_bindings(m_entry->statement); // they point into m_params
        }
        m_entry->inUse = false;
        if (!m_entry->cached)
            m_entry->finalize();
    }

    std::shared_ptr<StatementCache::Entry> m_entry;
    QVariantList m_params; // kept alive while bound (strings and blobs are bound in place)
    bool m_pendingRow = false;
    bool m_done = false;
};

} // namespace

StatementCache::StatementCache(sqlite3* handle) : m_handle(handle) {}

StatementCache::~StatementCache()
{
    for (const auto& entry : std::as_const(m_statements)) {
        entry->cached = false;
        entry->finalize(); // a query still held reads nothing more
    }
}

void StatementCache::clear()
{
    for (auto it = m_statements.begin(); it != m_statements.end(); ++it) {
        (*it)->cached = false;
        if (!(*it)->inUse)
            (*it)->finalize();
    }
    m_statements.clear();
}

QSqlQuery StatementCache::run(const QSqlDriver* driver, const QString& sql,
                              const QVariantList& params, QSqlError& error)
{
    std::shared_ptr<Entry> entry = m_statements.value(sql);
    if (!entry || entry->inUse) {
        const bool cache = !entry; // a nested use of a statement being read gets its own
        entry = std::make_shared<Entry>();
        const void* tail = nullptr;
        const int code = sqlite3_prepare16_v2(
            m_handle, sql.utf16(), int(sql.size() * sizeof(QChar)), &entry->statement, &tail);
        if (code != SQLITE_OK || !entry->statement) {
            error =
                errorOf(m_handle, "Unable to execute statement", QSqlError::StatementError, code);
            entry->finalize();
            return QSqlQuery();
        }
        if (!onlySpaceAfter(sql, tail)) {
            error = QSqlError(driverText("Unable to execute multiple statements at a time"),
                              QString(), QSqlError::StatementError);
            entry->finalize();
            return QSqlQuery();
        }
        if (cache) {
            if (m_statements.size() >= MaxStatements)
                clear();
            entry->cached = true;
            m_statements.insert(sql, entry);
        }
    }
    entry->inUse = true;
    auto* result = new CachedResult(driver, entry);
    QSqlQuery query(result); // owns the result from here
    if (!result->start(sql, params))
        error = query.lastError();
    return query;
}

} // namespace cinereg
