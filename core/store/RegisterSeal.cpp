#include "RegisterSeal.h"

#include "HeadSigner.h"
#include "StateDigest.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace cinereg {

namespace {
QString quoted(const QString& identifier)
{
    return QLatin1Char('"') +
           QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

void createCaptureTable(const Database& db);

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

QByteArray SealRecord::message() const
{
    const QStringList parts{QStringLiteral("cinereg-seal-v1"), compact(tables),
                            QString::number(auditId), auditHash};
    return parts.join(QChar(0x1f)).toUtf8();
}

QStringList RegisterSeal::protectedTables() const
{
    // Everything that is a plain table: the search indexes (virtual tables and their shadows)
    // are derived from companies, the audit trail has its own chain and the seal is the seal.
    // The statistics' yearly counts are derived too, and `check` recomputes them from the rows
    // (YearlyCountsStore::mismatches): sealing them would only capture and fold two more rows
    // at each decision, right or production written.
    QSqlQuery q = m_db.run(
        m_db.dialect().isServer()
            ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND "
                             "tablename NOT IN ('audit', 'integrity_seal', 'seal_changes', "
                             "'schema_version', 'company_search', 'company_words', "
                             "'yearly_counts') "
                             "ORDER BY tablename COLLATE \"C\"")
            : QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND "
                             "type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN "
                             "('audit', 'integrity_seal', 'yearly_counts') ORDER BY name"));
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    return tables;
}

QString RegisterSeal::rowExpression(const QString& table, const QString& prefix) const
{
    // On a server, a row's JSON text (the same from the capture trigger's NEW or OLD as from a
    // SELECT of the table).
    if (m_db.dialect().isServer())
        return QStringLiteral("to_jsonb(%1)::text")
            .arg(prefix.isEmpty() ? quoted(table) : prefix.chopped(1));
    // quote() renders every value as an unambiguous SQL literal (text escaped, blobs in hex), so
    // two different rows never give the same text.
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table});
    QStringList values;
    while (q.next())
        values.append(QStringLiteral("quote(%1%2)").arg(prefix, quoted(q.value(0).toString())));
    QString literal = table;
    literal.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("'%1' || char(31) || %2")
        .arg(literal, values.join(QStringLiteral(" || ',' || ")));
}

void RegisterSeal::captureChanges() const
{
    if (m_db.dialect().isServer()) {
        captureOnServer();
        return;
    }
    m_db.run(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS seal_changes (tbl TEXT NOT NULL, "
                            "removed INTEGER NOT NULL, row TEXT NOT NULL)"));
    // The sums of rows a bulk write recorded itself (captureRows), one per table and call.
    m_db.run(QStringLiteral(
        "CREATE TEMP TABLE IF NOT EXISTS seal_sums (tbl TEXT NOT NULL, sum TEXT NOT NULL)"));
    // A REPLACE conflict deletes rows; their triggers fire only with recursive triggers on.
    m_db.run(QStringLiteral("PRAGMA recursive_triggers = ON"));
    int n = 0;
    for (const QString& table : protectedTables()) {
        const QString on = QStringLiteral("main.") + quoted(table);
        QString literal = table;
        literal.replace(QLatin1Char('\''), QStringLiteral("''"));
        const QString added = QStringLiteral("INSERT INTO seal_changes VALUES ('%1', 0, %2);")
                                  .arg(literal, rowExpression(table, QStringLiteral("NEW.")));
        const QString removed = QStringLiteral("INSERT INTO seal_changes VALUES ('%1', 1, %2);")
                                    .arg(literal, rowExpression(table, QStringLiteral("OLD.")));
        m_db.run(QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS seal_i%1 AFTER INSERT ON %2 "
                                "BEGIN %3 END")
                     .arg(n)
                     .arg(on, added));
        m_db.run(QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS seal_u%1 AFTER UPDATE ON %2 "
                                "BEGIN %3 %4 END")
                     .arg(n)
                     .arg(on, removed, added));
        m_db.run(QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS seal_d%1 AFTER DELETE ON %2 "
                                "BEGIN %3 END")
                     .arg(n)
                     .arg(on, removed));
        ++n;
    }
}

void RegisterSeal::pauseCapture(const QStringList& tables) const
{
    // The triggers are named after the table's place among the protected tables (as
    // captureChanges() numbers them).
    const QStringList all = protectedTables();
    for (const QString& table : tables) {
        const qsizetype n = all.indexOf(table);
        if (n < 0)
            continue;
        for (const char* kind : {"i", "u", "d"})
            m_db.run(QStringLiteral("DROP TRIGGER IF EXISTS temp.seal_%1%2")
                         .arg(QLatin1String(kind))
                         .arg(n));
    }
}

void RegisterSeal::captureRows(const QString& table, bool removed, const QString& condition,
                               const QVariantList& params) const
{
    // Hashed here as fold() would hash them, and kept as one sum per call: no row per row in
    // seal_changes to write and read back.
    StateDigest sum;
    QSqlQuery rows = m_db.run(QStringLiteral("SELECT %1 FROM main.%2 WHERE %3")
                                  .arg(rowExpression(table, QString()), quoted(table), condition),
                              params);
    bool any = false;
    while (rows.next()) {
        const QByteArray row = rows.value(0).toString().toUtf8();
        if (removed)
            sum.remove(row);
        else
            sum.add(row);
        any = true;
    }
    rows.finish();
    if (any)
        m_db.run(QStringLiteral("INSERT INTO seal_sums VALUES (?, ?)"), {table, sum.toHex()});
}

void RegisterSeal::captureOnServer() const
{
    // A temporary trigger cannot watch a server's table: the capture triggers are the
    // register's own (created once, by whoever migrates), and each row they record carries its
    // transaction's id, so that a commit folds its own changes only. A change made behind the
    // program's back (psql) is recorded too but never folded: the seal no longer matches it.
    // Run by each migration: a table a later step adds gets its trigger too.
    QSqlQuery present =
        m_db.run(QStringLiteral("SELECT to_regclass('public.seal_changes') IS NOT NULL"));
    const bool exists = present.next() && present.value(0).toBool();
    present.finish();
    if (!exists)
        createCaptureTable(m_db);
    for (const QString& table : protectedTables())
        m_db.run(QStringLiteral("CREATE OR REPLACE TRIGGER %1_sealed AFTER INSERT OR UPDATE OR "
                                "DELETE ON %2 FOR EACH ROW EXECUTE FUNCTION "
                                "cinereg_seal_capture()")
                     .arg(table, quoted(table)));
}

namespace {
void createCaptureTable(const Database& db)
{
    db.run(QStringLiteral("CREATE TABLE seal_changes (txid BIGINT NOT NULL DEFAULT "
                          "txid_current(), tbl TEXT NOT NULL, removed INTEGER NOT NULL, "
                          "row TEXT NOT NULL)"));
    db.run(QStringLiteral("CREATE INDEX seal_changes_by_transaction ON seal_changes (txid)"));
    db.run(QStringLiteral(R"(CREATE FUNCTION cinereg_seal_capture() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
                INSERT INTO seal_changes (tbl, removed, row)
                VALUES (TG_TABLE_NAME, 1, to_jsonb(OLD)::text);
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                INSERT INTO seal_changes (tbl, removed, row)
                VALUES (TG_TABLE_NAME, 0, to_jsonb(NEW)::text);
            END IF;
            RETURN NULL;
        END $$)"));
    db.run(QStringLiteral("GRANT SELECT, INSERT, DELETE ON seal_changes TO cinereg_clerk"));
}
} // namespace

std::optional<SealRecord> RegisterSeal::stored() const
{
    QSqlQuery q = m_db.run(QStringLiteral(
        "SELECT state, audit_id, audit_hash, key_id, signature FROM integrity_seal WHERE id = 1"));
    if (!q.next())
        return std::nullopt;
    SealRecord r;
    r.tables = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    r.auditId = q.value(1).toLongLong();
    r.auditHash = q.value(2).toString();
    r.keyId = q.value(3).toString();
    r.signature = QByteArray::fromHex(q.value(4).toString().toLatin1());
    return r;
}

void RegisterSeal::write(SealRecord record) const
{
    QSqlQuery head =
        m_db.run(QStringLiteral("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1"));
    record.auditId = head.next() ? head.value(0).toLongLong() : 0;
    record.auditHash = record.auditId ? head.value(1).toString() : QString();
    head.finish();
    record.keyId.clear();
    record.signature.clear();
    if (const HeadSigner* signer = m_db.headSigner())
        signer->sign(m_db, record.message(), &record.keyId, &record.signature);
    m_db.run(QStringLiteral("INSERT INTO integrity_seal (id, state, audit_id, audit_hash, key_id, "
                            "signature) VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                            "state = excluded.state, audit_id = excluded.audit_id, "
                            "audit_hash = excluded.audit_hash, key_id = excluded.key_id, "
                            "signature = excluded.signature"),
             {compact(record.tables), record.auditId, record.auditHash, sqlText(record.keyId),
              sqlText(QString::fromLatin1(record.signature.toHex()))});
}

void RegisterSeal::fold() const
{
    std::optional<SealRecord> record = stored();
    if (!record)
        return; // removed behind the program's back: `check` reports it, no write hides it
    const bool server = m_db.dialect().isServer();
    // On a server every transaction's changes are captured in one table, each with its own id.
    const QString mine = server ? QStringLiteral(" WHERE txid = txid_current()") : QString();
    QSqlQuery changes =
        m_db.run(QStringLiteral("SELECT tbl, removed, \"row\" FROM seal_changes") + mine);
    QHash<QString, StateDigest> digests;
    bool changed = false;
    while (changes.next()) {
        const QString table = changes.value(0).toString();
        auto it = digests.find(table);
        if (it == digests.end())
            it =
                digests.insert(table, StateDigest::fromHex(record->tables.value(table).toString()));
        const QByteArray row = changes.value(2).toString().toUtf8();
        if (changes.value(1).toInt())
            it->remove(row);
        else
            it->add(row);
        changed = true;
    }
    changes.finish();
    if (changed)
        m_db.run(QStringLiteral("DELETE FROM seal_changes") + mine);
    if (!server) {
        QSqlQuery sums = m_db.run(QStringLiteral("SELECT tbl, sum FROM seal_sums"));
        bool summed = false;
        while (sums.next()) {
            const QString table = sums.value(0).toString();
            auto it = digests.find(table);
            if (it == digests.end())
                it = digests.insert(table,
                                    StateDigest::fromHex(record->tables.value(table).toString()));
            it->add(StateDigest::fromHex(sums.value(1).toString()));
            summed = true;
        }
        sums.finish();
        if (summed)
            m_db.run(QStringLiteral("DELETE FROM seal_sums"));
        changed = changed || summed;
    }
    QSqlQuery head = m_db.run(QStringLiteral("SELECT id FROM audit ORDER BY id DESC LIMIT 1"));
    const qint64 auditId = head.next() ? head.value(0).toLongLong() : 0;
    head.finish();
    if (!changed && auditId == record->auditId)
        return;
    for (auto it = digests.cbegin(); it != digests.cend(); ++it)
        record->tables.insert(it.key(), it.value().toHex());
    write(*record);
}

QJsonObject RegisterSeal::recompute() const
{
    QJsonObject tables;
    for (const QString& table : protectedTables()) {
        StateDigest digest;
        QSqlQuery rows =
            m_db.run(QStringLiteral("SELECT %1 FROM %2%3")
                         .arg(rowExpression(table, QString()),
                              m_db.dialect().isServer() ? QString() : QStringLiteral("main."),
                              quoted(table)));
        while (rows.next())
            digest.add(rows.value(0).toString().toUtf8());
        tables.insert(table, digest.toHex());
    }
    return tables;
}

void RegisterSeal::reseal() const
{
    m_db.run(m_db.dialect().isServer()
                 ? QStringLiteral("DELETE FROM seal_changes WHERE txid = txid_current()")
                 : QStringLiteral("DELETE FROM seal_changes"));
    if (!m_db.dialect().isServer())
        m_db.run(QStringLiteral("DELETE FROM seal_sums"));
    SealRecord record;
    record.tables = recompute();
    write(record);
}

QStringList RegisterSeal::findings() const
{
    const std::optional<SealRecord> record = stored();
    if (!record)
        return {tr("The register's seal is missing: it was removed outside the program.")};
    QStringList out;
    const QJsonObject now = recompute();
    QStringList tables = now.keys() + record->tables.keys();
    tables.removeDuplicates();
    tables.sort();
    for (const QString& table : tables)
        if (now.value(table) != record->tables.value(table))
            out.append(tr("Table %1 was changed outside the program: its rows no longer match "
                          "the seal of the last write.")
                           .arg(table));
    QSqlQuery head =
        m_db.run(QStringLiteral("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1"));
    const qint64 auditId = head.next() ? head.value(0).toLongLong() : 0;
    const QString auditHash = auditId ? head.value(1).toString() : QString();
    if (auditId != record->auditId || auditHash != record->auditHash)
        out.append(tr("The audit trail ends at entry %1, but the last write sealed it at entry "
                      "%2: entries were added, removed or rewritten outside the program.")
                       .arg(auditId)
                       .arg(record->auditId));
    return out;
}

} // namespace cinereg
