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
    QSqlQuery q = m_db.run(QStringLiteral(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
        "AND name NOT LIKE 'sqlite_%' AND name NOT IN ('audit', 'integrity_seal') ORDER BY name"));
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    return tables;
}

QString RegisterSeal::rowExpression(const QString& table, const QString& prefix) const
{
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
    m_db.run(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS seal_changes (tbl TEXT NOT NULL, "
                            "removed INTEGER NOT NULL, row TEXT NOT NULL)"));
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
    QSqlQuery changes = m_db.run(QStringLiteral("SELECT tbl, removed, row FROM seal_changes"));
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
        m_db.run(QStringLiteral("DELETE FROM seal_changes"));
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
        QSqlQuery rows = m_db.run(QStringLiteral("SELECT %1 FROM main.%2")
                                      .arg(rowExpression(table, QString()), quoted(table)));
        while (rows.next())
            digest.add(rows.value(0).toString().toUtf8());
        tables.insert(table, digest.toHex());
    }
    return tables;
}

void RegisterSeal::reseal() const
{
    m_db.run(QStringLiteral("DELETE FROM seal_changes"));
    SealRecord record;
    record.tables = recompute();
    write(record);
}

QStringList RegisterSeal::findings() const
{
    // Not kept on a server yet (the seal's capture uses SQLite's temporary triggers): there the
    // history is defended by the server itself (privileges and refusal triggers).
    if (m_db.dialect().isServer())
        return {};
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
