#include "RegisterCopy.h"

#include "../StorageError.h"
#include "CompanyStore.h"
#include "RegisterSeal.h"
#include "StandingStore.h"
#include "YearlyCountsStore.h"

#include <QSqlQuery>

namespace cinereg {

namespace {
QString quoted(const QString& identifier)
{
    return QLatin1Char('"') +
           QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QStringList columnsOf(const Database& db, const QString& table)
{
    QSqlQuery q =
        db.dialect().isServer()
            ? db.run(QStringLiteral("SELECT column_name FROM information_schema.columns "
                                    "WHERE table_schema = 'public' AND table_name = ? "
                                    "ORDER BY ordinal_position"),
                     {table})
            : db.run(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table});
    QStringList columns;
    while (q.next())
        columns.append(q.value(0).toString());
    return columns;
}

bool hasRows(const Database& db, const QString& sql)
{
    QSqlQuery q = db.run(QStringLiteral("SELECT EXISTS (%1)").arg(sql));
    return q.next() && q.value(0).toBool();
}

// The source's snapshot: every table is read as it was at one moment, while others may write.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database& db) : m_db(db)
    {
        m_db.run(m_db.dialect().isServer()
                     ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                     : QStringLiteral("BEGIN"));
    }
    ~ReadSnapshot()
    {
        try {
            m_db.run(QStringLiteral("ROLLBACK")); // it wrote nothing
        } catch (const StorageError&) {
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    const Database& m_db;
};

// The target's own triggers, set aside for the copy and put back before the commit. A server:
// ALTER TABLE ... DISABLE TRIGGER USER (the table's owner only; the foreign keys stay checked).
// A file: each trigger is dropped and created again from its own text (DDL is transactional in
// SQLite), so the schema reads back identical.
class TriggersAside
{
public:
    TriggersAside(const Database& db, const QStringList& tables) : m_db(db), m_tables(tables)
    {
        if (m_db.dialect().isServer()) {
            for (const QString& table : m_tables)
                m_db.run(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(quoted(table)));
            return;
        }
        QSqlQuery q =
            m_db.run(QStringLiteral("SELECT name, sql FROM main.sqlite_master WHERE "
                                    "type = 'trigger' AND sql IS NOT NULL ORDER BY name"));
        while (q.next())
            m_triggers.append({q.value(0).toString(), q.value(1).toString()});
        q.finish();
        for (const auto& [name, sql] : m_triggers)
            m_db.run(QStringLiteral("DROP TRIGGER main.%1").arg(quoted(name)));
    }
    void restore() const
    {
        if (m_db.dialect().isServer()) {
            for (const QString& table : m_tables)
                m_db.run(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(quoted(table)));
            return;
        }
        for (const auto& [name, sql] : m_triggers)
            m_db.run(sql);
    }

private:
    const Database& m_db;
    QStringList m_tables;
    QVector<std::pair<QString, QString>> m_triggers;
};

// Rows are inserted several at a time (one statement per batch of parameters); a table of scans
// one row at a time, so that no statement holds more than one scan.
void copyTable(const Database& from, const Database& to, const QString& table)
{
    const QStringList columns = columnsOf(from, table);
    QStringList targetColumns = columnsOf(to, table);
    QStringList sortedSource = columns;
    sortedSource.sort();
    targetColumns.sort();
    if (columns.isEmpty() || sortedSource != targetColumns)
        throw StorageError(StorageError::Kind::Corrupt,
                           RegisterCopy::tr("The table %1 does not have the same columns in both "
                                            "registers; nothing was copied.")
                               .arg(table));
    QStringList names;
    for (const QString& c : columns)
        names.append(quoted(c));
    const QString list = names.join(QStringLiteral(", "));
    const bool byId = columns.contains(QStringLiteral("id"));
    QSqlQuery rows =
        from.run(QStringLiteral("SELECT %1 FROM %2%3")
                     .arg(list, quoted(table), byId ? QStringLiteral(" ORDER BY id") : QString()));
    const int width = int(columns.size());
    const int perBatch =
        table == QLatin1String("attachments") ? 1 : std::max(1, 400 / std::max(1, width));
    QStringList placeholders;
    for (int i = 0; i < width; ++i)
        placeholders.append(QStringLiteral("?"));
    const QString tuple = QLatin1Char('(') + placeholders.join(QLatin1Char(',')) + QLatin1Char(')');
    const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(quoted(table), list);
    QVariantList params;
    int pending = 0;
    const auto flush = [&] {
        if (!pending)
            return;
        QStringList tuples;
        for (int i = 0; i < pending; ++i)
            tuples.append(tuple);
        to.run(insert + tuples.join(QLatin1Char(',')), params);
        params.clear();
        pending = 0;
    };
    while (rows.next()) {
        for (int i = 0; i < width; ++i)
            params.append(rows.value(i));
        if (++pending == perBatch)
            flush();
    }
    flush();
}
} // namespace

QStringList RegisterCopy::copiedTables()
{
    return {QStringLiteral("settings"),
            QStringLiteral("counters"),
            QStringLiteral("companies"),
            QStringLiteral("memberships"),
            QStringLiteral("accounts"),
            QStringLiteral("proposals"),
            QStringLiteral("rights"),
            QStringLiteral("decisions"),
            QStringLiteral("productions"),
            QStringLiteral("audit"),
            QStringLiteral("signing_keys"),
            QStringLiteral("certificates"),
            QStringLiteral("certificate_prints"),
            QStringLiteral("certificate_status_index"),
            QStringLiteral("applications"),
            QStringLiteral("application_pieces"),
            QStringLiteral("attachments")};
}

QStringList RegisterCopy::rebuiltTables()
{
    // seal_changes: a server's capture of each transaction's changes, emptied by the reseal.
    return {QStringLiteral("company_search"),   QStringLiteral("company_words"),
            QStringLiteral("standing_periods"), QStringLiteral("yearly_counts"),
            QStringLiteral("integrity_seal"),   QStringLiteral("seal_changes")};
}

bool RegisterCopy::isEmpty(const Database& db)
{
    for (const QString& table : copiedTables()) {
        if (table == QLatin1String("settings") || table == QLatin1String("counters"))
            continue;
        const QString rows = table == QLatin1String("audit")
                                 ? QStringLiteral("SELECT 1 FROM audit WHERE entity <> 'register'")
                                 : QStringLiteral("SELECT 1 FROM %1").arg(quoted(table));
        if (hasRows(db, rows))
            return false;
    }
    return true;
}

QStringList RegisterCopy::notOwned(const Database& db)
{
    if (!db.dialect().isServer())
        return {};
    QSqlQuery q = db.run(
        QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND "
                       "NOT pg_has_role(current_user, tableowner, 'MEMBER') ORDER BY tablename"));
    const QStringList copied = copiedTables();
    QStringList out;
    while (q.next())
        if (copied.contains(q.value(0).toString()))
            out.append(q.value(0).toString());
    return out;
}

void RegisterCopy::copy(const Database& from, const Database& to)
{
    const ReadSnapshot snapshot(from);
    Transaction tx(to);
    const TriggersAside triggers(to, copiedTables());
    // What an empty register may hold: its default settings, its counters at their start, and
    // the audit entry of its own creation, which the copied trail (with its own) replaces.
    for (const QString& table :
         {QStringLiteral("settings"), QStringLiteral("counters"), QStringLiteral("audit")})
        to.run(QStringLiteral("DELETE FROM %1").arg(quoted(table)));
    for (const QString& table : copiedTables())
        copyTable(from, to, table);
    if (to.dialect().isServer()) {
        // The identity columns continue after the copied ids.
        for (const QString& table : copiedTables()) {
            if (!columnsOf(to, table).contains(QStringLiteral("id")))
                continue;
            to.run(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), max(id)) "
                                  "FROM %1 HAVING max(id) IS NOT NULL")
                       .arg(quoted(table)),
                   {QStringLiteral("public.") + quoted(table)});
        }
    }
    CompanyStore(to).reindexAll();
    StandingStore(to).rebuildAll();
    YearlyCountsStore(to).rebuildAll(); // their triggers were set aside with the others
    triggers.restore();
    // The seal computed afresh from the copied rows (the source's may be another engine's, and
    // its capture triggers were set aside with the others).
    if (to.isSealing())
        RegisterSeal(to).reseal();
    tx.commit();
    // The planner's statistics of the filled tables now, not when autovacuum comes round: the
    // first searches on a register just moved up are as fast as the following ones.
    if (to.dialect().isServer()) {
        QStringList tables;
        for (const QString& table : copiedTables() + rebuiltTables())
            tables.append(quoted(table));
        to.run(QStringLiteral("ANALYZE %1").arg(tables.join(QStringLiteral(", "))));
    }
}

} // namespace cinereg
